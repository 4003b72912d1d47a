//! Loading the shipped fonts: wait until the page's `@font-face` fonts are usable on
//! the canvas, then read the same files' bytes for the text measurer.

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use super::{js_text, WebError};
use crate::text::{Face, FontSet};

/// Loads every [`Face`]: ready for canvas drawing, and parsed for measuring.
pub async fn load() -> Result<FontSet, WebError> {
    let document = gloo::utils::document();
    let fonts = document.fonts();
    for face in Face::ALL {
        JsFuture::from(fonts.load(&face.css_font(16.0)))
            .await
            .map_err(|e| WebError::Fonts(js_text(&e)))?;
    }
    let mut files = Vec::with_capacity(Face::ALL.len());
    for face in Face::ALL {
        files.push(fetch_bytes(face.url()).await?);
    }
    let files: [Vec<u8>; 3] = files
        .try_into()
        .map_err(|_| WebError::Fonts("wrong number of font files".into()))?;
    FontSet::from_bytes(files).map_err(|e| WebError::Fonts(e.to_string()))
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
