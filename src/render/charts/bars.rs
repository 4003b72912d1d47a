//! Bars: one horizontal bar per row, labelled, with its value at its end. Bars start
//! at zero; percentages are drawn against a full 0–100 % track; negative values extend
//! left of the zero line. Rows that do not fit at the legible floor are counted in
//! "and N more", never set smaller.

use fluent_bundle::FluentArgs;

use super::{example_row, no_data, value_list, Chart, Fields};
use crate::model::document::{ChartKind, Document, Row, Unit};
use crate::model::i18n::Translator;
use crate::render::layout::design::Size;
use crate::render::layout::fit::{Align, VAlign};
use crate::render::layout::Ctx;
use crate::render::scene::{Item, Rect, Rgb, Role};
use crate::render::text::Face;
use crate::render::validate::Issue;

/// The bar chart's contract.
pub(super) static CHART: Chart = Chart {
    kind: ChartKind::Bars,
    slug: "bars",
    label_id: "chart-bars",
    fields: Fields {
        every_row: true,
        ..Fields::TABLE
    },
    example_rows: |tr| {
        [
            ("group-poorest", 38.0),
            ("group-second", 51.0),
            ("group-middle", 60.0),
            ("group-fourth", 72.0),
            ("group-richest", 86.0),
        ]
        .into_iter()
        .map(|(id, value)| example_row(tr, id, value))
        .collect()
    },
    example_target: None,
    check: |_, _| None::<Issue>,
    describe,
    layout,
};

fn describe(doc: &Document, tr: &Translator) -> String {
    let mut args = FluentArgs::new();
    args.set("count", doc.rows.len());
    args.set("values", value_list(doc, tr));
    tr.text_with("alt-bars", &args)
}

/// Every row that fits, and how many did not.
fn layout(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let rows = &ctx.doc.rows;
    if !rows.iter().any(|r| r.value.is_some_and(f64::is_finite)) {
        no_data(ctx, area, items);
        return;
    }
    let labels = Labels::for_rows(ctx, rows, area);
    let row_min = row_floor(ctx, labels);
    let fit = ((area.h / row_min).floor() as usize).max(1);
    if rows.len() <= fit {
        draw_rows(ctx, rows, area, labels, items);
        return;
    }
    let shown = &rows[..fit.saturating_sub(1).max(1)];
    draw_rows(
        ctx,
        shown,
        Rect::new(area.x, area.y, area.w, area.h - row_min),
        Labels::for_rows(ctx, shown, area),
        items,
    );
    let hidden = rows.len() - shown.len();
    let note_area = Rect::new(area.x, area.bottom() - row_min, area.w, row_min);
    super::rows_note(ctx, "more-rows", hidden, note_area, Align::End, items);
}

/// Where a row's label goes: beside its bar, or above it when the longest label
/// would not fit beside it even at the floor size (long labels, narrow charts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Labels {
    Beside,
    Above,
}

impl Labels {
    /// Where the labels of `rows` go in an area as wide as `area`.
    pub(super) fn for_rows(ctx: &Ctx, rows: &[Row], area: Rect) -> Labels {
        let floor = ctx.px(ctx.ty().chart_label.min);
        let widest = rows
            .iter()
            .map(|r| ctx.measure.width(Face::Roboto, floor, r.label.trim()))
            .fold(0.0, f32::max);
        if widest <= area.w * ctx.space().label_column {
            Labels::Beside
        } else {
            Labels::Above
        }
    }
}

/// One line of a row's text at the floor size: its label and value.
fn text_floor(ctx: &Ctx) -> f32 {
    let ty = ctx.ty();
    let floor = Size {
        max: ty.chart_value.min.max(ty.chart_label.min),
        min: 0.0,
    };
    ctx.block_h(floor, Face::RobotoBold, 1)
}

/// The least height of a row: a multiple of the floor size beside the bar (the text's
/// slot may reach into the rows around it, whose ink is far enough away), or a line
/// at the floor size and a bar under it when the label goes above.
pub(super) fn row_floor(ctx: &Ctx, labels: Labels) -> f32 {
    let (ty, space) = (ctx.ty(), ctx.space());
    match labels {
        Labels::Beside => ctx.px(ty.chart_value.min.max(ty.chart_label.min) * space.row_min),
        Labels::Above => {
            text_floor(ctx) + ctx.px(space.stack_gap + space.label_gap + space.bar_min)
        }
    }
}

/// Lays out `rows` as bars in `area` with their labels where `labels` says; returns
/// each row's bar (None for "no data") and the colour under the bars (the track's, or
/// the ground's).
pub(super) fn draw_rows(
    ctx: &Ctx,
    rows: &[Row],
    area: Rect,
    labels: Labels,
    items: &mut Vec<Item>,
) -> (Vec<Option<Rect>>, Rgb) {
    let (ty, space) = (ctx.ty(), ctx.space());
    let n = rows.len().max(1) as f32;
    let row_h = (area.h / n).min(ctx.px(space.row_max));
    let top = area.y + (area.h - row_h * n) / 2.0;
    let gap = ctx.px(space.label_gap);
    let label_spec = ctx.spec(ty.chart_label, Face::Roboto, Role::ChartLabel, 2);
    let value_spec = ctx.spec(ty.chart_value, Face::RobotoBold, Role::ChartValue, 1);
    let widest = |face, size: f32, texts: &mut dyn Iterator<Item = String>| {
        texts
            .map(|t| ctx.measure.width(face, size, t.trim()))
            .fold(0.0, f32::max)
    };
    let values = rows
        .iter()
        .filter_map(|r| r.value.filter(|v| v.is_finite()));
    let value_w = (widest(
        Face::RobotoBold,
        value_spec.max_size,
        &mut values.map(|v| ctx.value(v)),
    ) + gap)
        .min(area.w * space.value_column);
    // Beside: label and value columns as wide as their widest text, within limits.
    // Above: the bars take the whole width, the value ends the label's line.
    let (label_w, track) = match labels {
        Labels::Beside => {
            let label_w = widest(
                Face::Roboto,
                label_spec.max_size,
                &mut rows.iter().map(|r| r.label.clone()),
            )
            .min(area.w * space.label_column);
            (label_w, (area.x + label_w + gap, area.right() - value_w))
        }
        Labels::Above => (area.w - value_w, (area.x, area.right())),
    };
    // Above: the line of text as high as the largest size needs, leaving the bar room.
    let line = Size {
        max: ty.chart_value.max.max(ty.chart_label.max),
        min: 0.0,
    };
    // Beside: a row's text may take the whole line box of its face at the floor size,
    // centred on the row, even where the row is lower than that.
    let text_h = match labels {
        Labels::Beside => row_h.max(text_floor(ctx)),
        Labels::Above => ctx
            .block_h(line, Face::RobotoBold, 1)
            .min(row_h - ctx.px(space.stack_gap + space.label_gap + space.bar_min)),
    };
    let scale = Scale::of(rows, ctx.doc.unit);
    let at = |v: f64| track.0 + (track.1 - track.0) * scale.fraction(v);
    let under = if scale.track {
        ctx.palette.track
    } else {
        ctx.palette.ground
    };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let row_y = top + i as f32 * row_h;
            let y = match labels {
                Labels::Beside => row_y + (row_h - text_h) / 2.0,
                Labels::Above => row_y,
            };
            let (bar_y, bar_h) = match labels {
                Labels::Beside => {
                    let bar_h = row_h * space.bar_share;
                    (row_y + (row_h - bar_h) / 2.0, bar_h)
                }
                Labels::Above => {
                    let bar_y = y + text_h + ctx.px(space.stack_gap);
                    (bar_y, (row_y + row_h - gap - bar_y).min(text_h))
                }
            };
            let value = row.value.filter(|v| v.is_finite());
            let (text, spec) = match value {
                Some(v) => (ctx.value(v), value_spec),
                None => (
                    ctx.tr.text("no-data"),
                    ctx.muted(ty.chart_value, Face::RobotoBold, Role::ChartValue, 1),
                ),
            };
            // Above: the value ends the label's line, and the label stops short of it.
            let label_slot = match labels {
                Labels::Beside => Rect::new(area.x, y, label_w, text_h),
                Labels::Above => {
                    let line = Rect::new(area.x, y, area.w, text_h);
                    let runs = ctx.text(items, &text, &spec, line, Align::End, VAlign::Middle);
                    let end = runs.iter().map(|r| r.bounds.x).fold(area.right(), f32::min);
                    Rect::new(area.x, y, (end - gap - area.x).max(0.0), text_h)
                }
            };
            let mut label = label_spec;
            label.max_lines = if labels == Labels::Above { 1 } else { 2 };
            let label_align = if labels == Labels::Above {
                Align::Start
            } else {
                Align::End
            };
            ctx.text(
                items,
                row.label.trim(),
                &label,
                label_slot,
                label_align,
                VAlign::Middle,
            );
            let Some(v) = value else {
                if labels == Labels::Beside {
                    let slot = Rect::new(track.0, y, track.1 - track.0, text_h);
                    ctx.text(items, &text, &spec, slot, Align::Start, VAlign::Middle);
                }
                return None;
            };
            if scale.track {
                let rect = Rect::new(track.0, bar_y, track.1 - track.0, bar_h);
                ctx.rect(items, rect, ctx.palette.track);
            }
            let (x0, x1) = (at(v.min(0.0)), at(v.max(0.0)));
            let bar = Rect::new(x0, bar_y, (x1 - x0).max(ctx.px(space.outline)), bar_h);
            ctx.rect(items, bar, ctx.palette.ink);
            let slot = match labels {
                Labels::Above => None,
                Labels::Beside if v < 0.0 => {
                    let left = area.x + label_w;
                    let slot = Rect::new(left, y, (bar.x - gap - left).max(0.0), text_h);
                    Some((slot, Align::End))
                }
                Labels::Beside => {
                    let x = bar.right() + gap;
                    Some((
                        Rect::new(x, y, (area.right() - x).max(0.0), text_h),
                        Align::Start,
                    ))
                }
            };
            if let Some((slot, align)) = slot {
                ctx.text(items, &text, &spec, slot, align, VAlign::Middle);
            }
            Some(bar)
        })
        .collect();
    (bars, under)
}

/// The value range the bars span: from zero, or from the lowest negative value.
struct Scale {
    lo: f64,
    hi: f64,
    /// Whether to draw the full 0–100 % track behind each bar.
    track: bool,
}

impl Scale {
    fn of(rows: &[Row], unit: Unit) -> Scale {
        let values = rows
            .iter()
            .filter_map(|r| r.value.filter(|v| v.is_finite()));
        let (lo, hi) = values.fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let percent = unit == Unit::Percent && lo >= 0.0 && hi <= 100.0;
        let hi = if percent { 100.0 } else { hi };
        let hi = if hi - lo < f64::MIN_POSITIVE {
            lo + 1.0
        } else {
            hi
        };
        Scale {
            lo,
            hi,
            track: percent,
        }
    }

    fn fraction(&self, v: f64) -> f32 {
        (((v - self.lo) / (self.hi - self.lo)).clamp(0.0, 1.0)) as f32
    }
}
