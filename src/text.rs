//! Measuring text: one [`TextMeasure`] trait, one implementation on the shipped fonts.
//!
//! [`FontSet`] reads the same TTF files the page loads through `@font-face`
//! (`public/fonts/`), with ab_glyph, in the browser and natively. So a line breaks at
//! the same word in the live preview, in every export and in the tests.

use ab_glyph::{Font, FontArc, InvalidFont};

/// A font face the templates use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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

    /// The face that sets Arabic in this face's role: Oswald's and Roboto Bold's
    /// roles take the bold weight.
    pub fn arabic(self) -> Face {
        match self {
            Face::Roboto | Face::Arabic => Face::Arabic,
            Face::OswaldBold | Face::RobotoBold | Face::ArabicBold => Face::ArabicBold,
        }
    }

    /// The CSS family name, as declared in `style/fonts.css`.
    pub fn family(self) -> &'static str {
        match self {
            Face::OswaldBold => "Oswald",
            Face::Roboto | Face::RobotoBold => "Roboto",
            Face::Arabic | Face::ArabicBold => "LNB Arabic",
        }
    }

    /// Whether the face is the bold weight (700) of its family.
    pub fn is_bold(self) -> bool {
        matches!(self, Face::OswaldBold | Face::RobotoBold | Face::ArabicBold)
    }

    /// The CSS `font` shorthand for this face at `size` pixels.
    pub fn css_font(self, size: f32) -> String {
        let weight = if self.is_bold() { 700 } else { 400 };
        format!("{weight} {size}px {}", self.family())
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

/// Measures text. Layout depends on nothing else about fonts.
pub trait TextMeasure {
    /// The advance width of `text` in `face` at `size` pixels per em.
    fn width(&self, face: Face, size: f32, text: &str) -> f32;
    /// Vertical metrics of `face` at `size` pixels per em.
    fn v_metrics(&self, face: Face, size: f32) -> VMetrics;
}

/// The shipped fonts, parsed.
#[derive(Clone)]
pub struct FontSet {
    fonts: [FontArc; 3],
    /// Noto Sans Arabic, once an Arabic graphic asked for it.
    arabic: Option<[FontArc; 2]>,
}

impl FontSet {
    /// Parses font files given in the order of [`Face::LATIN`].
    pub fn from_bytes(files: [Vec<u8>; 3]) -> Result<FontSet, InvalidFont> {
        let [a, b, c] = files;
        Ok(FontSet {
            fonts: [
                FontArc::try_from_vec(a)?,
                FontArc::try_from_vec(b)?,
                FontArc::try_from_vec(c)?,
            ],
            arabic: None,
        })
    }

    /// Adds the Arabic faces, given in the order of [`Face::ARABIC`].
    pub fn with_arabic(mut self, files: [Vec<u8>; 2]) -> Result<FontSet, InvalidFont> {
        let [regular, bold] = files;
        self.arabic = Some([
            FontArc::try_from_vec(regular)?,
            FontArc::try_from_vec(bold)?,
        ]);
        Ok(self)
    }

    /// Whether the Arabic faces are loaded. Until they are, they measure as Roboto.
    pub fn has_arabic(&self) -> bool {
        self.arabic.is_some()
    }

    /// The fonts compiled into a native binary (tests, gallery, exports). The wasm
    /// build fetches the same files instead, so they are not downloaded twice.
    #[cfg(any(test, not(target_arch = "wasm32")))]
    pub fn bundled() -> FontSet {
        let parse = |i: usize| FontArc::try_from_slice(BUNDLED[i]).expect("shipped fonts parse");
        FontSet {
            fonts: [parse(0), parse(1), parse(2)],
            arabic: Some([parse(3), parse(4)]),
        }
    }

    fn font(&self, face: Face) -> &FontArc {
        let arabic = |i: usize| self.arabic.as_ref().map(|a| &a[i]);
        match face {
            Face::OswaldBold => &self.fonts[0],
            Face::Roboto => &self.fonts[1],
            Face::RobotoBold => &self.fonts[2],
            Face::Arabic => arabic(0).unwrap_or(&self.fonts[1]),
            Face::ArabicBold => arabic(1).unwrap_or(&self.fonts[2]),
        }
    }

    /// Whether `face` has a glyph for `c` (else it would draw a ".notdef" box).
    pub fn has_glyph(&self, face: Face, c: char) -> bool {
        self.font(face).glyph_id(c).0 != 0
    }

    /// The outline of `c` in `face` at `size` pixels per em: closed contours of points
    /// (curves flattened), with the origin on the baseline at the pen position and y
    /// growing downwards; and the pen's advance. Outer contours and holes keep the
    /// font's opposite windings, so a nonzero fill of all contours draws the glyph.
    pub fn glyph_contours(&self, face: Face, size: f32, c: char) -> (f32, Vec<Vec<(f32, f32)>>) {
        let font = self.font(face);
        let scale = self.scale(face, size);
        let id = font.glyph_id(c);
        let advance = font.h_advance_unscaled(id) * scale;
        let Some(outline) = font.outline(id) else {
            return (advance, Vec::new());
        };
        let steps = ((size / 12.0).ceil() as usize).clamp(2, 12);
        let at = |p: ab_glyph::Point| (p.x * scale, -p.y * scale);
        let mut contours: Vec<Vec<(f32, f32)>> = Vec::new();
        let mut last: Option<ab_glyph::Point> = None;
        for curve in &outline.curves {
            let (start, end) = match curve {
                ab_glyph::OutlineCurve::Line(a, b) | ab_glyph::OutlineCurve::Quad(a, _, b) => {
                    (*a, *b)
                }
                ab_glyph::OutlineCurve::Cubic(a, _, _, b) => (*a, *b),
            };
            if last.is_none_or(|l| (l.x - start.x).abs() > 1e-3 || (l.y - start.y).abs() > 1e-3) {
                contours.push(vec![at(start)]);
            }
            let contour = contours.last_mut().expect("a contour was started");
            for i in 1..=steps {
                let t = i as f32 / steps as f32;
                let point = match curve {
                    ab_glyph::OutlineCurve::Line(_, b) if i == steps => at(*b),
                    ab_glyph::OutlineCurve::Line(..) => continue,
                    ab_glyph::OutlineCurve::Quad(a, b, c) => at(quad(*a, *b, *c, t)),
                    ab_glyph::OutlineCurve::Cubic(a, b, c, d) => at(cubic(*a, *b, *c, *d, t)),
                };
                contour.push(point);
            }
            last = Some(end);
        }
        (advance, contours)
    }

    /// Pixels per font unit at `size` pixels per em.
    fn scale(&self, face: Face, size: f32) -> f32 {
        let font = self.font(face);
        size / font.units_per_em().unwrap_or(1000.0)
    }

    /// `(ascent − descent) / units per em`: ab_glyph sizes glyphs by this height, not
    /// by the em, so a painter on ab_glyph must multiply the em size by it.
    pub fn height_per_em(&self, face: Face) -> f32 {
        let font = self.font(face);
        font.height_unscaled() / font.units_per_em().unwrap_or(1000.0)
    }
}

fn quad(a: ab_glyph::Point, b: ab_glyph::Point, c: ab_glyph::Point, t: f32) -> ab_glyph::Point {
    let u = 1.0 - t;
    ab_glyph::point(
        u * u * a.x + 2.0 * u * t * b.x + t * t * c.x,
        u * u * a.y + 2.0 * u * t * b.y + t * t * c.y,
    )
}

fn cubic(
    a: ab_glyph::Point,
    b: ab_glyph::Point,
    c: ab_glyph::Point,
    d: ab_glyph::Point,
    t: f32,
) -> ab_glyph::Point {
    let u = 1.0 - t;
    let (w0, w1, w2, w3) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
    ab_glyph::point(
        w0 * a.x + w1 * b.x + w2 * c.x + w3 * d.x,
        w0 * a.y + w1 * b.y + w2 * c.y + w3 * d.y,
    )
}

/// The raw bytes of the shipped fonts, in the order of [`Face::ALL`].
#[cfg(any(test, not(target_arch = "wasm32")))]
pub const BUNDLED: [&[u8]; 5] = [
    include_bytes!("../public/fonts/oswald-latin-700.ttf"),
    include_bytes!("../public/fonts/roboto-latin-400.ttf"),
    include_bytes!("../public/fonts/roboto-latin-700.ttf"),
    include_bytes!("../public/fonts/noto-sans-arabic-400.ttf"),
    include_bytes!("../public/fonts/noto-sans-arabic-700.ttf"),
];

impl TextMeasure for FontSet {
    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        let font = self.font(face);
        let units: f32 = text
            .chars()
            .map(|c| font.h_advance_unscaled(font.glyph_id(c)))
            .sum();
        units * self.scale(face, size)
    }

    fn v_metrics(&self, face: Face, size: f32) -> VMetrics {
        let font = self.font(face);
        let scale = self.scale(face, size);
        // "H" stands on the baseline, so its outline's height is the cap height.
        let cap_units = font
            .outline(font.glyph_id('H'))
            .map_or(font.ascent_unscaled() * 0.7, |outline| {
                outline.bounds.height().abs()
            });
        VMetrics {
            ascent: font.ascent_unscaled() * scale,
            descent: -font.descent_unscaled() * scale,
            cap_height: cap_units * scale,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_scales_linearly_and_adds_up() {
        let fonts = FontSet::bundled();
        let a = fonts.width(Face::Roboto, 20.0, "Leave no one");
        let b = fonts.width(Face::Roboto, 20.0, " behind");
        let ab = fonts.width(Face::Roboto, 20.0, "Leave no one behind");
        assert!((a + b - ab).abs() < 1e-3);
        let double = fonts.width(Face::Roboto, 40.0, "Leave no one behind");
        assert!((double - 2.0 * ab).abs() < 1e-3);
        assert!(ab > 100.0 && ab < 250.0, "{ab}");
    }

    #[test]
    fn glyph_coverage_is_reported_per_face() {
        let fonts = FontSet::bundled();
        assert!(!fonts.has_glyph(Face::Roboto, 'ش'));
        assert!(fonts.has_glyph(Face::Arabic, '\u{feb7}'));
        assert!(fonts.has_glyph(Face::OswaldBold, '\u{202f}'));
        assert!(fonts.has_glyph(Face::ArabicBold, 'A'));
    }

    #[test]
    fn glyph_outlines_have_holes_and_advance_as_measured() {
        let fonts = FontSet::bundled();
        let (advance, contours) = fonts.glyph_contours(Face::Roboto, 100.0, 'o');
        assert_eq!(contours.len(), 2, "an outer ring and a hole");
        assert!((advance - fonts.width(Face::Roboto, 100.0, "o")).abs() < 1e-3);
        // Above the baseline: y is negative (downwards axis), within the x-height.
        assert!(contours
            .iter()
            .flatten()
            .all(|&(_, y)| (-60.0..=2.0).contains(&y)));
        let (_, space) = fonts.glyph_contours(Face::Roboto, 100.0, ' ');
        assert!(space.is_empty());
    }

    #[test]
    fn oswald_is_condensed_compared_with_roboto() {
        let fonts = FontSet::bundled();
        let oswald = fonts.width(Face::OswaldBold, 100.0, "NO POVERTY");
        let roboto = fonts.width(Face::RobotoBold, 100.0, "NO POVERTY");
        assert!(oswald < roboto * 0.85, "{oswald} vs {roboto}");
    }

    #[test]
    fn vertical_metrics_are_plausible() {
        let m = FontSet::bundled().v_metrics(Face::OswaldBold, 100.0);
        assert!((m.ascent - 119.3).abs() < 0.5, "{m:?}");
        assert!((m.descent - 28.9).abs() < 0.5, "{m:?}");
        assert!((m.cap_height - 81.0).abs() < 0.5, "{m:?}");
    }
}
