//! Document validation: what a campaigner should fix before publishing, as typed
//! [`Issue`]s the editor shows in the interface language. Layout never depends on it:
//! a document with issues still draws something sensible.

use crate::model::document::Document;
use crate::render::charts::{chart, values as finite_values};

pub use crate::model::number::LARGEST;

/// Something to fix, with the table row (0-based) it concerns where there is one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Issue {
    /// No source: a figure without one will not be trusted.
    NoSource,
    /// The big-number chart has no figure.
    NoFigure,
    /// The chart has no value to draw.
    NoValues,
    /// The gap chart needs values in its first two rows.
    GapNeedsTwoValues,
    /// The trend needs at least two values.
    TrendNeedsTwoValues,
    /// A share (pictogram, donut) must be 0–100%.
    ShareOutOfRange(usize),
    /// A value is larger than [`LARGEST`].
    TooLarge(usize),
    /// The 2030 target is not a usable number.
    TargetTooLarge,
    /// A map's own steps cannot be read (they are not drawn until they can).
    MapBreaks,
}

impl Issue {
    /// The Fluent id of the message; it takes `$row` (1-based) where there is a row.
    pub fn message_id(self) -> &'static str {
        match self {
            Issue::NoSource => "issue-no-source",
            Issue::NoFigure => "issue-no-figure",
            Issue::NoValues => "issue-no-values",
            Issue::GapNeedsTwoValues => "issue-gap-needs-two",
            Issue::TrendNeedsTwoValues => "issue-trend-needs-two",
            Issue::ShareOutOfRange(_) => "issue-share-out-of-range",
            Issue::TooLarge(_) => "issue-too-large",
            Issue::TargetTooLarge => "issue-target-too-large",
            Issue::MapBreaks => "issue-map-breaks",
        }
    }

    /// The 1-based row number the issue concerns, if any.
    pub fn row(self) -> Option<usize> {
        match self {
            Issue::ShareOutOfRange(i) | Issue::TooLarge(i) => Some(i + 1),
            _ => None,
        }
    }
}

/// Everything to fix in `doc`, in the order of the form: what the chart needs (its
/// contract's own check), values too large to draw, and the source.
pub fn validate(doc: &Document) -> Vec<Issue> {
    let mut issues = Vec::new();
    let contract = chart(doc.chart);
    let values = finite_values(doc);
    if contract.fields.table && values.iter().flatten().count() == 0 {
        issues.push(Issue::NoValues);
    } else {
        issues.extend((contract.check)(doc, &values));
    }
    if contract.fields.table {
        issues.extend(
            values
                .iter()
                .enumerate()
                .filter(|(_, v)| v.is_some_and(|v| v.abs() > LARGEST))
                .map(|(i, _)| Issue::TooLarge(i)),
        );
    }
    if contract.fields.target
        && doc
            .target
            .is_some_and(|t| !t.is_finite() || t.abs() > LARGEST)
    {
        issues.push(Issue::TargetTooLarge);
    }
    if doc.source.trim().is_empty() {
        issues.push(Issue::NoSource);
    }
    issues
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::document::{ChartKind, Row};
    use crate::model::goal::Goal;
    use crate::model::i18n::{Lang, Translator};

    fn example(chart: ChartKind) -> Document {
        crate::render::charts::example(Goal::NoPoverty, chart, &Translator::new(Lang::En))
    }

    #[test]
    fn every_example_is_valid() {
        for chart in ChartKind::ALL {
            assert_eq!(validate(&example(chart)), vec![], "{chart:?}");
        }
    }

    #[test]
    fn a_missing_source_is_reported() {
        let mut doc = example(ChartKind::BigNumber);
        doc.source = "  ".into();
        assert_eq!(validate(&doc), vec![Issue::NoSource]);
    }

    #[test]
    fn shares_outside_0_to_100_and_huge_values_are_refused() {
        let mut doc = example(ChartKind::Donut);
        doc.rows = vec![Row::new("all", Some(140.0))];
        assert_eq!(validate(&doc), vec![Issue::ShareOutOfRange(0)]);
        doc.rows = vec![Row::new("all", Some(-5.0))];
        assert_eq!(validate(&doc), vec![Issue::ShareOutOfRange(0)]);
        let mut bars = example(ChartKind::Bars);
        bars.rows[2].value = Some(1e308);
        assert_eq!(validate(&bars), vec![Issue::TooLarge(2)]);
        assert_eq!(Issue::TooLarge(2).row(), Some(3));
    }

    #[test]
    fn charts_say_what_values_they_need() {
        let mut gap = example(ChartKind::Gap);
        gap.rows[1].value = None;
        assert_eq!(validate(&gap), vec![Issue::GapNeedsTwoValues]);
        let mut trend = example(ChartKind::Trend);
        trend.rows.truncate(1);
        assert_eq!(validate(&trend), vec![Issue::TrendNeedsTwoValues]);
        let mut bars = example(ChartKind::Bars);
        bars.rows.clear();
        assert_eq!(validate(&bars), vec![Issue::NoValues]);
        let mut big = example(ChartKind::BigNumber);
        big.figure.clear();
        assert_eq!(validate(&big), vec![Issue::NoFigure]);
    }
}
