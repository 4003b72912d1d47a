//! Trend: values over years as a line with points, the first and last labelled, and an
//! optional 2030 target drawn as a dashed line to a ring at 2030. Rows without a value
//! break the line instead of dropping it to zero.

use fluent_bundle::FluentArgs;

use super::super::fit::{Align, TextSpec, VAlign};
use super::super::shapes::{disc, line, ring, tint};
use super::super::template::spec;
use super::{no_data, Ctx};
use crate::scene::{Item, Rect, Rgb};
use crate::text::Face;

/// The year targets are drawn at.
const TARGET_YEAR: f64 = 2030.0;

/// One point of the series: where it sits on the x axis, its label and its value.
struct Point {
    x: f64,
    label: String,
    value: Option<f64>,
}

/// Draws the line, its labels and the target.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let points = series(ctx);
    if !points.iter().any(|p| p.value.is_some()) {
        no_data(ctx, area, items);
        return;
    }
    let u = ctx.u;
    let by_year = ctx.doc.rows.iter().all(|r| r.year.is_some());
    let target = ctx.doc.target.filter(|t| t.is_finite());
    let label_h = 40.0 * u;
    // The target's label has a row of its own at the top, so no value label meets it.
    let target_row = if target.is_some() && by_year {
        48.0 * u
    } else {
        0.0
    };
    let values_top = area.y + target_row;
    let plot = Rect::new(
        area.x + 24.0 * u,
        values_top + label_h + 16.0 * u,
        area.w - 48.0 * u,
        area.h - target_row - 2.0 * label_h - 32.0 * u,
    );
    if plot.w <= 0.0 || plot.h <= 0.0 {
        return;
    }
    let values = points.iter().filter_map(|p| p.value).chain(target);
    let (lo, hi) = values.fold((0.0f64, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let hi = if hi - lo < f64::MIN_POSITIVE {
        lo + 1.0
    } else {
        lo + (hi - lo) * 1.1
    };
    let first_x = points.first().map_or(0.0, |p| p.x);
    let last_x = points.last().map_or(0.0, |p| p.x);
    let end_x = if by_year && target.is_some() {
        last_x.max(TARGET_YEAR)
    } else {
        last_x
    };
    let span = if end_x - first_x < f64::MIN_POSITIVE {
        1.0
    } else {
        end_x - first_x
    };
    let x_at = |x: f64| plot.x + plot.w * ((x - first_x) / span) as f32;
    let y_at = |v: f64| plot.bottom() - plot.h * ((v - lo) / (hi - lo)).clamp(0.0, 1.0) as f32;

    items.push(Item::Rect {
        rect: Rect::new(plot.x, y_at(lo.max(0.0).min(hi)), plot.w, 3.0 * u),
        fill: tint(ctx.colour, 0.55),
    });
    if let (Some(t), true) = (target, by_year) {
        draw_target(
            ctx,
            (x_at(last_x), x_at(TARGET_YEAR)),
            y_at(t),
            t,
            plot,
            items,
        );
    }
    let placed: Vec<Option<(f32, f32)>> = points
        .iter()
        .map(|p| p.value.map(|v| (x_at(p.x), y_at(v))))
        .collect();
    for pair in placed.windows(2) {
        if let [Some(a), Some(b)] = pair {
            items.push(line(*a, *b, 8.0 * u, Rgb::WHITE));
        }
    }
    for &(x, y) in placed.iter().flatten() {
        items.push(disc(x, y, 11.0 * u, Rgb::WHITE));
    }
    let values_area = Rect::new(area.x, values_top, area.w, area.bottom() - values_top);
    label_ends(ctx, &points, &placed, plot, values_area, items);
}

/// The rows as points, in x order: by year when every row has one, else in table order.
fn series(ctx: &Ctx) -> Vec<Point> {
    let by_year = ctx.doc.rows.iter().all(|r| r.year.is_some());
    let mut points: Vec<Point> = ctx
        .doc
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| Point {
            x: if by_year {
                f64::from(r.year.unwrap_or(0))
            } else {
                i as f64
            },
            label: match r.year {
                Some(year) if by_year => year.to_string(),
                _ => r.label.trim().to_owned(),
            },
            value: r.value.filter(|v| v.is_finite()),
        })
        .collect();
    points.sort_by(|a, b| a.x.total_cmp(&b.x));
    points
}

/// Value above, label below, for the first and the last point with a value.
fn label_ends(
    ctx: &Ctx,
    points: &[Point],
    placed: &[Option<(f32, f32)>],
    plot: Rect,
    area: Rect,
    items: &mut Vec<Item>,
) {
    let u = ctx.u;
    let with_value: Vec<usize> = (0..points.len()).filter(|&i| placed[i].is_some()).collect();
    let ends: Vec<usize> = match with_value.as_slice() {
        [] => vec![],
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    };
    let value_spec = spec(Face::RobotoBold, 32.0 * u, 14.0 * u, 1.0, 1);
    let year_spec = TextSpec {
        fill: tint(ctx.colour, 0.85),
        ..spec(Face::Roboto, 26.0 * u, 12.0 * u, 1.0, 1)
    };
    // Each end's labels get the side of the midpoint between the two ends.
    let xs: Vec<f32> = ends
        .iter()
        .filter_map(|&i| placed[i].map(|p| p.0))
        .collect();
    let mid = match xs.as_slice() {
        [a, b] => (a + b) / 2.0,
        _ => area.right(),
    };
    for (k, &i) in ends.iter().enumerate() {
        let (Some((x, y)), Some(v)) = (placed[i], points[i].value) else {
            continue;
        };
        let last = k == 1;
        let (from, to, align) = if last {
            (mid + 8.0 * u, (x + 12.0 * u).min(area.right()), Align::End)
        } else {
            ((x - 12.0 * u).max(area.x), mid - 8.0 * u, Align::Start)
        };
        let width = (to - from).max(0.0);
        let above = Rect::new(from, (y - 64.0 * u).max(area.y), width, 44.0 * u);
        ctx.text(
            items,
            &ctx.value(v),
            &value_spec,
            above,
            align,
            VAlign::Bottom,
        );
        let below = Rect::new(from, plot.bottom() + 16.0 * u, width, 40.0 * u);
        ctx.text(
            items,
            &points[i].label,
            &year_spec,
            below,
            align,
            VAlign::Top,
        );
    }
}

/// A dashed line from the last point to 2030 at the target, a ring there and its label.
fn draw_target(
    ctx: &Ctx,
    (from, to): (f32, f32),
    y: f32,
    target: f64,
    plot: Rect,
    items: &mut Vec<Item>,
) {
    let u = ctx.u;
    let ink = tint(ctx.colour, 0.75);
    let (dash, gap) = (18.0 * u, 12.0 * u);
    let mut x = from;
    while x < to {
        let end = (x + dash).min(to);
        items.push(Item::Rect {
            rect: Rect::new(x, y - 2.0 * u, end - x, 4.0 * u),
            fill: ink,
        });
        x += dash + gap;
    }
    items.extend(ring(
        to,
        y,
        16.0 * u,
        9.0 * u,
        0.0,
        std::f32::consts::TAU,
        Rgb::WHITE,
    ));
    let mut args = FluentArgs::new();
    args.set("value", ctx.value(target));
    let label = TextSpec {
        fill: ink,
        ..spec(Face::RobotoBold, 26.0 * u, 12.0 * u, 1.0, 1)
    };
    let slot_x = plot.x + plot.w / 2.0;
    let row = Rect::new(
        slot_x,
        plot.y - 16.0 * u - 40.0 * u - 48.0 * u,
        plot.right() + 24.0 * u - slot_x,
        40.0 * u,
    );
    ctx.text(
        items,
        &ctx.tr.text_with("target-label", &args),
        &label,
        row,
        Align::End,
        VAlign::Top,
    );
}
