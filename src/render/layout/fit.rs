//! Fitting text into a box: the largest size from `max` down to a floor at which the
//! wrapped text fits; at the floor, the lines that fit, the last one ellipsised.
//! Text never leaves its box.

use crate::render::scene::{Rect, Rgb, Role, TextRun};
use crate::render::text::{breaks, Face, TextMeasure};

/// How a block of text may be set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextSpec {
    /// The face.
    pub face: Face,
    /// The largest size to try, in pixels per em.
    pub max_size: f32,
    /// The floor: never set smaller than this.
    pub min_size: f32,
    /// Baseline-to-baseline distance as a multiple of the size.
    pub line_height: f32,
    /// The most lines allowed.
    pub max_lines: usize,
    /// The colour.
    pub fill: Rgb,
    /// What the text is on the graphic.
    pub role: Role,
}

/// Where lines sit horizontally in their box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left.
    Start,
    /// Centred.
    Centre,
    /// Flush right.
    End,
}

/// Where the block sits vertically in its box.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VAlign {
    /// At the top.
    Top,
    /// Its letters centred (cap top of the first line to the last baseline).
    Middle,
    /// Last line's descent on the bottom edge.
    Bottom,
}

/// Size decrements between the largest size and the floor.
const SHRINK: f32 = 0.96;
const ELLIPSIS: char = '…';

/// Sets `text` in `area`, returning one [`TextRun`] per line. An empty text gives none.
pub fn fit(
    measure: &dyn TextMeasure,
    text: &str,
    spec: &TextSpec,
    area: Rect,
    align: Align,
    valign: VAlign,
) -> Vec<TextRun> {
    let text = bounded(text, spec, area);
    let (size, lines) = choose_size(measure, &text, spec, area);
    place(measure, lines, spec, size, area, align, valign)
}

/// Keeps only as many characters as could ever fit at the floor size, so a 100 KB
/// paste costs no more to lay out than a full box.
fn bounded(text: &str, spec: &TextSpec, area: Rect) -> String {
    let per_line = (area.w / (spec.min_size * 0.2)).max(1.0);
    let lines = spec.max_lines as f32;
    let limit = (per_line * lines) as usize + 1;
    text.chars().take(limit).collect()
}

fn choose_size(
    measure: &dyn TextMeasure,
    text: &str,
    spec: &TextSpec,
    area: Rect,
) -> (f32, Vec<String>) {
    let mut size = spec.max_size.max(spec.min_size);
    loop {
        let (lines, broke_a_word) = wrap(measure, text, spec.face, size, area.w);
        // A word is broken only at the floor: above it, a smaller size is tried first.
        let fits = lines.len() <= spec.max_lines
            && block_height(measure, spec, size, lines.len()) <= area.h
            && (!broke_a_word || size <= spec.min_size);
        if fits {
            return (size, lines);
        }
        if size <= spec.min_size {
            return (size, truncate(measure, lines, spec, size, area));
        }
        size = (size * SHRINK).max(spec.min_size);
    }
}

/// The full height of `n` lines: ascent of the first to descent of the last.
fn block_height(measure: &dyn TextMeasure, spec: &TextSpec, size: f32, n: usize) -> f32 {
    if n == 0 {
        return 0.0;
    }
    let m = measure.v_metrics(spec.face, size);
    m.ascent + m.descent + (n - 1) as f32 * spec.line_height * size
}

/// At the floor size: the lines that fit the box, the last one ending in "…". A box
/// too narrow for even "…" gets no text rather than text outside it.
fn truncate(
    measure: &dyn TextMeasure,
    mut lines: Vec<String>,
    spec: &TextSpec,
    size: f32,
    area: Rect,
) -> Vec<String> {
    let mut keep = lines.len().min(spec.max_lines);
    while keep > 0 && block_height(measure, spec, size, keep) > area.h {
        keep -= 1;
    }
    if keep < lines.len() {
        lines.truncate(keep);
        if let Some(last) = lines.last_mut() {
            *last = ellipsise(measure, last, spec.face, size, area.w);
        }
    }
    lines.retain(|line| !line.is_empty() && measure.width(spec.face, size, line) <= area.w);
    lines
}

/// `line` shortened until it fits `width` with a trailing ellipsis; empty when not even
/// the ellipsis fits.
fn ellipsise(measure: &dyn TextMeasure, line: &str, face: Face, size: f32, width: f32) -> String {
    let mut clusters: Vec<&str> = breaks::clusters(line).collect();
    loop {
        let candidate = format!("{}{ELLIPSIS}", clusters.concat());
        if measure.width(face, size, &candidate) <= width {
            return candidate;
        }
        if clusters.is_empty() {
            return String::new();
        }
        clusters.pop();
        while clusters.last().is_some_and(|c| c.trim().is_empty()) {
            clusters.pop();
        }
    }
}

/// Greedy line breaking at the Unicode line-break opportunities; explicit newlines
/// are kept; a word wider than the box is broken between grapheme clusters. Returns
/// the lines (without their trailing spaces) and whether a word was broken.
pub fn wrap(
    measure: &dyn TextMeasure,
    text: &str,
    face: Face,
    size: f32,
    width: f32,
) -> (Vec<String>, bool) {
    let mut broke = false;
    let mut lines = Vec::new();
    let mut line = String::new();
    let finish = |line: &mut String, lines: &mut Vec<String>| {
        let done = line.trim();
        if !done.is_empty() {
            lines.push(done.to_owned());
        }
        line.clear();
    };
    for (piece, must_break) in breaks::pieces(text) {
        let candidate = format!("{line}{piece}");
        if measure.width(face, size, candidate.trim()) <= width {
            line = candidate;
        } else {
            finish(&mut line, &mut lines);
            let word = piece.trim_start();
            if measure.width(face, size, word.trim_end()) <= width {
                line.push_str(word);
            } else {
                let before = lines.len();
                line = break_long_word(measure, word, face, size, width, &mut lines);
                broke |= lines.len() > before;
            }
        }
        if must_break {
            finish(&mut line, &mut lines);
        }
    }
    finish(&mut line, &mut lines);
    (lines, broke)
}

/// Pushes full-width pieces of `word` onto `lines`, breaking only between grapheme
/// clusters, and returns the remainder.
fn break_long_word(
    measure: &dyn TextMeasure,
    word: &str,
    face: Face,
    size: f32,
    width: f32,
    lines: &mut Vec<String>,
) -> String {
    let mut piece = String::new();
    for cluster in breaks::clusters(word) {
        let candidate = format!("{piece}{cluster}");
        if !piece.is_empty() && measure.width(face, size, candidate.trim_end()) > width {
            lines.push(std::mem::replace(&mut piece, cluster.to_owned()));
        } else {
            piece = candidate;
        }
    }
    piece
}

fn place(
    measure: &dyn TextMeasure,
    lines: Vec<String>,
    spec: &TextSpec,
    size: f32,
    area: Rect,
    align: Align,
    valign: VAlign,
) -> Vec<TextRun> {
    let m = measure.v_metrics(spec.face, size);
    let step = spec.line_height * size;
    let n = lines.len();
    let full = block_height(measure, spec, size, n);
    let first_baseline = match valign {
        VAlign::Top => area.y + m.ascent,
        VAlign::Bottom => area.bottom() - full + m.ascent,
        VAlign::Middle => {
            let letters = m.cap_height + n.saturating_sub(1) as f32 * step;
            let wanted = area.y + (area.h - letters) / 2.0 + m.cap_height;
            // Centre the letters, but keep accents and descenders inside the box.
            wanted.clamp(
                area.y + m.ascent,
                (area.bottom() - full + m.ascent).max(area.y + m.ascent),
            )
        }
    };
    lines
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let shaped = measure.shape(spec.face, size, &text);
            let width = shaped.width;
            let x = match align {
                Align::Start => area.x,
                Align::Centre => area.x + (area.w - width) / 2.0,
                Align::End => area.right() - width,
            };
            let baseline = first_baseline + i as f32 * step;
            TextRun {
                bounds: Rect::new(x, baseline - m.ascent, width, m.ascent + m.descent),
                text,
                glyphs: shaped.glyphs,
                face: spec.face,
                size,
                x,
                baseline,
                fill: spec.fill,
                role: spec.role,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::text::FontSet;

    fn spec(max_lines: usize) -> TextSpec {
        TextSpec {
            face: Face::Roboto,
            max_size: 48.0,
            min_size: 20.0,
            line_height: 1.25,
            max_lines,
            fill: Rgb::WHITE,
            role: Role::Statement,
        }
    }

    #[test]
    fn short_text_stays_at_the_largest_size_on_one_line() {
        let fonts = FontSet::bundled();
        let area = Rect::new(10.0, 10.0, 800.0, 200.0);
        let runs = fit(
            &fonts,
            "Leave no one behind",
            &spec(3),
            area,
            Align::Start,
            VAlign::Top,
        );
        assert_eq!(runs.len(), 1);
        assert_eq!(runs[0].size, 48.0);
        assert_eq!(runs[0].x, 10.0);
    }

    #[test]
    fn long_text_shrinks_then_wraps_and_stays_inside() {
        let fonts = FontSet::bundled();
        let area = Rect::new(0.0, 0.0, 300.0, 160.0);
        let text = "One in three girls in Turkana County is not in school today";
        let runs = fit(&fonts, text, &spec(4), area, Align::Start, VAlign::Middle);
        assert!(runs.len() > 1);
        assert!(runs[0].size < 48.0 && runs[0].size >= 20.0);
        for run in &runs {
            assert!(area.contains(&run.bounds, 0.01), "{run:?}");
        }
        let words: Vec<&str> = runs.iter().flat_map(|r| r.text.split(' ')).collect();
        assert_eq!(words.join(" "), text, "wrapping loses or adds no word");
    }

    #[test]
    fn overlong_text_is_ellipsised_at_the_floor_never_overflowing() {
        let fonts = FontSet::bundled();
        let area = Rect::new(0.0, 0.0, 200.0, 60.0);
        let text = "word ".repeat(5000);
        let runs = fit(&fonts, &text, &spec(2), area, Align::Start, VAlign::Top);
        assert!(!runs.is_empty() && runs.len() <= 2);
        assert_eq!(runs[0].size, 20.0);
        assert!(runs.last().is_some_and(|r| r.text.ends_with(ELLIPSIS)));
        for run in &runs {
            assert!(area.contains(&run.bounds, 0.01), "{run:?}");
        }
    }

    #[test]
    fn a_word_wider_than_the_box_is_broken() {
        let fonts = FontSet::bundled();
        let (lines, broke) = wrap(&fonts, &"W".repeat(40), Face::Roboto, 20.0, 100.0);
        assert!(lines.len() > 1);
        assert!(broke, "says it broke a word");
        for line in &lines {
            assert!(fonts.width(Face::Roboto, 20.0, line) <= 100.0, "{line}");
        }
    }

    #[test]
    fn empty_or_blank_text_gives_no_lines() {
        let fonts = FontSet::bundled();
        let area = Rect::new(0.0, 0.0, 100.0, 100.0);
        assert!(fit(&fonts, "", &spec(2), area, Align::Start, VAlign::Top).is_empty());
        assert!(fit(&fonts, " \n\t ", &spec(2), area, Align::Start, VAlign::Top).is_empty());
    }
}
