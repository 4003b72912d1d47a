//! The interface language in the page: chosen from `?lang=`, then what the user picked
//! before, then the browser's languages; and applied to `<html lang dir>`, the title
//! and the web manifest.

use wasm_bindgen::JsCast;

use crate::i18n::Lang;
use crate::storage::KeyValue;
use crate::web::storage::LocalStore;

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
        let _ = link.set_attribute("href", &format!("manifest-{}.webmanifest", lang.code()));
    }
}
