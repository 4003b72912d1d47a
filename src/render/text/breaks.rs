//! Where a line may break: the Unicode line-breaking algorithm (UAX #14) between
//! words, and grapheme cluster boundaries (UAX #29) inside a word too long for its
//! line, so an accent, an emoji sequence or an Arabic letter with its harakat is never
//! split.
//!
//! The clusters are UAX #29's for the scripts the studio sets (Latin, Arabic, and
//! Devanagari among what users paste) and for emoji: marks, joiners, variation
//! selectors, skin tones, tags and flags stay with what they follow. A crate with
//! the whole of UAX #29's tables (unicode-segmentation, 7 KB gzip of tables) would
//! be on every first load for words longer than a line; it is the tests' reference.

use unicode_linebreak::{linebreaks, BreakOpportunity};

/// The text between break opportunities, in order: each piece keeps its trailing
/// spaces, and `true` marks a piece after which the line must break (a newline).
pub fn pieces(text: &str) -> Vec<(&str, bool)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (end, kind) in linebreaks(text) {
        if end > start {
            let piece = &text[start..end];
            let mandatory = kind == BreakOpportunity::Mandatory && end < text.len();
            out.push((piece, mandatory));
        }
        start = end;
    }
    out
}

/// The grapheme clusters of `word`, each a string a break may come before or after.
pub fn clusters(word: &str) -> impl Iterator<Item = &str> {
    Clusters { rest: word }
}

struct Clusters<'a> {
    rest: &'a str,
}

impl<'a> Iterator for Clusters<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut chars = self.rest.char_indices();
        let (_, first) = chars.next()?;
        let (mut end, mut before) = (first.len_utf8(), first);
        // Regional indicators pair up into flags.
        let mut flag_half = is_regional(first);
        for (at, c) in chars {
            let joins = extends(c)
                || (before == '\r' && c == '\n')
                || (before == ZWJ && is_pictographic(c))
                || (before == VIRAMA && is_devanagari_consonant(c))
                || (flag_half && is_regional(c));
            if !joins {
                break;
            }
            flag_half = !flag_half && is_regional(c);
            (end, before) = (at + c.len_utf8(), c);
        }
        let (cluster, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(cluster)
    }
}

const ZWJ: char = '\u{200d}';
const VIRAMA: char = '\u{94d}';

/// Whether `c` stays with the character before it: a combining mark (Latin,
/// Cyrillic, Hebrew, Arabic, Devanagari), a joiner, a variation selector, a skin
/// tone, an emoji tag or a keycap.
fn extends(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0900..=0x0903 | 0x093A..=0x093C | 0x093E..=0x094F | 0x0951..=0x0957
        | 0x0962..=0x0963 | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C..=0x200D
        | 0x20D0..=0x20FF | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF
        | 0xE0020..=0xE007F | 0xE0100..=0xE01EF)
}

/// A regional indicator: two make a flag (🇰🇪).
fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// An emoji a joiner joins to the one before it (👩‍🌾).
fn is_pictographic(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// A Devanagari consonant, which a virama joins to the one before it (क्ष).
fn is_devanagari_consonant(c: char) -> bool {
    matches!(c as u32, 0x0915..=0x0939 | 0x0958..=0x095F | 0x0978..=0x097F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaks_after_spaces_and_hyphens_but_not_inside_words() {
        let words: Vec<&str> = pieces("Leave no one-behind")
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(words, ["Leave ", "no ", "one-", "behind"]);
    }

    #[test]
    fn no_break_at_a_no_break_space() {
        let words: Vec<&str> = pieces("38\u{a0}% des filles")
            .into_iter()
            .map(|p| p.0)
            .collect();
        assert_eq!(words, ["38\u{a0}% ", "des ", "filles"]);
    }

    #[test]
    fn newlines_are_mandatory_breaks() {
        let pieces = pieces("one\ntwo");
        assert_eq!(pieces, [("one\n", true), ("two", false)]);
    }

    /// The clusters are UAX #29's (unicode-segmentation's) on every message of the
    /// six languages, and on words of marks, emoji, flags and conjuncts (the
    /// reference is a native dev-dependency).
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn clusters_are_those_of_uax_29_for_the_studios_scripts_and_emoji() {
        use crate::model::i18n::Lang;
        use unicode_segmentation::UnicodeSegmentation;
        let mut texts: Vec<String> = Lang::ALL
            .iter()
            .flat_map(|lang| lang.sources())
            .map(|(_, text)| text.to_string())
            .collect();
        texts.extend(
            [
                "e\u{301}\u{302}x",
                "👩🏽‍🌾👨‍👩‍👧",
                "🇰🇪🇺🇬🇹",
                "ن\u{651}\u{64e}ءً",
                "\u{915}\u{94d}\u{937}\u{93f}",
                "1\u{fe0f}\u{20e3}",
                "🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}",
                "a\u{200d}b",
                "\r\n\n",
                "☀\u{fe0f}",
                "Ж\u{483}",
                "א\u{5b8}",
            ]
            .map(str::to_owned),
        );
        for text in &texts {
            let ours: Vec<&str> = clusters(text).collect();
            let theirs: Vec<&str> = text.graphemes(true).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
    }

    #[test]
    fn clusters_keep_marks_and_emoji_sequences_whole() {
        let parts: Vec<&str> = clusters("e\u{301}👩🏽‍🌾غذاءً").collect();
        assert_eq!(parts[0], "e\u{301}");
        assert_eq!(parts[1], "👩🏽‍🌾");
        assert!(parts.contains(&"ءً"), "{parts:?}");
    }
}
