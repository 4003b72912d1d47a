//! Glyph outlines as path commands in font units (y up), exactly as the font stores
//! them: TrueType quadratics stay quadratics, so SVG and the canvas's `Path2D` draw
//! the same curves.

use owned_ttf_parser::{GlyphId, OutlineBuilder};

use super::font::Font;

/// One step of an outline.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathOp {
    /// Starts a contour.
    Move(f32, f32),
    /// A straight segment.
    Line(f32, f32),
    /// A quadratic curve: control point, end.
    Quad(f32, f32, f32, f32),
    /// A cubic curve: two control points, end.
    Cubic(f32, f32, f32, f32, f32, f32),
    /// Closes the contour.
    Close,
}

/// A glyph's outline; empty for a space.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GlyphPath {
    /// The commands, contour after contour.
    pub ops: Vec<PathOp>,
}

impl OutlineBuilder for GlyphPath {
    fn move_to(&mut self, x: f32, y: f32) {
        self.ops.push(PathOp::Move(x, y));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.ops.push(PathOp::Line(x, y));
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.ops.push(PathOp::Quad(x1, y1, x, y));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.ops.push(PathOp::Cubic(x1, y1, x2, y2, x, y));
    }
    fn close(&mut self) {
        self.ops.push(PathOp::Close);
    }
}

impl GlyphPath {
    /// The outline of `id` in `face` (empty when the glyph has none). Read from the
    /// `glyf` table: every shipped font is TrueType (a test holds it), and reading no
    /// CFF keeps ttf-parser's CFF interpreter out of the wasm.
    pub fn of(face: &Font, id: GlyphId) -> GlyphPath {
        let mut path = GlyphPath::default();
        let drawn = face.glyf().and_then(|glyf| glyf.outline(id, &mut path));
        if drawn.is_none() {
            path.ops.clear();
        }
        path
    }

    /// Whether there is nothing to draw.
    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }

    /// SVG path data in font units, y up (draw it under a `scale(s, -s)`), the same
    /// string `Path2D` takes.
    pub fn to_svg(&self) -> String {
        let mut d = String::new();
        for op in &self.ops {
            let (command, points): (char, &[f32]) = match op {
                PathOp::Move(x, y) | PathOp::Line(x, y) => (
                    if matches!(op, PathOp::Move(..)) {
                        'M'
                    } else {
                        'L'
                    },
                    &[*x, *y][..],
                ),
                PathOp::Quad(a, b, x, y) => ('Q', &[*a, *b, *x, *y][..]),
                PathOp::Cubic(a, b, c, e, x, y) => ('C', &[*a, *b, *c, *e, *x, *y][..]),
                PathOp::Close => ('Z', &[][..]),
            };
            d.push(command);
            for (i, &v) in points.iter().enumerate() {
                if i > 0 {
                    d.push(' ');
                }
                d.push_str(&svg_number(v));
            }
        }
        d
    }

    /// The outline placed on a line: its origin at `origin` (scene pixels, on the
    /// baseline), `scale` pixels per font unit, y turned downwards.
    pub fn placed(&self, origin: (f32, f32), scale: f32) -> impl Iterator<Item = PathOp> + '_ {
        self.ops
            .iter()
            .map(move |op| op.mapped(|x, y| (origin.0 + x * scale, origin.1 - y * scale)))
    }
}

impl PathOp {
    /// The same step with every point mapped through `f`.
    pub fn mapped(self, f: impl Fn(f32, f32) -> (f32, f32)) -> PathOp {
        match self {
            PathOp::Move(x, y) => {
                let (x, y) = f(x, y);
                PathOp::Move(x, y)
            }
            PathOp::Line(x, y) => {
                let (x, y) = f(x, y);
                PathOp::Line(x, y)
            }
            PathOp::Quad(a, b, x, y) => {
                let ((a, b), (x, y)) = (f(a, b), f(x, y));
                PathOp::Quad(a, b, x, y)
            }
            PathOp::Cubic(a, b, c, d, x, y) => {
                let ((a, b), (c, d), (x, y)) = (f(a, b), f(c, d), f(x, y));
                PathOp::Cubic(a, b, c, d, x, y)
            }
            PathOp::Close => PathOp::Close,
        }
    }
}

/// A number for SVG: at most two decimals, no trailing zeros.
pub fn svg_number(v: f32) -> String {
    decimal(v, 2)
}

/// `v` with at most `places` decimals, no trailing zeros, written with integer
/// arithmetic (so the wasm build carries no float-formatting code for it).
pub fn decimal(v: f32, places: u32) -> String {
    let unit = 10i64.pow(places);
    let scaled = (f64::from(v) * unit as f64).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, mut part) = (
        scaled.unsigned_abs() / unit as u64,
        scaled.unsigned_abs() % unit as u64,
    );
    if part == 0 {
        return format!("{sign}{whole}");
    }
    let mut digits = places as usize;
    while part % 10 == 0 {
        part /= 10;
        digits -= 1;
    }
    format!("{sign}{whole}.{part:0digits$}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_short_and_exact() {
        assert_eq!(svg_number(12.0), "12");
        assert_eq!(svg_number(-0.5), "-0.5");
        assert_eq!(svg_number(12.3456), "12.35");
        assert_eq!(svg_number(0.001), "0");
        assert_eq!(svg_number(-7.05), "-7.05");
        assert_eq!(decimal(0.046_875, 6), "0.046875");
    }

    #[test]
    fn every_shipped_face_is_truetype_and_draws_from_its_glyf_table() {
        let fonts = crate::render::text::FontSet::bundled();
        for face in crate::render::text::Face::ALL {
            let font = fonts.face(face);
            assert!(font.glyf().is_some(), "{face:?} has no glyf table");
            let a = font.glyph_index('a').expect("an a");
            let path = GlyphPath::of(&font, a);
            assert!(!path.is_empty(), "{face:?}: 'a' drew nothing");
            assert!(
                path.ops.iter().any(|op| matches!(op, PathOp::Quad(..))),
                "{face:?}: quadratic curves"
            );
        }
    }
}
