//! Big number: the figure as typed, set as large as its area allows.

use super::super::fit::{Align, VAlign};
use super::super::template::spec;
use super::Ctx;
use crate::scene::{Item, Rect};
use crate::text::Face;

/// Sets the figure in `area`.
pub fn draw(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) {
    let u = ctx.u;
    let figure = spec(Face::OswaldBold, 300.0 * u, 64.0 * u, 1.0, 3);
    ctx.text(
        items,
        ctx.doc.figure.trim(),
        &figure,
        area,
        Align::Start,
        VAlign::Middle,
    );
}
