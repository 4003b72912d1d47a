//! Where a line may break: the Unicode line-breaking algorithm (UAX #14) between
//! words, and grapheme cluster boundaries (UAX #29) inside a word too long for its
//! line, so an accent, an emoji sequence or an Arabic letter with its harakat is never
//! split.

use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_segmentation::UnicodeSegmentation;

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
    word.graphemes(true)
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

    #[test]
    fn clusters_keep_marks_and_emoji_sequences_whole() {
        let parts: Vec<&str> = clusters("e\u{301}👩🏽‍🌾غذاءً").collect();
        assert_eq!(parts[0], "e\u{301}");
        assert_eq!(parts[1], "👩🏽‍🌾");
        assert!(parts.contains(&"ءً"), "{parts:?}");
    }
}
