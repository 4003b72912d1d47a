//! The chart kinds, each declared once as a [`Chart`] contract (the RAWGraphs
//! pattern): its names, the fields of the document it reads, its example rows, its
//! own validation, the sentence that describes it in alt text, and its layout.
//!
//! Everything else asks [`chart`] for the contract of a document's kind: the template
//! asks it for its layout, validation for its checks, the words for its description,
//! the editor for its fields. No code outside this folder matches on a chart kind.
//! Adding a kind is its module here, its line in [`REGISTRY`], its variant in
//! [`ChartKind`] and its words in the locale files.

mod bars;
mod big_number;
mod donut;
mod example;
mod gap;
pub mod map;
mod pictogram;
mod trend;

use fluent_bundle::FluentArgs;

pub use example::{example, is_untouched_example, switch, translate};

use crate::model::document::{ChartKind, Document, Row};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// Which parts of the document a chart reads, so that the editor shows exactly those.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fields {
    /// The big figure as typed.
    pub figure: bool,
    /// The table of labels and values.
    pub table: bool,
    /// The table's year column (the x axis).
    pub year: bool,
    /// The 2030 target.
    pub target: bool,
    /// Whether it shows every row of the table (bars, a trend), not only the first
    /// one or two.
    pub every_row: bool,
    /// Whether the table's labels name places it draws (a map's countries): the
    /// editor lists the labels that name none.
    pub places: bool,
}

impl Fields {
    /// A chart of the table's labels and values alone.
    pub const TABLE: Fields = Fields {
        figure: false,
        table: true,
        year: false,
        target: false,
        every_row: false,
        places: false,
    };
}

/// One chart kind, declared.
pub struct Chart {
    /// The kind this contract declares.
    pub kind: ChartKind,
    /// Its slug in file names, presets and share links (its serde name).
    pub slug: &'static str,
    /// The Fluent id of its name in the editor.
    pub label_id: &'static str,
    /// The fields it reads.
    pub fields: Fields,
    /// Illustrative rows for its example, in the translator's language.
    pub example_rows: fn(&Translator) -> Vec<Row>,
    /// Its example's 2030 target.
    pub example_target: Option<f64>,
    /// What it needs beyond what every chart needs: `values` are the table's finite
    /// values by row. Called only when the table has a value, or when the chart reads
    /// no table.
    pub check: fn(&Document, &[Option<f64>]) -> Option<Issue>,
    /// The sentence alt text gives for the chart (empty when the headline says it).
    pub describe: fn(&Document, &Translator) -> String,
    /// Lays the chart out in the area the template gives it.
    pub layout: fn(&Ctx, Rect, &mut Vec<Item>),
}

/// Every chart kind's contract, in the order the editor offers them.
pub static REGISTRY: [&Chart; 7] = [
    &big_number::CHART,
    &pictogram::CHART,
    &bars::CHART,
    &gap::CHART,
    &trend::CHART,
    &donut::CHART,
    &map::CHART,
];

/// The contract of `kind`.
pub fn chart(kind: ChartKind) -> &'static Chart {
    REGISTRY
        .iter()
        .copied()
        .find(|c| c.kind == kind)
        .unwrap_or(REGISTRY[0])
}

/// The chart a table brought in from elsewhere (a shared or opened CSV) is shown in
/// when the current chart reads no table: the first in the editor's order that shows
/// every row of a table without years.
pub fn first_table_chart() -> ChartKind {
    REGISTRY
        .iter()
        .find(|c| c.fields.every_row && !c.fields.year)
        .map_or(REGISTRY[0].kind, |c| c.kind)
}

/// Lays out the document's chart in `area`.
pub fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    if area.w > 0.0 && area.h > 0.0 {
        (chart(ctx.doc.chart).layout)(ctx, area, items);
    }
}

/// The table's values, `None` where a row has no finite value.
pub fn values(doc: &Document) -> Vec<Option<f64>> {
    doc.rows
        .iter()
        .map(|r| r.value.filter(|v| v.is_finite()))
        .collect()
}

/// The first finite value in the table, if any.
fn first_value(doc: &Document) -> Option<f64> {
    values(doc).into_iter().flatten().next()
}

/// A row's label: as typed, or its year where it has no label.
fn label(row: &Row) -> String {
    match (row.label.trim(), row.year) {
        ("", Some(year)) => year.to_string(),
        (label, _) => label.to_owned(),
    }
}

/// "Rural: 44%, Urban: 71%", "no data" where a value is missing.
fn value_list(doc: &Document, tr: &Translator) -> String {
    doc.rows
        .iter()
        .map(|row| {
            let mut args = FluentArgs::new();
            args.set("label", label(row));
            args.set(
                "value",
                row.value.filter(|v| v.is_finite()).map_or_else(
                    || tr.text("no-data"),
                    |v| format_value(v, doc.unit, doc.language),
                ),
            );
            tr.text_with("alt-value", &args)
        })
        .collect::<Vec<_>>()
        .join(&tr.text("list-separator"))
}

/// The share check of a chart that shows one share: its first value is 0–100.
fn share_in_range(_: &Document, values: &[Option<f64>]) -> Option<Issue> {
    values
        .iter()
        .enumerate()
        .find_map(|(i, v)| v.map(|v| (i, v)))
        .filter(|&(_, v)| !(0.0..=100.0).contains(&v))
        .map(|(i, _)| Issue::ShareOutOfRange(i))
}

/// The example of a chart that shows one share: everyone, 30 %.
fn one_share_example(tr: &Translator) -> Vec<Row> {
    vec![example_row(tr, "group-everyone", 30.0)]
}

/// One example row with a translated label.
fn example_row(tr: &Translator, id: &str, value: f64) -> Row {
    Row::new(tr.text(id), Some(value))
}

/// A note of `count` rows (message `id`, given `count` and `rows`, the count written
/// in the document's language) at the bottom of `area`: the rows a chart left out.
fn rows_note(ctx: &Ctx, id: &str, count: usize, area: Rect, align: Align, items: &mut Vec<Item>) {
    let mut args = FluentArgs::new();
    args.set("count", count);
    let rows = format_value(
        count as f64,
        crate::model::document::Unit::Number,
        ctx.doc.language,
    );
    args.set("rows", rows);
    let note = ctx.muted(ctx.ty().chart_note, Face::Roboto, Role::ChartNote, 1);
    ctx.text(
        items,
        &ctx.tr.text_with(id, &args),
        &note,
        area,
        align,
        VAlign::Bottom,
    );
}

/// "NO DATA", centred in `area`, for a chart with nothing to draw.
fn no_data(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let spec = ctx.muted(ctx.ty().callout, Face::OswaldBold, Role::ChartValue, 1);
    ctx.text(
        items,
        &ctx.tr.text("no-data").to_uppercase(),
        &spec,
        area,
        Align::Centre,
        VAlign::Middle,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_is_registered_once_under_its_serde_name() {
        for kind in ChartKind::ALL {
            let found: Vec<_> = REGISTRY.iter().filter(|c| c.kind == kind).collect();
            assert_eq!(found.len(), 1, "{kind:?}");
            let serde_name = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(serde_name, format!("\"{}\"", chart(kind).slug));
            assert_eq!(kind.slug(), chart(kind).slug);
            assert_eq!(ChartKind::from_slug(chart(kind).slug), Some(kind));
        }
        assert_eq!(ChartKind::from_slug("pie"), None);
        assert_eq!(REGISTRY.len(), ChartKind::ALL.len());
    }

    #[test]
    fn a_table_from_elsewhere_is_shown_as_bars() {
        assert_eq!(first_table_chart(), ChartKind::Bars);
    }

    #[test]
    fn a_chart_reads_a_figure_or_a_table() {
        for c in REGISTRY {
            assert!(c.fields.figure != c.fields.table, "{:?}", c.kind);
            assert!(!c.fields.year || c.fields.table, "{:?}", c.kind);
        }
    }
}
