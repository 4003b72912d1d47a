//! Native rendering: every Goal's graphic painted by plotters' bitmap backend with the
//! shipped fonts, checked pixel by pixel, and its layout checked box by box.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::document::Document;
use lnb_studio::goal::Goal;
use lnb_studio::i18n::{Lang, Translator};
use lnb_studio::layout::layout;
use lnb_studio::paint::{paint, register_bundled_fonts, TextConvention};
use lnb_studio::scene::{Rect, Rgb, Scene};
use lnb_studio::text::FontSet;
use plotters::prelude::{BitMapBackend, SVGBackend};
use proptest::prelude::*;

fn scene_for(doc: &Document) -> Scene {
    layout(doc, &Translator::new(doc.language), &FontSet::bundled())
}

/// Paints `scene` into an RGB buffer with the bitmap backend.
fn render(scene: &Scene) -> Vec<u8> {
    register_bundled_fonts();
    let fonts = FontSet::bundled();
    let (w, h) = (scene.width as u32, scene.height as u32);
    let mut buffer = vec![0u8; (w * h * 3) as usize];
    {
        let mut backend = BitMapBackend::with_buffer(&mut buffer, (w, h));
        paint(scene, &mut backend, TextConvention::ab_glyph(&fonts), 1.0).expect("bitmap paint");
    }
    buffer
}

fn pixel(buffer: &[u8], width: u32, x: u32, y: u32) -> Rgb {
    let i = ((y * width + x) * 3) as usize;
    Rgb::new(buffer[i], buffer[i + 1], buffer[i + 2])
}

/// The share of pixels inside `rect` that differ from `colour`.
fn share_unlike(buffer: &[u8], width: u32, rect: &Rect, colour: Rgb) -> f32 {
    let (x0, y0) = (rect.x.max(0.0) as u32, rect.y.max(0.0) as u32);
    let (x1, y1) = (rect.right() as u32, rect.bottom() as u32);
    let total = ((x1 - x0) * (y1 - y0)).max(1) as f32;
    let unlike = (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| (x, y)))
        .filter(|&(x, y)| pixel(buffer, width, x, y) != colour)
        .count() as f32;
    unlike / total
}

fn example(goal: Goal) -> Document {
    Document::example(goal, &Translator::new(Lang::En))
}

#[test]
fn every_goal_paints_its_colour_with_the_figure_drawn_over_it() {
    for goal in Goal::ALL {
        let doc = example(goal);
        let scene = scene_for(&doc);
        let buffer = render(&scene);
        let width = scene.width as u32;
        assert_eq!(buffer.len(), 1600 * 900 * 3);
        // Background: corners and the centre line are the Goal's colour.
        for (x, y) in [(2, 2), (1597, 897), (800, 450)] {
            assert_eq!(
                pixel(&buffer, width, x, y),
                goal.colour(),
                "{goal:?} at {x},{y}"
            );
        }
        // The figure's first line is painted: its box is far from plain background.
        let figure = scene
            .texts()
            .find(|run| doc.figure.starts_with(run.text.as_str()))
            .expect("the figure is in the scene");
        let ink = share_unlike(&buffer, width, &figure.bounds, goal.colour());
        assert!(ink > 0.15, "{goal:?}: figure box only {ink:.2} painted");
        // …in white, where the glyphs are solid.
        let white = figure_has_white(&buffer, width, &figure.bounds);
        assert!(white, "{goal:?}: no white pixel in the figure");
    }
}

fn figure_has_white(buffer: &[u8], width: u32, rect: &Rect) -> bool {
    let (x0, y0) = (rect.x as u32, rect.y as u32);
    (y0..rect.bottom() as u32)
        .flat_map(|y| (x0..rect.right() as u32).map(move |x| (x, y)))
        .any(|(x, y)| pixel(buffer, width, x, y) == Rgb::WHITE)
}

#[test]
fn changing_the_figure_changes_the_pixels() {
    let mut doc = example(Goal::QualityEducation);
    let before = render(&scene_for(&doc));
    doc.figure = "1 in 3".into();
    let after = render(&scene_for(&doc));
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(changed > 10_000, "only {changed} bytes changed");
}

#[test]
fn text_is_drawn_where_layout_put_it() {
    // The painter's per-backend conversion must land each glyph on the baseline
    // layout chose: ink above the baseline, none far below it for capitals.
    let mut doc = example(Goal::NoPoverty);
    doc.figure = "HHH".into();
    let scene = scene_for(&doc);
    let buffer = render(&scene);
    let width = scene.width as u32;
    let run = scene.texts().find(|r| r.text == "HHH").expect("figure run");
    let x = run.x as u32 + 4..(run.bounds.right() as u32);
    let ink_rows: Vec<u32> = (0..900)
        .filter(|&y| x.clone().any(|x| pixel(&buffer, width, x, y) == Rgb::WHITE))
        .filter(|&y| (y as f32) > run.bounds.y && (y as f32) < run.bounds.bottom())
        .collect();
    let (top, bottom) = (ink_rows[0] as f32, *ink_rows.last().unwrap() as f32);
    let cap = FontSet::bundled_cap_height(run.size);
    assert!(
        (bottom + 1.0 - run.baseline).abs() <= 2.0,
        "bottom {bottom} vs baseline {}",
        run.baseline
    );
    assert!(
        (run.baseline - top - cap).abs() <= 2.0,
        "cap top {top}, expected {}",
        run.baseline - cap
    );
}

#[test]
fn svg_is_well_formed_and_escapes_user_text() {
    let mut doc = example(Goal::GenderEquality);
    doc.statement = "Girls & women <script>alert(1)</script> \"quoted\"".into();
    let scene = scene_for(&doc);
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (1600, 900));
        paint(&scene, &mut backend, TextConvention::PlottersSvg, 1.0).expect("svg paint");
    }
    assert!(!svg.contains("<script>"));
    let tree = roxmltree::Document::parse(&svg).expect("the SVG parses as XML");
    let text: String = tree
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("Girls & women"), "{text}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Whatever is typed, every line lies inside the canvas, no two lines of different
    /// blocks overlap, and nothing panics.
    #[test]
    fn any_text_stays_inside_the_canvas(
        figure in "\\PC{0,300}",
        statement in "\\PC{0,300}",
        source in "\\PC{0,300}",
        goal in 1u8..=5,
    ) {
        let mut doc = example(Goal::from_number(goal).unwrap());
        doc.figure = figure;
        doc.statement = statement;
        doc.source = source;
        let scene = scene_for(&doc);
        let canvas = scene.bounds();
        let runs: Vec<_> = scene.texts().collect();
        for run in &runs {
            prop_assert!(canvas.contains(&run.bounds, 0.5), "{:?} outside the canvas", run);
        }
        for (i, a) in runs.iter().enumerate() {
            for b in &runs[i + 1..] {
                let same_block = a.face == b.face && a.size == b.size && a.x.min(b.x) >= 0.0
                    && (a.bounds.x - b.bounds.x).abs() < 1.0;
                if !same_block {
                    prop_assert!(!a.bounds.overlaps(&b.bounds), "{:?} overlaps {:?}", a, b);
                }
            }
        }
    }
}

#[test]
fn a_hairline_rule_survives_a_small_preview_scale() {
    register_bundled_fonts();
    let fonts = FontSet::bundled();
    let scene = Scene {
        width: 100.0,
        height: 100.0,
        items: vec![lnb_studio::scene::Item::Rect {
            rect: Rect::new(10.0, 50.0, 80.0, 1.4),
            fill: Rgb::WHITE,
        }],
    };
    let mut buffer = vec![0u8; 40 * 40 * 3];
    {
        let mut backend = BitMapBackend::with_buffer(&mut buffer, (40, 40));
        paint(&scene, &mut backend, TextConvention::ab_glyph(&fonts), 0.4).expect("paint");
    }
    let white_rows = (0..40)
        .filter(|&y| pixel(&buffer, 40, 20, y) == Rgb::WHITE)
        .count();
    assert_eq!(white_rows, 1);
}
