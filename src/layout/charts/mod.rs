//! The six chart kinds. Each draws the document's figures into the area the template
//! gives it. Missing values show as "no data", never as zero; any value, however odd,
//! draws something sensible (the document's validation tells the user what is off).

mod bars;
mod big_number;
mod donut;
pub(crate) mod gap;
pub(crate) mod pictogram;
mod trend;

use super::fit::{Align, VAlign};
use super::shapes::tint;
use super::template::spec;
use super::Ctx;
use crate::document::ChartKind;
use crate::scene::{Item, Rect};
use crate::text::Face;

/// Draws the document's chart into `area`.
pub(super) fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    if area.w <= 0.0 || area.h <= 0.0 {
        return;
    }
    match ctx.doc.chart {
        ChartKind::BigNumber => big_number::draw(ctx, area, items),
        ChartKind::Pictogram => pictogram::draw(ctx, area, items),
        ChartKind::Bars => bars::draw(ctx, area, items),
        ChartKind::Gap => gap::draw(ctx, area, items),
        ChartKind::Trend => trend::draw(ctx, area, items),
        ChartKind::Donut => donut::draw(ctx, area, items),
    }
}

/// The first finite value in the table, if any.
fn first_value(ctx: &Ctx) -> Option<f64> {
    ctx.doc
        .rows
        .iter()
        .find_map(|row| row.value.filter(|v| v.is_finite()))
}

/// "no data", centred in `area`.
fn no_data(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let u = ctx.u;
    let text = super::fit::TextSpec {
        fill: tint(ctx.colour, 0.8),
        ..spec(Face::OswaldBold, 72.0 * u, 20.0 * u, 1.0, 1)
    };
    ctx.text(
        items,
        &ctx.tr.text("no-data").to_uppercase(),
        &text,
        area,
        Align::Centre,
        VAlign::Middle,
    );
}
