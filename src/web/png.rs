//! PNG files in the export workers: the scene painted on an `OffscreenCanvas` at the
//! format's pixel size (or twice it), encoded by the browser's PNG encoder, with the
//! metadata spliced in. Runs only in the export module's workers, never on the page.
//!
//! The canvas surface (plotters-canvas and the glyph painter) is written for
//! `HTMLCanvasElement`; an `OffscreenCanvas` and its 2D context have the same drawing
//! interface, and the worker's bootstrap (`public/exporter-worker.js`) names them so,
//! so the same surface paints here without a second painter.
//!
//! A worker keeps the canvas it last painted a social-sized graphic on while graphics
//! keep coming (a pack): a new canvas costs the allocation and clearing of its pixels,
//! a third of a 1600×900 graphic's time in Chromium.

use std::cell::RefCell;

use gloo::timers::callback::Timeout;
use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, OffscreenCanvas};

use super::canvas::CanvasSurface;
use super::{js_text, WebError};
use crate::model::logo::LogoPixels;
use crate::render::export::png_meta::{annotate, PngText};
use crate::render::export::png_strips::{strips, StripWriter};
use crate::render::paint::{paint, paint_at, Placement};
use crate::render::scene::Scene;
use crate::render::text::FontSet;

/// The largest canvas a worker keeps between graphics: a 1080×1920 story is the
/// largest social format; a poster's canvas is let go at once.
const MOST_KEPT_PIXELS: u32 = 1920 * 1080;
/// How long a kept canvas waits for the next graphic before it is let go.
const KEEP_MS: u32 = 2_000;

thread_local! {
    static KEPT: RefCell<Option<(OffscreenCanvas, Timeout)>> = const { RefCell::new(None) };
}

/// A canvas `width` × `height`: the kept one if it is that size, else a new one.
fn canvas_of(width: u32, height: u32) -> Result<OffscreenCanvas, WebError> {
    let kept = KEPT.with(|k| k.borrow_mut().take());
    match kept {
        Some((canvas, _timeout)) if canvas.width() == width && canvas.height() == height => {
            Ok(canvas)
        }
        _ => OffscreenCanvas::new(width, height).map_err(canvas_error),
    }
}

/// Keeps `canvas` for the next graphic, if it is small enough, for [`KEEP_MS`].
fn keep(canvas: OffscreenCanvas) {
    if canvas.width() * canvas.height() > MOST_KEPT_PIXELS {
        return;
    }
    let timeout = Timeout::new(KEEP_MS, || KEPT.with(|k| drop(k.borrow_mut().take())));
    KEPT.with(|k| *k.borrow_mut() = Some((canvas, timeout)));
}

/// Paints `scene` on `canvas` from a clear, default state, and leaves it so.
fn paint_fresh(
    canvas: &OffscreenCanvas,
    scene: &Scene,
    fonts: &FontSet,
    scale: f32,
    logo: Option<&LogoPixels>,
) -> Result<(), WebError> {
    let context = context_2d(canvas).ok_or_else(|| WebError::Canvas("no 2D context".into()))?;
    let (width, height) = (f64::from(canvas.width()), f64::from(canvas.height()));
    // A kept canvas was left in the default state (below); it still holds pixels.
    context.clear_rect(0.0, 0.0, width, height);
    context.save();
    let mut surface = CanvasSurface::new(canvas.unchecked_ref::<HtmlCanvasElement>())?;
    let painted =
        paint(scene, &mut surface, fonts, scale, logo).map_err(|e| WebError::Canvas(e.to_string()));
    context.restore();
    painted
}

/// The scene as PNG bytes at `scale` × its size, with `dpi` and `texts` written in.
pub async fn png(
    scene: &Scene,
    fonts: &FontSet,
    logo: Option<&LogoPixels>,
    scale: f32,
    dpi: Option<u32>,
    texts: &[PngText],
) -> Result<Vec<u8>, WebError> {
    let (width, height) = (
        (scene.width * scale).round() as u32,
        (scene.height * scale).round() as u32,
    );
    let strips = strips(width, height);
    // One canvas where this browser draws on one that large; strips where it does not
    // (iOS Safari above 16.7 Mpx), found by drawing, not by asking which browser it is.
    let canvas = if strips.len() == 1 {
        Some(canvas_of(width, height)?)
    } else {
        let canvas = OffscreenCanvas::new(width, height).map_err(canvas_error)?;
        if draws_on(&canvas, width, height) {
            Some(canvas)
        } else {
            canvas.set_width(0);
            canvas.set_height(0);
            None
        }
    };
    let bytes = match canvas {
        Some(canvas) => {
            paint_fresh(&canvas, scene, fonts, scale, logo)?;
            let bytes = encode(&canvas).await?;
            keep(canvas);
            bytes
        }
        None => in_strips(scene, fonts, logo, scale, (width, height), &strips)?,
    };
    // A PNG made here is a PNG; should that ever fail, the plain file is kept.
    Ok(annotate(&bytes, dpi, texts).unwrap_or(bytes))
}

fn canvas_error(e: JsValue) -> WebError {
    WebError::Canvas(js_text(&e))
}

fn context_2d(canvas: &OffscreenCanvas) -> Option<CanvasRenderingContext2d> {
    Some(canvas.get_context("2d").ok()??.unchecked_into())
}

/// Whether a pixel drawn in the far corner of `canvas` reads back: false where the
/// browser refuses a canvas that large (no context, or nothing drawn).
fn draws_on(canvas: &OffscreenCanvas, width: u32, height: u32) -> bool {
    let Some(context) = context_2d(canvas) else {
        return false;
    };
    let (x, y) = (f64::from(width) - 1.0, f64::from(height) - 1.0);
    context.set_fill_style_str("#0a141e");
    context.fill_rect(x, y, 1.0, 1.0);
    context
        .get_image_data(x, y, 1.0, 1.0)
        .is_ok_and(|pixel| pixel.data().0 == [0x0a, 0x14, 0x1e, 0xff])
}

/// The scene painted strip by strip on canvases small enough for every browser (iOS
/// Safari draws nothing on a larger one), written into one PNG.
fn in_strips(
    scene: &Scene,
    fonts: &FontSet,
    logo: Option<&LogoPixels>,
    scale: f32,
    (width, height): (u32, u32),
    strips: &[(u32, u32)],
) -> Result<Vec<u8>, WebError> {
    let fail = |e: String| WebError::Canvas(e);
    let mut writer = StripWriter::new(width, height);
    let canvas = OffscreenCanvas::new(width, 1).map_err(canvas_error)?;
    for &(top, rows) in strips {
        canvas.set_height(rows);
        let mut surface = CanvasSurface::new(canvas.unchecked_ref::<HtmlCanvasElement>())?;
        let at = Placement {
            scale,
            origin: (0.0, -(top as f32)),
        };
        paint_at(scene, &mut surface, fonts, at, logo).map_err(|e| fail(e.to_string()))?;
        let context = context_2d(&canvas).ok_or_else(|| fail("no 2D context".into()))?;
        let pixels = context
            .get_image_data(0.0, 0.0, f64::from(width), f64::from(rows))
            .map_err(|e| fail(js_text(&e)))?;
        writer.push_rgba(&pixels.data());
    }
    Ok(writer.finish())
}

/// The canvas as a PNG file (`convertToBlob`).
async fn encode(canvas: &OffscreenCanvas) -> Result<Vec<u8>, WebError> {
    let fail = |e: JsValue| WebError::Canvas(js_text(&e));
    let options = web_sys::ImageEncodeOptions::new();
    options.set_type("image/png");
    let blob: Blob = JsFuture::from(
        canvas
            .convert_to_blob_with_options(&options)
            .map_err(fail)?,
    )
    .await
    .map_err(fail)?
    .dyn_into()
    .map_err(|_| WebError::Canvas("the browser made no PNG".into()))?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(fail)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
