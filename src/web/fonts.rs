//! Loading the shipped fonts: wait until the page's `@font-face` fonts are usable on
//! the canvas, then read the same files' bytes for the text measurer.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::{js_text, WebError};
use crate::text::{Face, FontSet};

/// Loads the [`Face::LATIN`] faces: ready for canvas drawing, and parsed for measuring.
pub async fn load() -> Result<FontSet, WebError> {
    let files = load_faces(Face::LATIN).await?;
    FontSet::from_bytes(files).map_err(|e| WebError::Fonts(e.to_string()))
}

/// Adds the [`Face::ARABIC`] faces to `fonts` (only Arabic graphics need them), and
/// asks the service worker to keep every Arabic font for the next time there is no
/// network.
pub async fn add_arabic(fonts: FontSet) -> Result<FontSet, WebError> {
    let files = load_faces(Face::ARABIC).await?;
    super::offline::keep_on_demand_files();
    fonts
        .with_arabic(files)
        .map_err(|e| WebError::Fonts(e.to_string()))
}

/// Waits until each face is usable on the canvas, then reads its file's bytes.
async fn load_faces<const N: usize>(faces: [Face; N]) -> Result<[Vec<u8>; N], WebError> {
    let fonts = gloo::utils::document().fonts();
    for face in faces {
        JsFuture::from(fonts.load(&face.css_font(16.0)))
            .await
            .map_err(|e| WebError::Fonts(js_text(&e)))?;
    }
    let mut files = Vec::with_capacity(N);
    for face in faces {
        files.push(fetch_bytes(face.url()).await?);
    }
    files
        .try_into()
        .map_err(|_| WebError::Fonts("wrong number of font files".into()))
}

/// Fetches a same-origin file as bytes (from the HTTP cache after `@font-face`).
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, WebError> {
    let fail = |e: wasm_bindgen::JsValue| WebError::Fonts(format!("{url}: {}", js_text(&e)));
    let response: Response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    if !response.ok() {
        return Err(WebError::Fonts(format!(
            "{url}: HTTP {}",
            response.status()
        )));
    }
    let buffer: ArrayBuffer = JsFuture::from(response.array_buffer().map_err(fail)?)
        .await
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
