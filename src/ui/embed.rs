//! A partner's preset from the address, applied once when the editor opens, and the
//! "Embed" dialog that writes the snippet a partner pastes.

use leptos::prelude::*;

use super::{use_studio, Studio};
use crate::input::preset::{embed_snippet, Preset};

/// Applies the address's preset to the document: language and Goal through the same
/// paths as the user's own choices (so an untouched example follows them), then the
/// rest of the fields directly; then starts embed mode and loads the partner's logo.
pub fn apply_preset(studio: Studio) {
    let preset = studio.preset.get_value();
    if preset.embed {
        crate::web::embed::start();
    }
    // The interface's words, fetched before the app started, are this language's.
    if let Some(lang) = preset.lang {
        studio.set_graphic_lang_now(lang);
    }
    if preset.goal.is_some() || preset.chart.is_some() {
        studio.switch(preset.goal, preset.chart);
    }
    if preset.sets_document() {
        studio.doc.update(|doc| preset.apply(doc));
    }
    studio.doc.change(|s| s.start_history_here());
    if let Some(source) = preset.logo {
        leptos::task::spawn_local(async move {
            match crate::web::logo::load_preset(&source).await {
                Ok((logo, pixels)) => {
                    studio.logo_pixels.set(Some(std::sync::Arc::new(pixels)));
                    studio.doc.update(|d| d.logo = Some(logo));
                }
                Err(_) => studio.notice.set(Some("preset-logo-failed")),
            }
        });
    }
}

/// "Embed": shows the iframe snippet for this design's Goal, chart, format, language
/// and place, with a button that copies it.
#[component]
pub fn EmbedButton() -> impl IntoView {
    let studio = use_studio();
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    let snippet = move || {
        let location = gloo::utils::window().location();
        let app = format!(
            "{}{}",
            location.origin().unwrap_or_default(),
            location.pathname().unwrap_or_default()
        );
        let preset = studio.doc.with(Preset::embedding);
        embed_snippet(&app, &preset, &studio.t("app-title"))
    };
    let copy = move |_| {
        let text = snippet();
        leptos::task::spawn_local(async move {
            let clipboard = gloo::utils::window().navigator().clipboard();
            let done = wasm_bindgen_futures::JsFuture::from(clipboard.write_text(&text)).await;
            copied.set(done.is_ok());
        });
    };
    view! {
        <button type="button" class="secondary" id="embed" aria-expanded=move || open.get().to_string()
            on:click=move |_| { open.update(|o| *o = !*o); copied.set(false); }>
            {studio.t("embed-button")}
        </button>
        <div class="embed-panel" hidden=move || !open.get()>
            <label for="embed-code">{studio.t("embed-label")}</label>
            <p class="hint" id="embed-hint">{studio.t("embed-hint")}</p>
            <textarea id="embed-code" readonly rows="8" aria-describedby="embed-hint" prop:value=snippet></textarea>
            <button type="button" class="secondary" id="copy-embed" on:click=copy>{studio.t("embed-copy")}</button>
            <p role="status" class="hint">{move || copied.get().then(|| studio.t("embed-copied"))}</p>
        </div>
    }
}
