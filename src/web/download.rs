//! Exporting in the browser: paint a scene on an offscreen canvas at the format's pixel
//! size (or twice it), encode it with the browser's PNG encoder, add the metadata, and
//! hand any file to the browser as a download.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, Url};

use super::canvas::CanvasSurface;
use super::{js_text, WebError};
use crate::export::png_meta::{annotate, PngText};
use crate::export::png_strips::{strips, StripWriter};
use crate::logo::LogoPixels;
use crate::paint::{paint, paint_at, Placement};
use crate::scene::Scene;
use crate::text::FontSet;

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
    let canvas: HtmlCanvasElement = super::element("canvas")?;
    canvas.set_width(width);
    canvas.set_height(height);
    let strips = strips(width, height);
    // One canvas where this browser draws on one that large; strips where it does not
    // (iOS Safari above 16.7 Mpx), found by drawing, not by asking which browser it is.
    let bytes = if strips.len() == 1 || draws_on(&canvas, width, height) {
        let mut surface = CanvasSurface::new(&canvas)?;
        paint(scene, &mut surface, fonts, scale, logo)
            .map_err(|e| WebError::Canvas(e.to_string()))?;
        blob_bytes(&png_blob(&canvas).await?).await?
    } else {
        canvas.set_width(0);
        canvas.set_height(0);
        in_strips(scene, fonts, logo, scale, (width, height), &strips)?
    };
    // A PNG made here is a PNG; should that ever fail, the plain file is kept.
    Ok(annotate(&bytes, dpi, texts).unwrap_or(bytes))
}

/// Whether a pixel drawn in the far corner of `canvas` reads back: false where the
/// browser refuses a canvas that large (no context, or nothing drawn).
fn draws_on(canvas: &HtmlCanvasElement, width: u32, height: u32) -> bool {
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

fn context_2d(canvas: &HtmlCanvasElement) -> Option<web_sys::CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
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
    let canvas: HtmlCanvasElement = super::element("canvas")?;
    canvas.set_width(width);
    for &(top, rows) in strips {
        canvas.set_height(rows);
        let mut surface = CanvasSurface::new(&canvas)?;
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

/// `canvas.toBlob` as a future.
async fn png_blob(canvas: &HtmlCanvasElement) -> Result<Blob, WebError> {
    let mut failure = None;
    let promise = Promise::new(&mut |resolve, _reject| {
        if let Err(e) = canvas.to_blob_with_type(&resolve, "image/png") {
            failure = Some(e);
        }
    });
    if let Some(e) = failure {
        return Err(WebError::Download(js_text(&e)));
    }
    let value = JsFuture::from(promise)
        .await
        .map_err(|e| WebError::Download(js_text(&e)))?;
    // A canvas too large for this browser gives `null` instead of a blob.
    value
        .dyn_into::<Blob>()
        .map_err(|_| WebError::Download("the browser made no PNG".into()))
}

async fn blob_bytes(blob: &Blob) -> Result<Vec<u8>, WebError> {
    let buffer = JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| WebError::Download(js_text(&e)))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// Starts a download of `bytes` of type `mime`, named `file_name`.
pub fn save(bytes: &[u8], mime: &str, file_name: &str) -> Result<(), WebError> {
    let fail = |e: JsValue| WebError::Download(js_text(&e));
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: HtmlAnchorElement = super::element("a")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(60),
    );
    Ok(())
}

/// Whether the browser can hand a file to the phone's share sheet (WhatsApp, Signal,
/// the photo gallery…): the Web Share API with files, asked about a real PNG file, so
/// a browser that shares only links says no. Detected by feature, never by browser.
pub fn can_share_files() -> bool {
    let navigator = gloo::utils::window().navigator();
    let has =
        |name: &str| js_sys::Reflect::has(&navigator, &JsValue::from_str(name)).unwrap_or(false);
    if !has("canShare") || !has("share") {
        return false;
    }
    match share_data(&[0x89, b'P', b'N', b'G'], "image/png", "test.png") {
        Ok(data) => navigator.can_share_with_data(&data),
        Err(_) => false,
    }
}

/// Opens the share sheet with `bytes` as a file named `file_name`, a title and a text.
/// Returns `Ok(false)` when the user closed the sheet without sharing.
pub async fn share(
    bytes: &[u8],
    mime: &str,
    file_name: &str,
    title: &str,
    text: &str,
) -> Result<bool, WebError> {
    let data = share_data(bytes, mime, file_name)?;
    data.set_title(title);
    data.set_text(text);
    let promise = gloo::utils::window().navigator().share_with_data(&data);
    match JsFuture::from(promise).await {
        Ok(_) => Ok(true),
        Err(e)
            if e.dyn_ref::<web_sys::DomException>()
                .is_some_and(|d| d.name() == "AbortError") =>
        {
            Ok(false)
        }
        Err(e) => Err(WebError::Download(js_text(&e))),
    }
}

fn share_data(bytes: &[u8], mime: &str, file_name: &str) -> Result<web_sys::ShareData, WebError> {
    let parts = js_sys::Array::of1(&Uint8Array::from(bytes));
    let options = web_sys::FilePropertyBag::new();
    options.set_type(mime);
    let file = web_sys::File::new_with_u8_array_sequence_and_options(&parts, file_name, &options)
        .map_err(|e| WebError::Download(js_text(&e)))?;
    let data = web_sys::ShareData::new();
    data.set_files(&js_sys::Array::of1(&file));
    Ok(data)
}

/// Now, as (year, month, day, hour, minute, second) in the user's time zone, for the
/// dates of files in a zip.
pub fn local_time() -> (u16, u8, u8, u8, u8, u8) {
    let now = js_sys::Date::new_0();
    (
        now.get_full_year() as u16,
        (now.get_month() + 1) as u8,
        now.get_date() as u8,
        now.get_hours() as u8,
        now.get_minutes() as u8,
        now.get_seconds() as u8,
    )
}
