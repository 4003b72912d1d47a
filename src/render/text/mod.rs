//! The text engine: faces, shaping, line-break opportunities and glyph outlines.
//!
//! Layout asks a [`TextMeasure`] to shape each line once; the [`Shaped`] glyphs (ids,
//! positions, clusters back to the text) go into the scene, and every painter draws
//! exactly those glyphs from the same font files ([`FontSet`]). Nothing downstream
//! works text out again, so the preview and every export set the same glyphs.
//!
//! Shaping has two paths (see [`fonts`]): Latin text is shaped here from the fonts' own
//! ligature and kerning tables ([`latin`]); Arabic, and any text with combining marks,
//! goes to the full OpenType shaper (rustybuzz), linked natively and loaded on demand
//! in the browser ([`ComplexShaper`]). A test holds the Latin path equal to rustybuzz.

pub mod breaks;
mod font;
mod fonts;
mod latin;
pub mod outline;

use std::sync::Arc;

pub use fonts::{ComplexShaper, FontSet, InvalidFont, RawGlyph};
pub use outline::GlyphPath;

use crate::render::charts::map::{Atlas, Detail, Own};

/// A font face the templates use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    /// Oswald Bold: figures and headlines.
    OswaldBold,
    /// Roboto Regular: running text.
    Roboto,
    /// Roboto Bold: emphasised text.
    RobotoBold,
    /// Noto Sans Arabic: running text of an Arabic graphic.
    Arabic,
    /// Noto Sans Arabic Bold: figures, headlines and emphasis of an Arabic graphic.
    ArabicBold,
}

impl Face {
    /// The faces every graphic may need, in the order [`FontSet::from_bytes`] expects.
    pub const LATIN: [Face; 3] = [Face::OswaldBold, Face::Roboto, Face::RobotoBold];
    /// The faces of Arabic graphics, loaded only when one is made, in the order
    /// [`FontSet::with_arabic`] expects.
    pub const ARABIC: [Face; 2] = [Face::Arabic, Face::ArabicBold];
    /// Every face.
    pub const ALL: [Face; 5] = [
        Face::OswaldBold,
        Face::Roboto,
        Face::RobotoBold,
        Face::Arabic,
        Face::ArabicBold,
    ];

    /// The position of this face in [`Face::ALL`] (the full shaper's slot).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The face that sets Arabic in this face's role: Oswald's and Roboto Bold's
    /// roles take the bold weight.
    pub fn arabic(self) -> Face {
        match self {
            Face::Roboto | Face::Arabic => Face::Arabic,
            Face::OswaldBold | Face::RobotoBold | Face::ArabicBold => Face::ArabicBold,
        }
    }

    /// Whether this is an Arabic face, whose paragraphs run right to left.
    pub fn is_arabic(self) -> bool {
        matches!(self, Face::Arabic | Face::ArabicBold)
    }

    /// The family name, as declared in `style/fonts.css` and written into SVG and PDF.
    pub fn family(self) -> &'static str {
        match self {
            Face::OswaldBold => "Oswald",
            Face::Roboto | Face::RobotoBold => "Roboto",
            Face::Arabic | Face::ArabicBold => "Noto Sans Arabic",
        }
    }

    /// The PostScript-style name of the face (for a PDF's embedded font).
    pub fn postscript_name(self) -> &'static str {
        match self {
            Face::OswaldBold => "Oswald-Bold",
            Face::Roboto => "Roboto-Regular",
            Face::RobotoBold => "Roboto-Bold",
            Face::Arabic => "NotoSansArabic-Regular",
            Face::ArabicBold => "NotoSansArabic-Bold",
        }
    }

    /// Whether the face is the bold weight (700) of its family.
    pub fn is_bold(self) -> bool {
        matches!(self, Face::OswaldBold | Face::RobotoBold | Face::ArabicBold)
    }

    /// The font file's path under the site root.
    pub fn url(self) -> &'static str {
        match self {
            Face::OswaldBold => "fonts/oswald-latin-700.ttf",
            Face::Roboto => "fonts/roboto-latin-400.ttf",
            Face::RobotoBold => "fonts/roboto-latin-700.ttf",
            Face::Arabic => "fonts/noto-sans-arabic-400.ttf",
            Face::ArabicBold => "fonts/noto-sans-arabic-700.ttf",
        }
    }
}

/// Vertical metrics of a face at one size, in pixels (descent is positive, downwards).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct VMetrics {
    /// Distance from the baseline up to the top of the line box.
    pub ascent: f32,
    /// Distance from the baseline down to the bottom of the line box.
    pub descent: f32,
    /// Height of capital letters above the baseline.
    pub cap_height: f32,
}

/// One glyph of a shaped line, placed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// The glyph id in the run's face.
    pub id: u16,
    /// Where its origin is, in pixels right of the line's left edge.
    pub x: f32,
    /// Where its origin is, in pixels below the baseline (marks sit above: negative).
    pub y: f32,
    /// Byte offset in the line's text of the first character it came from.
    pub cluster: u32,
}

/// A line of text shaped in one face at one size: its glyphs left to right as they
/// are drawn (a right-to-left line's in visual order) and its advance width.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shaped {
    /// The glyphs, left to right.
    pub glyphs: Vec<Glyph>,
    /// The advance width in pixels.
    pub width: f32,
}

/// Shapes and measures text. Layout depends on nothing else about fonts.
pub trait TextMeasure {
    /// `text` (one line) shaped in `face` at `size` pixels per em.
    fn shape(&self, face: Face, size: f32, text: &str) -> Shaped;
    /// The advance width of `text` as [`TextMeasure::shape`] sets it.
    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.shape(face, size, text).width
    }
    /// Vertical metrics of `face` at `size` pixels per em.
    fn v_metrics(&self, face: Face, size: f32) -> VMetrics;
    /// `link` as a QR code (each module dark or light, row by row, and the side in
    /// modules), when the encoder is at hand: a poster draws its link so.
    fn qr(&self, _link: &str) -> Option<(Vec<bool>, usize)> {
        None
    }
    /// A map's boundaries at `detail`, once loaded (layout is handed them with the
    /// fonts, as it is the QR encoder): until then None.
    fn atlas(&self, _detail: Detail) -> Option<Arc<dyn Atlas>> {
        None
    }
    /// A campaigner's own boundaries (stored under `key`, named by `property`), once
    /// looked for: until then loading.
    fn own_atlas(&self, _key: &str, _property: &str) -> Own {
        Own::Loading
    }
}
