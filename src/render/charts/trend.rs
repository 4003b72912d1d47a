//! Trend: values over years as a line with points, the first and last labelled, and an
//! optional 2030 target drawn as a dashed line to a ring at 2030. Shares are drawn on
//! a 0–100 % axis; rows without a value break the line instead of dropping it to zero.

use fluent_bundle::FluentArgs;

use super::{label, no_data, Chart, Fields};
use crate::model::document::{ChartKind, Document, Row, Unit};
use crate::model::i18n::Translator;
use crate::model::number::format_value;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::shapes::{disc, line, ring};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// The year targets are drawn at.
const TARGET_YEAR: i32 = 2030;

/// The trend's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Trend,
    slug: "trend",
    label_id: "chart-trend",
    fields: Fields {
        figure: false,
        table: true,
        year: true,
        target: true,
        every_row: true,
        places: false,
    },
    example_rows: |_| {
        [(2015, 41.0), (2018, 47.0), (2021, 50.0), (2024, 57.0)]
            .into_iter()
            .map(|(year, value)| Row {
                year: Some(year),
                ..Row::new(year.to_string(), Some(value))
            })
            .collect()
    },
    example_target: Some(90.0),
    check: |_, values| (values.iter().flatten().count() < 2).then_some(Issue::TrendNeedsTwoValues),
    describe,
    layout,
};

/// One point of the series: where it sits on the x axis, its label and its value.
struct Point {
    x: f64,
    label: String,
    value: Option<f64>,
}

/// The rows as points, in x order: by year when every row has one, else in table order.
fn series(doc: &Document) -> (Vec<Point>, bool) {
    let by_year = doc.rows.iter().all(|r| r.year.is_some());
    let mut points: Vec<Point> = doc
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| Point {
            x: match r.year {
                Some(year) if by_year => f64::from(year),
                _ => i as f64,
            },
            label: match r.year {
                Some(year) if by_year => year.to_string(),
                _ => label(r),
            },
            value: r.value.filter(|v| v.is_finite()),
        })
        .collect();
    points.sort_by(|a, b| a.x.total_cmp(&b.x));
    (points, by_year)
}

/// "Line chart over time: it rose from 41% in 2015 to 57% in 2024. 2030 target: 90%."
fn describe(doc: &Document, tr: &Translator) -> String {
    let (points, _) = series(doc);
    let known: Vec<&Point> = points.iter().filter(|p| p.value.is_some()).collect();
    let (Some(first), Some(last)) = (known.first(), known.last()) else {
        return tr.text("no-data");
    };
    let (a, b) = (first.value.unwrap_or(0.0), last.value.unwrap_or(0.0));
    let value = |v: f64| format_value(v, doc.unit, doc.language);
    let mut args = FluentArgs::new();
    let direction = if known.len() < 2 || value(a) == value(b) {
        "same"
    } else if b > a {
        "up"
    } else {
        "down"
    };
    args.set("direction", direction);
    args.set("from", value(a));
    args.set("to", value(b));
    args.set("start", first.label.clone());
    args.set("end", last.label.clone());
    let mut sentence = tr.text_with("alt-trend", &args);
    if let Some(target) = doc.target.filter(|t| t.is_finite()) {
        let mut args = FluentArgs::new();
        args.set("value", value(target));
        sentence.push(' ');
        sentence.push_str(&tr.text_with("target-label", &args));
        sentence.push('.');
    }
    sentence
}

/// The line, its end labels and the target.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let (points, by_year) = series(ctx.doc);
    if !points.iter().any(|p| p.value.is_some()) {
        no_data(ctx, area, items);
        return;
    }
    let (ty, space) = (ctx.ty(), ctx.space());
    let gap = ctx.px(space.label_gap);
    let target = ctx.doc.target.filter(|t| t.is_finite() && by_year);
    let value_h = ctx.block_h(ty.chart_value, Face::RobotoBold, 1);
    let label_h = ctx.block_h(ty.chart_label, Face::Roboto, 1);
    let pad = ctx.px(space.target_ring.max(space.point));
    // Room above the plot for a label over its highest point, below it for the years.
    let plot = Rect::new(
        area.x + pad,
        area.y + value_h + gap,
        area.w - 2.0 * pad,
        area.h - value_h - label_h - 2.0 * gap,
    );
    if plot.w <= 0.0 || plot.h <= 0.0 {
        return;
    }
    let values = points.iter().filter_map(|p| p.value).chain(target);
    let (lo, hi) = values.fold((0.0f64, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let hi = if ctx.doc.unit == Unit::Percent && lo >= 0.0 && hi <= 100.0 {
        100.0
    } else if hi - lo < f64::MIN_POSITIVE {
        lo + 1.0
    } else {
        lo + (hi - lo) * 1.1
    };
    let first_x = points.first().map_or(0.0, |p| p.x);
    let last_x = points.last().map_or(0.0, |p| p.x);
    let end_x = if target.is_some() {
        last_x.max(f64::from(TARGET_YEAR))
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

    let axis = Rect::new(
        plot.x,
        y_at(lo.max(0.0).min(hi)),
        plot.w,
        ctx.px(space.rule),
    );
    ctx.rect(items, axis, ctx.palette.muted);
    let mut taken = Vec::new();
    if let Some(t) = target {
        let from = x_at(last_x) + ctx.px(space.point) + gap;
        let to = x_at(f64::from(TARGET_YEAR));
        taken.extend(draw_target(ctx, (from, to), y_at(t), t, area, items));
    }
    let placed: Vec<Option<(f32, f32)>> = points
        .iter()
        .map(|p| p.value.map(|v| (x_at(p.x), y_at(v))))
        .collect();
    for pair in placed.windows(2) {
        if let [Some(a), Some(b)] = pair {
            items.push(line(*a, *b, ctx.px(space.line), ctx.palette.ink));
        }
    }
    for &(x, y) in placed.iter().flatten() {
        items.push(disc(x, y, ctx.px(space.point), ctx.palette.ink));
    }
    label_ends(ctx, &points, &placed, area, plot.bottom(), &taken, items);
    let mut years: Vec<(f32, String)> = ends(&placed)
        .into_iter()
        .map(|i| (x_at(points[i].x), points[i].label.clone()))
        .collect();
    if target.is_some() && last_x < f64::from(TARGET_YEAR) {
        years.push((x_at(f64::from(TARGET_YEAR)), TARGET_YEAR.to_string()));
    }
    let below = Rect::new(area.x, plot.bottom() + gap, area.w, label_h);
    label_years(ctx, &years, below, items);
}

/// The first and the last point with a value.
fn ends(placed: &[Option<(f32, f32)>]) -> Vec<usize> {
    let with_value: Vec<usize> = (0..placed.len()).filter(|&i| placed[i].is_some()).collect();
    match with_value.as_slice() {
        [] => vec![],
        [one] => vec![*one],
        [first, .., last] => vec![*first, *last],
    }
}

/// The values of the first and the last point, above them (below them where the
/// target's label is already there); each takes its side of the midpoint between
/// the two.
fn label_ends(
    ctx: &Ctx,
    points: &[Point],
    placed: &[Option<(f32, f32)>],
    area: Rect,
    plot_bottom: f32,
    taken: &[Rect],
    items: &mut Vec<Item>,
) {
    let (ty, space) = (ctx.ty(), ctx.space());
    let ends = ends(placed);
    let value_spec = ctx.spec(ty.chart_value, Face::RobotoBold, Role::ChartValue, 1);
    let xs: Vec<f32> = ends
        .iter()
        .filter_map(|&i| placed[i].map(|p| p.0))
        .collect();
    let mid = match xs.as_slice() {
        [a, b] => (a + b) / 2.0,
        _ => area.right(),
    };
    let (gap, point) = (ctx.px(space.label_gap), ctx.px(space.point));
    let value_h = ctx.block_h(ty.chart_value, Face::RobotoBold, 1);
    for (k, &i) in ends.iter().enumerate() {
        let (Some((x, y)), Some(v)) = (placed[i], points[i].value) else {
            continue;
        };
        let (from, to, align) = if k == 1 {
            (mid + gap / 2.0, (x + point).min(area.right()), Align::End)
        } else {
            ((x - point).max(area.x), mid - gap / 2.0, Align::Start)
        };
        let text = ctx.value(v);
        let w = ctx
            .measure
            .width(value_spec.face, value_spec.max_size, &text);
        let width = (to - from).max(0.0);
        let ink_x = match align {
            Align::End => to - w.min(width),
            _ => from,
        };
        // Above the point; else below it, inside the plot; else above what is in the
        // way; else not at all (the alt text still says it).
        let above = (y - point - gap / 2.0 - value_h).max(area.y);
        let below = Some(y + point + gap / 2.0).filter(|top| top + value_h <= plot_bottom);
        let over_taken = taken
            .iter()
            .map(|t| t.y - gap / 2.0 - value_h)
            .fold(above, f32::min);
        let clear = |top: &f32| {
            let ink = Rect::new(ink_x, *top, w.min(width), value_h);
            *top >= area.y && !taken.iter().any(|t| t.overlaps(&ink))
        };
        let Some(top) = [Some(above), below, Some(over_taken)]
            .into_iter()
            .flatten()
            .find(clear)
        else {
            continue;
        };
        let slot = Rect::new(from, top, width, value_h);
        ctx.text(items, &text, &value_spec, slot, align, VAlign::Bottom);
    }
}

/// Years under the axis, each centred on its point where the area allows, none
/// over another.
fn label_years(ctx: &Ctx, years: &[(f32, String)], row: Rect, items: &mut Vec<Item>) {
    let spec = ctx.muted(ctx.ty().chart_label, Face::Roboto, Role::ChartLabel, 1);
    let gap = ctx.px(ctx.space().label_gap);
    let mut right = f32::MIN;
    for (x, text) in years {
        let w = ctx.measure.width(spec.face, spec.max_size, text).min(row.w);
        let left = (x - w / 2.0).clamp(row.x, (row.right() - w).max(row.x));
        if left < right + gap {
            continue;
        }
        let slot = Rect::new(left, row.y, w, row.h);
        let runs = ctx.text(items, text, &spec, slot, Align::Start, VAlign::Top);
        right = runs
            .iter()
            .map(|r| r.bounds.right())
            .fold(left + w, f32::max);
    }
}

/// A dashed line from the last point to 2030 at the target, a ring there, and its
/// label just above the ring, ending over it. Returns where the label went.
fn draw_target(
    ctx: &Ctx,
    (from, to): (f32, f32),
    y: f32,
    target: f64,
    area: Rect,
    items: &mut Vec<Item>,
) -> Vec<Rect> {
    let (ty, space) = (ctx.ty(), ctx.space());
    let (dash, dash_gap, dash_w) = (
        ctx.px(space.dash),
        ctx.px(space.dash_gap),
        ctx.px(space.dash_w),
    );
    let mut x = from;
    while x < to {
        let end = (x + dash).min(to);
        let rect = Rect::new(x, y - dash_w / 2.0, end - x, dash_w);
        ctx.rect(items, rect, ctx.palette.muted);
        x += dash + dash_gap;
    }
    let (outer, width) = (ctx.px(space.target_ring), ctx.px(space.target_ring_w));
    let tau = std::f32::consts::TAU;
    items.extend(ring(to, y, outer, outer - width, 0.0, tau, ctx.palette.ink));
    let mut args = FluentArgs::new();
    args.set("value", ctx.value(target));
    let label = ctx.spec(ty.chart_label, Face::RobotoBold, Role::ChartValue, 1);
    let row_h = ctx.block_h(ty.chart_label, Face::RobotoBold, 1);
    let right = (to + outer).min(area.right());
    let top = (y - outer - ctx.px(space.label_gap) / 2.0 - row_h).max(area.y);
    let row = Rect::new(area.x, top, right - area.x, row_h);
    let text = ctx.tr.text_with("target-label", &args);
    ctx.text(items, &text, &label, row, Align::End, VAlign::Bottom)
        .iter()
        .map(|r| r.bounds)
        .collect()
}
