//! The parts every graphic shares, placed per format: the Goal header (tile, label,
//! name, emblem), the words (audience, statement, call to action), the footer (pledge,
//! hashtag, source) and the area left for the chart.
//!
//! Wide formats put the chart and the words side by side either side of the centre
//! line; square and tall formats stack them. Posters and stories keep their safe insets.

use super::charts;
use super::emblem::emblem;
use super::fit::{Align, TextSpec, VAlign};
use super::shapes::tint;
use super::{Ctx, Words};
use crate::document::{ChartKind, Document};
use crate::format::Shape;
use crate::i18n::Translator;
use crate::scene::{Item, Rect, Rgb, Scene, TextRun};
use crate::text::{Face, TextMeasure};

/// A text spec in white unless said otherwise.
pub(super) fn spec(face: Face, max: f32, min: f32, line_height: f32, lines: usize) -> TextSpec {
    TextSpec {
        face,
        max_size: max,
        min_size: min,
        line_height,
        max_lines: lines,
        fill: Rgb::WHITE,
    }
}

/// Lays out the whole graphic.
pub fn layout(doc: &Document, tr: &Translator, measure: &dyn TextMeasure) -> Scene {
    let (w, h) = doc.format.size();
    let (w, h) = (w as f32, h as f32);
    let u = w.min(h) / 900.0;
    let ctx = Ctx {
        doc,
        tr,
        measure,
        u,
        colour: doc.goal.colour(),
    };
    let words = Words::for_document(doc, tr);
    let insets = doc.format.insets();
    let margin = 72.0 * u;
    let area = Rect::new(
        insets.left + margin,
        insets.top + margin,
        w - insets.left - insets.right - 2.0 * margin,
        h - insets.top - insets.bottom - 2.0 * margin,
    );
    let mut items = vec![Item::Rect {
        rect: Rect::new(0.0, 0.0, w, h),
        fill: ctx.colour,
    }];
    let header_bottom = header(&ctx, &words, area, &mut items);
    let body_bottom = match doc.format.shape() {
        Shape::Wide => wide_footer(&ctx, &words, area, &mut items),
        Shape::Tall => tall_footer(&ctx, &words, area, &mut items),
    };
    let body = Rect::new(
        area.x,
        header_bottom + 48.0 * u,
        area.w,
        body_bottom - header_bottom - 48.0 * u,
    );
    match doc.format.shape() {
        Shape::Wide => wide_body(&ctx, &words, body, w, &mut items),
        Shape::Tall => tall_body(&ctx, &words, body, &mut items),
    }
    Scene {
        width: w,
        height: h,
        items,
    }
}

/// The Goal tile, label, name and emblem. Returns the header's bottom edge.
fn header(ctx: &Ctx, words: &Words, area: Rect, items: &mut Vec<Item>) -> f32 {
    let u = ctx.u;
    let size = 120.0 * u;
    let tile = Rect::new(area.x, area.y, size, size);
    items.push(Item::Rect {
        rect: tile,
        fill: Rgb::WHITE,
    });
    let number = TextSpec {
        fill: ctx.colour,
        ..spec(Face::OswaldBold, 96.0 * u, 40.0 * u, 1.0, 1)
    };
    let inner = Rect::new(
        tile.x + 8.0 * u,
        tile.y + 4.0 * u,
        tile.w - 16.0 * u,
        tile.h - 8.0 * u,
    );
    ctx.text(
        items,
        &ctx.doc.goal.number().to_string(),
        &number,
        inner,
        Align::Centre,
        VAlign::Middle,
    );

    let emblem_box = Rect::new(area.right() - size, area.y, size, size);
    items.extend(emblem(ctx.doc.goal, emblem_box, Rgb::WHITE, ctx.colour));

    let x = tile.right() + 32.0 * u;
    let width = (emblem_box.x - 32.0 * u - x).max(0.0);
    let label = spec(Face::RobotoBold, 28.0 * u, 16.0 * u, 1.0, 1);
    ctx.text(
        items,
        &words.goal_label,
        &label,
        Rect::new(x, area.y, width, 40.0 * u),
        Align::Start,
        VAlign::Top,
    );
    let name = spec(Face::OswaldBold, 64.0 * u, 28.0 * u, 1.0, 2);
    let name_area = Rect::new(x, area.y + 40.0 * u, width, size - 40.0 * u);
    ctx.text(
        items,
        &words.goal_name,
        &name,
        name_area,
        Align::Start,
        VAlign::Bottom,
    );
    tile.bottom()
}

/// The rule across the graphic, in a tint of the Goal's colour.
fn rule(ctx: &Ctx, area: Rect, y: f32, items: &mut Vec<Item>) {
    items.push(Item::Rect {
        rect: Rect::new(area.x, y, area.w, 3.0 * ctx.u),
        fill: tint(ctx.colour, 0.55),
    });
}

/// The right edge of the widest of `runs`, or `from` when there are none.
fn right_edge(runs: &[TextRun], from: f32) -> f32 {
    runs.iter().map(|r| r.bounds.right()).fold(from, f32::max)
}

/// Pledge and hashtag from the left of `band`; returns the right edge of what was set.
fn pledge_and_hashtag(ctx: &Ctx, words: &Words, band: Rect, items: &mut Vec<Item>) -> f32 {
    let u = ctx.u;
    let pledge = spec(Face::OswaldBold, 38.0 * u, 20.0 * u, 1.0, 1);
    let runs = ctx.text(
        items,
        &words.pledge,
        &pledge,
        band,
        Align::Start,
        VAlign::Bottom,
    );
    let mut right = right_edge(&runs, band.x);
    if !words.hashtag.is_empty() {
        let x = if runs.is_empty() {
            band.x
        } else {
            right + 28.0 * u
        };
        let tag_area = Rect::new(x, band.y, (band.right() - x).max(0.0), band.h);
        let tag = spec(Face::RobotoBold, 30.0 * u, 18.0 * u, 1.0, 1);
        let tag_runs = ctx.text(
            items,
            &words.hashtag,
            &tag,
            tag_area,
            Align::Start,
            VAlign::Bottom,
        );
        right = right_edge(&tag_runs, right);
    }
    right
}

fn source_spec(ctx: &Ctx) -> TextSpec {
    TextSpec {
        fill: tint(ctx.colour, 0.85),
        ..spec(Face::Roboto, 22.0 * ctx.u, 14.0 * ctx.u, 1.25, 2)
    }
}

/// The partner logo on a white plate at the right end of `band`, no further left than
/// `leftmost`. Returns where the space to its left ends (the band's right edge when
/// there is no logo).
fn logo(ctx: &Ctx, band: Rect, leftmost: f32, items: &mut Vec<Item>) -> f32 {
    let Some(logo) = &ctx.doc.logo else {
        return band.right();
    };
    let u = ctx.u;
    let pad = 10.0 * u;
    let plate_h = 72.0 * u;
    let plate_w = (((plate_h - 2.0 * pad) * logo.aspect()) + 2.0 * pad)
        .min(band.right() - leftmost)
        .min(320.0 * u);
    if plate_w <= 2.0 * pad {
        return band.right();
    }
    let plate = Rect::new(
        band.right() - plate_w,
        band.bottom() - plate_h,
        plate_w,
        plate_h,
    );
    items.push(Item::Rect {
        rect: plate,
        fill: Rgb::WHITE,
    });
    // The logo keeps its aspect inside the plate's padding.
    let (inner_w, inner_h) = (plate.w - 2.0 * pad, plate.h - 2.0 * pad);
    let (w, h) = if inner_w / inner_h > logo.aspect() {
        (inner_h * logo.aspect(), inner_h)
    } else {
        (inner_w, inner_w / logo.aspect())
    };
    let rect = Rect::new(
        plate.x + (plate.w - w) / 2.0,
        plate.y + (plate.h - h) / 2.0,
        w,
        h,
    );
    items.push(Item::Logo { rect });
    plate.x - 32.0 * u
}

/// One row: pledge and hashtag on the left, the source on the right. Returns the top
/// of the footer.
fn wide_footer(ctx: &Ctx, words: &Words, area: Rect, items: &mut Vec<Item>) -> f32 {
    let u = ctx.u;
    let band = Rect::new(area.x, area.bottom() - 48.0 * u, area.w, 48.0 * u);
    let rule_y = band.y - 28.0 * u;
    rule(ctx, area, rule_y, items);
    // Pledge and hashtag take at most 60% of the row; the source (and logo) the rest.
    let left = Rect::new(band.x, band.y, band.w * 0.6 - 48.0 * u, band.h);
    let x = pledge_and_hashtag(ctx, words, left, items) + 48.0 * u;
    let right = logo(ctx, band, x, items);
    let source_area = Rect::new(x, band.y, (right - x).max(0.0), band.h);
    ctx.text(
        items,
        &words.source_line,
        &source_spec(ctx),
        source_area,
        Align::End,
        VAlign::Bottom,
    );
    rule_y
}

/// Two rows: the source above the pledge and hashtag. Returns the top of the footer.
fn tall_footer(ctx: &Ctx, words: &Words, area: Rect, items: &mut Vec<Item>) -> f32 {
    let u = ctx.u;
    let band = Rect::new(area.x, area.bottom() - 48.0 * u, area.w, 48.0 * u);
    let right = logo(ctx, band, band.x + band.w * 0.5, items);
    pledge_and_hashtag(
        ctx,
        words,
        Rect::new(band.x, band.y, right - band.x, band.h),
        items,
    );
    let source_area = Rect::new(
        area.x,
        band.y - 24.0 * u - 58.0 * u,
        right - area.x,
        58.0 * u,
    );
    ctx.text(
        items,
        &words.source_line,
        &source_spec(ctx),
        source_area,
        Align::Start,
        VAlign::Bottom,
    );
    let rule_y = source_area.y - 24.0 * u;
    rule(ctx, area, rule_y, items);
    rule_y
}

/// The chart on the left half, the words on the right half, the centre line clear.
fn wide_body(ctx: &Ctx, words: &Words, body: Rect, width: f32, items: &mut Vec<Item>) {
    let u = ctx.u;
    let body = Rect::new(body.x, body.y, body.w, body.h - 40.0 * u);
    let gutter = 56.0 * u;
    // The big number keeps the centre line clear; a chart takes a little more room.
    let split = if ctx.doc.chart == ChartKind::BigNumber {
        width / 2.0
    } else {
        body.x + body.w * 0.58
    };
    let chart = Rect::new(body.x, body.y, split - gutter - body.x, body.h);
    let words_area = Rect::new(
        split + gutter,
        body.y,
        body.right() - split - gutter,
        body.h,
    );
    charts::draw(ctx, chart, items);
    let statement = spec(Face::Roboto, 50.0 * u, 24.0 * u, 1.3, 8);
    words_column(ctx, words, words_area, &statement, items);
}

/// Audience, statement and chart stacked, the call to action last.
fn tall_body(ctx: &Ctx, words: &Words, body: Rect, items: &mut Vec<Item>) {
    let u = ctx.u;
    let body = Rect::new(body.x, body.y, body.w, body.h - 40.0 * u);
    let big_number = ctx.doc.chart == ChartKind::BigNumber;
    let share = if big_number { 0.5 } else { 0.3 };
    let words_h = body.h * share;
    let (chart, words_area) = if big_number {
        let chart = Rect::new(body.x, body.y, body.w, body.h - words_h - 32.0 * u);
        (
            chart,
            Rect::new(body.x, chart.bottom() + 32.0 * u, body.w, words_h),
        )
    } else {
        let words_area = Rect::new(body.x, body.y, body.w, words_h);
        (
            Rect::new(
                body.x,
                words_area.bottom() + 40.0 * u,
                body.w,
                body.h - words_h - 40.0 * u,
            ),
            words_area,
        )
    };
    charts::draw(ctx, chart, items);
    let statement = spec(Face::Roboto, 54.0 * u, 26.0 * u, 1.3, 6);
    words_column(ctx, words, words_area, &statement, items);
}

/// The audience label, the statement with a white bar beside it, and the call to
/// action as a white pill, top to bottom in `area`.
fn words_column(ctx: &Ctx, words: &Words, area: Rect, statement: &TextSpec, items: &mut Vec<Item>) {
    let u = ctx.u;
    let mut top = area.y;
    let mut bottom = area.bottom();
    if !words.audience.is_empty() {
        let label = TextSpec {
            fill: tint(ctx.colour, 0.8),
            ..spec(Face::RobotoBold, 26.0 * u, 16.0 * u, 1.0, 1)
        };
        ctx.text(
            items,
            &words.audience,
            &label,
            Rect::new(area.x, top, area.w, 36.0 * u),
            Align::Start,
            VAlign::Top,
        );
        top += 36.0 * u + 20.0 * u;
    }
    let cta = ctx.doc.call_to_action.trim();
    if !cta.is_empty() {
        let pill_h = 64.0 * u;
        bottom -= pill_h + 24.0 * u;
        call_to_action(
            ctx,
            cta,
            Rect::new(area.x, bottom + 24.0 * u, area.w, pill_h),
            items,
        );
    }
    let bar_w = 10.0 * u;
    let text_area = Rect::new(
        area.x + bar_w + 36.0 * u,
        top,
        area.w - bar_w - 36.0 * u,
        (bottom - top).max(0.0),
    );
    let runs = ctx.text(
        items,
        ctx.doc.statement.trim(),
        statement,
        text_area,
        Align::Start,
        VAlign::Middle,
    );
    if let (Some(first), Some(last)) = (runs.first(), runs.last()) {
        let cap = ctx.measure.v_metrics(statement.face, first.size).cap_height;
        let bar_top = first.baseline - cap;
        items.push(Item::Rect {
            rect: Rect::new(
                area.x,
                bar_top,
                bar_w,
                last.baseline + 0.2 * last.size - bar_top,
            ),
            fill: Rgb::WHITE,
        });
    }
}

/// A white pill with the call to action in the Goal's colour.
fn call_to_action(ctx: &Ctx, text: &str, slot: Rect, items: &mut Vec<Item>) {
    let u = ctx.u;
    let pad = 28.0 * u;
    let cta = TextSpec {
        fill: ctx.colour,
        ..spec(Face::RobotoBold, 30.0 * u, 18.0 * u, 1.0, 1)
    };
    let inner = Rect::new(slot.x + pad, slot.y, (slot.w - 2.0 * pad).max(0.0), slot.h);
    let runs = super::fit::fit(ctx.measure, text, &cta, inner, Align::Start, VAlign::Middle);
    let width = runs.iter().map(|r| r.bounds.w).fold(0.0, f32::max);
    items.push(Item::Rect {
        rect: Rect::new(slot.x, slot.y, width + 2.0 * pad, slot.h),
        fill: Rgb::WHITE,
    });
    items.extend(runs.into_iter().map(Item::Text));
}
