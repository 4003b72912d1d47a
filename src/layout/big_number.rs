//! The "big number + statement" template: the Goal's colour, its tile and name, one
//! figure set as large as it fits, the statement beside it, the pledge and the source.

use super::fit::{fit, Align, TextSpec, VAlign};
use super::Words;
use crate::document::Document;
use crate::scene::{Item, Rect, Rgb, Scene};
use crate::text::{Face, TextMeasure};

/// Lays out the big-number template on the document's format.
pub fn layout(doc: &Document, words: &Words, measure: &dyn TextMeasure) -> Scene {
    let (w, h) = doc.format.size();
    let frame = Frame::new(w as f32, h as f32);
    let colour = doc.goal.colour();
    let mut items = vec![Item::Rect {
        rect: Rect::new(0.0, 0.0, frame.w, frame.h),
        fill: colour,
    }];
    header(&frame, doc, words, measure, &mut items);
    let rule_y = footer(&frame, colour, words, measure, &mut items);
    body(&frame, doc, rule_y, measure, &mut items);
    Scene {
        width: frame.w,
        height: frame.h,
        items,
    }
}

/// The canvas and the unit every distance is a multiple of.
struct Frame {
    w: f32,
    h: f32,
    /// One design pixel at a 900-pixel short side.
    u: f32,
    margin: f32,
}

impl Frame {
    fn new(w: f32, h: f32) -> Frame {
        let u = w.min(h) / 900.0;
        Frame {
            w,
            h,
            u,
            margin: 72.0 * u,
        }
    }
}

/// A tint of `colour` towards white, for rules and quiet details.
fn tint(colour: Rgb, amount: f32) -> Rgb {
    let mix = |c: u8| (f32::from(c) + (255.0 - f32::from(c)) * amount).round() as u8;
    Rgb::new(mix(colour.r), mix(colour.g), mix(colour.b))
}

fn spec(face: Face, max: f32, min: f32, line_height: f32, lines: usize, fill: Rgb) -> TextSpec {
    TextSpec {
        face,
        max_size: max,
        min_size: min,
        line_height,
        max_lines: lines,
        fill,
    }
}

/// The Goal tile (white square with the number in the Goal's colour) and the Goal's
/// label and name beside it.
fn header(
    frame: &Frame,
    doc: &Document,
    words: &Words,
    measure: &dyn TextMeasure,
    items: &mut Vec<Item>,
) {
    let (u, m) = (frame.u, frame.margin);
    let tile = Rect::new(m, m, 120.0 * u, 120.0 * u);
    items.push(Item::Rect {
        rect: tile,
        fill: Rgb::WHITE,
    });
    let number = spec(
        Face::OswaldBold,
        96.0 * u,
        40.0 * u,
        1.0,
        1,
        doc.goal.colour(),
    );
    let inner = Rect::new(
        tile.x + 8.0 * u,
        tile.y + 4.0 * u,
        tile.w - 16.0 * u,
        tile.h - 8.0 * u,
    );
    let goal_number = doc.goal.number().to_string();
    texts(
        items,
        fit(
            measure,
            &goal_number,
            &number,
            inner,
            Align::Centre,
            VAlign::Middle,
        ),
    );

    let x = tile.right() + 32.0 * u;
    let width = frame.w - m - x;
    let label = spec(Face::RobotoBold, 28.0 * u, 16.0 * u, 1.0, 1, Rgb::WHITE);
    let label_area = Rect::new(x, m, width, 40.0 * u);
    texts(
        items,
        fit(
            measure,
            &words.goal_label,
            &label,
            label_area,
            Align::Start,
            VAlign::Top,
        ),
    );
    let name = spec(Face::OswaldBold, 64.0 * u, 28.0 * u, 1.0, 1, Rgb::WHITE);
    let name_area = Rect::new(x, m + 40.0 * u, width, tile.h - 40.0 * u);
    texts(
        items,
        fit(
            measure,
            &words.goal_name,
            &name,
            name_area,
            Align::Start,
            VAlign::Bottom,
        ),
    );
}

/// The rule, the pledge and the source line along the bottom. Returns the rule's top.
fn footer(
    frame: &Frame,
    colour: Rgb,
    words: &Words,
    measure: &dyn TextMeasure,
    items: &mut Vec<Item>,
) -> f32 {
    let (u, m) = (frame.u, frame.margin);
    let band = Rect::new(m, frame.h - m - 48.0 * u, frame.w - 2.0 * m, 48.0 * u);
    let rule_y = band.y - 28.0 * u;
    items.push(Item::Rect {
        rect: Rect::new(m, rule_y, band.w, 3.0 * u),
        fill: tint(colour, 0.55),
    });
    let pledge = spec(Face::OswaldBold, 38.0 * u, 20.0 * u, 1.0, 1, Rgb::WHITE);
    let pledge_runs = fit(
        measure,
        &words.pledge,
        &pledge,
        band,
        Align::Start,
        VAlign::Bottom,
    );
    let pledge_right = pledge_runs
        .iter()
        .map(|r| r.bounds.right())
        .fold(band.x, f32::max);
    texts(items, pledge_runs);

    let source_x = pledge_right + 48.0 * u;
    let source_area = Rect::new(source_x, band.y, (band.right() - source_x).max(0.0), band.h);
    let source = spec(Face::Roboto, 22.0 * u, 14.0 * u, 1.2, 2, tint(colour, 0.85));
    texts(
        items,
        fit(
            measure,
            &words.source_line,
            &source,
            source_area,
            Align::End,
            VAlign::Bottom,
        ),
    );
    rule_y
}

/// The figure and the statement, in two columns either side of the centre line (a
/// landscape frame) so the graphic's centre stays the Goal's colour.
fn body(
    frame: &Frame,
    doc: &Document,
    rule_y: f32,
    measure: &dyn TextMeasure,
    items: &mut Vec<Item>,
) {
    let (u, m) = (frame.u, frame.margin);
    let top = m + 120.0 * u + 48.0 * u;
    let height = rule_y - 40.0 * u - top;
    let gutter = 56.0 * u;
    let figure_area = Rect::new(m, top, frame.w / 2.0 - gutter - m, height);
    let figure = spec(Face::OswaldBold, 300.0 * u, 64.0 * u, 1.0, 3, Rgb::WHITE);
    texts(
        items,
        fit(
            measure,
            doc.figure.trim(),
            &figure,
            figure_area,
            Align::Start,
            VAlign::Middle,
        ),
    );

    let bar_x = frame.w / 2.0 + gutter;
    let text_x = bar_x + 10.0 * u + 36.0 * u;
    let statement_area = Rect::new(text_x, top, frame.w - m - text_x, height);
    let statement = spec(Face::Roboto, 50.0 * u, 24.0 * u, 1.3, 8, Rgb::WHITE);
    let runs = fit(
        measure,
        doc.statement.trim(),
        &statement,
        statement_area,
        Align::Start,
        VAlign::Middle,
    );
    if let (Some(first), Some(last)) = (runs.first(), runs.last()) {
        let cap = measure.v_metrics(statement.face, first.size).cap_height;
        let bar_top = first.baseline - cap;
        items.push(Item::Rect {
            rect: Rect::new(bar_x, bar_top, 10.0 * u, last.baseline - bar_top),
            fill: Rgb::WHITE,
        });
    }
    texts(items, runs);
}

fn texts(items: &mut Vec<Item>, runs: Vec<crate::scene::TextRun>) {
    items.extend(runs.into_iter().map(Item::Text));
}
