//! The editor's interface: thin Leptos components over one [`Document`] signal.
//!
//! Components only read and write the document and call into `layout`, `paint` and
//! `web`; no decision about the graphic is made here.

mod app;
mod choices;
mod editor;
mod embed;
mod export;
mod figures;
mod import;
mod logo;
mod preview;
mod share;
mod work;

use leptos::prelude::*;

use crate::document::Document;
use crate::history::History;
use crate::i18n::{Lang, Translator};
use crate::preset::Preset;
use crate::storage::{Designs, Entry, Mirror, Opened};
use crate::text::FontSet;

/// Mounts the editor on `<body>`, once the interface language's words are fetched
/// (English is compiled in; the others come from `locales/`, or the service worker).
pub fn start() {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let preset = Preset::from_query(&search);
    let ui_lang = crate::web::locale::initial(preset.lang);
    // The fonts are read and parsed while the saved designs open, not after.
    let (fonts_read, fonts) = futures_channel::oneshot::channel();
    wasm_bindgen_futures::spawn_local(async move {
        // Nobody waits for them only if the page has gone.
        let _ = fonts_read.send(crate::web::fonts::load().await);
    });
    wasm_bindgen_futures::spawn_local(async move {
        let (_, designs) = futures::join!(crate::web::locale::ensure(ui_lang), open_designs());
        let start = std::cell::Cell::new(Some((designs, fonts)));
        leptos::mount::mount_to_body(move || {
            start.take().map(|(designs, fonts)| {
                view! { <app::App preset=preset ui_lang=ui_lang designs=designs fonts=fonts/> }
            })
        });
    });
}

/// The saved designs, and the one the user was working on with its logo loaded.
async fn open_designs() -> (Designs<Mirror>, Opened) {
    let (mut designs, opened) = Designs::open(crate::web::storage::open().await);
    let opened = match opened {
        Opened::Restored(doc) => {
            if let Some(key) = designs.logo_wanted(&doc) {
                if let Some(logo) = crate::web::storage::load_logo(&key).await {
                    designs.store_mut().fill(&key, logo);
                }
            }
            Opened::Restored(Box::new(designs.with_logo(*doc)))
        }
        other => other,
    };
    (designs, opened)
}

/// Where the shipped fonts are: the preview cannot be drawn until they are ready.
#[derive(Clone)]
pub enum FontState {
    /// Still loading.
    Loading,
    /// Loaded and parsed.
    Ready(FontSet),
    /// Could not be loaded.
    Failed,
}

/// What every component shares, provided once by [`app::App`].
#[derive(Clone, Copy)]
pub struct Studio {
    /// The document being edited: the single source of truth.
    pub doc: RwSignal<Document>,
    /// The fonts for drawing and measuring.
    pub fonts: RwSignal<FontState>,
    /// The document's logo, decoded (documents keep only the data URL).
    pub logo_pixels: RwSignal<Option<std::sync::Arc<crate::logo::LogoPixels>>>,
    /// Bumped when the table's rows are replaced as a whole (a new example), so the
    /// table's inputs are rebuilt; typing does not bump it, so focus is kept.
    pub table_version: RwSignal<u32>,
    /// The saved designs, as this tab sees them (written to IndexedDB behind).
    pub designs: StoredValue<Designs<Mirror>, LocalStorage>,
    /// The saved designs, for the list (refreshed after each save).
    pub design_list: RwSignal<Vec<Entry>>,
    /// Undo and redo steps.
    pub history: StoredValue<History<Document>, LocalStorage>,
    /// Whether undo and redo are possible, for their buttons.
    pub history_state: RwSignal<(bool, bool)>,
    /// Set while undo or redo changes the document, so it is not recorded as a step.
    restoring: StoredValue<bool>,
    /// A message to show about storage or a draft (a Fluent id).
    pub notice: RwSignal<Option<&'static str>>,
    /// The interface's language; the page is drawn again when it changes.
    pub ui_lang: RwSignal<Lang>,
    /// Bumped when a language's words arrive, so that what shows them is drawn again.
    pub locales: RwSignal<u32>,
    /// What a partner set in the address (embed mode, locked fields).
    pub preset: StoredValue<Preset>,
    /// The interface's words.
    ui: StoredValue<Translator, LocalStorage>,
    /// The graphic's language (a separate choice from the interface's).
    graphic: StoredValue<Translator, LocalStorage>,
}

impl Studio {
    fn new(lang: Lang, preset: Preset, (designs, opened): (Designs<Mirror>, Opened)) -> Studio {
        let graphic = Translator::new(lang);
        let example = || {
            Document::example(
                crate::goal::Goal::NoPoverty,
                crate::document::ChartKind::BigNumber,
                &graphic,
            )
        };
        let notice = opened.notice();
        let doc = match opened {
            Opened::Restored(doc) => *doc,
            Opened::Empty | Opened::Unreadable { .. } => example(),
        };
        let design_list = designs.list();
        let logo = doc.logo.clone();
        let graphic = if doc.language == lang {
            graphic
        } else {
            Translator::new(doc.language)
        };
        let studio = Studio {
            designs: StoredValue::new_local(designs),
            design_list: RwSignal::new(design_list),
            history: StoredValue::new_local(History::default()),
            history_state: RwSignal::new((false, false)),
            restoring: StoredValue::new(false),
            notice: RwSignal::new(notice),
            doc: RwSignal::new(doc),
            fonts: RwSignal::new(FontState::Loading),
            table_version: RwSignal::new(0),
            logo_pixels: RwSignal::new(None),
            ui_lang: RwSignal::new(lang),
            locales: RwSignal::new(0),
            preset: StoredValue::new(preset),
            ui: StoredValue::new_local(Translator::new(lang)),
            graphic: StoredValue::new_local(graphic),
        };
        studio.decode_logo(logo);
        studio
    }

    /// Decodes a loaded document's logo for painting (documents keep only its data URL).
    pub fn decode_logo(&self, logo: Option<crate::logo::Logo>) {
        let pixels = self.logo_pixels;
        let Some(logo) = logo else {
            pixels.set(None);
            return;
        };
        leptos::task::spawn_local(async move {
            let decoded = crate::web::logo::decode(&logo.data_url).await.ok();
            pixels.set(decoded.map(std::sync::Arc::new));
        });
    }

    /// An interface string.
    pub fn t(&self, id: &str) -> String {
        self.ui.with_value(|tr| tr.text(id))
    }

    /// An interface string with arguments.
    pub fn t_with(&self, id: &str, args: &fluent_bundle::FluentArgs) -> String {
        self.ui.with_value(|tr| tr.text_with(id, args))
    }

    /// Moves the document to `goal` and `chart` (see [`Document::switch_to`]), and
    /// rebuilds the table when its rows were replaced.
    pub fn switch(
        &self,
        goal: Option<crate::goal::Goal>,
        chart: Option<crate::document::ChartKind>,
    ) {
        let replaced = self.with_graphic_words(|tr| {
            let mut replaced = false;
            self.doc.update(|doc| {
                replaced = doc.switch_to(goal.unwrap_or(doc.goal), chart.unwrap_or(doc.chart), tr);
            });
            replaced
        });
        if replaced {
            self.table_version.update(|v| *v += 1);
        }
    }

    /// Runs `f` with the translator for the graphic's words (the document's language,
    /// which undo, a loaded design or a share link may have changed).
    pub fn with_graphic_words<R>(&self, f: impl FnOnce(&Translator) -> R) -> R {
        let lang = self.doc.with_untracked(|d| d.language);
        if self.graphic.with_value(|tr| tr.lang()) != lang {
            self.graphic.set_value(Translator::new(lang));
        }
        self.graphic.with_value(f)
    }

    /// Switches the interface to `lang` once its words are fetched.
    pub fn set_ui_lang(&self, lang: Lang) {
        let studio = *self;
        leptos::task::spawn_local(async move {
            crate::web::locale::ensure(lang).await;
            studio.set_ui_lang_now(lang);
        });
    }

    /// Switches the interface to `lang`, remembers the choice and relabels the page.
    fn set_ui_lang_now(&self, lang: Lang) {
        crate::web::crash::set_language(lang);
        self.ui.set_value(Translator::new(lang));
        crate::web::locale::remember(lang);
        crate::web::locale::apply(lang, &self.t("page-title"));
        self.ui_lang.set(lang);
    }

    /// Sets the graphic's language once its words are fetched.
    pub fn set_graphic_lang(&self, lang: Lang) {
        let studio = *self;
        leptos::task::spawn_local(async move {
            crate::web::locale::ensure(lang).await;
            studio.set_graphic_lang_now(lang);
        });
    }

    /// Sets the graphic's language (its words at hand); an untouched example is
    /// translated with it.
    pub fn set_graphic_lang_now(&self, lang: Lang) {
        let to = Translator::new(lang);
        let replaced = self.with_graphic_words(|from| {
            let mut replaced = false;
            self.doc
                .update(|doc| replaced = doc.translate_to(from, &to));
            replaced
        });
        self.graphic.set_value(to);
        if replaced {
            self.table_version.update(|v| *v += 1);
        }
    }

    /// Whether the partner's preset locked `field`.
    pub fn is_locked(&self, field: crate::preset::Field) -> bool {
        self.preset.with_value(|p| p.is_locked(field))
    }
}

/// The [`Studio`] provided by the app.
pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}
