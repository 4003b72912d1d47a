//! The web link in a call to action ("Join us at example.org/lnb"), which a poster
//! draws as a QR code beside the words.

/// The first web link in `text`, as a QR code should hold it: with its scheme
/// (`https://` when none was typed) and without the sentence's closing punctuation.
/// None when the text has no link.
pub fn link_in(text: &str) -> Option<String> {
    text.split_whitespace().find_map(|word| {
        let word = word
            .trim_start_matches(['(', '[', '"', '«', '“'])
            .trim_end_matches(['.', ',', ';', ':', '!', '?', ')', ']', '"', '»', '”']);
        let lower = word.to_ascii_lowercase();
        if lower.starts_with("https://") || lower.starts_with("http://") {
            return (word.len() > "https://".len()).then(|| word.to_owned());
        }
        let host = lower.split('/').next().unwrap_or_default();
        let labels: Vec<&str> = host.split('.').collect();
        let is_host = labels.len() >= 2
            && labels
                .iter()
                .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            && labels
                .last()
                .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(|c| c.is_ascii_alphabetic()));
        is_host.then(|| format!("https://{word}"))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_link_a_campaigner_writes() {
        let cases = [
            (
                "Join us at example.org/lnb",
                Some("https://example.org/lnb"),
            ),
            (
                "Read more: https://sdgs.un.org/goals.",
                Some("https://sdgs.un.org/goals"),
            ),
            (
                "Jiunge nasi (www.mfano.or.ke)",
                Some("https://www.mfano.or.ke"),
            ),
            ("http://a.co/x?y=1, today", Some("http://a.co/x?y=1")),
            ("Leave no one behind.", None),
            ("Version 2.0 is out", None),
            ("Call 0800 123 456", None),
            ("", None),
        ];
        for (text, link) in cases {
            assert_eq!(link_in(text).as_deref(), link, "{text}");
        }
    }
}
