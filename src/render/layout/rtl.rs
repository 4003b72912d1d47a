//! Right-to-left graphics (Arabic): a mirrored layout.
//!
//! The templates are written once, left to right. For an Arabic graphic, layout runs
//! them with [`RtlMeasure`], which shapes every line in the Arabic face (the font set
//! orders its runs right to left and the full shaper joins the letters, forms the
//! ligatures and places the harakat), then [`finish`] mirrors the scene across its
//! vertical centre line. A run's glyphs are already in visual order, so mirroring
//! moves the line and nothing inside it.

use std::sync::Arc;

use crate::render::charts::map::{Atlas, Detail, Own};
use crate::render::scene::{Item, Rect, Scene};
use crate::render::text::{Face, Shaped, TextMeasure, VMetrics};

/// The characters of a right-to-left line (by index) in the order they are seen from
/// the left: the Unicode bidirectional algorithm's visual order.
pub fn visual_order(line: &str) -> Vec<usize> {
    if line.is_empty() {
        return Vec::new();
    }
    let info = unicode_bidi::ParagraphBidiInfo::new(line, Some(unicode_bidi::Level::rtl()));
    let levels = info.reordered_levels_per_char(0..line.len());
    unicode_bidi::ParagraphBidiInfo::reorder_visual(&levels)
}

/// Measures and shapes text as an Arabic graphic sets it: in the Arabic faces.
pub struct RtlMeasure<'a>(pub &'a dyn TextMeasure);

impl TextMeasure for RtlMeasure<'_> {
    fn shape(&self, face: Face, size: f32, text: &str) -> Shaped {
        self.0.shape(face.arabic(), size, text)
    }

    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.0.width(face.arabic(), size, text)
    }

    fn v_metrics(&self, face: Face, size: f32) -> VMetrics {
        self.0.v_metrics(face.arabic(), size)
    }

    fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)> {
        self.0.qr(link)
    }

    fn atlas(&self, detail: Detail) -> Option<Arc<dyn Atlas>> {
        self.0.atlas(detail)
    }

    fn own_atlas(&self, key: &str, property: &str) -> Own {
        self.0.own_atlas(key, property)
    }
}

/// Turns a scene laid out left to right with [`RtlMeasure`] into the right-to-left
/// graphic: every item mirrored across the vertical centre line, every line in its
/// Arabic face.
pub fn finish(mut scene: Scene) -> Scene {
    let width = scene.width;
    let flip = |r: Rect| Rect::new(width - r.x - r.w, r.y, r.w, r.h);
    for item in &mut scene.items {
        match item {
            Item::Rect { rect, .. } | Item::Logo { rect } => *rect = flip(*rect),
            Item::Polygon { points, .. } => {
                for point in points.iter_mut() {
                    point.0 = width - point.0;
                }
            }
            Item::Area { rings, .. } => {
                for point in rings.iter_mut().flatten() {
                    point.0 = width - point.0;
                }
            }
            Item::Text(run) => {
                run.bounds = flip(run.bounds);
                run.x = run.bounds.x;
                run.face = run.face.arabic();
            }
        }
    }
    scene.regions.body = flip(scene.regions.body);
    scene.regions.chart = flip(scene.regions.chart);
    scene
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::text::FontSet;

    fn glyphs(text: &str) -> Shaped {
        RtlMeasure(&FontSet::bundled()).shape(Face::Roboto, 40.0, text)
    }

    #[test]
    fn letters_join_and_lines_read_right_to_left() {
        // The first letter's glyph is drawn rightmost.
        let shaped = glyphs("سلام");
        let first = shaped.glyphs.iter().max_by(|a, b| a.x.total_cmp(&b.x));
        assert_eq!(first.map(|g| g.cluster), Some(0), "{shaped:?}");
        // Joined: fewer glyphs than letters (lam-alef ligature) or contextual forms.
        let alone: f32 = "سلام"
            .chars()
            .map(|c| RtlMeasure(&FontSet::bundled()).width(Face::Roboto, 40.0, &c.to_string()))
            .sum();
        assert!(shaped.width < alone, "{} vs {alone}", shaped.width);
    }

    #[test]
    fn numbers_and_latin_words_keep_their_own_order() {
        let text = "الهدف 12 UNICEF";
        let shaped = glyphs(text);
        // Seen from the left: U, N, … then 1, 2, then the Arabic word.
        let clusters: Vec<u32> = shaped.glyphs.iter().map(|g| g.cluster).collect();
        let u = text.find('U').unwrap() as u32;
        let one = text.find('1').unwrap() as u32;
        assert_eq!(clusters[0], u, "{clusters:?}");
        let at = |c: u32| clusters.iter().position(|&x| x == c).unwrap();
        assert!(at(one) < at(one + 1) && at(u) < at(one), "{clusters:?}");
        assert_eq!(*clusters.last().unwrap(), 0);
    }

    #[test]
    fn harakat_are_kept_as_glyphs() {
        // "غذاءً": the tanween (U+064B) is a glyph of its own, on its letter's cluster
        // and taking no room of its own.
        let with = glyphs("غذاءً");
        let without = glyphs("غذاء");
        assert_eq!(with.glyphs.len(), without.glyphs.len() + 1, "{with:?}");
        assert!((with.width - without.width).abs() < 0.01, "{with:?}");
    }
}
