//! The words to post with a graphic, in the graphic's language: alt text that says
//! what the chart shows, its numbers and its source (deterministic, from Fluent
//! templates), and a post with the headline, source and hashtags, counted the way X
//! counts.

use fluent_bundle::FluentArgs;

use crate::model::document::Document;
use crate::model::i18n::Translator;
use crate::render::charts::chart;
use crate::render::layout::Words;

/// X's limit for a post, in its weighted characters.
pub const X_LIMIT: usize = 280;

/// The alt text: which Goal and audience, the headline (the big figure with its
/// statement), what the chart shows with its numbers, the call to action, the source
/// and the pledge — each a sentence a screen reader reads well.
pub fn alt_text(doc: &Document, tr: &Translator) -> String {
    let words = Words::for_document(doc, tr);
    let mut args = FluentArgs::new();
    args.set("number", doc.goal.number());
    args.set("goal", tr.text(doc.goal.name_id()));
    let mut parts = vec![tr.text_with("alt-intro", &args)];
    let place = doc.audience.place.trim();
    if !place.is_empty() {
        let mut args = FluentArgs::new();
        args.set("place", place);
        parts.push(tr.text_with("alt-place", &args));
    }
    parts.push(headline(doc));
    let was = doc.figure_was.trim();
    if !was.is_empty() && chart(doc.chart).fields.figure {
        let mut args = FluentArgs::new();
        args.set("was", was);
        parts.push(tr.text_with("alt-figure-was", &args));
    }
    parts.push((chart(doc.chart).describe)(doc, tr));
    parts.extend(
        [doc.call_to_action.trim(), words.source_line.as_str()]
            .into_iter()
            .map(str::to_owned),
    );
    if doc.show_pledge {
        parts.push(tr.text("pledge"));
    }
    parts
        .iter()
        .map(|p| sentence(p.trim()))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` ending as a sentence does, so that parts read one after another.
fn sentence(text: &str) -> String {
    match text.chars().last() {
        None => String::new(),
        Some('.' | '!' | '?' | '…' | '؟' | '。') => text.to_owned(),
        Some(_) => format!("{text}."),
    }
}

/// The headline: the figure and the statement for a chart that leads with a figure,
/// the statement alone for the others.
pub fn headline(doc: &Document) -> String {
    if chart(doc.chart).fields.figure {
        format!("{} {}", doc.figure.trim(), doc.statement.trim())
    } else {
        doc.statement.trim().to_owned()
    }
    .trim()
    .to_owned()
}

/// The post: the headline, the source, and the pledge's and the Goal's hashtags with
/// the user's own.
pub fn post_text(doc: &Document, tr: &Translator) -> String {
    let words = Words::for_document(doc, tr);
    let headline = headline(doc);
    let headline = headline.as_str();
    let place = doc.audience.place.trim();
    let headline = if place.is_empty() || headline.is_empty() {
        headline.to_owned()
    } else {
        let mut args = FluentArgs::new();
        args.set("place", place);
        args.set("text", headline);
        tr.text_with("post-place", &args)
    };
    let mut args = FluentArgs::new();
    args.set("number", doc.goal.number());
    let mut tags = tr.text_with("post-tags", &args);
    if !words.hashtag.is_empty() && !tags.split(' ').any(|t| t == words.hashtag) {
        tags.push(' ');
        tags.push_str(&words.hashtag);
    }
    [
        headline,
        doc.call_to_action.trim().to_owned(),
        words.source_line,
        tags,
    ]
    .into_iter()
    .filter(|p| !p.is_empty())
    .collect::<Vec<_>>()
    .join("\n\n")
}

/// The length X counts for `text`: most characters weigh 1, those outside the ranges
/// below (emoji, CJK…) weigh 2, and every link weighs 23 — twitter-text's rules
/// (version 3), without its emoji-sequence and URL-detection subtleties beyond
/// `http(s)://` words.
pub fn x_length(text: &str) -> usize {
    text.split_inclusive(char::is_whitespace)
        .map(|word| {
            let trimmed = word.trim_end();
            if trimmed.starts_with("http://") || trimmed.starts_with("https://") {
                23 + (word.len() - trimmed.len())
            } else {
                word.chars().map(weight).sum()
            }
        })
        .sum()
}

fn weight(c: char) -> usize {
    match c as u32 {
        0..=0x10FF | 0x2000..=0x200D | 0x2010..=0x201F | 0x2032..=0x2037 => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::ChartKind;
    use crate::model::goal::Goal;
    use crate::model::i18n::Lang;

    #[test]
    fn alt_text_names_the_goal_every_value_and_the_source() {
        let tr = Translator::new(Lang::En);
        let mut doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Bars, &tr);
        doc.rows[2].value = None;
        doc.audience.place = "Turkana County".into();
        let alt = alt_text(&doc, &tr);
        for expected in [
            "Goal 2",
            "Zero Hunger",
            "Turkana County",
            "Poorest 20%: 38%",
            "Middle 20%: no data",
            "Richest 20%: 86%",
            "Source: ",
        ] {
            assert!(alt.contains(expected), "{expected:?} missing from {alt:?}");
        }
    }

    #[test]
    fn alt_text_is_in_the_graphics_language_for_every_chart() {
        for lang in Lang::ALL {
            let tr = Translator::new(lang);
            for chart in ChartKind::ALL {
                let doc = crate::render::charts::example(Goal::GenderEquality, chart, &tr);
                let alt = alt_text(&doc, &tr);
                assert!(
                    alt.contains(&tr.text("goal-5-name")),
                    "{lang:?} {chart:?}: {alt}"
                );
                assert!(
                    !alt.contains("alt-") && !alt.contains('{'),
                    "{lang:?} {chart:?}: {alt}"
                );
            }
        }
        let tr = Translator::new(Lang::Fr);
        let gap = alt_text(
            &crate::render::charts::example(Goal::GenderEquality, ChartKind::Gap, &tr),
            &tr,
        );
        assert!(gap.contains("Écart\u{a0}: 27\u{a0}points"), "{gap:?}");
    }

    #[test]
    fn alt_text_says_how_a_trend_moved_and_reads_a_big_number_as_one_sentence() {
        let tr = Translator::new(Lang::En);
        let mut trend = crate::render::charts::example(Goal::NoPoverty, ChartKind::Trend, &tr);
        let alt = alt_text(&trend, &tr);
        assert!(
            alt.contains("it rose from 41% in 2015 to 57% in 2024."),
            "{alt}"
        );
        assert!(
            !alt.contains("2018"),
            "a trend is not read as a list: {alt}"
        );
        trend.rows.reverse();
        for (row, year) in trend.rows.iter_mut().zip([2015, 2018, 2021, 2024]) {
            row.year = Some(year);
        }
        let alt = alt_text(&trend, &tr);
        assert!(
            alt.contains("it fell from 57% in 2015 to 41% in 2024."),
            "{alt}"
        );
        let big = crate::render::charts::example(Goal::NoPoverty, ChartKind::BigNumber, &tr);
        let alt = alt_text(&big, &tr);
        assert!(
            alt.contains(". 712 million people were living in extreme poverty in 2022. "),
            "{alt}"
        );
    }

    #[test]
    fn the_post_carries_headline_source_and_hashtags() {
        let tr = Translator::new(Lang::Sw);
        let mut doc = crate::render::charts::example(Goal::NoPoverty, ChartKind::BigNumber, &tr);
        doc.hashtag = "KenyaLNOB".into();
        let post = post_text(&doc, &tr);
        assert!(post.starts_with("Milioni 712 ya watu"), "{post}");
        assert!(post.contains("Chanzo: UN"), "{post}");
        assert!(post.ends_with("#SDG1 #KenyaLNOB"), "{post}");
        assert!(x_length(&post) <= X_LIMIT);
    }

    #[test]
    fn x_counts_emoji_and_links_its_own_way() {
        assert_eq!(x_length("abc"), 3);
        assert_eq!(x_length("مرحبا"), 5);
        assert_eq!(x_length("🙂"), 2);
        assert_eq!(
            x_length("see https://example.org/a/very/long/path ok"),
            4 + 23 + 1 + 2
        );
    }
}
