//! The interface language in the page: chosen from `?lang=`, then what the user picked
//! before, then the browser's languages; and applied to `<html lang dir>`, the title
//! and the web manifest.

use wasm_bindgen::JsCast;

use crate::input::storage::KeyValue;
use crate::model::i18n::Lang;
use crate::web::storage::LocalStore;
use crate::web::{fetch, fetched_text};

/// Where the user's choice of interface language is remembered.
const KEY: &str = "lnb-studio/ui-lang";

/// The interface language to start in.
pub fn initial(from_address: Option<Lang>) -> Lang {
    from_address
        .or_else(|| LocalStore::open().get(KEY).and_then(|c| Lang::from_tag(&c)))
        .unwrap_or_else(|| {
            let languages: Vec<String> = gloo::utils::window()
                .navigator()
                .languages()
                .iter()
                .filter_map(|l| l.as_string())
                .collect();
            Lang::negotiate(languages.iter().map(String::as_str))
        })
}

/// Remembers `lang` as the user's choice (silently skipped when storage is refused:
/// the browser's languages still apply next time).
pub fn remember(lang: Lang) {
    let _ = LocalStore::open().set(KEY, lang.code());
}

/// Sets `<html lang dir>`, the page title and the manifest for `lang`.
pub fn apply(lang: Lang, title: &str) {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        // Attributes on <html>: setting them cannot fail.
        let _ = html.set_attribute("lang", lang.code());
        let _ = html.set_attribute("dir", lang.dir());
    }
    document.set_title(title);
    let manifest = document
        .query_selector("link[rel=manifest]")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::Element>().ok());
    if let Some(link) = manifest {
        // The manifest link of the page's own markup: setting its href cannot fail.
        let _ = link.set_attribute("href", &format!("manifest-{}.webmanifest", lang.code()));
    }
}

/// Fetches `lang`'s `.ftl` files (copied into the site as `locales/<code>/`) unless its
/// words are already at hand; false if they could not be fetched (English is used).
pub async fn ensure(lang: Lang) -> bool {
    if lang.is_available() {
        return true;
    }
    let base = format!("locales/{}/", lang.code());
    // Both requests start now; awaiting them in turn only reads them.
    let (Some(ui), Some(graphic)) = (
        fetch(&format!("{base}ui.ftl")),
        fetch(&format!("{base}graphic.ftl")),
    ) else {
        return false;
    };
    match (fetched_text(ui).await, fetched_text(graphic).await) {
        (Some(ui), Some(graphic)) => {
            lang.register(ui, graphic);
            true
        }
        _ => false,
    }
}
