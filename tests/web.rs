//! In a real browser (headless Chromium through wasm-bindgen-test): the canvas surface
//! paints a laid-out graphic where layout put it, every glyph from the app's own
//! outlines (never the browser's `fillText`), kerned as layout shaped it.
#![cfg(target_arch = "wasm32")]

use lnb_studio::model::document::ChartKind;
use lnb_studio::model::goal::Goal;
use lnb_studio::model::i18n::{Lang, Translator};
use lnb_studio::render::layout::layout;
use lnb_studio::render::paint::paint;
use lnb_studio::render::scene::{Rect, Rgb, Scene};
use lnb_studio::render::text::{Face, FontSet};
use lnb_studio::web::canvas::CanvasSurface;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const FILES: [&[u8]; 5] = [
    include_bytes!("../public/fonts/oswald-latin-700.ttf"),
    include_bytes!("../public/fonts/roboto-latin-400.ttf"),
    include_bytes!("../public/fonts/roboto-latin-700.ttf"),
    include_bytes!("../public/fonts/noto-sans-arabic-400.ttf"),
    include_bytes!("../public/fonts/noto-sans-arabic-700.ttf"),
];

/// The shipped fonts, as the app fetches them (the full shaper is a separate module,
/// not loaded here: these graphics are Latin).
async fn install_fonts() -> FontSet {
    let [a, b, c, d, e] = FILES.map(|b| b.to_vec());
    FontSet::from_bytes([a, b, c])
        .and_then(|set| set.with_arabic([d, e]))
        .expect("fonts parse")
}

fn canvas(width: u32, height: u32) -> (HtmlCanvasElement, CanvasRenderingContext2d) {
    let document = web_sys::window().unwrap().document().unwrap();
    let canvas: HtmlCanvasElement = document
        .create_element("canvas")
        .unwrap()
        .dyn_into()
        .unwrap();
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    (canvas, context)
}

fn pixel(context: &CanvasRenderingContext2d, x: f32, y: f32) -> Rgb {
    let data = context
        .get_image_data(f64::from(x), f64::from(y), 1.0, 1.0)
        .unwrap()
        .data();
    Rgb::new(data[0], data[1], data[2])
}

fn white_in(context: &CanvasRenderingContext2d, rect: &Rect) -> usize {
    let data = context
        .get_image_data(
            f64::from(rect.x),
            f64::from(rect.y),
            f64::from(rect.w),
            f64::from(rect.h),
        )
        .unwrap()
        .data();
    data.chunks(4)
        .filter(|p| p[0] > 240 && p[1] > 240 && p[2] > 240)
        .count()
}

/// The Goal 4 example with `figure`, laid out and painted on a 1600×900 canvas.
async fn painted(figure: &str) -> (FontSet, Scene, CanvasRenderingContext2d) {
    let fonts = install_fonts().await;
    let scene = scene_with_figure(&fonts, figure);
    let (canvas, context) = canvas(1600, 900);
    let mut surface = CanvasSurface::new(&canvas).expect("surface");
    paint(&scene, &mut surface, &fonts, 1.0, None).expect("paint");
    (fonts, scene, context)
}

fn scene_with_figure(fonts: &FontSet, figure: &str) -> Scene {
    let tr = Translator::new(Lang::En);
    let mut doc =
        lnb_studio::render::charts::example(Goal::QualityEducation, ChartKind::BigNumber, &tr);
    doc.figure = figure.into();
    layout(&doc, &tr, fonts)
}

#[wasm_bindgen_test]
async fn canvas_surface_paints_the_goal_colour_and_the_figure() {
    let (_, scene, context) = painted("1 in 3").await;
    assert_eq!(pixel(&context, 2.0, 2.0), Goal::QualityEducation.colour());
    assert_eq!(
        pixel(&context, 800.0, 450.0),
        Goal::QualityEducation.colour()
    );
    let figure = scene
        .texts()
        .find(|r| r.text == "1 in 3")
        .expect("figure on one line");
    assert!(
        white_in(&context, &figure.bounds) > 2000,
        "the figure is painted white"
    );
}

#[wasm_bindgen_test]
async fn canvas_text_sits_on_the_baseline_layout_measured() {
    let (fonts, scene, context) = painted("HHH").await;
    let run = scene.texts().find(|r| r.text == "HHH").expect("figure");
    let band = |top: f32, bottom: f32| Rect::new(run.x, top, run.bounds.w, bottom - top);
    let cap = lnb_studio::render::text::TextMeasure::v_metrics(&fonts, Face::OswaldBold, run.size)
        .cap_height;
    // Ink fills the cap band, none lies a few pixels below the baseline or above the cap.
    assert!(
        white_in(
            &context,
            &band(run.baseline - cap + 3.0, run.baseline - 3.0)
        ) > 5000
    );
    assert_eq!(
        white_in(&context, &band(run.baseline + 3.0, run.bounds.bottom())),
        0
    );
    assert_eq!(
        white_in(&context, &band(run.bounds.y, run.baseline - cap - 3.0)),
        0
    );
}

/// Counts calls of `CanvasRenderingContext2D.prototype.fillText` and `strokeText`
/// from now on, in `window.__textCalls`.
fn count_text_calls() {
    let source = "window.__textCalls = 0; for (const name of ['fillText', 'strokeText']) { \
        const proto = CanvasRenderingContext2D.prototype; const original = proto[name]; \
        proto[name] = function (...args) { window.__textCalls += 1; return original.apply(this, args); }; }";
    js_sys::Function::new_no_args(source)
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("instrument the canvas");
}

fn text_calls() -> f64 {
    js_sys::Reflect::get(&js_sys::global(), &"__textCalls".into())
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(-1.0)
}

#[wasm_bindgen_test]
async fn the_canvas_draws_glyph_outlines_never_browser_text() {
    count_text_calls();
    let (_, scene, context) = painted("1 in 3").await;
    assert_eq!(text_calls(), 0.0, "fillText/strokeText were called");
    // And the words are there all the same: every line has ink in its box.
    for run in scene
        .texts()
        .filter(|r| r.fill == Rgb::WHITE && !r.text.trim().is_empty())
    {
        assert!(
            white_in(&context, &run.bounds) > 20,
            "{:?} not painted",
            run.text
        );
    }
}

/// The rightmost column of the figure's box with white ink in it.
fn ink_right(context: &CanvasRenderingContext2d, rect: &Rect) -> f32 {
    let (x0, w) = (rect.x.floor(), rect.w.ceil() + 40.0);
    let data = context
        .get_image_data(
            f64::from(x0),
            f64::from(rect.y),
            f64::from(w),
            f64::from(rect.h),
        )
        .unwrap()
        .data();
    let columns = w as usize;
    let mut right = 0;
    for (i, p) in data.chunks(4).enumerate() {
        if p[0] > 200 && p[1] > 200 && p[2] > 200 {
            right = right.max(i % columns);
        }
    }
    x0 + right as f32
}

#[wasm_bindgen_test]
async fn kerned_pairs_are_drawn_closer_than_their_advances() {
    use lnb_studio::render::text::TextMeasure;
    let (fonts, scene, context) = painted("AVAVAV").await;
    let run = scene.texts().find(|r| r.text == "AVAVAV").expect("figure");
    let unkerned: f32 = "AVAVAV"
        .chars()
        .map(|c| fonts.width(run.face, run.size, &c.to_string()))
        .sum();
    let kerned = fonts.width(run.face, run.size, "AVAVAV");
    assert!(kerned < unkerned - 5.0, "{kerned} vs {unkerned}");
    // The ink ends where the kerned line ends, well short of the unkerned one.
    let right = ink_right(&context, &run.bounds);
    assert!(
        right < run.x + kerned + 2.0,
        "ink to {right}, line {}",
        run.x + kerned
    );
    assert!(
        right < run.x + unkerned - 5.0,
        "ink to {right}, unkerned {}",
        run.x + unkerned
    );
}

/// What the browser's `Intl.NumberFormat` writes for `value` in `lang`, with no more
/// decimals than LNB Studio shows, as a percentage for [`Unit::Percent`]. Bidi marks
/// are dropped (the graphic places runs itself) and "-" becomes the minus sign "−".
fn intl(value: f64, unit: lnb_studio::model::document::Unit, lang: Lang) -> String {
    use js_sys::{Array, Function, Intl, Object, Reflect};
    let options = Object::new();
    let decimals = if value.abs() >= 100.0 { 0 } else { 1 };
    Reflect::set(&options, &"maximumFractionDigits".into(), &decimals.into()).unwrap();
    let shown = if unit == lnb_studio::model::document::Unit::Percent {
        Reflect::set(&options, &"style".into(), &"percent".into()).unwrap();
        value / 100.0
    } else {
        value
    };
    let locales = Array::of1(&lang.code().into());
    let format: Function = Intl::NumberFormat::new(&locales, &options).format();
    format
        .call1(&wasm_bindgen::JsValue::NULL, &shown.into())
        .unwrap()
        .as_string()
        .unwrap()
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{61c}'))
        .map(|c| if c == '-' { '−' } else { c })
        .collect()
}

#[wasm_bindgen_test]
fn numbers_are_written_and_read_as_the_browsers_intl_writes_them() {
    use lnb_studio::model::document::Unit;
    use lnb_studio::model::number::{format_value, parse_number};
    let values = [
        0.0, 7.0, 12.5, 45.25, 99.94, 1234.0, 12345.0, 1234567.0, -3.5, 250e6,
    ];
    for lang in Lang::ALL {
        for value in values {
            for unit in [Unit::Number, Unit::Percent] {
                let ours = format_value(value, unit, lang);
                let browser = intl(value, unit, lang);
                assert_eq!(ours, browser, "{lang:?} {value} {unit:?}");
                let read = parse_number(&browser, lang).expect("reads Intl's number");
                let rounded = format_value(read.unwrap_or(f64::NAN), unit, lang);
                assert_eq!(rounded, ours, "{lang:?} reads {browser:?} back");
            }
        }
    }
}
