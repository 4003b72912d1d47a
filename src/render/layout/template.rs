//! The parts every graphic shares, placed per format family: the Goal header (tile,
//! label, name, emblem), the words (audience, statement, call to action), the footer
//! (source; pledge and hashtag; partner logo) and the area left for the chart, which
//! the chart's own contract lays out.
//!
//! Wide formats put the chart and the words side by side; square, tall and poster
//! formats stack them. Stories and posters keep their safe insets. Every size comes
//! from the family's table in [`super::design`], every colour from the palette.

use super::design::{Design, Metrics, Palette, LOGO_PLATE};
use super::emblem::emblem;
use super::fit::{fit, Align, VAlign};
use super::parts::{Part, Parts};
use super::{Ctx, Words};
use crate::model::document::Document;
use crate::model::format::Shape;
use crate::model::i18n::Translator;
use crate::render::charts;
use crate::render::scene::{Item, Rect, Regions, Role, Scene, TextRun};
use crate::render::text::{Face, TextMeasure};

/// Lays out the whole graphic, part by part, each part kept in `parts` while what it
/// reads is unchanged.
pub fn layout(
    doc: &Document,
    tr: &Translator,
    measure: &dyn TextMeasure,
    design: &Design,
    parts: &mut Parts,
) -> Scene {
    let (w, h) = doc.format.size();
    let (w, h) = (w as f32, h as f32);
    let family = design.family(doc.format);
    let whole = Ctx {
        doc,
        tr,
        measure,
        m: Metrics {
            base: family.base(w),
            family,
        },
        palette: Palette::for_doc(doc, &design.colour),
        qr: design.qr,
        map: design.map,
    };
    let insets = doc.format.insets();
    let margin = whole.px(family.space.margin);
    let area = Rect::new(
        insets.left + margin,
        insets.top + margin,
        w - insets.left - insets.right - 2.0 * margin,
        h - insets.top - insets.bottom - 2.0 * margin,
    );
    let mut items = Vec::new();
    whole.rect(&mut items, Rect::new(0.0, 0.0, w, h), whole.palette.ground);
    // Under a figure, the words hang from it; elsewhere they are centred.
    let figure_above = doc.format.shape() == Shape::Tall && charts::chart(doc.chart).fields.figure;
    let valign = if figure_above {
        VAlign::Top
    } else {
        VAlign::Middle
    };
    // Lays out one part from its view of the document (see `super::parts`).
    let mut lay = |part: Part, view: &Document, area: Rect| {
        // The view keeps the Goal and the format, so the sizes and colours are the
        // whole graphic's (the palette's contrast search is worth doing once).
        let ctx = Ctx {
            doc: view,
            tr,
            measure,
            m: whole.m,
            palette: whole.palette,
            qr: whole.qr,
            map: whole.map,
        };
        let words = Words::for_part(part, view, tr);
        let mut items = Vec::new();
        let edge = match part {
            Part::Header => header(&ctx, &words, area, &mut items),
            Part::Footer => footer(&ctx, &words, area, &mut items),
            Part::Chart => {
                charts::layout(&ctx, area, &mut items);
                0.0
            }
            Part::Words => {
                words_column(&ctx, &words, area, valign, &mut items);
                0.0
            }
        };
        (items, edge)
    };
    let (header_items, header_bottom) = parts.get(Part::Header, doc, area, &mut lay);
    items.extend(header_items);
    let (footer_items, footer_top) = parts.get(Part::Footer, doc, area, &mut lay);
    items.extend(footer_items);
    let top = header_bottom + whole.px(family.space.header_gap);
    let body = Rect::new(
        area.x,
        top,
        area.w,
        (footer_top - whole.px(family.space.body_gap) - top).max(0.0),
    );
    let (chart, words_area) = match doc.format.shape() {
        Shape::Wide => wide_split(&whole, body),
        Shape::Tall => tall_split(&whole, body),
    };
    let first = items.len();
    items.extend(parts.get(Part::Chart, doc, chart, &mut lay).0);
    let chart_items = (first, items.len());
    items.extend(parts.get(Part::Words, doc, words_area, &mut lay).0);
    Scene {
        width: w,
        height: h,
        items,
        regions: Regions {
            body,
            chart,
            chart_items,
        },
    }
}

/// The Goal tile, label, name and emblem. Returns the header's bottom edge: the
/// tile's, or lower where the label and a line of the name need more (Arabic's line
/// box is nearly twice Latin's).
fn header(ctx: &Ctx, words: &Words, area: Rect, items: &mut Vec<Item>) -> f32 {
    let (ty, space) = (ctx.ty(), ctx.space());
    let side = ctx.px(space.tile);
    let tile = Rect::new(area.x, area.y, side, side);
    ctx.rect(items, tile, ctx.palette.plate);
    let number = ctx.m.text(
        ty.goal_number,
        Face::OswaldBold,
        Role::Goal,
        ctx.palette.on_plate,
        1,
    );
    let digits = ctx.doc.goal.number().to_string();
    ctx.text(items, &digits, &number, tile, Align::Centre, VAlign::Middle);

    let emblem_box = Rect::new(area.right() - side, area.y, side, side);
    items.extend(emblem(
        ctx.doc.goal,
        emblem_box,
        ctx.palette.ink,
        ctx.palette.ground,
    ));

    let inner = ctx.px(space.header_inner);
    let x = tile.right() + inner;
    let width = (emblem_box.x - inner - x).max(0.0);
    let label = ctx.spec(ty.goal_label, Face::RobotoBold, Role::Goal, 1);
    let label_h = ctx.block_h(ty.goal_label, Face::RobotoBold, 1);
    let label_area = Rect::new(x, area.y, width, label_h);
    ctx.text(
        items,
        &words.goal_label,
        &label,
        label_area,
        Align::Start,
        VAlign::Top,
    );
    let name = ctx.spec(ty.goal_name, Face::OswaldBold, Role::Goal, 2);
    let name_floor = ctx.measure.v_metrics(name.face, name.min_size);
    let bottom = tile
        .bottom()
        .max(area.y + label_h + name_floor.ascent + name_floor.descent);
    let name_area = Rect::new(x, area.y + label_h, width, bottom - area.y - label_h);
    ctx.text(
        items,
        &words.goal_name,
        &name,
        name_area,
        Align::Start,
        VAlign::Bottom,
    );
    bottom
}

/// The right edge of the widest of `runs`, or `from` when there are none.
fn right_edge(runs: &[TextRun], from: f32) -> f32 {
    runs.iter().map(|r| r.bounds.right()).fold(from, f32::max)
}

/// From the bottom: pledge and hashtag, and the source on their line when it fits
/// there in full, else above them; the partner logo on the right of both, and a rule
/// over it all. Returns the rule's top.
fn footer(ctx: &Ctx, words: &Words, area: Rect, items: &mut Vec<Item>) -> f32 {
    let (ty, space) = (ctx.ty(), ctx.space());
    let (logo_top, right) = logo(ctx, area, items);
    let width = (right - area.x).max(0.0);
    let inner = ctx.px(space.footer_inner);
    let mut top = area.bottom();
    // Where a source could start on the pledge's line, and that line's baseline.
    let mut beside = None;
    if !words.pledge.is_empty() || !words.hashtag.is_empty() {
        let row_h = ctx.block_h(ty.footer, Face::OswaldBold, 1);
        let row = Rect::new(area.x, top - row_h, width, row_h);
        let pledge = ctx.spec(ty.footer, Face::OswaldBold, Role::Footer, 1);
        let mut runs = ctx.text(
            items,
            &words.pledge,
            &pledge,
            row,
            Align::Start,
            VAlign::Bottom,
        );
        if !words.hashtag.is_empty() {
            let x = if runs.is_empty() {
                row.x
            } else {
                right_edge(&runs, row.x) + inner
            };
            let tag_area = Rect::new(x, row.y, (row.right() - x).max(0.0), row.h);
            let tag = ctx.spec(ty.footer, Face::RobotoBold, Role::Footer, 1);
            runs.extend(ctx.text(
                items,
                &words.hashtag,
                &tag,
                tag_area,
                Align::Start,
                VAlign::Bottom,
            ));
        }
        beside = runs.first().map(|first| {
            (
                right_edge(&runs, row.x) + ctx.px(space.source_gap),
                first.baseline,
                row.y,
            )
        });
        top = row.y;
    }
    if !words.source_line.is_empty() {
        let source = ctx.muted(ty.footer, Face::Roboto, Role::Footer, ty.source_lines);
        let m = ctx.measure.v_metrics(source.face, source.max_size);
        let one_line = ctx
            .measure
            .width(source.face, source.max_size, &words.source_line);
        match beside {
            Some((x, baseline, _)) if x + one_line <= right => {
                let slot = Rect::new(x, baseline - m.ascent, right - x, m.ascent + m.descent);
                let mut line = source;
                line.max_lines = 1;
                ctx.text(
                    items,
                    &words.source_line,
                    &line,
                    slot,
                    Align::End,
                    VAlign::Top,
                );
            }
            _ => {
                let bottom = beside.map_or(top, |(_, _, y)| y - ctx.px(space.footer_line));
                let row_h = ctx.block_h(ty.footer, Face::Roboto, ty.source_lines);
                let row = Rect::new(area.x, bottom - row_h, width, row_h);
                let runs = ctx.text(
                    items,
                    &words.source_line,
                    &source,
                    row,
                    Align::Start,
                    VAlign::Bottom,
                );
                top = runs.first().map_or(top, |r| r.bounds.y);
            }
        }
    }
    let rule_y = top.min(logo_top) - ctx.px(space.footer_gap) - ctx.px(space.rule);
    let rule = Rect::new(area.x, rule_y, area.w, ctx.px(space.rule));
    ctx.rect(items, rule, ctx.palette.muted);
    match super::qr::poster_link(ctx.doc) {
        Some(link) => link_band(ctx, &link, area, rule_y, items),
        None => rule_y,
    }
}

/// A poster's call to action with its link as a QR code, in a band above the footer's
/// rule: the code at the start, the words beside it. Returns the band's top.
fn link_band(ctx: &Ctx, link: &str, area: Rect, rule_y: f32, items: &mut Vec<Item>) -> f32 {
    let space = ctx.space();
    let code = super::qr::Code::of(link, ctx.measure);
    let side = code.side(&ctx.qr);
    let top = rule_y - ctx.px(space.footer_gap) - side;
    // A right-to-left graphic is mirrored once laid out (see `rtl`): its code is
    // drawn mirrored here, so that it reads true there.
    let mirrored = ctx.doc.language.is_rtl();
    code.draw((area.x, top), &ctx.qr, mirrored, items);
    let gap = ctx.px(space.gutter);
    let words_x = area.x + side + gap;
    let plate_h = ctx.px(space.action_h);
    let slot = Rect::new(
        words_x,
        top + (side - plate_h) / 2.0,
        (area.w - side - gap).max(0.0),
        plate_h,
    );
    call_to_action(ctx, ctx.doc.call_to_action.trim(), slot, items);
    top
}

/// The partner logo on a white plate at the bottom right of `area`. Returns the
/// plate's top and where the footer's words must end (the area's bottom and right
/// edge when there is no logo).
fn logo(ctx: &Ctx, area: Rect, items: &mut Vec<Item>) -> (f32, f32) {
    let Some(logo) = &ctx.doc.logo else {
        return (area.bottom(), area.right());
    };
    let space = ctx.space();
    let pad = ctx.px(space.logo_pad);
    let plate_h = ctx.px(space.logo_h);
    let plate_w = (((plate_h - 2.0 * pad) * logo.aspect()) + 2.0 * pad)
        .min(ctx.px(space.logo_max_w))
        .min(area.w / 2.0);
    if plate_w <= 2.0 * pad {
        return (area.bottom(), area.right());
    }
    let plate = Rect::new(
        area.right() - plate_w,
        area.bottom() - plate_h,
        plate_w,
        plate_h,
    );
    ctx.rect(items, plate, LOGO_PLATE);
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
    (plate.y, plate.x - ctx.px(space.footer_inner))
}

/// The share of the body the chart takes: less for a chart that leads with a figure.
fn chart_share(ctx: &Ctx) -> f32 {
    let split = &ctx.m.family.split;
    if charts::chart(ctx.doc.chart).fields.figure {
        split.figure
    } else {
        split.chart
    }
}

/// The chart on the left, the words on the right: (chart, words).
fn wide_split(ctx: &Ctx, body: Rect) -> (Rect, Rect) {
    let gutter = ctx.px(ctx.space().gutter);
    let chart_w = (body.w - gutter) * chart_share(ctx);
    let chart = Rect::new(body.x, body.y, chart_w, body.h);
    let x = chart.right() + gutter;
    (chart, Rect::new(x, body.y, body.right() - x, body.h))
}

/// A figure above the words, or the words above a chart: (chart, words).
fn tall_split(ctx: &Ctx, body: Rect) -> (Rect, Rect) {
    let gutter = ctx.px(ctx.space().gutter);
    let share = chart_share(ctx);
    let chart_h = (body.h - gutter) * share;
    let words_h = body.h - gutter - chart_h;
    if charts::chart(ctx.doc.chart).fields.figure {
        let chart = Rect::new(body.x, body.y, body.w, chart_h);
        (
            chart,
            Rect::new(body.x, chart.bottom() + gutter, body.w, words_h),
        )
    } else {
        let words = Rect::new(body.x, body.y, body.w, words_h);
        (
            Rect::new(body.x, words.bottom() + gutter, body.w, chart_h),
            words,
        )
    }
}

/// The statement with a bar beside it and the audience label just above it, placed
/// in `area` by `valign`, and the call to action on its plate at the bottom.
fn words_column(ctx: &Ctx, words: &Words, area: Rect, valign: VAlign, items: &mut Vec<Item>) {
    let (ty, space) = (ctx.ty(), ctx.space());
    let mut bottom = area.bottom();
    let cta = ctx.doc.call_to_action.trim();
    // A poster's link is drawn with its QR code in the footer.
    if !cta.is_empty() && super::qr::poster_link(ctx.doc).is_none() {
        let plate_h = ctx.px(space.action_h);
        let slot = Rect::new(area.x, bottom - plate_h, area.w, plate_h);
        call_to_action(ctx, cta, slot, items);
        bottom = slot.y - ctx.px(space.action_gap);
    }
    let kicker_h = ctx.block_h(ty.audience, Face::RobotoBold, 1);
    let kicker_room = if words.audience.is_empty() {
        0.0
    } else {
        kicker_h + ctx.px(space.kicker_gap)
    };
    let (bar_w, bar_gap) = (ctx.px(space.statement_bar), ctx.px(space.statement_bar_gap));
    let text_area = Rect::new(
        area.x + bar_w + bar_gap,
        area.y + kicker_room,
        (area.w - bar_w - bar_gap).max(0.0),
        (bottom - area.y - kicker_room).max(0.0),
    );
    let statement = ctx.spec(
        ty.statement,
        Face::Roboto,
        Role::Statement,
        ty.statement_lines,
    );
    let text = ctx.doc.statement.trim();
    let runs = ctx.text(items, text, &statement, text_area, Align::Start, valign);
    let kicker = ctx.muted(ty.audience, Face::RobotoBold, Role::Audience, 1);
    // The kicker's baseline sits a gap above the statement's capitals (not above its
    // line box, which in Arabic is far taller than the letters).
    let kicker_descent = ctx.measure.v_metrics(kicker.face, kicker.max_size).descent;
    let kicker_bottom = match (runs.first(), runs.last()) {
        (Some(first), Some(last)) => {
            let cap = ctx.measure.v_metrics(statement.face, first.size).cap_height;
            let bar_top = first.baseline - cap;
            let bar = Rect::new(area.x, bar_top, bar_w, last.bounds.bottom() - bar_top);
            ctx.rect(items, bar, ctx.palette.ink);
            bar_top - ctx.px(space.kicker_gap) + kicker_descent
        }
        _ => area.y + kicker_h,
    };
    let kicker_area = Rect::new(area.x, kicker_bottom - kicker_h, area.w, kicker_h);
    ctx.text(
        items,
        &words.audience,
        &kicker,
        kicker_area,
        Align::Start,
        VAlign::Bottom,
    );
}

/// The call to action on a plate in the ink, written in the ground's colour.
fn call_to_action(ctx: &Ctx, text: &str, slot: Rect, items: &mut Vec<Item>) {
    let pad = ctx.px(ctx.space().action_pad);
    let spec = ctx.m.text(
        ctx.ty().action,
        Face::RobotoBold,
        Role::Action,
        ctx.palette.on_plate,
        1,
    );
    let inner = Rect::new(slot.x + pad, slot.y, (slot.w - 2.0 * pad).max(0.0), slot.h);
    let runs = fit(
        ctx.measure,
        text,
        &spec,
        inner,
        Align::Start,
        VAlign::Middle,
    );
    let width = runs.iter().map(|r| r.bounds.w).fold(0.0, f32::max);
    ctx.rect(
        items,
        Rect::new(slot.x, slot.y, width + 2.0 * pad, slot.h),
        ctx.palette.plate,
    );
    items.extend(runs.into_iter().map(Item::Text));
}
