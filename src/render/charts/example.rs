//! Each Goal's example, made from the chart contracts' example rows: what a first-time
//! user sees finished at once, and what switching Goal, chart or language may replace
//! while the user has typed nothing over it.

use crate::model::document::{Audience, ChartKind, Document, Scope, Unit};
use crate::model::format::Format;
use crate::model::goal::Goal;
use crate::model::i18n::Translator;

use super::chart;

/// The example for `goal` and `kind`, in the translator's language. The big-number
/// examples are real, sourced figures; the chart examples are illustrative and say so
/// in their source line.
pub fn example(goal: Goal, kind: ChartKind, tr: &Translator) -> Document {
    let contract = chart(kind);
    let (figure, statement, source, year) = if contract.fields.figure {
        let [figure, statement, source, year] = goal.example_ids();
        (
            tr.text(figure),
            tr.text(statement),
            tr.text(source),
            tr.text(year),
        )
    } else {
        (
            String::new(),
            tr.text(goal.indicator_id()),
            tr.text("example-data-source"),
            String::new(),
        )
    };
    Document {
        goal,
        format: Format::XLandscape,
        chart: kind,
        figure,
        statement,
        rows: (contract.example_rows)(tr),
        unit: Unit::Percent,
        target: contract.example_target,
        audience: Audience {
            scope: Scope::International,
            place: String::new(),
        },
        source,
        year,
        call_to_action: String::new(),
        show_pledge: true,
        hashtag: String::new(),
        language: tr.lang(),
        logo: None,
        photocopy: false,
        figure_was: String::new(),
        boundaries: None,
        breaks: String::new(),
    }
}

/// Whether the words and figures of `doc` are still exactly the example's for its
/// Goal and chart, so that switching Goal or chart may replace them without losing
/// anything the user typed.
pub fn is_untouched_example(doc: &Document, tr: &Translator) -> bool {
    let example = example(doc.goal, doc.chart, tr);
    (
        &doc.figure,
        &doc.statement,
        &doc.rows,
        &doc.source,
        &doc.year,
        doc.target,
    ) == (
        &example.figure,
        &example.statement,
        &example.rows,
        &example.source,
        &example.year,
        example.target,
    )
}

/// Moves `doc` to `goal` and `kind`. While its figures and words are still the
/// current example's, they become the new example's (returns true); anything the
/// user typed stays, and so do the format, audience, call to action, hashtag, pledge
/// line and logo.
pub fn switch(doc: &mut Document, goal: Goal, kind: ChartKind, tr: &Translator) -> bool {
    let replace = is_untouched_example(doc, tr);
    if replace {
        take_example_words(doc, example(goal, kind, tr));
    }
    doc.goal = goal;
    doc.chart = kind;
    replace
}

/// Sets the graphic's language of `doc` to `to`'s. While its figures and words are
/// still the example's (in `from`'s language), they become the example's in the new
/// language (returns true); anything the user typed stays as typed.
pub fn translate(doc: &mut Document, from: &Translator, to: &Translator) -> bool {
    let replace = is_untouched_example(doc, from);
    if replace {
        take_example_words(doc, example(doc.goal, doc.chart, to));
    }
    doc.language = to.lang();
    replace
}

fn take_example_words(doc: &mut Document, example: Document) {
    doc.figure = example.figure;
    doc.statement = example.statement;
    doc.rows = example.rows;
    doc.unit = example.unit;
    doc.source = example.source;
    doc.year = example.year;
    doc.target = example.target;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::i18n::Lang;

    fn sample() -> Document {
        example(
            Goal::QualityEducation,
            ChartKind::BigNumber,
            &Translator::new(Lang::En),
        )
    }

    #[test]
    fn an_untouched_example_follows_the_graphic_language_and_typed_words_stay() {
        let (en, fr) = (Translator::new(Lang::En), Translator::new(Lang::Fr));
        let mut doc = example(Goal::ZeroHunger, ChartKind::Bars, &en);
        assert!(translate(&mut doc, &en, &fr));
        assert_eq!(doc.language, Lang::Fr);
        assert_eq!(doc.rows[0].label, fr.text("group-poorest"));
        doc.statement = "Mon texte".into();
        assert!(!translate(&mut doc, &fr, &en));
        assert_eq!(
            (doc.language, doc.statement.as_str()),
            (Lang::En, "Mon texte")
        );
    }

    #[test]
    fn examples_know_when_they_are_untouched() {
        let tr = Translator::new(Lang::En);
        let mut doc = example(Goal::NoPoverty, ChartKind::Bars, &tr);
        assert!(is_untouched_example(&doc, &tr));
        doc.rows[0].value = Some(40.0);
        assert!(!is_untouched_example(&doc, &tr));
    }

    #[test]
    fn switching_replaces_only_an_untouched_example_and_keeps_the_rest() {
        let tr = Translator::new(Lang::En);
        let mut doc = sample();
        doc.hashtag = "#LNB".into();
        doc.format = Format::Story;
        assert!(switch(&mut doc, Goal::ZeroHunger, ChartKind::Bars, &tr));
        assert_eq!(
            doc.rows,
            example(Goal::ZeroHunger, ChartKind::Bars, &tr).rows
        );
        assert_eq!((doc.hashtag.as_str(), doc.format), ("#LNB", Format::Story));
        doc.statement = "My own words".into();
        assert!(!switch(&mut doc, Goal::GoodHealth, ChartKind::Gap, &tr));
        assert_eq!(doc.statement, "My own words");
        assert_eq!((doc.goal, doc.chart), (Goal::GoodHealth, ChartKind::Gap));
    }
}
