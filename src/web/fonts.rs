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

/// Waits until each face is usable on the canvas and reads its file's bytes, all
/// faces at once: the page preloads the files, and one face waiting for another
/// only delays the first preview.
async fn load_faces<const N: usize>(faces: [Face; N]) -> Result<[Vec<u8>; N], WebError> {
    let set = gloo::utils::document().fonts();
    let loads = js_sys::Array::new();
    for face in faces {
        loads.push(&set.load(&face.css_font(16.0)));
    }
    // `fetch` starts the requests now; awaiting them one by one only reads them.
    let fetches: Vec<_> = faces
        .iter()
        .map(|face| (face.url(), gloo::utils::window().fetch_with_str(face.url())))
        .collect();
    JsFuture::from(js_sys::Promise::all(&loads))
        .await
        .map_err(|e| WebError::Fonts(js_text(&e)))?;
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
