//! The page: masthead, the preview and the editor form, and font loading.

use leptos::prelude::*;

use super::choices::LanguagePicker;
use super::preview::Preview;
use super::{FontState, Studio};
use crate::input::preset::Preset;
use crate::model::error::UserError;
use crate::web::locale;

/// The whole editor, in `ui_lang` (its words fetched), with the address's `preset`.
#[component]
pub fn App(
    preset: Preset,
    ui_lang: crate::model::i18n::Lang,
    designs: (
        crate::input::storage::Designs<crate::input::storage::Mirror>,
        crate::input::storage::Opened,
    ),
    fonts: futures_channel::oneshot::Receiver<
        Result<crate::render::text::FontSet, crate::web::WebError>,
    >,
) -> impl IntoView {
    crate::web::crash::set_language(ui_lang);
    let studio = Studio::new(ui_lang, preset, designs);
    provide_context(studio);
    locale::apply(ui_lang, &studio.t("page-title"));
    match super::share::from_address() {
        Some(Ok(doc)) => super::share::open_shared(studio, doc),
        Some(Err(e)) => studio.notice.set(Some(e.message_id())),
        None => {}
    }
    super::embed::apply_preset(studio);
    leptos::task::spawn_local(async move {
        let loaded = match fonts.await {
            Ok(loaded) => loaded,
            // The reading task is gone only if it panicked, which stops the module.
            Err(_) => crate::web::fonts::load().await,
        };
        studio.fonts.set(font_state(loaded));
    });
    // A design in a language whose words are not fetched yet (a saved design, a share
    // link, undo) gets them, and what shows them is drawn again.
    Effect::new(move |_| {
        let lang = studio.doc.with(|d| d.language);
        if !lang.is_available() {
            leptos::task::spawn_local(async move {
                if locale::ensure(lang).await {
                    studio.locales.update(|n| *n += 1);
                }
            });
        }
    });
    // An Arabic graphic needs its own faces and the full shaper; they are fetched the
    // first time one is made, so nobody else downloads them.
    Effect::new(move |_| {
        let lang = studio.doc.with(|d| d.language);
        let missing = studio.fonts.with(|f| match f {
            FontState::Ready(set) if !set.ready_for(lang) => Some(set.clone()),
            _ => None,
        });
        if let Some(set) = missing {
            studio.fonts.set(FontState::Loading);
            leptos::task::spawn_local(async move {
                studio
                    .fonts
                    .set(font_state(crate::web::fonts::add_arabic(set).await));
            });
        }
    });
    // Every label is read once when drawn, so a new interface language draws the page
    // anew: a one-item list keyed by the language replaces its content outright.
    view! {
        <For each=move || [studio.ui_lang.get()] key=|lang| *lang children=move |_| view! { <Page/> }/>
    }
}

fn font_state(loaded: Result<crate::render::text::FontSet, crate::web::WebError>) -> FontState {
    match loaded {
        Ok(fonts) => FontState::Ready(fonts),
        Err(e) => {
            leptos::logging::warn!("{e}");
            FontState::Failed
        }
    }
}

/// The page's own masthead (index.html, drawn before the module arrives, so a slow
/// network shows it at once), its words set to `title` and `tagline`; None if the
/// page has none.
fn masthead(title: &str, tagline: &str) -> Option<web_sys::Element> {
    let header = gloo::utils::document().get_element_by_id("shell")?;
    for (selector, text) in [("h1", title), ("p", tagline)] {
        if let Ok(Some(element)) = header.query_selector(selector) {
            element.set_text_content(Some(text));
        }
    }
    Some(header)
}

/// The masthead's words and language menu, notices, preview and form, in the
/// interface language.
#[component]
fn Page() -> impl IntoView {
    let studio = super::use_studio();
    let masthead = masthead(&studio.t("app-title"), &studio.t("app-tagline"));
    // The language menu is drawn here and moved into the page's masthead.
    let tools = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        if let (Some(header), Some(tools)) = (&masthead, tools.get()) {
            // Moving a node within the document cannot fail.
            let _ = header.append_child(&tools);
        }
    });
    view! {
        <div class="masthead-tools" node_ref=tools>
            <LanguagePicker
                id="ui-lang"
                label=studio.t("ui-language-label")
                current=Signal::derive(move || studio.ui_lang.get())
                on_pick=Callback::new(move |lang| studio.set_ui_lang(lang))
            />
        </div>
        {super::on_demand::later(super::work::notices())}
        <main class="workspace">
            <Preview/>
            {super::on_demand::later(super::editor::form())}
        </main>
        {studio.preset.with_value(|p| p.debug).then(|| view! {
            <button type="button" class="secondary" id="debug-panic" on:click=|_| panic!("a panic on purpose (?debug=1)")>
                {studio.t("debug-panic")}
            </button>
        })}
    }
}
