//! Output formats: the pixel size, safe area and shape of each social graphic or poster.

use serde::{Deserialize, Serialize};

/// A graphic's output format. Each is laid out on its own, never scaled from another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// X/Twitter landscape, 1600×900.
    XLandscape,
    /// X/Twitter compact, 1200×675.
    XCompact,
    /// Facebook and LinkedIn link image, 1200×630.
    LinkShare,
    /// Instagram square, 1080×1080.
    InstagramSquare,
    /// Instagram portrait, 1080×1350.
    InstagramPortrait,
    /// Instagram and WhatsApp story, 1080×1920.
    Story,
    /// A4 portrait poster at 300 DPI, 2480×3508.
    PosterA4,
    /// A3 portrait poster at 300 DPI, 3508×4961.
    PosterA3,
}

/// How a format's area is divided: side by side, or stacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// Wider than 3:2: the chart and the words share the width.
    Wide,
    /// Square or taller: words above, chart below.
    Tall,
}

/// Distances from each edge that stay clear of platform overlays (story UI) or of a
/// print shop's trim, in pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Insets {
    /// From the top.
    pub top: f32,
    /// From the right.
    pub right: f32,
    /// From the bottom.
    pub bottom: f32,
    /// From the left.
    pub left: f32,
}

impl Format {
    /// Every format the editor offers, social first.
    pub const ALL: [Format; 8] = [
        Format::XLandscape,
        Format::XCompact,
        Format::LinkShare,
        Format::InstagramSquare,
        Format::InstagramPortrait,
        Format::Story,
        Format::PosterA4,
        Format::PosterA3,
    ];

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Format::XLandscape => (1600, 900),
            Format::XCompact => (1200, 675),
            Format::LinkShare => (1200, 630),
            Format::InstagramSquare => (1080, 1080),
            Format::InstagramPortrait => (1080, 1350),
            Format::Story => (1080, 1920),
            Format::PosterA4 => (2480, 3508),
            Format::PosterA3 => (3508, 4961),
        }
    }

    /// A short slug used in file names ("instagram-1080x1080").
    pub fn slug(self) -> &'static str {
        match self {
            Format::XLandscape => "x-1600x900",
            Format::XCompact => "x-1200x675",
            Format::LinkShare => "link-1200x630",
            Format::InstagramSquare => "instagram-1080x1080",
            Format::InstagramPortrait => "instagram-portrait-1080x1350",
            Format::Story => "story-1080x1920",
            Format::PosterA4 => "poster-a4-2480x3508",
            Format::PosterA3 => "poster-a3-3508x4961",
        }
    }

    /// The Fluent id of the format's name in the editor.
    pub fn label_id(self) -> &'static str {
        match self {
            Format::XLandscape => "format-x-landscape",
            Format::XCompact => "format-x-compact",
            Format::LinkShare => "format-link-share",
            Format::InstagramSquare => "format-instagram-square",
            Format::InstagramPortrait => "format-instagram-portrait",
            Format::Story => "format-story",
            Format::PosterA4 => "format-poster-a4",
            Format::PosterA3 => "format-poster-a3",
        }
    }

    /// Whether the format is a print poster (300 DPI).
    pub fn is_print(self) -> bool {
        matches!(self, Format::PosterA4 | Format::PosterA3)
    }

    /// Side by side or stacked.
    pub fn shape(self) -> Shape {
        let (w, h) = self.size();
        if w as f32 / h as f32 >= 1.5 {
            Shape::Wide
        } else {
            Shape::Tall
        }
    }

    /// Safe insets: a story keeps clear of Instagram's top and bottom overlays, a
    /// poster of the print shop's trim (10 mm at 300 DPI), the rest of nothing.
    pub fn insets(self) -> Insets {
        match self {
            Format::Story => Insets {
                top: 220.0,
                right: 0.0,
                bottom: 280.0,
                left: 0.0,
            },
            Format::PosterA4 | Format::PosterA3 => {
                let trim = 10.0 / 25.4 * 300.0;
                Insets {
                    top: trim,
                    right: trim,
                    bottom: trim,
                    left: trim,
                }
            }
            _ => Insets {
                top: 0.0,
                right: 0.0,
                bottom: 0.0,
                left: 0.0,
            },
        }
    }

    /// The print resolution, for posters (300 DPI); social formats are sized in pixels
    /// only.
    pub fn dpi(self) -> Option<u32> {
        self.is_print().then_some(300)
    }

    /// The paper size of a poster in millimetres.
    pub fn paper_mm(self) -> Option<(f32, f32)> {
        match self {
            Format::PosterA4 => Some((210.0, 297.0)),
            Format::PosterA3 => Some((297.0, 420.0)),
            _ => None,
        }
    }

    /// The page size in PDF points (1/72 inch): the paper's exact millimetres for
    /// posters, and 0.75 pt per pixel (96 DPI, as browsers size things) for the social
    /// formats.
    pub fn page_points(self) -> (f32, f32) {
        const POINTS_PER_MM: f32 = 72.0 / 25.4;
        if let Some((w, h)) = self.paper_mm() {
            return (w * POINTS_PER_MM, h * POINTS_PER_MM);
        }
        let (w, h) = self.size();
        (w as f32 * 0.75, h as f32 * 0.75)
    }

    /// The format with this slug, for share links and presets.
    pub fn from_slug(slug: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posters_are_a_sizes_at_300_dpi() {
        let mm = |px: u32| px as f32 / 300.0 * 25.4;
        let (w, h) = Format::PosterA4.size();
        assert!((mm(w) - 210.0).abs() < 0.5 && (mm(h) - 297.0).abs() < 0.5);
        let (w, h) = Format::PosterA3.size();
        assert!((mm(w) - 297.0).abs() < 0.5 && (mm(h) - 420.0).abs() < 0.5);
    }

    #[test]
    fn slugs_are_unique_and_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_slug(format.slug()), Some(format));
        }
    }

    #[test]
    fn landscape_formats_are_wide_the_rest_tall() {
        let wide: Vec<Format> = Format::ALL
            .into_iter()
            .filter(|f| f.shape() == Shape::Wide)
            .collect();
        assert_eq!(
            wide,
            vec![Format::XLandscape, Format::XCompact, Format::LinkShare]
        );
    }
}
