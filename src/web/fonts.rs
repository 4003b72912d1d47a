//! Loading the shipped fonts: the TTF files' bytes for the text engine, which shapes
//! and draws every glyph itself (the canvas never sets text with the page's fonts).

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::{js_text, WebError};
use crate::render::text::{Face, FontSet};

/// Loads the [`Face::LATIN`] faces: ready for canvas drawing, and parsed for measuring.
pub async fn load() -> Result<FontSet, WebError> {
    let files = load_faces(Face::LATIN).await?;
    FontSet::from_bytes(files).map_err(|e| WebError::Fonts(e.to_string()))
}

/// Adds the [`Face::ARABIC`] faces and the full shaper to `fonts` (only Arabic
/// graphics need them), and asks the service worker to keep them for the next time
/// there is no network.
pub async fn add_arabic(fonts: FontSet) -> Result<FontSet, WebError> {
    let files = load_faces(Face::ARABIC).await?;
    let fonts = fonts
        .with_arabic(files)
        .map_err(|e| WebError::Fonts(e.to_string()))?;
    let fonts = super::shaper::add(fonts).await?;
    super::offline::keep_on_demand_files();
    Ok(fonts)
}

/// Adds the full shaper alone (a Latin graphic whose text has combining marks).
pub async fn add_shaper(fonts: FontSet) -> Result<FontSet, WebError> {
    let fonts = super::shaper::add(fonts).await?;
    super::offline::keep_on_demand_files();
    Ok(fonts)
}

/// Reads each face's file, all at once (the page preloads the Latin ones).
async fn load_faces<const N: usize>(faces: [Face; N]) -> Result<[Vec<u8>; N], WebError> {
    // `fetch` starts the requests now; awaiting them one by one only reads them.
    let fetches: Vec<_> = faces
        .iter()
        .map(|face| (face.url(), gloo::utils::window().fetch_with_str(face.url())))
        .collect();
    let mut files = Vec::with_capacity(N);
    for (url, fetch) in fetches {
        files.push(read_bytes(url, fetch).await?);
    }
    files
        .try_into()
        .map_err(|_| WebError::Fonts("wrong number of font files".into()))
}

/// The bytes of a started same-origin `fetch` of `url`.
async fn read_bytes(url: &str, fetch: js_sys::Promise) -> Result<Vec<u8>, WebError> {
    let fail = |e: wasm_bindgen::JsValue| WebError::Fonts(format!("{url}: {}", js_text(&e)));
    let response: Response = JsFuture::from(fetch)
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
