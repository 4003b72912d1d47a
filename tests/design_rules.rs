//! The design rules, checked over every language × Goal × chart × format layout
//! (5,712) and a campaigner's own 47 counties in every language and format: text legible where the graphic is seen (1/40 of a social graphic's width,
//! 3 % for a chart's values and labels, 10 pt on posters), contrast (4.5:1 for every
//! text against what is under it, 3:1 for every mark that carries data, a map's
//! colours apart from each other), and a chart that fills its part of the graphic. Tables broken on purpose show each rule can fail.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::model::document::{ChartKind, Document};
use lnb_studio::model::format::Format;
use lnb_studio::model::goal::Goal;
use lnb_studio::model::i18n::{Lang, Translator};
use lnb_studio::render::layout::design::{Design, Palette, STANDARD, TEN_POINT};
use lnb_studio::render::layout::layout_with;
use lnb_studio::render::scene::{Item, Rect, Rgb, Role, Scene};
use lnb_studio::render::text::{FontSet, TextMeasure};

#[path = "common/counties.rs"]
mod counties;

/// WCAG 2.x 1.4.3 (text; at feed size no text counts as large) and 1.4.11 (marks).
const TEXT_CONTRAST: f32 = 4.5;
const MARK_CONTRAST: f32 = 3.0;
/// Issue 14: the smallest text on a social graphic, and a chart's values and labels,
/// as shares of its width.
const SOCIAL_FLOOR: f32 = 1.0 / 40.0;
const CHART_FLOOR: f32 = 0.03;
/// The chart takes at least half the body of a wide graphic, and its marks fill at
/// least this share of the chart area in the dimension that constrains them.
const CHART_SHARE: f32 = 0.5;
const MARK_FILL: f32 = 0.6;
/// Rounding slack, in pixels.
const SLACK: f32 = 0.01;

/// One layout and what it was made from.
struct Case {
    what: String,
    rtl: bool,
    format: Format,
    palette: Palette,
    scene: Scene,
}

/// `colour` as a black-and-white copier keeps it.
fn grey(colour: Rgb) -> Rgb {
    colour.grey()
}

fn grey_palette(p: Palette) -> Palette {
    Palette {
        ground: grey(p.ground),
        ink: grey(p.ink),
        muted: grey(p.muted),
        track: grey(p.track),
        plate: grey(p.plate),
        on_plate: grey(p.on_plate),
    }
}

/// The scene with every colour turned to its grey.
fn in_grey(mut scene: Scene) -> Scene {
    for item in &mut scene.items {
        match item {
            Item::Rect { fill, .. } | Item::Polygon { fill, .. } => *fill = grey(*fill),
            Item::Area { fill, outline, .. } => {
                *fill = grey(*fill);
                if let Some(line) = outline {
                    line.colour = grey(line.colour);
                }
            }
            Item::Text(run) => run.fill = grey(run.fill),
            Item::Logo { .. } => {}
        }
    }
    scene
}

/// Every language × Goal × chart × format example, laid out with `design`; each
/// poster also set for a photocopier and turned to grey.
fn cases(design: &Design) -> Vec<Case> {
    let fonts = FontSet::bundled();
    let mut out = Vec::new();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for goal in Goal::ALL {
            for chart in ChartKind::ALL {
                for format in Format::ALL {
                    let doc = Document {
                        format,
                        ..lnb_studio::render::charts::example(goal, chart, &tr)
                    };
                    if format.is_print() {
                        // The poster with a call to action whose link is a QR code.
                        let linked = Document {
                            call_to_action: "example.org/lnb".into(),
                            ..doc.clone()
                        };
                        out.push(Case {
                            what: format!("{lang:?} {goal:?} {chart:?} {format:?} with a QR code"),
                            rtl: lang.is_rtl(),
                            format,
                            palette: Palette::for_ground(goal.colour(), &design.colour),
                            scene: layout_with(&linked, &tr, &fonts, design),
                        });
                        // The same poster for a black-and-white copier, checked as the
                        // copy comes out: in grey.
                        let copy = Document {
                            photocopy: true,
                            ..doc.clone()
                        };
                        out.push(Case {
                            what: format!("{lang:?} {goal:?} {chart:?} {format:?} photocopied"),
                            rtl: lang.is_rtl(),
                            format,
                            palette: grey_palette(Palette::for_doc(&copy, &design.colour)),
                            scene: in_grey(layout_with(&copy, &tr, &fonts, design)),
                        });
                    }
                    out.push(Case {
                        what: format!("{lang:?} {goal:?} {chart:?} {format:?}"),
                        rtl: lang.is_rtl(),
                        format,
                        palette: Palette::for_ground(goal.colour(), &design.colour),
                        scene: layout_with(&doc, &tr, &fonts, design),
                    });
                }
            }
        }
    }
    out.extend(own_counties(design));
    out
}

/// A map of a campaigner's own 47 counties (values 1 to 47) in every language and
/// format, a different Goal each, in quantile steps and in six steps of its own.
fn own_counties(design: &Design) -> Vec<Case> {
    use lnb_studio::input::boundaries::import;
    use lnb_studio::model::document::Row;
    use lnb_studio::render::charts::map::AreaAtlas;
    let imported = import(counties::county_file().as_bytes(), &[]).expect("imports");
    let own = imported.keep("kenya-counties.geojson");
    let atlas = AreaAtlas::own(&imported.text, &own.property).expect("reads");
    let fonts =
        FontSet::bundled().with_own(&own.key, &own.property, Some(std::sync::Arc::new(atlas)));
    let rows: Vec<Row> = counties::COUNTIES
        .iter()
        .enumerate()
        .map(|(i, name)| Row::new(*name, Some(i as f64 + 1.0)))
        .collect();
    let mut out = Vec::new();
    for (l, lang) in Lang::ALL.into_iter().enumerate() {
        let tr = Translator::new(lang);
        for (f, format) in Format::ALL.into_iter().enumerate() {
            let goal = Goal::ALL[(l * Format::ALL.len() + f) % Goal::ALL.len()];
            // In steps of equal counts, and in the most steps of one's own (six).
            for breaks in ["", "5 10 20 30 40"] {
                let doc = Document {
                    format,
                    rows: rows.clone(),
                    boundaries: Some(own.clone()),
                    breaks: breaks.into(),
                    ..lnb_studio::render::charts::example(goal, ChartKind::Map, &tr)
                };
                out.push(Case {
                    what: format!("{lang:?} {goal:?} own counties {format:?} steps {breaks:?}"),
                    rtl: lang.is_rtl(),
                    format,
                    palette: Palette::for_ground(goal.colour(), &design.colour),
                    scene: layout_with(&doc, &tr, &fonts, design),
                });
            }
        }
    }
    out
}

/// No text under its floor.
fn sizes(case: &Case) -> Result<(), String> {
    let width = case.scene.width;
    for run in case.scene.texts() {
        let floor = if case.format.is_print() {
            TEN_POINT
        } else if matches!(run.role, Role::ChartValue | Role::ChartLabel) {
            CHART_FLOOR * width
        } else {
            SOCIAL_FLOOR * width
        };
        if run.size + SLACK < floor {
            return Err(format!(
                "{:?} ({:?}) is {:.1} px, under {floor:.1}",
                run.text, run.role, run.size
            ));
        }
    }
    Ok(())
}

/// Whether `point` is inside the polygon (even-odd rule).
fn inside(points: &[(f32, f32)], (x, y): (f32, f32)) -> bool {
    let mut odd = false;
    let mut j = points.len().wrapping_sub(1);
    for i in 0..points.len() {
        let ((xi, yi), (xj, yj)) = (points[i], points[j]);
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            odd = !odd;
        }
        j = i;
    }
    odd
}

/// Whether a painted item covers `point`, and its colour (logos are on white plates,
/// which are checked themselves; text is never a ground).
fn covers(item: &Item, point: (f32, f32)) -> Option<Rgb> {
    match item {
        Item::Rect { rect, fill } => rect.contains_point(point).then_some(*fill),
        Item::Polygon { points, fill } => inside(points, point).then_some(*fill),
        Item::Area { rings, fill, .. } => {
            (rings.iter().filter(|r| inside(r, point)).count() % 2 == 1).then_some(*fill)
        }
        Item::Text(_) | Item::Logo { .. } => None,
    }
}

/// The colour painted at `point` before `items[before]`, other than `own` (a mark
/// drawn over a mark of its own colour, a point on its line, continues it).
fn ground_at(scene: &Scene, before: usize, point: (f32, f32), own: Option<Rgb>) -> Rgb {
    scene.items[..before]
        .iter()
        .rev()
        .filter_map(|item| covers(item, point))
        .find(|fill| Some(*fill) != own)
        .unwrap_or(Rgb::WHITE)
}

/// The bounds of a polygon.
fn polygon_bounds(points: &[(f32, f32)]) -> Rect {
    let (x0, x1) = points
        .iter()
        .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.0), b.max(p.0)));
    let (y0, y1) = points
        .iter()
        .fold((f32::MAX, f32::MIN), |(a, b), p| (a.min(p.1), b.max(p.1)));
    Rect::new(x0, y0, x1 - x0, y1 - y0)
}

/// A point inside a polygon: its vertices' centroid if inside, else the first point
/// of a grid over its bounds that is.
fn a_point_in(points: &[(f32, f32)]) -> Option<(f32, f32)> {
    let n = points.len() as f32;
    let centroid = (
        points.iter().map(|p| p.0).sum::<f32>() / n,
        points.iter().map(|p| p.1).sum::<f32>() / n,
    );
    let b = polygon_bounds(points);
    let (x0, x1, y0, y1) = (b.x, b.right(), b.y, b.bottom());
    std::iter::once(centroid)
        .chain((1..12).flat_map(|i| {
            (1..12).map(move |j| {
                (
                    x0 + (x1 - x0) * i as f32 / 12.0,
                    y0 + (y1 - y0) * j as f32 / 12.0,
                )
            })
        }))
        .find(|p| inside(points, *p))
}

/// Every text 4.5:1 against what is under it; every mark of the chart (all but its
/// tracks) 3:1 against its ground.
fn contrast(case: &Case) -> Result<(), String> {
    let fonts = FontSet::bundled();
    let scene = &case.scene;
    for (i, item) in scene.items.iter().enumerate() {
        if let Item::Text(run) = item {
            let cap = fonts.v_metrics(run.face, run.size).cap_height;
            let y = run.baseline - cap / 2.0;
            for k in 0..5 {
                let x = run.bounds.x + run.bounds.w * (0.1 + 0.2 * k as f32);
                let under = ground_at(scene, i, (x, y), None);
                let ratio = run.fill.contrast(under);
                if ratio < TEXT_CONTRAST {
                    return Err(format!("{:?} is {ratio:.2}:1 on {under:?}", run.text));
                }
            }
        }
    }
    let (first, last) = scene.regions.chart_items;
    let grounds = [case.palette.track, case.palette.ground];
    for i in first..last {
        let (fill, point) = match &scene.items[i] {
            Item::Rect { rect, fill } => {
                (*fill, Some((rect.x + rect.w / 2.0, rect.y + rect.h / 2.0)))
            }
            Item::Polygon { points, fill } => (*fill, a_point_in(points)),
            // A map's areas have a rule of their own (`map_steps`).
            _ => continue,
        };
        let Some(point) = point.filter(|_| !grounds.contains(&fill)) else {
            continue;
        };
        let under = ground_at(scene, i, point, Some(fill));
        let ratio = fill.contrast(under);
        if ratio < MARK_CONTRAST {
            return Err(format!("a mark {fill:?} is {ratio:.2}:1 on {under:?}"));
        }
    }
    Ok(())
}

/// A map's colours are told apart by luminance, as a copier and a colour-blind
/// reader see them: its countries' fills (outlined areas: the steps and the land
/// around them) and the ground are each apart from every other by the map's step
/// contrast, and what is drawn over them (hatching, the legend's swatches) is as far
/// from what is under it. (Areas are not held to the 3:1 of a mark: the outline in
/// the ground's colour parts neighbours, and the legend says what each step is.)
fn map_steps(case: &Case) -> Result<(), String> {
    let least = STANDARD.map.step_contrast;
    let (first, last) = case.scene.regions.chart_items;
    let mut countries: Vec<Rgb> = vec![case.palette.ground];
    for (i, item) in case.scene.items.iter().enumerate().take(last).skip(first) {
        let Item::Area {
            rings,
            fill,
            outline,
        } = item
        else {
            continue;
        };
        if outline.is_some() {
            if !countries.contains(fill) {
                countries.push(*fill);
            }
            continue;
        }
        let Some(point) = rings.first().and_then(|r| a_point_in(r)) else {
            continue;
        };
        let under = ground_at(&case.scene, i, point, Some(*fill));
        let ratio = fill.contrast(under);
        if ratio < least {
            return Err(format!("map colour {fill:?} is {ratio:.2}:1 on {under:?}"));
        }
    }
    for (i, a) in countries.iter().enumerate() {
        for b in &countries[i + 1..] {
            let ratio = a.contrast(*b);
            if ratio < least {
                return Err(format!("map colours {a:?} and {b:?} are {ratio:.2}:1"));
            }
        }
    }
    Ok(())
}

/// The bounds of the chart's marks (its text where it draws no shape: a big number).
fn marks_bounds(scene: &Scene) -> Option<Rect> {
    let (first, last) = scene.regions.chart_items;
    let items = &scene.items[first..last];
    let bounds = |item: &Item| match item {
        Item::Rect { rect, .. } => Some(*rect),
        Item::Polygon { points, .. } => Some(polygon_bounds(points)),
        Item::Area { rings, .. } => rings
            .iter()
            .map(|r| polygon_bounds(r))
            .reduce(|a, b| a.union(&b)),
        _ => None,
    };
    let shapes = items.iter().filter_map(bounds).reduce(|a, b| a.union(&b));
    shapes.or_else(|| {
        items
            .iter()
            .filter_map(|item| match item {
                Item::Text(run) => Some(run.bounds),
                _ => None,
            })
            .reduce(|a, b| a.union(&b))
    })
}

/// The chart is big: half the body on wide formats, its marks 60 % of its area in
/// their constraining dimension.
fn fill(case: &Case) -> Result<(), String> {
    let regions = &case.scene.regions;
    let (chart, body) = (regions.chart, regions.body);
    if case.format.shape() == lnb_studio::model::format::Shape::Wide
        && chart.area() + SLACK < CHART_SHARE * body.area()
    {
        return Err(format!(
            "the chart is {:.0} % of the body",
            100.0 * chart.area() / body.area()
        ));
    }
    let marks = marks_bounds(&case.scene).ok_or("the chart drew nothing")?;
    let filled = (marks.w / chart.w).max(marks.h / chart.h);
    if filled + SLACK < MARK_FILL {
        return Err(format!(
            "the marks fill {:.0} % of the chart",
            100.0 * filled
        ));
    }
    Ok(())
}

/// An example says everything it has: no line of it is cut short (the ellipsis ends
/// a Latin line and starts a right-to-left one as drawn).
fn nothing_cut(case: &Case) -> Result<(), String> {
    let cut = |text: &str| {
        if case.rtl {
            text.starts_with('…')
        } else {
            text.ends_with('…')
        }
    };
    match case.scene.texts().find(|r| cut(&r.text)) {
        Some(run) => Err(format!("{:?} was cut", run.text)),
        None => Ok(()),
    }
}

type Rule = fn(&Case) -> Result<(), String>;
const RULES: [(&str, Rule); 5] = [
    ("size", sizes),
    ("contrast", contrast),
    ("fill", fill),
    ("nothing cut", nothing_cut),
    ("map steps", map_steps),
];

#[test]
fn every_layout_keeps_every_rule() {
    let cases = cases(&STANDARD);
    // 6 languages × 17 Goals × 7 chart kinds × 8 formats, the 2 poster formats
    // again with a QR code and again for a photocopier, and own counties in 6 × 8,
    // twice.
    assert_eq!(cases.len(), 5712 + 2 * 1428 + 96);
    let mut broken = Vec::new();
    for case in &cases {
        for (name, rule) in RULES {
            if let Err(why) = rule(case) {
                broken.push(format!("{name}: {}: {why}", case.what));
            }
        }
    }
    assert!(
        broken.is_empty(),
        "{} broken, first: {:#?}",
        broken.len(),
        &broken[..broken.len().min(40)]
    );
}

/// Each rule fails somewhere when the table is broken the way the rule guards against.
#[test]
fn a_broken_table_breaks_the_rules() {
    let mut small = STANDARD;
    small.wide.ty.chart_value.min = 0.5;
    small.wide.ty.chart_value.max = 0.5;
    small.tall.ty.footer = lnb_studio::render::layout::design::Size { max: 0.8, min: 0.8 };
    let mut pale = STANDARD;
    pale.colour.text = 1.5;
    let mut cramped = STANDARD;
    cramped.wide.split.chart = 0.3;
    cramped.tall.space.row_max = 0.5;
    let mut tight = STANDARD;
    tight.wide.ty.statement.min = 1.6;
    tight.wide.ty.statement_lines = 1;
    let mut flat = STANDARD;
    flat.map.lightest = 0.9;
    for (design, rule) in [
        (&small, "size"),
        (&pale, "contrast"),
        (&cramped, "fill"),
        (&tight, "nothing cut"),
        (&flat, "map steps"),
    ] {
        let (_, check) = RULES
            .iter()
            .find(|(name, _)| *name == rule)
            .expect("a rule");
        let failures = cases(design).iter().filter(|c| check(c).is_err()).count();
        assert!(
            failures > 0,
            "the {rule} rule never failed on a broken table"
        );
    }
}
