//! The text engine against references that are not ours: the Latin shaper equals
//! rustybuzz (HarfBuzz's shaping) on every string the five Latin languages draw and on
//! generated text; kerned pairs come out narrower than their advances; and an
//! over-long word breaks only between grapheme clusters (UAX #29), whatever it is
//! made of.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::render::layout::fit::wrap;
use lnb_studio::render::text::{Face, FontSet, TextMeasure};
use proptest::prelude::*;
use unicode_segmentation::UnicodeSegmentation;

const FILES: [&[u8]; 3] = [
    include_bytes!("../public/fonts/oswald-latin-700.ttf"),
    include_bytes!("../public/fonts/roboto-latin-400.ttf"),
    include_bytes!("../public/fonts/roboto-latin-700.ttf"),
];

/// rustybuzz's glyphs for `text` in `face`: (id, pen x, y offset) in font units.
fn reference(shaper: &lnb_shaper::Shaper, face: Face, text: &str) -> Vec<(u16, i32, i32)> {
    let mut pen = 0;
    shaper
        .shape(face.index(), text, false)
        .expect("face loaded")
        .into_iter()
        .map(|g| {
            let at = (g.id, pen + g.dx, g.dy);
            pen += g.advance;
            at
        })
        .collect()
}

/// Ours, through the Latin path only (as the browser shapes before the full shaper is
/// loaded), at a size of one pixel per font unit.
fn ours(fonts: &FontSet, face: Face, text: &str) -> Vec<(u16, i32, i32)> {
    let upem = f32::from(fonts.face(face).units_per_em());
    fonts
        .shape(face, upem, text)
        .glyphs
        .into_iter()
        .map(|g| (g.id, g.x.round() as i32, (-g.y).round() as i32))
        .collect()
}

fn shaper() -> lnb_shaper::Shaper {
    let mut shaper = lnb_shaper::Shaper::new();
    for (face, bytes) in Face::LATIN.into_iter().zip(FILES) {
        assert!(shaper.load(face.index(), bytes));
    }
    shaper
}

/// Every message value of a locale file (placeables dropped), one per line.
fn messages(lang: &str) -> Vec<String> {
    let mut out = Vec::new();
    for file in ["graphic.ftl", "ui.ftl"] {
        let path = format!("{}/locales/{lang}/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).expect("locale file");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let value = line.split_once(" = ").map_or(line, |(_, v)| v);
            let plain: String = value
                .split('{')
                .map(|part| part.split_once('}').map_or(part, |(_, rest)| rest))
                .collect();
            if !plain.trim().is_empty() {
                out.push(plain.trim().to_owned());
            }
        }
    }
    out
}

#[test]
fn the_latin_shaper_equals_rustybuzz_on_every_string_of_the_latin_languages() {
    let fonts = FontSet::bundled_latin_only();
    let shaper = shaper();
    let mut compared = 0;
    for lang in ["en", "es", "fr", "sw", "pt"] {
        for text in messages(lang) {
            for face in Face::LATIN {
                for text in [text.clone(), text.to_uppercase()] {
                    assert_eq!(
                        ours(&fonts, face, &text),
                        reference(&shaper, face, &text),
                        "{face:?} {text:?}"
                    );
                    compared += 1;
                }
            }
        }
    }
    assert!(compared > 3000, "{compared}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Generated text from the letters, digits and punctuation of the five languages
    /// (ligature and kerning pairs included): glyph for glyph, position for position.
    #[test]
    fn the_latin_shaper_equals_rustybuzz_on_generated_text(
        text in "[AVTWYLPFkfilT o.,;:7140%«»'’\"()/éèçñãõáíúûœÉÀ-]{1,24}",
        face in 0usize..3,
    ) {
        let face = Face::LATIN[face];
        let fonts = FontSet::bundled_latin_only();
        prop_assert_eq!(ours(&fonts, face, &text), reference(&shaper(), face, &text));
    }

    /// A word too long for its line breaks only between grapheme clusters: every line
    /// is a whole number of the word's clusters, and together they are the word.
    #[test]
    fn overlong_words_break_only_between_grapheme_clusters(
        clusters in prop::collection::vec(prop::sample::select(vec![
            "e\u{301}", "a", "W", "👩🏽‍🌾", "🇰🇪", "غ", "ذ", "ءً", "لا", "ن\u{651}\u{64e}", "\u{915}\u{94d}\u{937}", "1", "%",
        ]), 8..60),
        width in 30.0f32..200.0,
    ) {
        let word: String = clusters.concat();
        let fonts = FontSet::bundled();
        for face in [Face::Roboto, Face::Arabic] {
            let (lines, _) = wrap(&fonts, &word, face, 20.0, width);
            prop_assert_eq!(lines.concat(), word.clone());
            let boundaries: Vec<usize> = word.grapheme_indices(true).map(|(i, _)| i).chain([word.len()]).collect();
            let mut at = 0;
            for line in &lines {
                at += line.len();
                prop_assert!(boundaries.contains(&at), "{:?} splits a cluster", line);
            }
        }
    }
}

#[test]
fn kerned_pairs_are_narrower_than_their_advances() {
    let fonts = FontSet::bundled();
    for face in [Face::OswaldBold, Face::RobotoBold] {
        for pair in ["AV", "To", "LT", "Ta"] {
            let kerned = fonts.width(face, 100.0, pair);
            let apart: f32 = pair
                .chars()
                .map(|c| fonts.width(face, 100.0, &c.to_string()))
                .sum();
            assert!(kerned < apart - 1.0, "{face:?} {pair}: {kerned} vs {apart}");
        }
    }
}

#[test]
fn latin_ligatures_come_from_the_font() {
    // Roboto's "fi" is one glyph standing for both letters.
    let fonts = FontSet::bundled();
    let shaped = fonts.shape(Face::Roboto, 100.0, "fine");
    assert_eq!(shaped.glyphs.len(), 3, "{shaped:?}");
    assert_eq!(
        shaped.glyphs[1].cluster, 2,
        "the glyph after the ligature is 'n'"
    );
}
