//! A partner's logo: a PNG or JPEG kept in the document as a data URL with its pixel
//! size (so layout can fit it without decoding), and the decoded pixels painters blit.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::model::colour::Rgb;

/// The largest logo file accepted, in bytes. A logo needs no more; a larger file would
/// bloat every saved draft and share link.
pub const MAX_BYTES: usize = 1024 * 1024;
/// The largest width or height accepted, in pixels.
pub const MAX_SIDE: u32 = 4096;

/// A logo as stored in the document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Logo {
    /// `data:image/png;base64,…` or `data:image/jpeg;base64,…`.
    /// Shared, not copied, when the document is cloned for undo steps and saves.
    pub data_url: Arc<str>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Why a file cannot be a logo. The editor says so in the interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogoError {
    /// Not a PNG or JPEG image.
    NotAnImage,
    /// Larger than [`MAX_BYTES`].
    TooLarge,
    /// Wider or taller than [`MAX_SIDE`], or empty.
    BadSize,
}

impl crate::model::error::UserError for LogoError {
    fn message_id(&self) -> &'static str {
        match self {
            LogoError::NotAnImage => "logo-not-an-image",
            LogoError::TooLarge => "logo-too-large",
            LogoError::BadSize => "logo-bad-size",
        }
    }
}

impl Logo {
    /// Checks a data URL and the size the browser decoded it to.
    pub fn new(data_url: String, width: u32, height: u32) -> Result<Logo, LogoError> {
        let ok_type = ["data:image/png;base64,", "data:image/jpeg;base64,"]
            .iter()
            .any(|p| data_url.starts_with(p));
        if !ok_type {
            return Err(LogoError::NotAnImage);
        }
        if data_url.len() > MAX_BYTES / 3 * 4 + 64 {
            return Err(LogoError::TooLarge);
        }
        if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
            return Err(LogoError::BadSize);
        }
        Ok(Logo {
            data_url: data_url.into(),
            width,
            height,
        })
    }

    /// Width over height.
    pub fn aspect(&self) -> f32 {
        self.width.max(1) as f32 / self.height.max(1) as f32
    }
}

/// Decoded logo pixels: RGBA, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogoPixels {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 4` bytes of straight (not premultiplied) RGBA.
    pub rgba: Vec<u8>,
}

impl LogoPixels {
    /// Resamples to `width × height` (box filter when shrinking, nearest when growing)
    /// and composites over `background`, giving RGB for plotters' `blit_bitmap`, which
    /// ignores alpha.
    pub fn to_rgb(&self, width: u32, height: u32, background: (u8, u8, u8)) -> Vec<u8> {
        let mut out = Vec::with_capacity((width * height * 3) as usize);
        if self.width == 0
            || self.height == 0
            || self.rgba.len() < (self.width * self.height * 4) as usize
        {
            out.resize((width * height * 3) as usize, 255);
            return out;
        }
        let (sx, sy) = (
            self.width as f32 / width.max(1) as f32,
            self.height as f32 / height.max(1) as f32,
        );
        for y in 0..height {
            let (y0, y1) = span(y, sy, self.height);
            for x in 0..width {
                let (x0, x1) = span(x, sx, self.width);
                let mut sum = [0f32; 4];
                for yy in y0..y1 {
                    for xx in x0..x1 {
                        let i = ((yy * self.width + xx) * 4) as usize;
                        let a = f32::from(self.rgba[i + 3]) / 255.0;
                        for (total, channel) in sum.iter_mut().zip(&self.rgba[i..i + 3]) {
                            *total += f32::from(*channel) * a;
                        }
                        sum[3] += a;
                    }
                }
                let n = ((y1 - y0) * (x1 - x0)).max(1) as f32;
                let alpha = sum[3] / n;
                let bg = [background.0, background.1, background.2];
                for (total, back) in sum.iter().zip(bg) {
                    let colour = total / n + f32::from(back) * (1.0 - alpha);
                    out.push(colour.round().clamp(0.0, 255.0) as u8);
                }
            }
        }
        out
    }
}

impl LogoPixels {
    /// How well the logo stands out from a `plate` of one colour: the contrast ratio
    /// (WCAG) that its strongest tenth of visible pixels reaches against the plate,
    /// composited over it. `None` for a logo with no visible pixel.
    pub fn contrast_on(&self, plate: Rgb) -> Option<f32> {
        let mut ratios: Vec<f32> = self
            .rgba
            .chunks_exact(4)
            .filter(|px| px[3] >= 128)
            .map(|px| {
                let a = f32::from(px[3]) / 255.0;
                let over =
                    |c: u8, p: u8| (f32::from(c) * a + f32::from(p) * (1.0 - a)).round() as u8;
                Rgb::new(
                    over(px[0], plate.r),
                    over(px[1], plate.g),
                    over(px[2], plate.b),
                )
                .contrast(plate)
            })
            .collect();
        if ratios.is_empty() {
            return None;
        }
        ratios.sort_by(f32::total_cmp);
        Some(ratios[ratios.len() * 9 / 10])
    }

    /// The contrast on `plate` when it falls short of `least` (the mark contrast a
    /// logo, a graphic object, needs), so that the editor can say so.
    pub fn too_faint_on(&self, plate: Rgb, least: f32) -> Option<f32> {
        self.contrast_on(plate).filter(|ratio| *ratio < least)
    }
}

/// The source pixels `[from, to)` that output pixel `i` covers at `step` source pixels
/// per output pixel; at least one.
fn span(i: u32, step: f32, limit: u32) -> (u32, u32) {
    let from = ((i as f32 * step) as u32).min(limit - 1);
    let to = (((i + 1) as f32 * step).ceil() as u32).clamp(from + 1, limit);
    (from, to)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn solid(rgba: [u8; 4]) -> LogoPixels {
        LogoPixels {
            width: 4,
            height: 4,
            rgba: rgba.repeat(16),
        }
    }

    #[test]
    fn a_pale_logo_is_too_faint_on_white_and_a_dark_one_is_not() {
        let white = Rgb::WHITE;
        let pale = solid([250, 230, 120, 255]);
        assert!(pale.too_faint_on(white, 3.0).is_some_and(|r| r < 1.5));
        assert_eq!(solid([20, 40, 120, 255]).too_faint_on(white, 3.0), None);
        // A white logo on a transparent ground vanishes on the white plate; a fully
        // transparent one has nothing to see.
        assert!(solid([255, 255, 255, 255])
            .too_faint_on(white, 3.0)
            .is_some());
        assert_eq!(solid([0, 0, 0, 0]).contrast_on(white), None);
    }

    #[test]
    fn only_png_and_jpeg_data_urls_of_sane_size_are_logos() {
        assert!(Logo::new("data:image/png;base64,iVBOR".into(), 100, 40).is_ok());
        assert!(Logo::new("data:image/jpeg;base64,/9j/".into(), 100, 40).is_ok());
        assert_eq!(
            Logo::new("data:image/svg+xml;base64,PHN2".into(), 1, 1),
            Err(LogoError::NotAnImage)
        );
        assert_eq!(
            Logo::new("https://example.org/logo.png".into(), 1, 1),
            Err(LogoError::NotAnImage)
        );
        let huge = format!("data:image/png;base64,{}", "A".repeat(2 * MAX_BYTES));
        assert_eq!(Logo::new(huge, 10, 10), Err(LogoError::TooLarge));
        assert_eq!(
            Logo::new("data:image/png;base64,x".into(), 0, 10),
            Err(LogoError::BadSize)
        );
        assert_eq!(
            Logo::new("data:image/png;base64,x".into(), 5000, 10),
            Err(LogoError::BadSize)
        );
    }

    #[test]
    fn clones_share_the_logo_bytes_and_serde_round_trips_them() {
        let logo = Logo::new(
            format!("data:image/png;base64,{}", "A".repeat(1000)),
            10,
            10,
        )
        .unwrap();
        let copy = logo.clone();
        assert!(
            Arc::ptr_eq(&logo.data_url, &copy.data_url),
            "undo steps do not copy the image"
        );
        let json = serde_json::to_string(&logo).unwrap();
        assert_eq!(serde_json::from_str::<Logo>(&json).unwrap(), logo);
    }

    #[test]
    fn transparency_is_composited_over_the_plate() {
        // A 2×1 logo: opaque red, fully transparent.
        let logo = LogoPixels {
            width: 2,
            height: 1,
            rgba: vec![255, 0, 0, 255, 0, 0, 0, 0],
        };
        assert_eq!(
            logo.to_rgb(2, 1, (255, 255, 255)),
            vec![255, 0, 0, 255, 255, 255]
        );
        // Shrunk to one pixel: half red, half white.
        assert_eq!(logo.to_rgb(1, 1, (255, 255, 255)), vec![255, 128, 128]);
    }

    #[test]
    fn truncated_pixels_paint_a_blank_plate_instead_of_panicking() {
        let broken = LogoPixels {
            width: 10,
            height: 10,
            rgba: vec![0; 7],
        };
        assert_eq!(broken.to_rgb(2, 2, (255, 255, 255)), vec![255; 12]);
    }
}
