//! Browser glue: the canvas surface, font loading, the export workers and file
//! downloads. Only this
//! module and `ui` touch web APIs, and both exist only on `wasm32`.

pub mod bench;
pub mod canvas;
pub mod crash;
pub mod download;
pub mod embed;
pub mod exporter;
pub mod fonts;
pub mod locale;
pub mod logo;
pub mod maps;
pub mod module;
pub mod offline;
pub mod png;
pub mod received;
pub mod shaper;
pub mod share_link;
pub mod storage;

pub use crate::model::error::WebError;

/// `error` as a JavaScript `Error` whose `kind` is its message id, to cross from an
/// export worker to the editor.
pub fn error_to_js(error: &WebError) -> wasm_bindgen::JsValue {
    use crate::model::error::UserError;
    let js = js_sys::Error::new(&error.to_string());
    // Setting a property of a new Error cannot fail.
    let _ = js_sys::Reflect::set(&js, &"kind".into(), &error.message_id().into());
    js.into()
}

/// What an export worker's failure was: the error it reported (`{ error, kind }`,
/// see `error_to_js` and `public/exporter-worker.js`), or, with no kind (the worker
/// itself failed or was stopped), [`WebError::Exporter`].
pub fn error_from_js(value: &wasm_bindgen::JsValue) -> WebError {
    let get = |key: &str| {
        value
            .is_object()
            .then(|| js_sys::Reflect::get(value, &key.into()).ok())
            .flatten()
            .and_then(|v| v.as_string())
    };
    let text = get("error")
        .or_else(|| get("message"))
        .unwrap_or_else(|| js_text(value));
    match get("kind") {
        Some(kind) => WebError::from_message(&kind, text),
        None => WebError::Exporter(text),
    }
}

/// A same-origin `fetch` started from the page or from a worker (both have a global
/// `fetch`; the app's files sit beside the page and the worker script alike).
pub(crate) fn fetch(url: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsCast;
    let global = js_sys::global();
    let fetch: js_sys::Function = js_sys::Reflect::get(&global, &"fetch".into())
        .ok()?
        .dyn_into()
        .ok()?;
    fetch.call1(&global, &url.into()).ok()?.dyn_into().ok()
}

/// The text of a started same-origin `fetch`, or None.
pub(crate) async fn fetched_text(fetch: js_sys::Promise) -> Option<String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let response: web_sys::Response = JsFuture::from(fetch).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

/// The text of a JavaScript error, for a [`WebError`].
pub fn js_text(value: &wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| {
            js_sys::Reflect::get(value, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| format!("{value:?}"))
}

/// A new, detached element of type `T` (`"canvas"` → `HtmlCanvasElement`).
pub(crate) fn element<T: wasm_bindgen::JsCast>(tag: &str) -> Result<T, WebError> {
    use wasm_bindgen::JsCast;
    gloo::utils::document()
        .create_element(tag)
        .map_err(|e| WebError::Canvas(js_text(&e)))?
        .dyn_into::<T>()
        .map_err(|_| WebError::Canvas(format!("<{tag}> is not the expected element")))
}

/// The file input an event came from and the file picked in it, if any.
pub(crate) fn picked_file(
    ev: &web_sys::Event,
) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    use wasm_bindgen::JsCast;
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// Whether a key press happened in a field the user types text into (an input that
/// takes text, a text area, or editable content), whose own undo the browser keeps.
pub(crate) fn in_text_field(ev: &web_sys::KeyboardEvent) -> bool {
    use wasm_bindgen::JsCast;
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    if element.is_content_editable() || element.tag_name() == "TEXTAREA" {
        return true;
    }
    element
        .dyn_into::<web_sys::HtmlInputElement>()
        .is_ok_and(|input| {
            !matches!(
                input.type_().as_str(),
                "button" | "checkbox" | "radio" | "file" | "submit" | "reset" | "color" | "range"
            )
        })
}
