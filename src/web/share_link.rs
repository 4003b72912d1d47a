//! Making a share link in the browser: the design's JSON is compressed by the
//! browser's own `CompressionStream` (zlib, as `share::decode` reads it), so the
//! editor carries no deflate code; a browser without it gets stored blocks, a longer
//! link that opens the same. The link is put on the clipboard by a write asked for
//! inside the click (Safari allows no other), with the link still being made.

use js_sys::{Array, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::input::share;

#[wasm_bindgen]
extern "C" {
    /// `CompressionStream` (web-sys has it only behind its unstable APIs).
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;
    #[wasm_bindgen(method, getter)]
    fn readable(this: &CompressionStream) -> web_sys::ReadableStream;
    #[wasm_bindgen(method, getter)]
    fn writable(this: &CompressionStream) -> web_sys::WritableStream;

    /// `ClipboardItem`, whose contents may be a promise.
    type ClipboardItem;
    #[wasm_bindgen(constructor, catch)]
    fn new(items: &Object) -> Result<ClipboardItem, JsValue>;
}

/// Whether the page's global scope has `name`.
fn has(name: &str) -> bool {
    Reflect::has(&js_sys::global(), &JsValue::from_str(name)).unwrap_or(false)
}

/// `text` as a zlib stream, compressed by the browser where it can.
async fn zlib(text: &str) -> Vec<u8> {
    if has("CompressionStream") {
        if let Ok(bytes) = compressed(text).await {
            return bytes;
        }
    }
    share::stored_zlib(text.as_bytes())
}

async fn compressed(text: &str) -> Result<Vec<u8>, JsValue> {
    let deflate = CompressionStream::new("deflate")?;
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence(&parts)?;
    let pair = web_sys::ReadableWritablePair::new(&deflate.readable(), &deflate.writable());
    let stream = blob.stream().pipe_through(&pair);
    let response = web_sys::Response::new_with_opt_readable_stream(Some(&stream))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The link to `json` (see `share::link_json`) at `base`, made now and put on the
/// clipboard when ready; `made` is told the link. Resolves with whether the
/// clipboard took it.
pub fn copy(json: String, base: String, made: impl FnOnce(String) + 'static) -> JsFuture {
    let link = wasm_bindgen_futures::future_to_promise(async move {
        let url = format!("{base}#{}", share::fragment(&zlib(&json).await));
        made(url.clone());
        Ok(JsValue::from_str(&url))
    });
    let clipboard = gloo::utils::window().navigator().clipboard();
    if let Some(written) = write_later(&clipboard, link.clone()) {
        return JsFuture::from(written);
    }
    JsFuture::from(wasm_bindgen_futures::future_to_promise(async move {
        let url = JsFuture::from(link).await?;
        JsFuture::from(clipboard.write_text(&url.as_string().unwrap_or_default())).await
    }))
}

/// Asks the clipboard, now, for the text `link` will resolve to
/// (`clipboard.write([new ClipboardItem({"text/plain": …})])`); None where the
/// browser has no `ClipboardItem` or `clipboard.write`.
fn write_later(clipboard: &web_sys::Clipboard, link: Promise) -> Option<Promise> {
    if !has("ClipboardItem") {
        return None;
    }
    let text = wasm_bindgen_futures::future_to_promise(async move {
        let url = JsFuture::from(link).await?;
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/plain");
        web_sys::Blob::new_with_str_sequence_and_options(&Array::of1(&url), &options)
            .map(Into::into)
    });
    let items = Object::new();
    Reflect::set(&items, &"text/plain".into(), &text).ok()?;
    let item = ClipboardItem::new(&items).ok()?;
    let write: js_sys::Function = Reflect::get(clipboard, &"write".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(clipboard, &Array::of1(&item))
        .ok()?
        .dyn_into()
        .ok()
}
