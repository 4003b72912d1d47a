//! Right-to-left graphics (Arabic): shaping, visual order and a mirrored layout.
//!
//! The templates are written once, left to right. For an Arabic graphic, layout runs
//! them with [`RtlMeasure`], which measures every string as it will be drawn (Arabic
//! letters in their joined presentation forms, in the Arabic face), then [`finish`]
//! mirrors the scene and turns every line into the glyph order a painter draws left
//! to right. Shaping with presentation forms needs no GSUB in the font, so the
//! browser canvas, SVG and ab_glyph all draw the same glyphs at the same advances.

use std::sync::LazyLock;

use ar_reshaper::ArabicReshaper;
use unicode_bidi::{Level, ParagraphBidiInfo};

use crate::scene::{Item, Rect, Scene};
use crate::text::{Face, TextMeasure, VMetrics};

/// The shaper: default joining, lam-alef and Allah ligatures, diacritics removed (the
/// font's marks are positioned by GPOS, which no renderer here applies).
static RESHAPER: LazyLock<ArabicReshaper> = LazyLock::new(ArabicReshaper::default);

/// Arabic letters in their joined forms (logical order kept).
pub fn shape(text: &str) -> String {
    if RESHAPER.need_reshape(text) {
        RESHAPER.reshape(text)
    } else {
        text.to_owned()
    }
}

/// One line of text (already shaped) in the order its glyphs are drawn from left to
/// right, for a right-to-left paragraph; mirrored characters such as brackets and
/// guillemets are swapped inside right-to-left runs.
pub fn visual(line: &str) -> String {
    if line.is_empty() {
        return String::new();
    }
    let info = ParagraphBidiInfo::new(line, Some(Level::rtl()));
    let levels = info.reordered_levels_per_char(0..line.len());
    let chars: Vec<char> = line.chars().collect();
    ParagraphBidiInfo::reorder_visual(&levels)
        .into_iter()
        .filter_map(|i| {
            let c = *chars.get(i)?;
            Some(if levels.get(i).is_some_and(|l| l.is_rtl()) {
                mirror(c)
            } else {
                c
            })
        })
        .collect()
}

/// The Bidi_Mirrored partner of the brackets and quotes campaign text uses.
fn mirror(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        '‹' => '›',
        '›' => '‹',
        other => other,
    }
}

/// Measures text as an Arabic graphic draws it: shaped, in the Arabic faces.
pub struct RtlMeasure<'a>(pub &'a dyn TextMeasure);

impl TextMeasure for RtlMeasure<'_> {
    fn width(&self, face: Face, size: f32, text: &str) -> f32 {
        self.0.width(face.arabic(), size, &shape(text))
    }

    fn v_metrics(&self, face: Face, size: f32) -> VMetrics {
        self.0.v_metrics(face.arabic(), size)
    }
}

/// Turns a scene laid out left to right with [`RtlMeasure`] into the right-to-left
/// graphic: every item mirrored across the vertical centre line, every line shaped,
/// in visual order and in its Arabic face.
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
            Item::Text(run) => {
                run.bounds = flip(run.bounds);
                run.x = run.bounds.x;
                run.face = run.face.arabic();
                run.text = visual(&shape(&run.text));
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

    #[test]
    fn letters_join_and_lines_read_right_to_left() {
        // "سلام" → seen from the left: final mim, final alef-lam ligature... reversed.
        let shaped = shape("سلام");
        assert!(
            shaped
                .chars()
                .all(|c| ('\u{fb50}'..='\u{feff}').contains(&c)),
            "{shaped:?}"
        );
        let drawn = visual(&shaped);
        assert_eq!(drawn.chars().rev().collect::<String>(), shaped);
    }

    #[test]
    fn numbers_and_latin_words_keep_their_own_order() {
        let drawn = visual(&shape("الهدف 12 UNICEF"));
        assert!(drawn.starts_with("UNICEF 12 "), "{drawn:?}");
    }

    #[test]
    fn brackets_are_mirrored_in_right_to_left_runs() {
        let drawn = visual(&shape("«لا»"));
        assert!(drawn.starts_with('«') && drawn.ends_with('»'), "{drawn:?}");
    }

    #[test]
    fn latin_text_is_untouched() {
        assert_eq!(shape("Leave No One Behind"), "Leave No One Behind");
        assert_eq!(visual("Leave No One Behind"), "Leave No One Behind");
    }
}
