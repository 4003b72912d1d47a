//! The full shaper: rustybuzz (HarfBuzz's shaping in Rust) over font files given once.
//!
//! LNB Studio shapes Latin text itself from the fonts' own kerning and ligature tables
//! (`src/render/text/latin.rs` in the app), which keeps the first load small; Arabic (joining,
//! ligatures, marks) and any text with combining marks come here. Natively the app
//! links this crate; in the browser it is a second wasm module (`src/main.rs`),
//! fetched together with the Arabic fonts. It also encodes a poster's link as a QR code
//! ([`qr`]), so only a poster with a link loads an encoder. Without its `full` feature the crate is only
//! [`RawGlyph`] and its flat form, which the editor shares with the module.

/// One shaped glyph, in font units; positions as HarfBuzz gives them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawGlyph {
    /// The glyph id in the font.
    pub id: u16,
    /// Byte offset in the text of the first character this glyph came from.
    pub cluster: u32,
    /// How far the pen moves after this glyph.
    pub advance: i32,
    /// Horizontal offset from the pen.
    pub dx: i32,
    /// Vertical offset from the pen, upwards.
    pub dy: i32,
}

impl RawGlyph {
    /// Glyphs from `[id, cluster, advance, dx, dy]` per glyph (the inverse of
    /// [`flatten`]); a trailing partial glyph is dropped.
    pub fn from_flat(values: &[i32]) -> Vec<RawGlyph> {
        values
            .chunks_exact(5)
            .map(|g| RawGlyph {
                id: g[0].clamp(0, i32::from(u16::MAX)) as u16,
                cluster: g[1].max(0) as u32,
                advance: g[2],
                dx: g[3],
                dy: g[4],
            })
            .collect()
    }
}

/// `link` as a QR code (error correction M): each module dark or light, row by row,
/// and the code's side in modules. None for a link too long for any QR code.
#[cfg(feature = "full")]
pub fn qr(link: &str) -> Option<(Vec<bool>, usize)> {
    let code = qrcodegen::QrCode::encode_text(link, qrcodegen::QrCodeEcc::Medium).ok()?;
    let n = code.size();
    let modules = (0..n)
        .flat_map(|y| (0..n).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some((modules, usize::try_from(n).ok()?))
}

/// The directional runs of one line, in visual order (left to right): each its byte
/// range and whether it is right to left. The paragraph's base direction is right to
/// left when `rtl`.
#[cfg(feature = "full")]
pub fn visual_runs(text: &str, rtl: bool) -> Vec<(std::ops::Range<usize>, bool)> {
    use unicode_bidi::{Level, ParagraphBidiInfo};
    // unicode-bidi 0.3.18 indexes the first level of an empty line (a panic).
    if text.is_empty() {
        return Vec::new();
    }
    let base = if rtl { Level::rtl() } else { Level::ltr() };
    let info = ParagraphBidiInfo::new(text, Some(base));
    let (levels, runs) = info.visual_runs(0..text.len());
    runs.into_iter()
        .map(|run| {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            (run, rtl)
        })
        .collect()
}

/// Runs flattened to `[start, end, rtl]` each, as they cross between the modules.
pub fn flatten_runs(runs: &[(std::ops::Range<usize>, bool)]) -> Vec<u32> {
    runs.iter()
        .flat_map(|(r, rtl)| [r.start as u32, r.end as u32, u32::from(*rtl)])
        .collect()
}

/// Runs from their flat form (the inverse of [`flatten_runs`]); a trailing partial
/// run is dropped.
pub fn runs_from_flat(values: &[u32]) -> Vec<(std::ops::Range<usize>, bool)> {
    values
        .chunks_exact(3)
        .map(|r| (r[0] as usize..r[1] as usize, r[2] == 1))
        .collect()
}

/// Font faces by slot, each parsed once.
#[cfg(feature = "full")]
#[derive(Default)]
pub struct Shaper {
    faces: Vec<Option<rustybuzz::Face<'static>>>,
}

#[cfg(feature = "full")]
impl Shaper {
    /// An empty shaper.
    pub fn new() -> Shaper {
        Shaper::default()
    }

    /// Puts a font file in `slot`; false when it does not parse.
    pub fn load(&mut self, slot: usize, data: &'static [u8]) -> bool {
        let Some(face) = rustybuzz::Face::from_slice(data, 0) else {
            return false;
        };
        if self.faces.len() <= slot {
            self.faces.resize_with(slot + 1, || None);
        }
        self.faces[slot] = Some(face);
        true
    }

    /// Whether `slot` holds a face.
    pub fn has(&self, slot: usize) -> bool {
        self.faces.get(slot).is_some_and(Option::is_some)
    }

    /// Shapes one run of one direction: glyphs in visual order (left to right, so a
    /// right-to-left run comes out reversed), with the font's default features.
    /// `None` when the slot is empty.
    pub fn shape(&self, slot: usize, text: &str, rtl: bool) -> Option<Vec<RawGlyph>> {
        let face = self.faces.get(slot)?.as_ref()?;
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        buffer.set_direction(if rtl {
            rustybuzz::Direction::RightToLeft
        } else {
            rustybuzz::Direction::LeftToRight
        });
        let shaped = rustybuzz::shape(face, &[], buffer);
        Some(
            shaped
                .glyph_infos()
                .iter()
                .zip(shaped.glyph_positions())
                .map(|(info, pos)| RawGlyph {
                    id: info.glyph_id as u16,
                    cluster: info.cluster,
                    advance: pos.x_advance,
                    dx: pos.x_offset,
                    dy: pos.y_offset,
                })
                .collect(),
        )
    }
}

/// Glyphs flattened to `[id, cluster, advance, dx, dy]` per glyph: how they cross the
/// boundary between the two wasm modules as one `Int32Array`.
pub fn flatten(glyphs: &[RawGlyph]) -> Vec<i32> {
    glyphs
        .iter()
        .flat_map(|g| [i32::from(g.id), g.cluster as i32, g.advance, g.dx, g.dy])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glyphs_flatten_five_numbers_each_in_order() {
        let glyphs = [
            RawGlyph {
                id: 7,
                cluster: 0,
                advance: 500,
                dx: 0,
                dy: 0,
            },
            RawGlyph {
                id: 65535,
                cluster: 12,
                advance: 0,
                dx: -30,
                dy: 250,
            },
        ];
        assert_eq!(flatten(&glyphs), [7, 0, 500, 0, 0, 65535, 12, 0, -30, 250]);
    }

    #[test]
    fn flat_glyphs_read_back_five_numbers_at_a_time() {
        let values = [7, 0, 500, 0, 0, 70_000, -3, 0, -30, 250, 1, 2];
        let glyphs = RawGlyph::from_flat(&values);
        assert_eq!(glyphs.len(), 2, "the partial glyph is dropped");
        assert_eq!((glyphs[1].id, glyphs[1].cluster), (u16::MAX, 0), "clamped");
        assert_eq!(flatten(&glyphs[..1]), values[..5]);
    }

    #[cfg(feature = "full")]
    #[test]
    fn a_mixed_line_splits_into_runs_in_visual_order() {
        // "abc " then two Arabic letters, in a left-to-right paragraph: the Latin run
        // first, the Arabic run after it, right to left.
        let text = "abc \u{628}\u{62a}";
        let runs = visual_runs(text, false);
        assert_eq!(runs, [(0..4, false), (4..text.len(), true)]);
        // The same in a right-to-left paragraph: the Arabic run, which takes the
        // space between the two (a neutral between a right-to-left paragraph's
        // runs), is seen first.
        let runs = visual_runs(text, true);
        assert_eq!(runs, [(3..text.len(), true), (0..3, false)]);
        assert!(visual_runs("", true).is_empty());
        assert_eq!(runs_from_flat(&flatten_runs(&runs)), runs);
        assert_eq!(
            runs_from_flat(&[0, 3, 1, 9]),
            [(0..3, true)],
            "the partial run is dropped"
        );
    }

    #[cfg(feature = "full")]
    #[test]
    fn an_empty_slot_shapes_nothing() {
        assert!(Shaper::new().shape(3, "abc", false).is_none());
    }
}
