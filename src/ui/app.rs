//! The page: masthead, the preview and the editor form, and font loading.

use leptos::prelude::*;

use super::editor::Editor;
use super::preview::Preview;
use super::work::{Notice, UpdateReady};
use super::{FontState, Studio};
use crate::i18n::Lang;

/// The whole editor.
#[component]
pub fn App() -> impl IntoView {
    let studio = Studio::new(Lang::En);
    provide_context(studio);
    super::work::keep_work(studio);
    match super::share::from_address() {
        Some(Ok(doc)) => super::share::open_shared(studio, doc),
        Some(Err(e)) => studio.notice.set(Some(e.message_id())),
        None => {}
    }
    leptos::task::spawn_local(async move {
        let state = match crate::web::fonts::load().await {
            Ok(fonts) => FontState::Ready(fonts),
            Err(e) => {
                leptos::logging::warn!("{e}");
                FontState::Failed
            }
        };
        studio.fonts.set(state);
    });
    view! {
        <header class="masthead">
            <h1>{studio.t("app-title")}</h1>
            <p>{studio.t("app-tagline")}</p>
        </header>
                <Notice/>
        <UpdateReady/>
        <main class="workspace">
            <Preview/>
            <Editor/>
        </main>
    }
}
