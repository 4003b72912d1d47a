//! Figures in human terms: other ways to say the headline figure that a reader feels
//! ("about 1 in 3", "1,255 a day"), each worked out from the figure as typed — never
//! guessed — with the arithmetic it used, in the user's language.
//!
//! A figure is read as a share ("37.7%") or a count ("712 million", "Milioni 712",
//! "458 000"), its scale words taken from the graphic's locale (`scale-*`). A share
//! becomes "about 1 in N"; a count becomes a share of a population the user gives (or
//! of the world's), and, for a yearly figure, a count a day and an hour.

use fluent_bundle::FluentArgs;

use crate::model::document::Unit;
use crate::model::i18n::Translator;
use crate::model::number::{format_value, parse_number};

/// The world's population in mid-2024: 8.2 billion (UN DESA, World Population
/// Prospects 2024), what a count is compared with when the user gives no population.
pub const WORLD_POPULATION: f64 = 8.2e9;

/// What a headline figure says, read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    /// A percentage, 0–100.
    Share(f64),
    /// A number of people or things.
    Count(f64),
}

/// One way to say the figure: what would fill the figure, and how it was worked out.
#[derive(Debug, Clone, PartialEq)]
pub struct Offer {
    /// The figure in the graphic's language ("1 in 3").
    pub figure: String,
    /// The arithmetic, in the interface's language ("100 ÷ 37.7% = 2.65, so…").
    pub arithmetic: String,
}

/// The scale words of `tr`'s language with their values: each message lists a word's
/// forms, separated by commas ("million, millions").
fn scales(tr: &Translator) -> Vec<(String, f64)> {
    [
        ("scale-thousand", 1e3),
        ("scale-million", 1e6),
        ("scale-billion", 1e9),
    ]
    .into_iter()
    .flat_map(|(id, value)| {
        tr.text(id)
            .split(',')
            .map(|w| w.trim().to_ascii_lowercase())
            .filter(|w| !w.is_empty())
            .map(|w| (w, value))
            .collect::<Vec<_>>()
    })
    .collect()
}

/// Reads `figure` as written in `graphic`'s language; None for what is not a single
/// share or count ("1 in 5", "3.3–3.6 billion", words).
pub fn read_figure(figure: &str, graphic: &Translator) -> Option<Reading> {
    let lang = graphic.lang();
    let text = figure.trim();
    let bare = text.trim_end_matches(['%', '\u{66a}']).trim_end();
    if bare.len() < text.len() {
        return match parse_number(bare, lang) {
            Ok(Some(p)) if p > 0.0 && p < 100.0 => Some(Reading::Share(p)),
            _ => None,
        };
    }
    if let Ok(Some(n)) = parse_number(text, lang) {
        return (n > 0.0).then_some(Reading::Count(n));
    }
    let lower = text.to_ascii_lowercase();
    scales(graphic).into_iter().find_map(|(word, scale)| {
        let rest = lower
            .strip_suffix(word.as_str())
            .or_else(|| lower.strip_prefix(word.as_str()))?;
        // The word stands apart from the number.
        if !(rest.ends_with(char::is_whitespace) || rest.starts_with(char::is_whitespace)) {
            return None;
        }
        match parse_number(rest.trim(), lang) {
            Ok(Some(n)) if n > 0.0 => Some(Reading::Count(n * scale)),
            _ => None,
        }
    })
}

/// A count as `tr`'s language writes it ("56 million", "56000000"): a population the
/// user gives.
pub fn read_count(text: &str, tr: &Translator) -> Option<f64> {
    match read_figure(text, tr)? {
        Reading::Count(n) => Some(n),
        Reading::Share(_) => None,
    }
}

/// A count written short with the language's scale word ("712 million").
fn short_count(count: f64, ui: &Translator) -> String {
    let lang = ui.lang();
    let (value, id) = if count >= 1e9 {
        (count / 1e9, "human-billions")
    } else if count >= 1e6 {
        (count / 1e6, "human-millions")
    } else {
        return format_value(count, Unit::Number, lang);
    };
    let mut args = FluentArgs::new();
    args.set("count", format_value(value, Unit::Number, lang));
    ui.text_with(id, &args)
}

/// The ways to say `figure` (in `graphic`'s language) that people feel, with their
/// arithmetic in `ui`'s language. A count is compared with `population` if the user
/// gave one, else with the world's.
pub fn offers(
    figure: &str,
    population: Option<f64>,
    graphic: &Translator,
    ui: &Translator,
) -> Vec<Offer> {
    let Some(reading) = read_figure(figure, graphic) else {
        return Vec::new();
    };
    let (g, u) = (graphic.lang(), ui.lang());
    let one_in = |n: f64| {
        let mut args = FluentArgs::new();
        args.set("n", format_value(n, Unit::Number, g));
        graphic.text_with("human-one-in", &args)
    };
    let mut out = Vec::new();
    match reading {
        Reading::Share(share) => {
            let exact = 100.0 / share;
            let n = exact.round();
            if n >= 2.0 {
                let mut args = FluentArgs::new();
                args.set("share", format_value(share, Unit::Percent, u));
                args.set("exact", format_value(exact, Unit::Number, u));
                args.set("n", n);
                args.set("shown", format_value(n, Unit::Number, u));
                args.set(
                    "tenths",
                    format_value((share / 10.0).round(), Unit::Number, u),
                );
                out.push(Offer {
                    figure: one_in(n),
                    arithmetic: ui.text_with("human-arith-one-in", &args),
                });
            }
        }
        Reading::Count(count) => {
            let (whole, whose) = match population.filter(|p| *p > count) {
                Some(p) => (p, "human-arith-share"),
                None => (WORLD_POPULATION, "human-arith-share-world"),
            };
            if count < whole {
                let share = count / whole * 100.0;
                let mut args = FluentArgs::new();
                args.set("count", short_count(count, ui));
                args.set("population", short_count(whole, ui));
                args.set("share", format_value(share, Unit::Percent, u));
                if share >= 0.1 {
                    out.push(Offer {
                        figure: format_value(share, Unit::Percent, g),
                        arithmetic: ui.text_with(whose, &args),
                    });
                }
                let exact = whole / count;
                let n = exact.round();
                if (2.0..1e6).contains(&n) {
                    args.set("exact", format_value(exact, Unit::Number, u));
                    args.set("n", n);
                    args.set("shown", format_value(n, Unit::Number, u));
                    out.push(Offer {
                        figure: one_in(n),
                        arithmetic: ui.text_with("human-arith-share-one-in", &args),
                    });
                }
            }
            // A yearly figure a day (365 days) and an hour (8,760 hours).
            for (spans, figure_id, arith_id) in [
                (365.0, "human-per-day", "human-arith-per-day"),
                (8760.0, "human-per-hour", "human-arith-per-hour"),
            ] {
                let each = count / spans;
                if each < 1.0 {
                    continue;
                }
                let mut args = FluentArgs::new();
                args.set("count", format_value(each, Unit::Number, g));
                let filled = graphic.text_with(figure_id, &args);
                let mut args = FluentArgs::new();
                args.set("count", short_count(count, ui));
                args.set("spans", format_value(spans, Unit::Number, u));
                args.set("result", format_value(each, Unit::Number, u));
                out.push(Offer {
                    figure: filled,
                    arithmetic: ui.text_with(arith_id, &args),
                });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
