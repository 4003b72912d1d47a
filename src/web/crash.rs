//! When something panics: a panic stops the WebAssembly module for good, so the page
//! shows a plain message with a reload link (no script needed to use it). Every change
//! is saved as it is made, so reloading brings back the design up to the last change.

use std::cell::Cell;

use crate::i18n::{Lang, Translator};

thread_local! {
    /// The interface language, for the message (the app's state is out of reach in a
    /// panic hook).
    static UI_LANG: Cell<Lang> = const { Cell::new(Lang::En) };
}

/// Remembers the interface language for the crash message.
pub fn set_language(lang: Lang) {
    UI_LANG.with(|l| l.set(lang));
}

/// Installs the panic hook: the panic goes to the console, and the message on the page.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show();
    }));
}

/// Covers the page with the message and a reload link. Does nothing if it is already
/// shown, or if the page cannot be reached.
fn show() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if document.get_element_by_id("crash").is_some() {
        return;
    }
    let tr = Translator::new(UI_LANG.with(Cell::get));
    let element = |tag: &str, id: &str, text: &str| {
        let el = document.create_element(tag).ok()?;
        el.set_id(id);
        el.set_text_content(Some(text));
        Some(el)
    };
    let (Some(overlay), Some(title), Some(text), Some(reload)) = (
        element("div", "crash", ""),
        element("h2", "crash-title", &tr.text("crash-title")),
        element("p", "crash-text", &tr.text("crash-text")),
        element("a", "crash-reload", &tr.text("crash-reload")),
    ) else {
        return;
    };
    let _ = overlay.set_attribute("role", "alertdialog");
    let _ = overlay.set_attribute("aria-modal", "true");
    let _ = overlay.set_attribute("aria-labelledby", "crash-title");
    let _ = overlay.set_attribute("aria-describedby", "crash-text");
    // The same address without its #fragment: a share link that caused the panic is
    // not opened again.
    let location = document.location();
    let href = location
        .as_ref()
        .and_then(|l| Some(format!("{}{}", l.pathname().ok()?, l.search().ok()?)))
        .unwrap_or_else(|| "./".into());
    let _ = reload.set_attribute("href", &href);
    let _ = reload.set_attribute("class", "button primary");
    let _ = overlay.append_child(&title);
    let _ = overlay.append_child(&text);
    let _ = overlay.append_child(&reload);
    if let Some(body) = document.body() {
        let _ = body.append_child(&overlay);
        let _ = reload.dyn_ref::<web_sys::HtmlElement>().map(|r| r.focus());
    }
}

use wasm_bindgen::JsCast;
