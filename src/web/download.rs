//! Handing files to the user: a download, or the phone's share sheet. The files come
//! from the export workers as browser byte arrays and are never copied into the
//! editor's memory.

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

use super::{js_text, WebError};

/// Starts a download of `bytes` of type `mime`, named `file_name`.
pub fn save(bytes: &Uint8Array, mime: &str, file_name: &str) -> Result<(), WebError> {
    let parts = js_sys::Array::of1(bytes);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_err(|e| WebError::Download(js_text(&e)))?;
    save_blob(&blob, file_name)
}

/// Starts a download of `blob`, named `file_name`.
pub fn save_blob(blob: &Blob, file_name: &str) -> Result<(), WebError> {
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
    let probe = Uint8Array::from(&[0x89, b'P', b'N', b'G'][..]);
    match share_data(&probe, "image/png", "test.png") {
        Ok(data) => navigator.can_share_with_data(&data),
        Err(_) => false,
    }
}

/// Opens the share sheet with `bytes` as a file named `file_name`, a title and a text.
/// Returns `Ok(false)` when the user closed the sheet without sharing.
pub async fn share(
    bytes: &Uint8Array,
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

fn share_data(
    bytes: &Uint8Array,
    mime: &str,
    file_name: &str,
) -> Result<web_sys::ShareData, WebError> {
    let parts = js_sys::Array::of1(bytes);
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
