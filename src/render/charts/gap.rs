//! Gap: the first two rows as bars, the stretch of the longer bar beyond the shorter
//! one outlined (a second cue besides colour), and the gap called out in words
//! ("Gap: 27 points").

use fluent_bundle::FluentArgs;

use super::bars::{draw_rows, row_floor, Labels};
use super::{example_row, no_data, value_list, Chart, Fields};
use crate::model::document::{ChartKind, Document, Unit};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// The gap chart's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Gap,
    slug: "gap",
    label_id: "chart-gap",
    fields: Fields::TABLE,
    example_rows: |tr| {
        vec![
            example_row(tr, "group-rural", 44.0),
            example_row(tr, "group-urban", 71.0),
        ]
    },
    example_target: None,
    check: |_, values| {
        (values.iter().take(2).flatten().count() < 2).then_some(Issue::GapNeedsTwoValues)
    },
    describe,
    layout,
};

/// The first two values, when both are there.
fn pair(doc: &Document) -> Option<(f64, f64)> {
    match super::values(doc).as_slice() {
        [Some(a), Some(b), ..] => Some((*a, *b)),
        _ => None,
    }
}

fn describe(doc: &Document, tr: &Translator) -> String {
    let mut args = FluentArgs::new();
    args.set("count", doc.rows.len());
    args.set("values", value_list(doc, tr));
    let mut sentence = tr.text_with("alt-gap", &args);
    if let Some((a, b)) = pair(doc) {
        sentence.push(' ');
        sentence.push_str(&gap_label(doc, tr, (b - a).abs()));
        sentence.push('.');
    }
    sentence
}

/// "Gap: 27 points" for percentages, "Gap: 1,200" for numbers, in `tr`'s language (the
/// graphic and its alt text say it the same way).
fn gap_label(doc: &Document, tr: &Translator, gap: f64) -> String {
    let amount = match doc.unit {
        Unit::Percent => {
            let mut args = FluentArgs::new();
            args.set("count", (gap * 10.0).round() / 10.0);
            args.set("points", format_value(gap, Unit::Number, doc.language));
            tr.text_with("gap-points", &args)
        }
        Unit::Number => format_value(gap, doc.unit, doc.language),
    };
    let mut args = FluentArgs::new();
    args.set("gap", amount);
    tr.text_with("gap-label", &args)
}

/// The two bars, the gap outlined on the longer one, the callout under them.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let rows: Vec<_> = ctx.doc.rows.iter().take(2).cloned().collect();
    if rows.iter().all(|r| !r.value.is_some_and(f64::is_finite)) {
        no_data(ctx, area, items);
        return;
    }
    let (ty, space) = (ctx.ty(), ctx.space());
    let gap = ctx.px(space.label_gap);
    // The bars keep their least height; the callout takes what is left, up to a line.
    let labels = Labels::for_rows(ctx, &rows, area);
    let bars_h = 2.0 * row_floor(ctx, labels);
    let callout_h = (area.h - bars_h - gap).min(ctx.block_h(ty.callout, Face::OswaldBold, 1));
    let bars_area = Rect::new(area.x, area.y, area.w, area.h - callout_h - gap);
    let (bars, under) = draw_rows(ctx, &rows, bars_area, labels, items);
    let (Some((a, b)), [Some(bar_a), Some(bar_b)]) = (pair(ctx.doc), bars.as_slice()) else {
        return;
    };
    // Outline the stretch of the longer bar beyond the shorter one: its inside takes
    // the colour under the bar again, its edge keeps the ink.
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
    let edge = ctx.px(space.outline);
    if to - from > 2.0 * edge && long.h > 2.0 * edge {
        let inside = Rect::new(from, long.y + edge, to - from - edge, long.h - 2.0 * edge);
        let inside = if long.x < short.x {
            Rect::new(from + edge, inside.y, inside.w, inside.h)
        } else {
            inside
        };
        ctx.rect(items, inside, under);
    }
    let callout = ctx.spec(ty.callout, Face::OswaldBold, Role::ChartValue, 1);
    let slot = Rect::new(area.x, area.bottom() - callout_h, area.w, callout_h);
    ctx.text(
        items,
        &gap_label(ctx.doc, ctx.tr, (a - b).abs()).to_uppercase(),
        &callout,
        slot,
        Align::Start,
        VAlign::Bottom,
    );
}
