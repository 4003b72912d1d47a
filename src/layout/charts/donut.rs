//! Donut: the first row's share as a white arc on a darker ring, clockwise from twelve
//! o'clock, with the share in the centre.

use super::super::fit::{Align, TextSpec, VAlign};
use super::super::shapes::{ring, shade, tint};
use super::super::template::spec;
use super::{first_value, Ctx};
use crate::scene::{Item, Rect, Rgb};
use crate::text::Face;

/// Draws the ring and the share.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let u = ctx.u;
    let outer = area.w.min(area.h) / 2.0 * 0.94;
    let inner = outer * 0.7;
    let (cx, cy) = (area.x + outer / 0.94, area.y + area.h / 2.0);
    let cx = if area.w > area.h * 1.4 {
        cx
    } else {
        area.x + area.w / 2.0
    };
    let tau = std::f32::consts::TAU;
    items.extend(ring(
        cx,
        cy,
        outer,
        inner,
        0.0,
        tau,
        shade(ctx.colour, 0.22),
    ));
    let side = inner * 1.3;
    let hole = Rect::new(cx - side / 2.0, cy - side / 2.0, side, side);
    let Some(percent) = first_value(ctx) else {
        let text = TextSpec {
            fill: tint(ctx.colour, 0.8),
            ..spec(Face::OswaldBold, side * 0.3, 8.0 * u, 1.0, 1)
        };
        ctx.text(
            items,
            &ctx.tr.text("no-data").to_uppercase(),
            &text,
            hole,
            Align::Centre,
            VAlign::Middle,
        );
        return;
    };
    let share = (percent.clamp(0.0, 100.0) / 100.0) as f32;
    items.extend(ring(cx, cy, outer, inner, 0.0, tau * share, Rgb::WHITE));
    let value = spec(Face::OswaldBold, side * 0.55, 14.0 * u, 1.0, 1);
    ctx.text(
        items,
        &ctx.value(percent),
        &value,
        hole,
        Align::Centre,
        VAlign::Middle,
    );
}
