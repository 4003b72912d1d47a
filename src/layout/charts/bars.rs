//! Bars: one horizontal bar per row, labelled, with its value at its end. Percentages
//! are drawn against a full 0–100% track; negative values extend left of a zero line.

use fluent_bundle::FluentArgs;

use super::super::fit::{Align, TextSpec, VAlign};
use super::super::shapes::{shade, tint};
use super::super::template::spec;
use super::{no_data, Ctx};
use crate::document::{Row, Unit};
use crate::scene::{Item, Rect, Rgb};
use crate::text::Face;

/// Draws every row that fits, and says how many did not.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let rows = &ctx.doc.rows;
    if !rows.iter().any(|r| r.value.is_some_and(f64::is_finite)) {
        no_data(ctx, area, items);
        return;
    }
    let fit = ((area.h / (34.0 * ctx.u)).floor() as usize).max(1);
    if rows.len() <= fit {
        draw_rows(ctx, rows, area, items);
        return;
    }
    let note_h = 34.0 * ctx.u;
    let shown = fit.saturating_sub(1).max(1);
    draw_rows(
        ctx,
        &rows[..shown],
        Rect::new(area.x, area.y, area.w, area.h - note_h),
        items,
    );
    let hidden = rows.len() - shown;
    let mut args = FluentArgs::new();
    args.set("count", hidden);
    args.set(
        "rows",
        crate::number::format_value(
            hidden as f64,
            crate::document::Unit::Number,
            ctx.doc.language,
        ),
    );
    let note = TextSpec {
        fill: tint(ctx.colour, 0.8),
        ..spec(Face::Roboto, 22.0 * ctx.u, 14.0 * ctx.u, 1.0, 1)
    };
    let note_area = Rect::new(area.x, area.bottom() - note_h, area.w, note_h);
    ctx.text(
        items,
        &ctx.tr.text_with("more-rows", &args),
        &note,
        note_area,
        Align::End,
        VAlign::Bottom,
    );
}

/// Lays out `rows` as bars in `area`; returns each row's bar (None for "no data").
pub(super) fn draw_rows(
    ctx: &Ctx,
    rows: &[Row],
    area: Rect,
    items: &mut Vec<Item>,
) -> Vec<Option<Rect>> {
    let u = ctx.u;
    let n = rows.len().max(1) as f32;
    let row_h = (area.h / n).min(120.0 * u);
    let top = area.y + (area.h - row_h * n) / 2.0;
    let text_size = (row_h * 0.36).min(34.0 * u);
    // Label and value columns as wide as their widest text, within limits.
    let widest = |face, texts: &mut dyn Iterator<Item = String>| {
        texts
            .map(|t| ctx.measure.width(face, text_size, t.trim()))
            .fold(0.0, f32::max)
    };
    let label_w = widest(Face::Roboto, &mut rows.iter().map(|r| r.label.clone()))
        .clamp(area.w * 0.12, area.w * 0.4);
    let values = rows
        .iter()
        .filter_map(|r| r.value.filter(|v| v.is_finite()));
    let value_w = (widest(Face::RobotoBold, &mut values.map(|v| ctx.value(v))) + 16.0 * u)
        .clamp(area.w * 0.08, area.w * 0.3);
    let track = (area.x + label_w + 20.0 * u, area.right() - value_w);
    let scale = Scale::of(rows, ctx.doc.unit);
    let at = |v: f64| track.0 + (track.1 - track.0) * scale.fraction(v);
    rows.iter()
        .enumerate()
        .map(|(i, row)| {
            let y = top + i as f32 * row_h;
            let bar_h = row_h * 0.56;
            let bar_y = y + (row_h - bar_h) / 2.0;
            let label = spec(Face::Roboto, text_size, 12.0 * u, 1.1, 2);
            ctx.text(
                items,
                row.label.trim(),
                &label,
                Rect::new(area.x, y, label_w, row_h),
                Align::End,
                VAlign::Middle,
            );
            if scale.track {
                let rect = Rect::new(track.0, bar_y, track.1 - track.0, bar_h);
                items.push(Item::Rect {
                    rect,
                    fill: shade(ctx.colour, 0.18),
                });
            }
            let value_spec = spec(Face::RobotoBold, text_size, 12.0 * u, 1.0, 1);
            let Some(v) = row.value.filter(|v| v.is_finite()) else {
                let missing = TextSpec {
                    fill: tint(ctx.colour, 0.75),
                    ..value_spec
                };
                let slot = Rect::new(track.0 + 12.0 * u, y, track.1 - track.0, row_h);
                ctx.text(
                    items,
                    &ctx.tr.text("no-data"),
                    &missing,
                    slot,
                    Align::Start,
                    VAlign::Middle,
                );
                return None;
            };
            let (x0, x1) = (at(v.min(0.0)), at(v.max(0.0)));
            let bar = Rect::new(x0, bar_y, (x1 - x0).max(2.0 * u), bar_h);
            items.push(Item::Rect {
                rect: bar,
                fill: Rgb::WHITE,
            });
            let slot = if v < 0.0 {
                Rect::new(
                    area.x + label_w,
                    y,
                    (bar.x - 10.0 * u - area.x - label_w).max(0.0),
                    row_h,
                )
            } else {
                Rect::new(
                    bar.right() + 12.0 * u,
                    y,
                    (area.right() - bar.right() - 12.0 * u).max(0.0),
                    row_h,
                )
            };
            let align = if v < 0.0 { Align::End } else { Align::Start };
            ctx.text(
                items,
                &ctx.value(v),
                &value_spec,
                slot,
                align,
                VAlign::Middle,
            );
            Some(bar)
        })
        .collect()
}

/// The value range the bars span.
struct Scale {
    lo: f64,
    hi: f64,
    /// Whether to draw the full 0–100% track behind each bar.
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
