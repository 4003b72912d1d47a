//! Exporting: paint a scene on an offscreen canvas at the format's exact pixel size,
//! encode it as PNG and hand it to the browser as a download.

use js_sys::Promise;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, HtmlAnchorElement, HtmlCanvasElement, Url};

use super::canvas::CanvasSurface;
use super::{js_text, WebError};
use crate::logo::LogoPixels;
use crate::paint::{paint, TextConvention};
use crate::scene::Scene;

/// Paints `scene` at scale 1 and downloads it as `file_name`.
pub async fn download_png(
    scene: &Scene,
    logo: Option<&LogoPixels>,
    file_name: &str,
) -> Result<(), WebError> {
    let canvas = offscreen_canvas(scene)?;
    let mut surface = CanvasSurface::new(&canvas)?;
    paint(scene, &mut surface, TextConvention::Baseline, 1.0, logo)
        .map_err(|e| WebError::Canvas(e.to_string()))?;
    let blob = png_blob(&canvas).await?;
    save(&blob, file_name)
}

fn offscreen_canvas(scene: &Scene) -> Result<HtmlCanvasElement, WebError> {
    let canvas: HtmlCanvasElement = super::element("canvas")?;
    canvas.set_width(scene.width.round() as u32);
    canvas.set_height(scene.height.round() as u32);
    Ok(canvas)
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
    value
        .dyn_into::<Blob>()
        .map_err(|_| WebError::Download("the browser made no PNG".into()))
}

/// Starts a download of `blob` named `file_name`.
fn save(blob: &Blob, file_name: &str) -> Result<(), WebError> {
    let fail = |e: JsValue| WebError::Download(js_text(&e));
    let url = Url::create_object_url_with_blob(blob).map_err(fail)?;
    let anchor: HtmlAnchorElement = super::element("a")?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // Revoke later: revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}
