//! "Copy link": the design in the address's fragment, and opening such a link.

use leptos::prelude::*;

use super::{use_studio, Studio};
use crate::input::share;
use crate::model::document::Document;
use crate::model::error::UserError;

/// The page's address without its fragment.
fn base_url() -> String {
    let href = gloo::utils::window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_owned()
}

/// If the page was opened from a share link: the design it carries, or why not. The
/// fragment is removed from the address either way, so a reload opens the saved work.
pub fn from_address() -> Option<Result<Document, share::ShareError>> {
    let location = gloo::utils::window().location();
    let hash = location.hash().unwrap_or_default();
    let fragment = hash.strip_prefix('#').unwrap_or(&hash);
    if !share::is_share_link(fragment) {
        return None;
    }
    let result = share::decode(fragment);
    if let Ok(history) = gloo::utils::window().history() {
        // Only the address bar's tidiness is at stake: the design is open either way.
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base_url()));
    }
    Some(result)
}

/// Opens a shared design as a new saved design, so the user's own work is untouched.
/// (It is written to the store behind when keeping work starts, with the form.)
pub fn open_shared(studio: Studio, doc: Document) {
    let kept = studio.change_named(|s, ui| s.open_shared(doc, ui, super::now()));
    studio.shown_whole();
    studio.notice.set(Some(match kept {
        Some(Err(e)) => e.message_id(),
        _ => "share-opened",
    }));
}

/// Copies a link to this design; shows it too, for browsers that refuse the clipboard.
#[component]
pub fn ShareButton() -> impl IntoView {
    let studio = use_studio();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let copy = move |_| {
        copied.set(false);
        let json = studio.doc.with_untracked(share::link_json);
        let written = crate::web::share_link::copy(json, base_url(), move |url| {
            link.set(Some(url));
        });
        leptos::task::spawn_local(async move {
            copied.set(written.await.is_ok());
        });
    };
    view! {
        <button type="button" class="secondary" id="copy-link" on:click=copy>{studio.t("copy-link")}</button>
        <p class="share-status" role="status" hidden=move || link.with(Option::is_none)>
            {move || if copied.get() { studio.t("link-copied") } else { studio.t("link-select") }}
            <input type="text" id="share-link" readonly aria-label=studio.t("copy-link") prop:value=move || link.get().unwrap_or_default()/>
        </p>
    }
}
