//! Gap: the first two rows as bars, the stretch between their ends marked on the longer
//! bar, and the gap called out in words ("Gap: 27 points").

use fluent_bundle::FluentArgs;

use super::super::fit::{Align, VAlign};
use super::super::shapes::tint;
use super::super::template::spec;
use super::bars::draw_rows;
use super::{no_data, Ctx};
use crate::document::Unit;
use crate::scene::{Item, Rect};
use crate::text::Face;

/// Draws the two bars and the gap between them.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let rows: Vec<_> = ctx.doc.rows.iter().take(2).cloned().collect();
    if rows.iter().all(|r| !r.value.is_some_and(f64::is_finite)) {
        no_data(ctx, area, items);
        return;
    }
    let u = ctx.u;
    let callout_h = (area.h * 0.3).min(130.0 * u);
    let bars_area = Rect::new(area.x, area.y, area.w, area.h - callout_h - 24.0 * u);
    let bars = draw_rows(ctx, &rows, bars_area, items);
    let values: Vec<f64> = rows
        .iter()
        .filter_map(|r| r.value.filter(|v| v.is_finite()))
        .collect();
    let ([a, b], [Some(bar_a), Some(bar_b)]) = (values.as_slice(), bars.as_slice()) else {
        return;
    };
    let (a, b) = (*a, *b);
    // Mark the stretch of the longer bar beyond the shorter one.
    let (long, short) = if a.abs() >= b.abs() {
        (bar_a, bar_b)
    } else {
        (bar_b, bar_a)
    };
    let (from, to) = if long.x < short.x {
        (long.x, short.x)
    } else {
        (short.right(), long.right())
    };
    if to > from {
        let stretch = Rect::new(from, long.y, to - from, long.h);
        items.push(Item::Rect {
            rect: stretch,
            fill: tint(ctx.colour, 0.55),
        });
    }
    let callout = spec(Face::OswaldBold, callout_h * 0.8, 28.0 * u, 1.0, 2);
    let slot = Rect::new(area.x, area.bottom() - callout_h, area.w, callout_h);
    ctx.text(
        items,
        &gap_words(ctx, (a - b).abs()).to_uppercase(),
        &callout,
        slot,
        Align::Start,
        VAlign::Bottom,
    );
}

/// "Gap: 27 points" for percentages, "Gap: 1,200" for numbers.
fn gap_words(ctx: &Ctx, gap: f64) -> String {
    gap_label(ctx.doc, ctx.tr, gap)
}

/// "Gap: 27 points" for percentages, "Gap: 1,200" for numbers, in `tr`'s language (the
/// graphic and its alt text say it the same way).
pub(crate) fn gap_label(
    doc: &crate::document::Document,
    tr: &crate::i18n::Translator,
    gap: f64,
) -> String {
    let amount = match doc.unit {
        Unit::Percent => {
            let mut args = FluentArgs::new();
            args.set("count", (gap * 10.0).round() / 10.0);
            args.set(
                "points",
                crate::number::format_value(gap, Unit::Number, doc.language),
            );
            tr.text_with("gap-points", &args)
        }
        Unit::Number => crate::number::format_value(gap, doc.unit, doc.language),
    };
    let mut args = FluentArgs::new();
    args.set("gap", amount);
    tr.text_with("gap-label", &args)
}
