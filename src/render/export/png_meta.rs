//! Metadata in PNG files: the physical pixel size (pHYs, so a poster opens at 300 DPI)
//! and UTF-8 text chunks (iTXt: source, year, tool, language, description).
//!
//! The browser's canvas encodes the pixels; this only splices chunks in after IHDR,
//! each with its CRC, so it never re-encodes and never touches the image data.

/// Why a PNG could not be annotated. Not the user's doing: the bytes came from the
/// browser's encoder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PngError {
    /// The bytes do not start with a PNG signature and an IHDR chunk.
    NotPng,
}

/// The eight bytes every PNG starts with.
pub(crate) const SIGNATURE: [u8; 8] = [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];
/// Signature (8) + IHDR length, type, 13 data bytes and CRC (25).
const AFTER_IHDR: usize = 33;

/// One text chunk: a Latin keyword ("Source") and UTF-8 text in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PngText {
    /// A registered or private keyword, 1–79 Latin-1 characters.
    pub keyword: &'static str,
    /// The text, any Unicode.
    pub text: String,
    /// Its BCP 47 language tag, or empty.
    pub lang: &'static str,
}

/// Pixels per metre at `dpi` dots per inch (300 DPI → 11,811).
pub fn pixels_per_metre(dpi: u32) -> u32 {
    (f64::from(dpi) / 0.0254).round() as u32
}

/// `png` with a pHYs chunk for `dpi` (if given) and the text chunks, after IHDR.
pub fn annotate(png: &[u8], dpi: Option<u32>, texts: &[PngText]) -> Result<Vec<u8>, PngError> {
    if png.len() < AFTER_IHDR || png[..8] != SIGNATURE || &png[12..16] != b"IHDR" {
        return Err(PngError::NotPng);
    }
    let mut out =
        Vec::with_capacity(png.len() + 64 + texts.iter().map(|t| t.text.len() + 32).sum::<usize>());
    out.extend_from_slice(&png[..AFTER_IHDR]);
    if let Some(dpi) = dpi {
        let ppm = pixels_per_metre(dpi).to_be_bytes();
        let mut data = Vec::with_capacity(9);
        data.extend_from_slice(&ppm);
        data.extend_from_slice(&ppm);
        data.push(1); // unit: metre
        chunk(&mut out, b"pHYs", &data);
    }
    for text in texts {
        chunk(&mut out, b"iTXt", &itxt(text));
    }
    out.extend_from_slice(&png[AFTER_IHDR..]);
    Ok(out)
}

/// iTXt data: keyword, NUL, no compression (0, 0), language tag, NUL, no translated
/// keyword, NUL, the UTF-8 text. NULs in the user's text are dropped (they would end
/// a field early).
fn itxt(text: &PngText) -> Vec<u8> {
    let mut data = Vec::new();
    data.extend_from_slice(text.keyword.as_bytes());
    data.extend_from_slice(&[0, 0, 0]);
    data.extend_from_slice(text.lang.as_bytes());
    data.extend_from_slice(&[0, 0]);
    data.extend(text.text.bytes().filter(|b| *b != 0));
    data
}

/// Appends a PNG chunk: its length, kind, data and CRC.
pub(crate) fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let mut crc = crc32fast::Hasher::new();
    crc.update(kind);
    crc.update(data);
    out.extend_from_slice(&crc.finalize().to_be_bytes());
}

// The `png` crate that decodes here is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// A 1×1 PNG made by the `png` crate (plotters' bitmap encoder depends on it).
    fn tiny_png() -> Vec<u8> {
        let mut bytes = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
            encoder.set_color(png::ColorType::Rgb);
            let mut writer = encoder.write_header().expect("header");
            writer.write_image_data(&[10, 20, 30]).expect("pixels");
        }
        bytes
    }

    #[test]
    fn a_decoder_reads_back_the_dpi_and_the_texts() {
        let texts = [
            PngText {
                keyword: "Source",
                text: "UNICEF, 2023 — «ñ» مصدر".into(),
                lang: "ar",
            },
            PngText {
                keyword: "Software",
                text: "LNB Studio".into(),
                lang: "",
            },
        ];
        let annotated = annotate(&tiny_png(), Some(300), &texts).expect("a PNG");
        let decoder = png::Decoder::new(std::io::Cursor::new(annotated));
        let mut reader = decoder.read_info().expect("still a valid PNG");
        let info = reader.info();
        let dims = info.pixel_dims.expect("pHYs");
        assert_eq!(
            (dims.xppu, dims.yppu, dims.unit),
            (11_811, 11_811, png::Unit::Meter)
        );
        let read: Vec<(String, String)> = info
            .utf8_text
            .iter()
            .map(|t| (t.keyword.clone(), t.get_text().expect("utf-8")))
            .collect();
        assert_eq!(read[0], ("Source".into(), "UNICEF, 2023 — «ñ» مصدر".into()));
        assert_eq!(read[1], ("Software".into(), "LNB Studio".into()));
        let mut pixels = vec![0; reader.output_buffer_size()];
        reader.next_frame(&mut pixels).expect("pixels intact");
        assert_eq!(&pixels[..3], &[10, 20, 30]);
    }

    #[test]
    fn refuses_what_is_not_a_png() {
        assert_eq!(annotate(b"GIF89a", None, &[]), Err(PngError::NotPng));
        assert_eq!(annotate(&[0; 40], None, &[]), Err(PngError::NotPng));
    }
}
