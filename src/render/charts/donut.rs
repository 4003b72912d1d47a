//! Donut: the first row's share as an arc in the ink on a ring of the track,
//! clockwise from twelve o'clock, with the share in the centre.

use fluent_bundle::FluentArgs;

use super::{first_value, one_share_example, share_in_range, Chart, Fields};
use crate::model::document::{ChartKind, Document};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::shapes::ring;
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;

/// The donut's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Donut,
    slug: "donut",
    label_id: "chart-donut",
    fields: Fields::TABLE,
    example_rows: one_share_example,
    example_target: None,
    check: share_in_range,
    describe,
    layout,
};

fn describe(doc: &Document, tr: &Translator) -> String {
    let Some(share) = first_value(doc) else {
        return tr.text("no-data");
    };
    let mut args = FluentArgs::new();
    args.set("value", format_value(share, doc.unit, doc.language));
    tr.text_with("alt-donut", &args)
}

fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let outer = area.w.min(area.h) / 2.0;
    let inner = outer * ctx.space().donut_hole;
    // Centred in a tall or square area; on the left of a wide one, beside the words.
    let cx = if area.w > area.h * 1.4 {
        area.x + outer
    } else {
        area.x + area.w / 2.0
    };
    let cy = area.y + area.h / 2.0;
    let tau = std::f32::consts::TAU;
    items.extend(ring(cx, cy, outer, inner, 0.0, tau, ctx.palette.track));
    // The square inside the hole.
    let side = inner * std::f32::consts::SQRT_2;
    let hole = Rect::new(cx - side / 2.0, cy - side / 2.0, side, side);
    let lead = ctx.spec(ctx.ty().lead, Face::OswaldBold, Role::Figure, 1);
    let Some(percent) = first_value(ctx.doc) else {
        let none = ctx.muted(ctx.ty().chart_value, Face::OswaldBold, Role::ChartValue, 1);
        let text = ctx.tr.text("no-data").to_uppercase();
        ctx.text(items, &text, &none, hole, Align::Centre, VAlign::Middle);
        return;
    };
    let share = (percent.clamp(0.0, 100.0) / 100.0) as f32;
    items.extend(ring(
        cx,
        cy,
        outer,
        inner,
        0.0,
        tau * share,
        ctx.palette.ink,
    ));
    ctx.text(
        items,
        &ctx.value(percent),
        &lead,
        hole,
        Align::Centre,
        VAlign::Middle,
    );
}
