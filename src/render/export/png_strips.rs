//! PNGs larger than one browser canvas may be. iOS Safari draws nothing on a canvas of
//! more than 16,777,216 pixels (4096²), and an A3 poster at 300 DPI is 3508×4961 =
//! 17.4 Mpx: such a graphic is painted in horizontal strips that each fit, and their
//! pixels are written here into one PNG, row by row, compressed as they arrive, so the
//! whole image is never held uncompressed.

use miniz_oxide::deflate::core::{
    compress_to_output, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
};

use super::png_meta::{chunk, SIGNATURE};

/// The most pixels one canvas may have in every browser the studio supports (iOS
/// Safari's limit; desktop browsers allow more).
pub const CANVAS_AREA_LIMIT: u64 = 16_777_216;

/// zlib's level 3: fast enough for a poster on a phone, within a few per cent of the
/// default's size on flat-colour graphics.
const LEVEL: i32 = 3;

/// The strips, `(top, rows)`, that paint a `width × height` image on canvases of at
/// most [`CANVAS_AREA_LIMIT`] pixels: one strip when the whole image fits.
pub fn strips(width: u32, height: u32) -> Vec<(u32, u32)> {
    let per_strip =
        (CANVAS_AREA_LIMIT / u64::from(width.max(1))).clamp(1, u64::from(height.max(1)));
    let per_strip = u32::try_from(per_strip).unwrap_or(height.max(1));
    (0..height)
        .step_by(per_strip as usize)
        .map(|top| (top, per_strip.min(height - top)))
        .collect()
}

/// Writes an opaque RGB PNG from RGBA rows given top to bottom.
pub struct StripWriter {
    width: u32,
    height: u32,
    rows: u32,
    compressor: Box<CompressorOxide>,
    idat: Vec<u8>,
    line: Vec<u8>,
}

impl StripWriter {
    /// A writer for a `width × height` image.
    pub fn new(width: u32, height: u32) -> StripWriter {
        let flags = create_comp_flags_from_zip_params(LEVEL, 15, 0);
        StripWriter {
            width,
            height,
            rows: 0,
            compressor: Box::new(CompressorOxide::new(flags)),
            idat: Vec::new(),
            line: Vec::with_capacity(1 + width as usize * 3),
        }
    }

    /// Adds whole rows of straight RGBA pixels (`width × 4` bytes each), as a canvas's
    /// `getImageData` gives them; the alpha is dropped, since graphics are opaque. Rows
    /// beyond the image's height are ignored.
    pub fn push_rgba(&mut self, rgba: &[u8]) {
        let stride = self.width as usize * 4;
        for row in rgba.chunks_exact(stride.max(4)) {
            if self.rows == self.height {
                return;
            }
            // Filter "Sub": each byte less the same channel of the pixel to its left.
            self.line.clear();
            self.line.push(1);
            let mut left = [0u8; 3];
            for pixel in row.chunks_exact(4) {
                for (c, previous) in left.iter_mut().enumerate() {
                    self.line.push(pixel[c].wrapping_sub(*previous));
                    *previous = pixel[c];
                }
            }
            let idat = &mut self.idat;
            compress_to_output(&mut self.compressor, &self.line, TDEFLFlush::None, |out| {
                idat.extend_from_slice(out);
                true
            });
            self.rows += 1;
        }
    }

    /// The PNG. Rows never pushed are white.
    pub fn finish(mut self) -> Vec<u8> {
        let white = vec![255u8; self.width as usize * 4];
        while self.rows < self.height {
            self.push_rgba(&white);
        }
        let idat = &mut self.idat;
        compress_to_output(&mut self.compressor, &[], TDEFLFlush::Finish, |out| {
            idat.extend_from_slice(out);
            true
        });
        let mut header = Vec::with_capacity(13);
        header.extend_from_slice(&self.width.to_be_bytes());
        header.extend_from_slice(&self.height.to_be_bytes());
        // 8 bits per channel, truecolour, deflate, adaptive filters, no interlace.
        header.extend_from_slice(&[8, 2, 0, 0, 0]);
        let mut png = Vec::with_capacity(self.idat.len() + 64);
        png.extend_from_slice(&SIGNATURE);
        chunk(&mut png, b"IHDR", &header);
        chunk(&mut png, b"IDAT", &self.idat);
        chunk(&mut png, b"IEND", &[]);
        png
    }
}

// The `png` crate that decodes here is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    #[test]
    fn an_a3_poster_needs_strips_that_each_fit_and_a_social_graphic_none() {
        for (w, h) in [(1600, 900), (3200, 1800), (2480, 3508)] {
            assert_eq!(strips(w, h), vec![(0, h)], "{w}×{h}");
        }
        let (w, h) = (3508, 4961);
        let parts = strips(w, h);
        assert!(parts.len() > 1);
        assert!(parts
            .iter()
            .all(|&(_, rows)| u64::from(w * rows) <= CANVAS_AREA_LIMIT));
        assert_eq!(parts.iter().map(|&(_, rows)| rows).sum::<u32>(), h);
        assert!(
            parts.windows(2).all(|p| p[0].0 + p[0].1 == p[1].0),
            "no gap, no overlap"
        );
    }

    #[test]
    fn strips_written_one_after_another_decode_to_the_same_pixels() {
        let (w, h) = (37u32, 23u32);
        let pixel = |x: u32, y: u32| [(x * 7) as u8, (y * 11) as u8, ((x + y) * 3) as u8, 255];
        let mut writer = StripWriter::new(w, h);
        for (top, rows) in [(0, 10), (10, 10), (20, 3)] {
            let strip: Vec<u8> = (top..top + rows)
                .flat_map(|y| (0..w).flat_map(move |x| pixel(x, y)))
                .collect();
            writer.push_rgba(&strip);
        }
        let bytes = writer.finish();
        let decoder = png::Decoder::new(bytes.as_slice());
        let mut reader = decoder.read_info().expect("a PNG another decoder reads");
        let mut out = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut out).expect("a frame");
        assert_eq!((info.width, info.height), (w, h));
        assert_eq!(info.color_type, png::ColorType::Rgb);
        for y in 0..h {
            for x in 0..w {
                let i = ((y * w + x) * 3) as usize;
                assert_eq!(out[i..i + 3], pixel(x, y)[..3], "({x}, {y})");
            }
        }
        // And the annotations splice into it like into a browser's PNG.
        let annotated =
            super::super::png_meta::annotate(&bytes, Some(300), &[]).expect("annotates");
        assert!(annotated.windows(4).any(|w| w == b"pHYs"));
    }
}
