//! When something panics. The release build aborts at once on a panic (`make build`:
//! `-Cpanic=immediate-abort`, no panic machinery in the module), which stops the
//! WebAssembly module for good: the trap reaches the page as a
//! `WebAssembly.RuntimeError`, and the handler in `index.html` covers the page with a
//! plain message and a reload link (no module code needed to show or use it). This
//! module keeps that message in the interface language: the page carries it in
//! `<html data-crash-*>` (English from the build, replaced here). Every change is saved
//! as it is made, so reloading brings back the design up to the last change.

use crate::model::i18n::{Lang, Translator};

/// Puts the crash message in `lang` where the page's handler reads it.
pub fn set_language(lang: Lang) {
    let Some(html) = gloo::utils::document().document_element() else {
        return;
    };
    let tr = Translator::new(lang);
    for id in ["crash-title", "crash-text", "crash-reload"] {
        // An attribute that cannot be set leaves the build's English message.
        let _ = html.set_attribute(&format!("data-{id}"), &tr.text(id));
    }
}
