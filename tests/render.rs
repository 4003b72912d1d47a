//! Native rendering: every Goal × format × chart kind laid out and painted by
//! plotters' bitmap backend with the shipped fonts, checked pixel by pixel and box by
//! box; random text and values thrown at the layout; an SVG snapshot per chart kind.
#![cfg(not(target_arch = "wasm32"))]

use lnb_studio::model::document::{Audience, ChartKind, Document, Row, Scope};
use lnb_studio::model::format::Format;
use lnb_studio::model::goal::Goal;
use lnb_studio::model::i18n::{Lang, Translator};
use lnb_studio::model::logo::{Logo, LogoPixels};
use lnb_studio::render::layout::design::{Palette, STANDARD};
use lnb_studio::render::layout::parts::Parts;
use lnb_studio::render::layout::{layout, layout_parts};
use lnb_studio::render::paint::paint;
use lnb_studio::render::scene::{Item, Rect, Rgb, Scene, TextRun};
use lnb_studio::render::text::{Face, FontSet, TextMeasure};
use plotters::prelude::BitMapBackend;
use proptest::prelude::*;

#[path = "common/counties.rs"]
mod counties;
use counties::{county_file, COUNTIES};

fn scene_for(doc: &Document) -> Scene {
    layout(doc, &Translator::new(doc.language), &FontSet::bundled())
}

fn example(goal: Goal, chart: ChartKind, format: Format) -> Document {
    Document {
        format,
        ..lnb_studio::render::charts::example(goal, chart, &Translator::new(Lang::En))
    }
}

/// A rendered image: RGB pixels, and the scale the scene was painted at.
struct Image {
    pixels: Vec<u8>,
    width: u32,
    height: u32,
    scale: f32,
}

impl Image {
    fn pixel(&self, x: u32, y: u32) -> Rgb {
        let i = ((y * self.width + x) * 3) as usize;
        Rgb::new(self.pixels[i], self.pixels[i + 1], self.pixels[i + 2])
    }

    /// The share of pixels inside a scene-space `rect` that differ from `colour`.
    fn share_unlike(&self, rect: &Rect, colour: Rgb) -> f32 {
        let s = self.scale;
        let x0 = (rect.x * s).max(0.0) as u32;
        let y0 = (rect.y * s).max(0.0) as u32;
        let x1 = ((rect.right() * s) as u32).min(self.width);
        let y1 = ((rect.bottom() * s) as u32).min(self.height);
        let total = ((x1.saturating_sub(x0)) * (y1.saturating_sub(y0))).max(1) as f32;
        let unlike = (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| self.pixel(x, y) != colour)
            .count();
        unlike as f32 / total
    }
}

/// Paints `scene` with the bitmap backend, scaled so its longer side is at most 1600.
fn render(scene: &Scene) -> Image {
    let fonts = FontSet::bundled();
    let scale = (1600.0 / scene.width.max(scene.height)).min(1.0);
    let (width, height) = (
        (scene.width * scale).round() as u32,
        (scene.height * scale).round() as u32,
    );
    let mut pixels = vec![0u8; (width * height * 3) as usize];
    {
        let mut backend = BitMapBackend::with_buffer(&mut pixels, (width, height));
        paint(scene, &mut backend, &fonts, scale, None).expect("bitmap paint");
    }
    Image {
        pixels,
        width,
        height,
        scale,
    }
}

/// The band a line's capitals occupy: lines of one block never share it, and lines of
/// different blocks must not either.
fn cap_band(run: &TextRun, fonts: &FontSet) -> Rect {
    let cap = fonts.v_metrics(run.face, run.size).cap_height;
    Rect::new(run.bounds.x, run.baseline - cap, run.bounds.w, cap)
}

/// Every text line inside the format's safe area and no two lines on top of each other.
fn assert_text_placed(scene: &Scene, format: Format) -> Result<(), String> {
    let fonts = FontSet::bundled();
    let insets = format.insets();
    let safe = Rect::new(
        insets.left,
        insets.top,
        scene.width - insets.left - insets.right,
        scene.height - insets.top - insets.bottom,
    );
    let runs: Vec<&TextRun> = scene.texts().collect();
    for run in &runs {
        if !safe.contains(&run.bounds, 0.5) {
            return Err(format!("{:?} outside the safe area {safe:?}", run.text));
        }
    }
    for (i, a) in runs.iter().enumerate() {
        for b in &runs[i + 1..] {
            if cap_band(a, &fonts).overlaps(&cap_band(b, &fonts)) {
                return Err(format!("{:?} overlaps {:?}", a.text, b.text));
            }
        }
    }
    for item in &scene.items {
        if let Item::Logo { rect } = item {
            if !safe.contains(rect, 0.5) {
                return Err(format!("the logo {rect:?} is outside the safe area"));
            }
            if let Some(run) = runs.iter().find(|r| cap_band(r, &fonts).overlaps(rect)) {
                return Err(format!("the logo overlaps {:?}", run.text));
            }
        }
    }
    Ok(())
}

#[test]
fn every_goal_format_and_chart_renders_and_places_its_text() {
    for goal in Goal::ALL {
        for chart in ChartKind::ALL {
            for format in Format::ALL {
                let doc = example(goal, chart, format);
                let scene = scene_for(&doc);
                let (w, h) = format.size();
                assert_eq!((scene.width, scene.height), (w as f32, h as f32));
                assert_text_placed(&scene, format)
                    .unwrap_or_else(|e| panic!("{goal:?} {chart:?} {format:?}: {e}"));
                // Only a sample is painted (painting all 816 adds nothing the layout
                // checks above do not), but every chart and every format is painted.
                if !(goal.number() as usize + chart as usize + format as usize).is_multiple_of(5) {
                    continue;
                }
                let image = render(&scene);
                assert_eq!(
                    image.pixel(1, 1),
                    goal.colour(),
                    "{goal:?} {chart:?} {format:?}: background"
                );
                let body = Rect::new(0.0, scene.height * 0.25, scene.width, scene.height * 0.5);
                let ink = image.share_unlike(&body, goal.colour());
                assert!(
                    ink > 0.02,
                    "{goal:?} {chart:?} {format:?}: the middle is nearly empty ({ink:.3})"
                );
            }
        }
    }
}

#[test]
fn every_language_lays_out_every_template_with_glyphs_for_every_character() {
    let fonts = FontSet::bundled();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for goal in Goal::ALL {
            for chart in ChartKind::ALL {
                for format in Format::ALL {
                    let doc = Document {
                        format,
                        audience: Audience {
                            scope: Scope::National,
                            place: "Kaunti ya Turkana (Kenya) — Région «Dakar»".into(),
                        },
                        ..lnb_studio::render::charts::example(goal, chart, &tr)
                    };
                    let scene = layout(&doc, &tr, &fonts);
                    let what = format!("{lang:?} {goal:?} {chart:?} {format:?}");
                    assert_text_placed(&scene, format).unwrap_or_else(|e| panic!("{what}: {e}"));
                    for run in scene.texts() {
                        let missing: Vec<char> = run
                            .text
                            .chars()
                            .filter(|c| !c.is_control() && !fonts.has_glyph(run.face, *c))
                            .collect();
                        assert!(
                            missing.is_empty(),
                            "{what}: {:?} lacks {missing:?} in {:?}",
                            run.text,
                            run.face
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn an_arabic_graphic_is_mirrored_and_set_in_the_arabic_face() {
    let fonts = FontSet::bundled();
    let tr = Translator::new(Lang::Ar);
    let doc = lnb_studio::render::charts::example(Goal::GenderEquality, ChartKind::BigNumber, &tr);
    let scene = layout(&doc, &tr, &fonts);
    let english = layout(
        &lnb_studio::render::charts::example(
            Goal::GenderEquality,
            ChartKind::BigNumber,
            &Translator::new(Lang::En),
        ),
        &Translator::new(Lang::En),
        &fonts,
    );
    assert!(scene
        .texts()
        .all(|r| matches!(r.face, Face::Arabic | Face::ArabicBold)));
    // The Goal's name starts the header at the right where English starts at the left.
    let name = |s: &Scene, n: &str| s.texts().find(|r| r.text.contains(n)).map(|r| r.bounds);
    let en = name(&english, "GENDER").expect("English Goal name");
    let ar_name = tr.text("goal-5-name");
    let ar = name(&scene, &ar_name).expect("Arabic Goal name");
    assert!(
        (scene.width - ar.right() - en.x).abs() < 1.0,
        "{en:?} vs {ar:?}"
    );
}

#[test]
fn the_big_number_is_painted_in_the_ink_and_the_gutter_stays_the_goal_colour() {
    for goal in Goal::ALL {
        let doc = example(goal, ChartKind::BigNumber, Format::XLandscape);
        let scene = scene_for(&doc);
        let image = render(&scene);
        let gutter = scene.regions.chart.right() + 2.0;
        assert_eq!(
            image.pixel(gutter as u32, 450),
            goal.colour(),
            "{goal:?}: gutter"
        );
        let figure = scene
            .texts()
            .find(|run| doc.figure.starts_with(run.text.as_str()))
            .expect("the figure is in the scene");
        let ink = image.share_unlike(&figure.bounds, goal.colour());
        assert!(ink > 0.15, "{goal:?}: figure box only {ink:.2} painted");
    }
}

#[test]
fn changing_the_figure_changes_the_pixels() {
    let mut doc = example(
        Goal::QualityEducation,
        ChartKind::BigNumber,
        Format::XLandscape,
    );
    let before = render(&scene_for(&doc)).pixels;
    doc.figure = "1 in 3".into();
    let after = render(&scene_for(&doc)).pixels;
    let changed = before.iter().zip(&after).filter(|(a, b)| a != b).count();
    assert!(changed > 10_000, "only {changed} bytes changed");
}

#[test]
fn text_is_drawn_where_layout_put_it() {
    // The painter must land each glyph on the baseline layout chose: the ink of "HHH"
    // spans exactly the cap band.
    let mut doc = example(Goal::NoPoverty, ChartKind::BigNumber, Format::XLandscape);
    doc.figure = "HHH".into();
    let scene = scene_for(&doc);
    let image = render(&scene);
    let run = scene.texts().find(|r| r.text == "HHH").expect("figure run");
    let xs = run.x as u32 + 4..run.bounds.right() as u32;
    let ink_rows: Vec<u32> = (run.bounds.y as u32..run.bounds.bottom() as u32)
        .filter(|&y| xs.clone().any(|x| image.pixel(x, y) == Rgb::WHITE))
        .collect();
    let (top, bottom) = (ink_rows[0] as f32, *ink_rows.last().unwrap() as f32);
    let cap = FontSet::bundled().v_metrics(run.face, run.size).cap_height;
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
fn missing_values_show_as_no_data_never_as_zero() {
    for chart in [
        ChartKind::Bars,
        ChartKind::Pictogram,
        ChartKind::Donut,
        ChartKind::Trend,
        ChartKind::Gap,
    ] {
        let mut doc = example(Goal::ZeroHunger, chart, Format::InstagramSquare);
        for row in &mut doc.rows {
            row.value = None;
        }
        let scene = scene_for(&doc);
        let texts: Vec<&str> = scene.texts().map(|r| r.text.as_str()).collect();
        assert!(
            texts.iter().any(|t| t.eq_ignore_ascii_case("no data")),
            "{chart:?}: {texts:?}"
        );
        assert!(
            !texts.iter().any(|t| *t == "0%" || *t == "0"),
            "{chart:?} drew a zero: {texts:?}"
        );
    }
}

#[test]
fn bars_mark_a_missing_row_and_keep_the_others() {
    let mut doc = example(Goal::GoodHealth, ChartKind::Bars, Format::XLandscape);
    doc.rows[1].value = None;
    let scene = scene_for(&doc);
    let texts: Vec<&str> = scene.texts().map(|r| r.text.as_str()).collect();
    assert!(texts.contains(&"no data"), "{texts:?}");
    assert!(
        texts.contains(&"38%") && texts.contains(&"86%"),
        "{texts:?}"
    );
}

#[test]
fn the_pictogram_states_its_rounding_rule() {
    let mut doc = example(
        Goal::GenderEquality,
        ChartKind::Pictogram,
        Format::XLandscape,
    );
    doc.rows[0].value = Some(34.0);
    let scene = scene_for(&doc);
    let words: String = scene
        .texts()
        .map(|r| r.text.clone())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(words.contains("34% is shown as 3 in 10"), "{words}");
    // Each person is a head and a body, in the ink where highlighted.
    let ink = Palette::for_ground(doc.goal.colour(), &STANDARD.colour).ink;
    let (first, last) = scene.regions.chart_items;
    let highlighted = scene.items[first..last]
        .iter()
        .filter(|item| matches!(item, Item::Polygon { fill, .. } if *fill == ink))
        .count();
    assert_eq!(highlighted, 3 * 2, "three highlighted people");
}

#[test]
fn a_long_table_says_how_many_rows_it_left_out() {
    let mut doc = example(Goal::NoPoverty, ChartKind::Bars, Format::XLandscape);
    doc.rows = (0..10_000)
        .map(|i| Row::new(format!("County {i}"), Some(f64::from(i % 100))))
        .collect();
    let scene = scene_for(&doc);
    let note = scene
        .texts()
        .find(|r| r.text.contains("more rows not shown"))
        .expect("a note");
    assert!(note.text.contains(",9"), "{}", note.text);
    assert_text_placed(&scene, doc.format).unwrap();
}

#[test]
fn svg_is_well_formed_and_escapes_user_text() {
    let mut doc = example(
        Goal::GenderEquality,
        ChartKind::BigNumber,
        Format::XLandscape,
    );
    doc.statement = "Girls & women <script>alert(1)</script> \"quoted\"".into();
    let svg = svg_of(&scene_for(&doc));
    assert!(!svg.contains("<script>"));
    let tree = roxmltree::Document::parse(&svg).expect("the SVG parses as XML");
    let text: String = tree
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        // Lines may break after "/" (UAX #14), so they are joined without a space.
        .join("");
    assert!(text.contains("<script>alert(1)</script>"), "{text}");
    assert!(text.contains("Girls & women"), "{text}");
}

fn svg_of(scene: &Scene) -> String {
    let words = lnb_studio::render::export::svg::SvgWords {
        lang: "en",
        title: "",
        description: "",
    };
    lnb_studio::render::export::svg::svg(scene, &FontSet::bundled(), None, &words)
}

/// One SVG per chart kind, compared with `tests/snapshots/`. `UPDATE_SNAPSHOTS=1`
/// rewrites them; review the diff before committing.
#[test]
fn svg_snapshots_per_chart_kind() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut stale = Vec::new();
    for chart in ChartKind::ALL {
        let doc = example(Goal::QualityEducation, chart, Format::XLandscape);
        let svg = svg_of(&scene_for(&doc));
        let path = dir.join(format!("{}.svg", chart.slug()));
        if update {
            std::fs::create_dir_all(&dir).expect("snapshot dir");
            std::fs::write(&path, &svg).expect("write snapshot");
            continue;
        }
        let expected = std::fs::read_to_string(&path).unwrap_or_default();
        if expected != svg {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "SVG differs from the snapshot (UPDATE_SNAPSHOTS=1 to accept): {stale:?}"
    );
}

#[test]
fn a_hairline_rule_survives_a_small_preview_scale() {
    let fonts = FontSet::bundled();
    let scene = Scene {
        width: 100.0,
        height: 100.0,
        items: vec![Item::Rect {
            rect: Rect::new(10.0, 50.0, 80.0, 1.4),
            fill: Rgb::WHITE,
        }],
        regions: Default::default(),
    };
    let mut pixels = vec![0u8; 40 * 40 * 3];
    {
        let mut backend = BitMapBackend::with_buffer(&mut pixels, (40, 40));
        paint(&scene, &mut backend, &fonts, 0.4, None).expect("paint");
    }
    let image = Image {
        pixels,
        width: 40,
        height: 40,
        scale: 0.4,
    };
    assert_eq!(
        (0..40)
            .filter(|&y| image.pixel(20, y) == Rgb::WHITE)
            .count(),
        1
    );
}

/// A 200×80 logo: opaque blue on the left half, transparent on the right.
fn half_blue_logo() -> (Logo, LogoPixels) {
    let (w, h) = (200u32, 80u32);
    let rgba = (0..w * h)
        .flat_map(|i| {
            if i % w < w / 2 {
                [0, 0, 255, 255]
            } else {
                [0, 0, 0, 0]
            }
        })
        .collect();
    let logo = Logo::new("data:image/png;base64,AAAA".into(), w, h).expect("logo");
    (
        logo,
        LogoPixels {
            width: w,
            height: h,
            rgba,
        },
    )
}

#[test]
fn the_logo_sits_on_a_white_plate_with_its_transparency_showing_the_plate() {
    let fonts = FontSet::bundled();
    for format in [Format::XLandscape, Format::InstagramPortrait] {
        let (logo, pixels) = half_blue_logo();
        let mut doc = example(Goal::NoPoverty, ChartKind::Bars, format);
        doc.logo = Some(logo);
        doc.hashtag = "#LeaveNoOneBehind".into();
        let scene = scene_for(&doc);
        assert_text_placed(&scene, format).unwrap();
        let rect = scene
            .items
            .iter()
            .find_map(|i| match i {
                Item::Logo { rect } => Some(*rect),
                _ => None,
            })
            .expect("a logo item");
        assert!(
            (rect.w / rect.h - 2.5).abs() < 0.05,
            "aspect kept: {rect:?}"
        );
        let (w, h) = format.size();
        let mut buffer = vec![0u8; (w * h * 3) as usize];
        {
            let mut backend = BitMapBackend::with_buffer(&mut buffer, (w, h));
            paint(&scene, &mut backend, &fonts, 1.0, Some(&pixels)).expect("paint");
        }
        let image = Image {
            pixels: buffer,
            width: w,
            height: h,
            scale: 1.0,
        };
        let y = (rect.y + rect.h / 2.0) as u32;
        assert_eq!(
            image.pixel((rect.x + rect.w * 0.25) as u32, y),
            Rgb::new(0, 0, 255),
            "{format:?}: opaque half"
        );
        assert_eq!(
            image.pixel((rect.x + rect.w * 0.75) as u32, y),
            Rgb::WHITE,
            "{format:?}: transparent half shows the plate"
        );
    }
}

fn any_value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        Just(Some(f64::NAN)),
        Just(Some(f64::INFINITY)),
        Just(Some(1e308)),
        Just(Some(-0.0)),
        (-1e6f64..1e6).prop_map(Some),
        (0f64..100.0).prop_map(Some),
    ]
}

fn any_row() -> impl Strategy<Value = Row> {
    (
        "\\PC{0,40}",
        any_value(),
        proptest::option::of(1990i32..2040),
    )
        .prop_map(|(label, value, year)| Row {
            year,
            ..Row::new(label, value)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Whatever is typed, in any format and chart: every line inside the safe area,
    /// no two lines on top of each other, and no panic.
    #[test]
    fn any_input_stays_placed(
        (figure, statement, source) in ("\\PC{0,300}", "\\PC{0,300}", "\\PC{0,300}"),
        (place, cta, hashtag) in ("\\PC{0,80}", "\\PC{0,120}", "\\PC{0,40}"),
        rows in proptest::collection::vec(any_row(), 0..14),
        target in any_value(),
        logo_size in proptest::option::of((1u32..4096, 1u32..4096)),
        goal in 1u8..=5,
        chart in 0usize..6,
        format in 0usize..8,
    ) {
        let mut doc = example(Goal::from_number(goal).unwrap(), ChartKind::ALL[chart], Format::ALL[format]);
        doc.figure = figure;
        doc.statement = statement;
        doc.source = source;
        doc.audience = Audience { scope: Scope::Regional, place };
        doc.call_to_action = cta;
        doc.hashtag = hashtag;
        doc.rows = rows;
        doc.target = target;
        doc.logo = logo_size.map(|(w, h)| Logo::new("data:image/png;base64,AAAA".into(), w, h).expect("logo"));
        let scene = scene_for(&doc);
        prop_assert!(assert_text_placed(&scene, doc.format).is_ok(), "{:?}", assert_text_placed(&scene, doc.format));
        for item in &scene.items {
            if let Item::Polygon { points, .. } = item {
                prop_assert!(points.iter().all(|(x, y)| x.is_finite() && y.is_finite()));
            }
        }
    }
}

/// One edit a user can make between two repaints.
#[derive(Debug, Clone)]
enum Edit {
    Statement(String),
    Figure(String),
    Source(String),
    Action(String),
    Place(String),
    Rows(Vec<Row>),
    Target(Option<f64>),
    Logo(Option<(u32, u32)>),
    Chart(usize),
    Format(usize),
    Goal(u8),
    Arabic(bool),
}

fn any_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        "\\PC{0,120}".prop_map(Edit::Statement),
        "\\PC{0,20}".prop_map(Edit::Figure),
        "\\PC{0,60}".prop_map(Edit::Source),
        "\\PC{0,40}".prop_map(Edit::Action),
        "\\PC{0,30}".prop_map(Edit::Place),
        proptest::collection::vec(any_row(), 0..8).prop_map(Edit::Rows),
        any_value().prop_map(Edit::Target),
        proptest::option::of((1u32..2000, 1u32..2000)).prop_map(Edit::Logo),
        (0usize..6).prop_map(Edit::Chart),
        (0usize..8).prop_map(Edit::Format),
        (1u8..=5).prop_map(Edit::Goal),
        any::<bool>().prop_map(Edit::Arabic),
    ]
}

impl Edit {
    fn apply(self, doc: &mut Document) {
        match self {
            Edit::Statement(s) => doc.statement = s,
            Edit::Figure(s) => doc.figure = s,
            Edit::Source(s) => doc.source = s,
            Edit::Action(s) => doc.call_to_action = s,
            Edit::Place(place) => {
                doc.audience = Audience {
                    scope: Scope::Regional,
                    place,
                }
            }
            Edit::Rows(rows) => doc.rows = rows,
            Edit::Target(t) => doc.target = t,
            Edit::Logo(size) => {
                doc.logo = size.map(|(w, h)| {
                    Logo::new("data:image/png;base64,AAAA".into(), w, h).expect("logo")
                })
            }
            Edit::Chart(i) => doc.chart = ChartKind::ALL[i],
            Edit::Format(i) => doc.format = Format::ALL[i],
            Edit::Goal(n) => doc.goal = Goal::from_number(n).expect("goal"),
            Edit::Arabic(rtl) => doc.language = if rtl { Lang::Ar } else { Lang::En },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Laying out again part by part after any run of edits gives the scene a fresh
    /// layout gives: no part is kept when something it reads has changed.
    #[test]
    fn parts_kept_between_edits_give_the_fresh_layout(
        edits in proptest::collection::vec(any_edit(), 1..12),
    ) {
        let fonts = FontSet::bundled();
        let mut parts = Parts::kept();
        let mut doc = example(Goal::QualityEducation, ChartKind::Bars, Format::XLandscape);
        for edit in edits {
            edit.apply(&mut doc);
            let tr = Translator::new(doc.language);
            let kept = layout_parts(&doc, &tr, &fonts, &STANDARD, &mut parts);
            prop_assert_eq!(kept, layout(&doc, &tr, &fonts));
        }
    }
}

/// An empty label in an Arabic graphic (found by the property test above: the
/// bidirectional algorithm's crate panicked on an empty line).
#[test]
fn an_empty_label_in_an_arabic_graphic_is_laid_out() {
    let mut doc = example(Goal::QualityEducation, ChartKind::Bars, Format::XLandscape);
    doc.language = Lang::Ar;
    doc.rows = vec![Row::new("", Some(1e308)), Row::new("", None)];
    let scene = scene_for(&doc);
    assert!(assert_text_placed(&scene, doc.format).is_ok());
}

/// Typing in the statement lays out only the words; typing in the table only the
/// chart; the Goal header and the footer stay as they were.
#[test]
fn an_edit_lays_out_only_the_parts_that_read_what_changed() {
    let fonts = FontSet::bundled();
    let tr = Translator::new(Lang::En);
    let mut parts = Parts::kept();
    let mut doc = example(Goal::QualityEducation, ChartKind::Bars, Format::XLandscape);
    layout_parts(&doc, &tr, &fonts, &STANDARD, &mut parts);
    for typed in ["G", "Gi", "Gir", "Girl", "Girls"] {
        doc.statement = typed.into();
        layout_parts(&doc, &tr, &fonts, &STANDARD, &mut parts);
    }
    let made = parts.made();
    assert_eq!(
        (made.header, made.footer, made.chart, made.words),
        (1, 1, 1, 6)
    );
    for value in [1.0, 12.0, 123.0] {
        doc.rows[0].value = Some(value);
        layout_parts(&doc, &tr, &fonts, &STANDARD, &mut parts);
    }
    let made = parts.made();
    assert_eq!(
        (made.header, made.footer, made.chart, made.words),
        (1, 1, 4, 6)
    );
    doc.source = "UNESCO".into();
    layout_parts(&doc, &tr, &fonts, &STANDARD, &mut parts);
    let made = parts.made();
    assert_eq!(
        (made.header, made.footer),
        (1, 2),
        "a source lays out the footer again"
    );
}

/// A poster too large for one canvas is painted in strips (iOS Safari draws nothing on
/// a canvas above 16.7 Mpx): the strips, painted with their offset, are the same
/// pixels as the whole, with no seam.
#[test]
fn a_scene_painted_in_strips_is_the_scene_painted_whole() {
    use lnb_studio::render::paint::{paint_at, Placement};
    let fonts = FontSet::bundled();
    let doc = example(Goal::ZeroHunger, ChartKind::Trend, Format::PosterA3);
    let scene = scene_for(&doc);
    let scale = 0.2;
    let (w, h) = (
        (scene.width * scale).round() as u32,
        (scene.height * scale).round() as u32,
    );
    let whole = render_at(&scene, &fonts, (w, h), Placement::scaled(scale));
    let mut strips = Vec::new();
    for (top, rows) in [(0, 333), (333, 333), (666, h - 666)] {
        let at = Placement {
            scale,
            origin: (0.0, -(top as f32)),
        };
        strips.extend(render_at(&scene, &fonts, (w, rows), at));
    }
    assert_eq!(strips.len(), whole.len());
    let differ = whole.iter().zip(&strips).filter(|(a, b)| a != b).count();
    assert_eq!(differ, 0, "{differ} bytes differ between strips and whole");

    fn render_at(
        scene: &Scene,
        fonts: &FontSet,
        (w, h): (u32, u32),
        at: lnb_studio::render::paint::Placement,
    ) -> Vec<u8> {
        let mut pixels = vec![0u8; (w * h * 3) as usize];
        {
            let mut backend = BitMapBackend::with_buffer(&mut pixels, (w, h));
            paint_at(scene, &mut backend, fonts, at, None).expect("paints");
        }
        pixels
    }
}

/// The QR codes a reader that is not the encoder (rqrr) finds in `image`.
fn qr_codes(image: &Image) -> Vec<String> {
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        image.width as usize,
        image.height as usize,
        |x, y| {
            let p = image.pixel(x as u32, y as u32);
            ((u32::from(p.r) * 3 + u32::from(p.g) * 6 + u32::from(p.b)) / 10) as u8
        },
    );
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, content)| content))
        .collect()
}

#[test]
fn a_posters_link_is_a_qr_code_that_reads_back_as_the_link() {
    let cases = [
        (
            Lang::En,
            "Join us at example.org/lnb-kenya.",
            "https://example.org/lnb-kenya",
        ),
        (
            Lang::Sw,
            "Jiunge nasi: https://mfano.or.ke/lengo-13",
            "https://mfano.or.ke/lengo-13",
        ),
        // Mirrored with its layout, drawn mirrored first: it reads true.
        (
            Lang::Ar,
            "انضموا إلينا على example.org/ar",
            "https://example.org/ar",
        ),
    ];
    // The smallest code (21 modules and a quiet zone of 4 each side) at 1.5 mm a
    // module: 43.5 mm, to scan from a metre away.
    let min_side = 43.5 * lnb_studio::render::layout::design::PX_PER_MM;
    for (lang, cta, link) in cases {
        for format in [Format::PosterA4, Format::PosterA3] {
            let doc = Document {
                format,
                call_to_action: cta.into(),
                ..lnb_studio::render::charts::example(
                    Goal::ClimateAction,
                    ChartKind::Bars,
                    &Translator::new(lang),
                )
            };
            let scene = scene_for(&doc);
            // The largest white square (the Goal's tile may be a small one).
            let plate = scene
                .items
                .iter()
                .filter_map(|item| match item {
                    Item::Rect { rect, fill } if *fill == Rgb::WHITE && rect.w == rect.h => {
                        Some(*rect)
                    }
                    _ => None,
                })
                .max_by(|a, b| a.w.total_cmp(&b.w));
            let plate = plate.unwrap_or_else(|| panic!("{lang:?} {format:?}: no code"));
            assert!(
                plate.w >= min_side,
                "{lang:?} {format:?}: {} px, under 43.5 mm",
                plate.w
            );
            assert!(
                plate.bottom() <= scene.regions.body.y.max(0.0) + scene.height
                    && plate.y >= scene.regions.body.bottom(),
                "{lang:?} {format:?}: the code sits under the body"
            );
            assert_eq!(qr_codes(&render(&scene)), [link], "{lang:?} {format:?}");
        }
    }
    // A social graphic has no code: its call to action is words on a plate.
    let social = Document {
        call_to_action: "Join us at example.org/lnb".into(),
        ..example(Goal::ClimateAction, ChartKind::Bars, Format::XLandscape)
    };
    assert!(qr_codes(&render(&scene_for(&social))).is_empty());
}

/// A map's ring, as the scene holds it.
type Ring = Vec<(f32, f32)>;

/// The chart's outlined areas (countries, counties), each with its fill.
fn outlined(scene: &Scene) -> Vec<(&[Ring], Rgb)> {
    let (first, last) = scene.regions.chart_items;
    scene.items[first..last]
        .iter()
        .filter_map(|item| match item {
            Item::Area {
                rings,
                fill,
                outline: Some(_),
            } => Some((rings.as_slice(), *fill)),
            _ => None,
        })
        .collect()
}

/// How many of `areas` each fill colours, the fills from the ground's colour out.
fn fill_counts(areas: &[(&[Ring], Rgb)], ground: Rgb) -> Vec<(Rgb, usize)> {
    let mut fills: Vec<(Rgb, usize)> = Vec::new();
    for (_, fill) in areas {
        match fills.iter_mut().find(|(f, _)| f == fill) {
            Some((_, n)) => *n += 1,
            None => fills.push((*fill, 1)),
        }
    }
    fills.sort_by(|a, b| a.0.contrast(ground).total_cmp(&b.0.contrast(ground)));
    fills
}

/// The example map's eight East African countries take the steps a hand count gives
/// them: of 9, 14, 18, 23, 27, 41, 63 and 72, five steps of equal counts start at 18,
/// 27, 41 and 72, so Rwanda and Burundi are the first step, Kenya and Tanzania the
/// second, Uganda the third, Ethiopia and Somalia the fourth and South Sudan alone the
/// darkest; the pixels painted inside South Sudan are that step's colour.
#[test]
fn a_maps_countries_take_the_steps_counted_by_hand() {
    let doc = example(Goal::NoPoverty, ChartKind::Map, Format::InstagramSquare);
    let scene = scene_for(&doc);
    let ground = Palette::for_doc(&doc, &STANDARD.colour).ground;
    let countries = outlined(&scene);
    let mut fills = fill_counts(&countries, ground);
    // The land around the data is the commonest fill; the steps go from the ground
    // towards the ink.
    let commonest = (0..fills.len()).max_by_key(|&i| fills[i].1).expect("fills");
    let land = fills.remove(commonest).0;
    let counts: Vec<usize> = fills.iter().map(|&(_, n)| n).collect();
    assert_eq!(counts, vec![2, 2, 1, 2, 1], "{fills:?} (land {land:?})");

    let darkest = fills[4].0;
    let (sudan, _) = countries
        .iter()
        .find(|(_, f)| *f == darkest)
        .expect("South Sudan");
    let inside = |p: (f32, f32)| {
        sudan
            .iter()
            .filter(|ring| {
                let mut odd = false;
                let mut j = ring.len() - 1;
                for i in 0..ring.len() {
                    let ((xi, yi), (xj, yj)) = (ring[i], ring[j]);
                    if (yi > p.1) != (yj > p.1) && p.0 < (xj - xi) * (p.1 - yi) / (yj - yi) + xi {
                        odd = !odd;
                    }
                    j = i;
                }
                odd
            })
            .count()
            % 2
            == 1
    };
    let bounds = sudan.iter().flatten().fold(
        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
        |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
    );
    let image = render(&scene);
    let mut checked = 0;
    for gy in 1..10 {
        for gx in 1..10 {
            let p = (
                bounds.0 + (bounds.2 - bounds.0) * gx as f32 / 10.0,
                bounds.1 + (bounds.3 - bounds.1) * gy as f32 / 10.0,
            );
            // Well inside: four pixels from any edge.
            let clear = [(-4.0, 0.0), (4.0, 0.0), (0.0, -4.0), (0.0, 4.0), (0.0, 0.0)]
                .iter()
                .all(|&(dx, dy)| inside((p.0 + dx, p.1 + dy)));
            if clear {
                let (x, y) = ((p.0 * image.scale) as u32, (p.1 * image.scale) as u32);
                assert_eq!(image.pixel(x, y), darkest, "at {p:?}");
                checked += 1;
            }
        }
    }
    assert!(checked >= 5, "only {checked} points inside South Sudan");
}

/// Small island states are on the map: a French table naming Cabo Verde, São Tomé,
/// the Comoros, the Seychelles and Mauritius among mainland countries draws each in
/// its step's colour where it lies, big enough to see where the graphic is seen (5
/// px at feed size, 2.5 mm on an A3 sheet; 1:110m leaves them out and they are drawn
/// as dots, and at 1:50m a speck is drawn as a dot), and no row is said to be off
/// the map.
#[test]
fn small_island_states_are_drawn_where_they_lie_at_least_a_dot_across() {
    // West to east; the steps (starting at 15, 25, 35, 45 and 60) give each island
    // a step of its own and the mainland the last.
    let islands = [
        ("Cap-Vert", 10.0),
        ("Sao Tomé-et-Principe", 20.0),
        ("Comores", 30.0),
        ("Seychelles", 40.0),
        ("Maurice", 50.0),
    ];
    let mainland = [("Sénégal", 60.0), ("Kenya", 65.0), ("Égypte", 70.0)];
    for format in [Format::InstagramSquare, Format::PosterA3] {
        let mut doc = example(Goal::LifeBelowWater, ChartKind::Map, format);
        doc.language = Lang::Fr;
        doc.rows = islands
            .iter()
            .chain(&mainland)
            .map(|&(label, value)| Row::new(label, Some(value)))
            .collect();
        doc.breaks = "15 25 35 45 60".into();
        let scene = scene_for(&doc);
        let ground = Palette::for_doc(&doc, &STANDARD.colour).ground;
        let areas = outlined(&scene);
        let fills = fill_counts(&areas, ground);
        assert!(
            !scene.texts().any(|run| run.text.contains("carte")),
            "{format:?}: no row is said to be off the map"
        );
        // The fills from the ground out: the land, then one step per island, then
        // the mainland's step (three countries).
        assert_eq!(fills.len(), 7, "{format:?}: {fills:?}");
        assert_eq!(fills[6].1, 3, "{format:?}: {fills:?}");
        // Each island's middle, and its largest piece's extent: an archipelago's
        // bounds are wide where its islands are specks.
        let drawn: Vec<(f32, f32, f32)> = fills[1..6]
            .iter()
            .map(|&(fill, n)| {
                assert_eq!(n, 1, "{format:?}: one area in {fill:?}");
                let (rings, _) = areas.iter().find(|a| a.1 == fill).expect("the island");
                let extent = |ring: &Ring| {
                    let (x0, y0, x1, y1) = ring.iter().fold(
                        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
                        |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
                    );
                    ((x0 + x1) / 2.0, (y0 + y1) / 2.0, (x1 - x0).max(y1 - y0))
                };
                rings
                    .iter()
                    .map(extent)
                    .max_by(|a, b| a.2.total_cmp(&b.2))
                    .expect("a ring")
            })
            .collect();
        for (&(label, _), &(_, _, extent)) in islands.iter().zip(&drawn) {
            if format.is_print() {
                // On an A3 sheet (297 mm wide), seen from a metre away.
                let mm = extent / scene.width * 297.0;
                assert!(mm >= 2.5, "{format:?}: {label} is {mm} mm across");
            } else {
                let feed = extent * 400.0 / scene.width;
                assert!(
                    feed >= 5.0,
                    "{format:?}: {label} is {feed} px across at feed size"
                );
            }
        }
        let x: Vec<f32> = drawn.iter().map(|d| d.0).collect();
        assert!(
            x.windows(2).all(|w| w[0] < w[1]),
            "{format:?}: west to east {x:?}"
        );
        let mainland_west = areas
            .iter()
            .filter(|a| a.1 == fills[6].0)
            .flat_map(|(rings, _)| rings.iter().flatten().map(|p| p.0))
            .fold(f32::MAX, f32::min);
        assert!(
            x[0] < mainland_west,
            "{format:?}: Cabo Verde lies west of Senegal"
        );
        // The Seychelles north of the Comoros, Mauritius south of both (y down).
        let (comoros, seychelles, mauritius) = (drawn[2].1, drawn[3].1, drawn[4].1);
        assert!(
            seychelles < comoros && comoros < mauritius,
            "{format:?}: {drawn:?}"
        );
    }
    // At 1:110m each island state is a dot: one round ring of 24 points.
    let mut doc = example(
        Goal::LifeBelowWater,
        ChartKind::Map,
        Format::InstagramSquare,
    );
    doc.rows = vec![
        Row::new("Mauritius", Some(3.0)),
        Row::new("Kenya", Some(5.0)),
    ];
    let scene = scene_for(&doc);
    let dots = outlined(&scene)
        .iter()
        .filter(|(rings, _)| rings.len() == 1 && rings[0].len() == 24)
        .count();
    assert_eq!(dots, 1);
}

/// A national design for Kenya: Kenya is drawn among its neighbours, outlined in the
/// ink, and named with its value beside it on a plate of the ground.
#[test]
fn a_national_map_shows_its_country_named_among_its_neighbours() {
    let mut doc = example(Goal::NoPoverty, ChartKind::Map, Format::InstagramSquare);
    doc.audience = Audience {
        scope: Scope::National,
        place: "Kenya".into(),
    };
    doc.rows = vec![Row::new("Kenya", Some(36.0))];
    let scene = scene_for(&doc);
    let palette = Palette::for_doc(&doc, &STANDARD.colour);
    let (first, last) = scene.regions.chart_items;
    let chart = &scene.items[first..last];
    let outlined: Vec<(&[Ring], Rgb)> = chart
        .iter()
        .filter_map(|item| match item {
            Item::Area {
                rings,
                outline: Some(line),
                ..
            } => Some((rings.as_slice(), line.colour)),
            _ => None,
        })
        .collect();
    assert!(
        outlined.len() >= 8,
        "Kenya and its neighbours: {} areas",
        outlined.len()
    );
    let highlighted: Vec<_> = outlined.iter().filter(|(_, c)| *c == palette.ink).collect();
    assert_eq!(highlighted.len(), 1, "one country outlined in the ink");
    let label = scene
        .texts()
        .find(|run| run.text == "Kenya 36%")
        .expect("Kenya named with its value");
    assert!(
        scene.regions.chart.contains(&label.bounds, 0.5),
        "{:?}",
        label.bounds
    );
    let bounds = highlighted[0].0.iter().flatten().fold(
        (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
        |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
    );
    let centre_y = (bounds.1 + bounds.3) / 2.0;
    assert!(
        label.bounds.x >= bounds.2 - 0.5 || label.bounds.right() <= bounds.0 + 0.5,
        "beside the country, not over it"
    );
    assert!(
        (label.bounds.y..label.bounds.bottom()).contains(&centre_y)
            || (centre_y - label.bounds.y).abs() < label.bounds.h * 2.0
    );
}

/// A campaigner's own 47 counties: imported, named by the property the table's
/// labels match, and drawn in the steps a hand count gives (values 1 to 47 in five
/// steps of equal counts: thresholds 11, 20, 30 and 39, so 10, 9, 10, 9 and 9
/// counties), Nairobi (47) in the darkest.
#[test]
fn a_campaigners_own_counties_are_mapped_by_the_property_the_table_names() {
    use lnb_studio::input::boundaries::import;
    use lnb_studio::render::charts::map::AreaAtlas;
    use std::sync::Arc;
    let mut doc = example(Goal::NoPoverty, ChartKind::Map, Format::InstagramSquare);
    // Labels as typed: case and spacing differ from the file's.
    doc.rows = COUNTIES
        .iter()
        .enumerate()
        .map(|(i, name)| Row::new(format!(" {} ", name.to_uppercase()), Some(i as f64 + 1.0)))
        .collect();
    let labels: Vec<String> = doc.rows.iter().map(|r| r.label.clone()).collect();
    let imported = import(county_file().as_bytes(), &labels).expect("imports");
    let own = imported.keep("kenya-counties.geojson");
    assert_eq!(own.property, "COUNTY_NAM", "the property the labels match");
    assert_eq!((imported.areas, imported.properties.len()), (47, 2));
    let atlas = AreaAtlas::own(&imported.text, &own.property).expect("reads");
    let fonts = FontSet::bundled().with_own(&own.key, &own.property, Some(Arc::new(atlas)));
    doc.boundaries = Some(own.clone());
    let scene = layout(&doc, &Translator::new(Lang::En), &fonts);
    let ground = Palette::for_doc(&doc, &STANDARD.colour).ground;
    let counties = outlined(&scene);
    assert_eq!(counties.len(), 47, "every county, and nothing else");
    // The counties fill the map: framed as closely as they lie, not as a world map
    // frames a country among its neighbours.
    let (x0, y0, x1, y1) = counties
        .iter()
        .flat_map(|(rings, _)| rings.iter().flatten())
        .fold(
            (f32::MAX, f32::MAX, f32::MIN, f32::MIN),
            |(a, b, c, d), &(x, y)| (a.min(x), b.min(y), c.max(x), d.max(y)),
        );
    let chart = scene.regions.chart;
    assert!(
        x1 - x0 >= 0.6 * chart.w || y1 - y0 >= 0.5 * chart.h,
        "the counties take {}×{} of a {}×{} chart",
        x1 - x0,
        y1 - y0,
        chart.w,
        chart.h
    );
    let fills = fill_counts(&counties, ground);
    let counts: Vec<usize> = fills.iter().map(|&(_, n)| n).collect();
    assert_eq!(counts, vec![10, 9, 10, 9, 9], "{fills:?}");
    // The squares are drawn in the file's order: Nairobi is the last, darkest.
    let (nairobi, fill) = counties[46];
    assert_eq!(fill, fills[4].0);
    let (x, y) = nairobi[0]
        .iter()
        .fold((0.0, 0.0), |(x, y), p| (x + p.0 / 4.0, y + p.1 / 4.0));
    let image = render(&scene);
    assert_eq!(
        image.pixel((x * image.scale) as u32, (y * image.scale) as u32),
        fill
    );
    // Mombasa (1), the first, is in the lightest step.
    assert_eq!(counties[0].1, fills[0].0);

    // The campaigner's own steps, starting at 10, 20 and 40: 9, 10, 20 and 8 counties.
    let stepped = Document {
        breaks: "40 10 20".into(),
        ..doc.clone()
    };
    let scene = layout(&stepped, &Translator::new(Lang::En), &fonts);
    let steps = fill_counts(&outlined(&scene), ground);
    let counts: Vec<usize> = steps.iter().map(|&(_, n)| n).collect();
    assert_eq!(counts, vec![9, 10, 20, 8], "{steps:?}");
    for edge in ["10%", "20%", "40%"] {
        assert!(
            scene.texts().any(|run| run.text == edge),
            "the legend starts a step at {edge}"
        );
    }

    // Opened where the boundaries are not kept (a share link): the map says what it
    // needs, and nothing else of the graphic changes.
    let elsewhere = FontSet::bundled().with_own(&own.key, &own.property, None);
    let scene = layout(&doc, &Translator::new(Lang::En), &elsewhere);
    let said: String = scene.texts().map(|run| run.text.as_str()).collect();
    assert!(said.contains("kenya-counties.geojson"), "{said}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Any polygons a file may hold — rings that cross themselves, wound either way,
    /// points repeated, areas across the antimeridian, a sliver no wider than a
    /// rounding error — import, lay out and paint without a panic, every area
    /// drawn inside the chart.
    #[test]
    fn hostile_geometry_imports_and_draws(
        rings in prop::collection::vec(
            (
                -200.0f64..200.0,
                -60.0f64..60.0,
                prop::collection::vec((-30.0f64..30.0, -25.0f64..25.0), 3..40),
            ),
            1..12,
        ),
        format in 0usize..Format::ALL.len(),
        lang in 0usize..Lang::ALL.len(),
    ) {
        use lnb_studio::input::boundaries::import;
        use lnb_studio::render::charts::map::AreaAtlas;
        let features: Vec<String> = rings
            .iter()
            .enumerate()
            .map(|(i, (lon, lat, ring))| {
                // Around (lon, lat), in any order: crossing itself, wound either way,
                // past 180° (across the antimeridian) when lon is near it.
                let points: Vec<String> = ring
                    .iter()
                    .map(|(dx, dy)| format!("[{},{}]", lon + dx, lat + dy))
                    .collect();
                format!(
                    r#"{{"type":"Feature","properties":{{"NAME":"A{i}"}},"geometry":{{"type":"Polygon","coordinates":[[{}]]}}}}"#,
                    points.join(",")
                )
            })
            .collect();
        let text = format!(r#"{{"type":"FeatureCollection","features":[{}]}}"#, features.join(","));
        let imported = match import(text.as_bytes(), &[]) {
            Ok(imported) => imported,
            // Every ring thinned away to nothing: refused with a message, not drawn.
            Err(e) => {
                prop_assert_eq!(e, lnb_studio::input::boundaries::BoundariesError::NoAreas);
                return Ok(());
            }
        };
        let own = imported.keep("hostile.geojson");
        let atlas = AreaAtlas::own(&imported.text, &own.property).expect("kept text reads");
        let fonts = FontSet::bundled().with_own(&own.key, &own.property, Some(std::sync::Arc::new(atlas)));
        let lang = Lang::ALL[lang];
        let mut doc = example(Goal::LifeOnLand, ChartKind::Map, Format::ALL[format]);
        doc.language = lang;
        doc.rows = (0..rings.len()).map(|i| Row::new(format!("A{i}"), Some(i as f64))).collect();
        doc.boundaries = Some(own);
        let scene = layout(&doc, &Translator::new(lang), &fonts);
        let chart = scene.regions.chart;
        let areas = scene.items.iter().filter(|item| matches!(item, Item::Area { .. })).count();
        prop_assert!(areas > 0, "nothing drawn");
        for item in &scene.items {
            if let Item::Area { rings, .. } = item {
                for &(x, y) in rings.iter().flatten() {
                    prop_assert!(x.is_finite() && y.is_finite());
                    prop_assert!(
                        x >= chart.x - 1.0 && x <= chart.right() + 1.0 && y >= chart.y - 1.0 && y <= chart.bottom() + 1.0,
                        "({x}, {y}) outside the chart {chart:?}"
                    );
                }
            }
        }
        render(&scene);
    }
}
