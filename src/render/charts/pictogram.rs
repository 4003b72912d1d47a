//! Pictogram: ten people, as many highlighted as the share rounds to, with the rounding
//! rule stated under them so the picture never claims more precision than it has.

use fluent_bundle::FluentArgs;

use super::{first_value, no_data, one_share_example, share_in_range, Chart, Fields};
use crate::model::document::{ChartKind, Document};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::shapes::person;
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Rgb, Role};
use crate::render::text::Face;

/// How many people the pictogram shows.
pub const TOTAL: u32 = 10;

/// A person's height over its width.
const PERSON_ASPECT: f32 = 2.4;

/// The pictogram's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Pictogram,
    slug: "pictogram",
    label_id: "chart-pictogram",
    fields: Fields::TABLE,
    example_rows: one_share_example,
    example_target: None,
    check: share_in_range,
    describe,
    layout,
};

/// How many of [`TOTAL`] people a share of `percent` highlights: rounded to the
/// nearest person, and never more than all or fewer than none.
pub fn shown(percent: f64) -> u32 {
    (percent.clamp(0.0, 100.0) / 100.0 * f64::from(TOTAL)).round() as u32
}

/// The rounding rule stated under the people: "Each figure stands for 1 in 10. 45% is
/// shown as 5 in 10."
fn rule(doc: &Document, tr: &Translator, percent: f64) -> String {
    let count = shown(percent);
    let mut args = FluentArgs::new();
    args.set("total", TOTAL);
    args.set("value", format_value(percent, doc.unit, doc.language));
    args.set("shown", count);
    let id = if count == 0 && percent > 0.0 {
        "pictogram-less-than-one"
    } else {
        "pictogram-rule"
    };
    tr.text_with(id, &args)
}

fn describe(doc: &Document, tr: &Translator) -> String {
    let Some(share) = first_value(doc) else {
        return tr.text("no-data");
    };
    let mut args = FluentArgs::new();
    args.set("value", format_value(share, doc.unit, doc.language));
    args.set("rule", rule(doc, tr, share));
    tr.text_with("alt-pictogram", &args)
}

/// The share above the people (beside them in a wide area), the rule under them.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let Some(percent) = first_value(ctx.doc) else {
        no_data(ctx, area, items);
        return;
    };
    let (ty, space) = (ctx.ty(), ctx.space());
    let gap = ctx.px(space.label_gap);
    let note = ctx.muted(ty.chart_note, Face::Roboto, Role::ChartNote, 2);
    let note_h = ctx.block_h(ty.chart_note, Face::Roboto, 2);
    let note_area = Rect::new(area.x, area.bottom() - note_h, area.w, note_h);
    let words = rule(ctx.doc, ctx.tr, percent);
    let note_runs = ctx.text(
        items,
        &words,
        &note,
        note_area,
        Align::Start,
        VAlign::Bottom,
    );
    let note_top = note_runs.first().map_or(area.bottom(), |r| r.bounds.y);
    let above = Rect::new(area.x, area.y, area.w, note_top - gap - area.y);

    let lead = ctx.spec(ty.lead, Face::OswaldBold, Role::Figure, 1);
    let value = ctx.value(percent);
    let lead_h = ctx.block_h(ty.lead, Face::OswaldBold, 1);
    let lead_w = ctx.measure.width(lead.face, lead.max_size, &value);
    // Side by side when the area is wide enough for the share and two rows of five.
    let beside = above.w - lead_w - gap > above.h / PERSON_ASPECT * 2.5;
    let people = if beside {
        let slot = Rect::new(above.x, above.y, lead_w, above.h);
        ctx.text(items, &value, &lead, slot, Align::Start, VAlign::Middle);
        let x = above.x + lead_w + 2.0 * gap;
        Rect::new(x, above.y, above.right() - x, above.h)
    } else {
        let slot = Rect::new(above.x, above.y, above.w, lead_h);
        let runs = ctx.text(items, &value, &lead, slot, Align::Start, VAlign::Top);
        let bottom = runs.last().map_or(above.y, |r| r.bounds.bottom()) + gap;
        Rect::new(above.x, bottom, above.w, above.bottom() - bottom)
    };
    draw_people(
        people,
        shown(percent),
        ctx.palette.ink,
        ctx.palette.track,
        items,
    );
}

/// Ten people in one row or two rows of five, whichever makes them larger.
fn draw_people(area: Rect, highlighted: u32, on: Rgb, off: Rgb, items: &mut Vec<Item>) {
    let layout = |cols: u32| {
        let rows = TOTAL.div_ceil(cols);
        let w = (area.w / cols as f32).min(area.h / rows as f32 / PERSON_ASPECT);
        (cols, rows, w)
    };
    let (cols, rows, w) = [layout(10), layout(5)]
        .into_iter()
        .fold((10, 1, 0.0), |best, l| if l.2 > best.2 { l } else { best });
    if w <= 0.0 {
        return;
    }
    let (cell_w, cell_h) = (w, w * PERSON_ASPECT);
    let y0 = area.y + (area.h - rows as f32 * cell_h) / 2.0;
    for i in 0..TOTAL {
        let (col, row) = (i % cols, i / cols);
        // Each person fills its cell but for a tenth of its width either side.
        let cell = Rect::new(
            area.x + (col as f32 + 0.1) * cell_w,
            y0 + (row as f32 + 0.05) * cell_h,
            cell_w * 0.8,
            cell_h * 0.9,
        );
        items.extend(person(cell, if i < highlighted { on } else { off }));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_the_nearest_person_within_bounds() {
        assert_eq!(shown(30.0), 3);
        assert_eq!(shown(34.9), 3);
        assert_eq!(shown(35.0), 4);
        assert_eq!(shown(4.0), 0);
        assert_eq!(shown(-20.0), 0);
        assert_eq!(shown(250.0), 10);
        assert_eq!(shown(f64::NAN), 0);
    }
}
