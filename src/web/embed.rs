//! Living in a partner's iframe: the page tells its parent how tall it is, so the
//! iframe can be sized to fit and never shows a scrollbar.

use wasm_bindgen::prelude::*;

/// The `type` of the message the parent page listens for.
pub const HEIGHT_MESSAGE: &str = "lnb-studio:height";

/// Marks the page as embedded (the stylesheet drops the masthead and tightens
/// spacing) and posts `{ type: "lnb-studio:height", height }` to the parent page
/// now and whenever the page's height changes.
pub fn start() {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        // A class on <html>: adding one cannot fail.
        let _ = html.class_list().add_1("embed");
    }
    let Some(body) = document.body() else {
        return;
    };
    let observed = body.clone();
    let report = Closure::<dyn FnMut()>::new(move || post_height(observed.scroll_height()));
    if let Ok(observer) = web_sys::ResizeObserver::new(report.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer calls it for as long as the page lives.
    report.forget();
}

fn post_height(height: i32) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    let message = js_sys::Object::new();
    // Setting a property on a fresh plain object cannot fail.
    let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    // The height is not a secret, and the partner's origin is not known here.
    let _ = parent.post_message(&message, "*");
}
