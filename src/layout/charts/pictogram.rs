//! Pictogram: ten people, as many highlighted as the share rounds to, with the rounding
//! rule stated under them so the picture never claims more precision than it has.

use fluent_bundle::FluentArgs;

use super::super::fit::{Align, TextSpec, VAlign};
use super::super::shapes::{person, shade, tint};
use super::super::template::spec;
use super::{first_value, no_data, Ctx};
use crate::scene::{Item, Rect, Rgb};
use crate::text::Face;

/// How many people the pictogram shows.
pub const TOTAL: u32 = 10;

/// How many of [`TOTAL`] people a share of `percent` highlights: rounded to the
/// nearest person, and never more than all or fewer than none.
pub fn shown(percent: f64) -> u32 {
    (percent.clamp(0.0, 100.0) / 100.0 * f64::from(TOTAL)).round() as u32
}

/// The rounding rule stated under the people: "Each figure stands for 1 in 10. 45% is
/// shown as 5 in 10."
pub(crate) fn rule(
    doc: &crate::document::Document,
    tr: &crate::i18n::Translator,
    percent: f64,
) -> String {
    let count = shown(percent);
    let mut args = FluentArgs::new();
    args.set("total", TOTAL);
    args.set(
        "value",
        crate::number::format_value(percent, doc.unit, doc.language),
    );
    args.set("shown", count);
    let id = if count == 0 && percent > 0.0 {
        "pictogram-less-than-one"
    } else {
        "pictogram-rule"
    };
    tr.text_with(id, &args)
}

/// Draws the pictogram for the first row's share.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let Some(percent) = first_value(ctx) else {
        no_data(ctx, area, items);
        return;
    };
    let u = ctx.u;
    let count = shown(percent);
    let value_h = (area.h * 0.26).min(150.0 * u);
    let rule_h = 64.0 * u;
    let value = spec(Face::OswaldBold, value_h, 40.0 * u, 1.0, 1);
    ctx.text(
        items,
        &ctx.value(percent),
        &value,
        Rect::new(area.x, area.y, area.w, value_h),
        Align::Start,
        VAlign::Top,
    );
    let people = Rect::new(
        area.x,
        area.y + value_h + 24.0 * u,
        area.w,
        area.h - value_h - rule_h - 48.0 * u,
    );
    draw_people(people, count, ctx.colour, items);

    let words = rule(ctx.doc, ctx.tr, percent);
    let rule = TextSpec {
        fill: tint(ctx.colour, 0.85),
        ..spec(Face::Roboto, 24.0 * u, 14.0 * u, 1.25, 2)
    };
    let rule_area = Rect::new(area.x, area.bottom() - rule_h, area.w, rule_h);
    ctx.text(
        items,
        &words,
        &rule,
        rule_area,
        Align::Start,
        VAlign::Bottom,
    );
}

/// Ten people in one row or two rows of five, whichever makes them larger.
fn draw_people(area: Rect, highlighted: u32, colour: Rgb, items: &mut Vec<Item>) {
    let aspect = 2.4;
    let layout = |cols: u32| {
        let rows = TOTAL.div_ceil(cols);
        let w = (area.w / cols as f32).min(area.h / rows as f32 / aspect);
        (cols, rows, w)
    };
    let (cols, rows, w) = [layout(10), layout(5)]
        .into_iter()
        .fold((10, 1, 0.0), |best, l| if l.2 > best.2 { l } else { best });
    if w <= 0.0 {
        return;
    }
    let (cell_w, cell_h) = (w, w * aspect);
    let y0 = area.y + (area.h - rows as f32 * cell_h) / 2.0;
    for i in 0..TOTAL {
        let (col, row) = (i % cols, i / cols);
        let cell = Rect::new(
            area.x + col as f32 * cell_w + cell_w * 0.1,
            y0 + row as f32 * cell_h + cell_h * 0.05,
            cell_w * 0.8,
            cell_h * 0.9,
        );
        let fill = if i < highlighted {
            Rgb::WHITE
        } else {
            shade(colour, 0.3)
        };
        items.extend(person(cell, fill));
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
