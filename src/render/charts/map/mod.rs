//! Maps: a choropleth of the table's countries, each matched by its name in any of
//! the six languages, a variant or an ISO code ([`crate::input::countries`]).
//!
//! The boundaries (Natural Earth via world-atlas, at 1:110m and 1:50m) are data loaded
//! when a map is first drawn, never on the first load: layout asks the text measure
//! for an [`Atlas`] at the [`Detail`] the output needs (as it asks for the QR encoder),
//! and until one is handed over the chart says the map is loading and the set asks
//! for it. The atlas does the drawing ([`AreaAtlas`]): only this contract is in the
//! browser's first module.

mod atlas;
pub mod classes;
pub mod geometry;
pub mod projection;

use std::sync::Arc;

use fluent_bundle::FluentArgs;

pub use atlas::AreaAtlas;

use super::{Chart, Fields};
use crate::model::document::{ChartKind, Document, Row};
use crate::model::i18n::Translator;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// The map's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Map,
    slug: "map",
    label_id: "chart-map",
    fields: Fields {
        every_row: true,
        places: true,
        ..Fields::TABLE
    },
    // ISO codes read the same in every language; a campaigner types names over them.
    example_rows: |_| {
        [
            ("KEN", 18.0),
            ("UGA", 27.0),
            ("TZA", 23.0),
            ("ETH", 41.0),
            ("SOM", 63.0),
            ("SSD", 72.0),
            ("RWA", 9.0),
            ("BDI", 14.0),
        ]
        .into_iter()
        .map(|(code, value)| Row::new(code.to_owned(), Some(value)))
        .collect()
    },
    example_target: None,
    check: |doc, _| {
        classes::read_breaks(&doc.breaks, doc.language)
            .err()
            .map(|_| Issue::MapBreaks)
    },
    describe,
    layout,
};

/// How finely boundaries are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Detail {
    /// Natural Earth 1:110m: a world map on a feed card.
    Coarse,
    /// Natural Earth 1:50m: a region, or any map on a poster.
    Fine,
}

impl Detail {
    /// Both, coarse first.
    pub const ALL: [Detail; 2] = [Detail::Coarse, Detail::Fine];

    /// The boundaries file's path under the site root.
    pub fn url(self) -> &'static str {
        match self {
            Detail::Coarse => "maps/world-110m.json",
            Detail::Fine => "maps/world-50m.json",
        }
    }
}

/// A row whose label names no country the map knows, and what it may have meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unplaced {
    /// The row, from 0.
    pub row: usize,
    /// Its label as typed.
    pub label: String,
    /// The nearest countries' names in the table's language, best first (at most
    /// three; several equally good ones when the label is ambiguous).
    pub offers: Vec<String>,
}

/// Boundaries a map asked for before they were at hand.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Wanted {
    /// The world's countries at a detail.
    World(Detail),
    /// A campaigner's own.
    Own {
        /// Where they are stored.
        key: String,
        /// The property naming their areas.
        property: String,
    },
}

/// Boundaries loaded for what was [`Wanted`].
pub enum Loaded {
    /// The world's countries at a detail.
    World(Detail, Arc<dyn Atlas>),
    /// A campaigner's own.
    Own {
        /// Where they are stored.
        key: String,
        /// The property naming their areas.
        property: String,
        /// Their atlas: None when this browser does not keep them.
        atlas: Option<Arc<dyn Atlas>>,
    },
}

/// A campaigner's own boundaries as layout finds them.
pub enum Own {
    /// Loaded.
    Ready(Arc<dyn Atlas>),
    /// Being looked for.
    Loading,
    /// Not kept where the design was opened (a share link, another browser).
    Missing,
}

/// Boundaries a map is drawn from, once loaded.
pub trait Atlas: Send + Sync {
    /// The rows (a table's, in `lang`) whose labels name no country, with offers:
    /// what the editor lists under the rows it edits.
    fn unplaced(&self, rows: &[Row], lang: crate::model::i18n::Lang) -> Vec<Unplaced>;
    /// How many areas there are, and the properties that could name them, best
    /// first (none for the world's countries, named by the gazetteer).
    fn areas(&self) -> (usize, Vec<String>);
    /// The names (in `lang`) of the areas no row names, in the boundaries' order:
    /// what the editor adds to the table for a campaigner to fill in.
    fn unnamed(&self, rows: &[Row], lang: crate::model::i18n::Lang) -> Vec<String>;
    /// The detail a map of `ctx`'s table needs in `area`.
    fn detail_for(&self, ctx: &Ctx, area: Rect) -> Detail;
    /// Lays the map out in `area`.
    fn layout(&self, ctx: &Ctx, area: Rect, items: &mut Vec<Item>);
}

/// The atlas the editor matches `doc`'s rows against: its own boundaries, or the
/// world's at the coarse detail (None while they load).
pub fn atlas_of(
    doc: &Document,
    measure: &dyn crate::render::text::TextMeasure,
) -> Option<Arc<dyn Atlas>> {
    match &doc.boundaries {
        Some(own) => match measure.own_atlas(&own.key, &own.property) {
            Own::Ready(atlas) => Some(atlas),
            Own::Loading | Own::Missing => None,
        },
        None => measure.atlas(Detail::Coarse),
    }
}

/// Drawn from the design's own boundaries, or the world's at the detail the output
/// needs (the coarse ones while the finer load); "loading the map" until any are at
/// hand, and "the map needs its file" when its own are not kept here.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let say = |items: &mut Vec<Item>, text: String| {
        let spec = ctx.muted(ctx.ty().chart_label, Face::Roboto, Role::ChartNote, 3);
        ctx.text(items, &text, &spec, area, Align::Centre, VAlign::Middle);
    };
    if let Some(own) = &ctx.doc.boundaries {
        match ctx.measure.own_atlas(&own.key, &own.property) {
            Own::Ready(atlas) => atlas.layout(ctx, area, items),
            Own::Loading => say(items, ctx.tr.text("map-loading")),
            Own::Missing => {
                let mut args = FluentArgs::new();
                args.set("file", own.file.clone());
                say(items, ctx.tr.text_with("map-needs-file", &args));
            }
        }
        return;
    }
    let Some(coarse) = ctx.measure.atlas(Detail::Coarse) else {
        say(items, ctx.tr.text("map-loading"));
        return;
    };
    let atlas = match coarse.detail_for(ctx, area) {
        Detail::Coarse => coarse,
        Detail::Fine => ctx.measure.atlas(Detail::Fine).unwrap_or(coarse),
    };
    atlas.layout(ctx, area, items);
}

/// "Map of 8 countries: highest in South Sudan (72%), lowest in Rwanda (9%); no
/// data for 1."
fn describe(doc: &Document, tr: &Translator) -> String {
    let valued: Vec<(&Row, f64)> = doc
        .rows
        .iter()
        .filter_map(|r| r.value.filter(|v| v.is_finite()).map(|v| (r, v)))
        .collect();
    let value = |v: f64| crate::model::number::format_value(v, doc.unit, doc.language);
    let own = doc.boundaries.is_some();
    let mut args = FluentArgs::new();
    args.set("count", doc.rows.len());
    args.set("missing", doc.rows.len() - valued.len());
    let highest = valued.iter().max_by(|a, b| a.1.total_cmp(&b.1));
    let lowest = valued.iter().min_by(|a, b| a.1.total_cmp(&b.1));
    if let (Some((high, hv)), Some((low, lv))) = (highest, lowest) {
        args.set("highest", super::label(high));
        args.set("high", value(*hv));
        args.set("lowest", super::label(low));
        args.set("low", value(*lv));
        tr.text_with(if own { "alt-map-areas" } else { "alt-map" }, &args)
    } else {
        tr.text_with(
            if own {
                "alt-map-areas-empty"
            } else {
                "alt-map-empty"
            },
            &args,
        )
    }
}
