//! The editor's interface: thin Leptos components over one [`Session`].
//!
//! Components read the document through [`Doc`] (which tracks the session's
//! revision), bind events to the session's operations, and call into `web`; every
//! decision is the session's or the core's, tested natively.

mod app;
mod choices;
mod editor;
mod embed;
mod export;
mod figures;
mod human;
mod import;
mod logo;
mod map_file;
mod on_demand;
mod preview;
mod share;
mod work;

use leptos::prelude::*;

use crate::input::preset::Preset;
use crate::input::storage::{Designs, Entry, Mirror, Opened};
use crate::model::document::Document;
use crate::model::i18n::{Lang, Translator};
use crate::render::text::FontSet;
use crate::session::Session;

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

/// The document as components read and change it: reading tracks the session's
/// revision, changing goes through [`Session::edit`] (an undo step, a save to come).
#[derive(Clone, Copy)]
pub struct Doc {
    session: StoredValue<Session<Mirror>, LocalStorage>,
    revision: RwSignal<u64>,
}

impl Doc {
    /// Reads the document, and runs the caller again when it changes.
    pub fn with<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        self.revision.track();
        self.with_untracked(f)
    }

    /// Reads the document once.
    pub fn with_untracked<R>(&self, f: impl FnOnce(&Document) -> R) -> R {
        self.session.with_value(|s| f(s.doc()))
    }

    /// The document, cloned, tracked.
    pub fn get(&self) -> Document {
        self.with(Document::clone)
    }

    /// The document, cloned.
    pub fn get_untracked(&self) -> Document {
        self.with_untracked(Document::clone)
    }

    /// Reads the document with the graphic's words, and runs the caller again when
    /// it changes.
    pub fn with_words<R>(&self, f: impl FnOnce(&Document, &Translator) -> R) -> Option<R> {
        self.revision.track();
        self.session.try_update_value(|s| {
            let (doc, tr) = s.doc_and_words();
            f(doc, tr)
        })
    }

    /// Reads the session once (its designs, history, names).
    pub fn with_untracked_session<R>(&self, f: impl FnOnce(&Session<Mirror>) -> R) -> R {
        self.session.with_value(f)
    }

    /// Runs the caller again when the document changes.
    pub fn track(&self) {
        self.revision.track();
    }

    /// Changes a field of the document.
    pub fn update(&self, f: impl FnOnce(&mut Document)) {
        self.edit(f);
    }

    /// Changes a field of the document, and says what the change returned.
    pub fn edit<R>(&self, f: impl FnOnce(&mut Document) -> R) -> Option<R> {
        self.change(|s| s.edit(now(), f))
    }

    /// Runs an operation of the session, and renders what it changed.
    pub fn change<R>(&self, f: impl FnOnce(&mut Session<Mirror>) -> R) -> Option<R> {
        let out = self.session.try_update_value(f)?;
        let revision = self.session.with_value(|s| s.revision());
        if self.revision.get_untracked() != revision {
            self.revision.set(revision);
        }
        Some(out)
    }
}

/// Milliseconds since 1970, from the browser.
fn now() -> f64 {
    js_sys::Date::now()
}

/// What every component shares, provided once by [`app::App`].
#[derive(Clone, Copy)]
pub struct Studio {
    /// The editing session (document, history, saved designs), read and changed
    /// through [`Doc`].
    pub doc: Doc,
    /// Moves when the table's rows were replaced or reordered as a whole, so the
    /// table's inputs are built again; typing does not move it, so focus is kept.
    pub rows_version: Memo<u32>,
    /// The fonts for drawing and measuring.
    pub fonts: RwSignal<FontState>,
    /// The document's logo, decoded (documents keep only the data URL).
    pub logo_pixels: RwSignal<Option<std::sync::Arc<crate::model::logo::LogoPixels>>>,
    /// The saved designs, for the list (refreshed after each save).
    pub design_list: RwSignal<Vec<Entry>>,
    /// Whether undo and redo are possible, for their buttons.
    pub history_state: RwSignal<(bool, bool)>,
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
}

impl Studio {
    fn new(lang: Lang, preset: Preset, opened: (Designs<Mirror>, Opened)) -> Studio {
        let notice = opened.1.notice();
        let session = Session::new(opened, lang);
        let logo = session.doc().logo.clone();
        let design_list = session.list();
        let session = StoredValue::new_local(session);
        let revision = RwSignal::new(0);
        let rows_version = Memo::new(move |_| {
            revision.track();
            session.with_value(|s| s.rows_version())
        });
        let studio = Studio {
            doc: Doc { session, revision },
            rows_version,
            design_list: RwSignal::new(design_list),
            history_state: RwSignal::new((false, false)),
            notice: RwSignal::new(notice),
            fonts: RwSignal::new(FontState::Loading),
            logo_pixels: RwSignal::new(None),
            ui_lang: RwSignal::new(lang),
            locales: RwSignal::new(0),
            preset: StoredValue::new(preset),
            ui: StoredValue::new_local(Translator::new(lang)),
        };
        studio.decode_logo(logo);
        studio
    }

    /// Runs an operation of the session that needs the interface's words (to name a
    /// design), and renders what it changed.
    pub fn change_named<R>(
        &self,
        f: impl FnOnce(&mut Session<Mirror>, &Translator) -> R,
    ) -> Option<R> {
        let ui = self.ui;
        self.doc.change(|s| ui.with_value(|tr| f(s, tr)))
    }

    /// Decodes a loaded document's logo for painting (documents keep only its data URL).
    pub fn decode_logo(&self, logo: Option<crate::model::logo::Logo>) {
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

    /// Moves the document to `goal` and `chart` (see [`Session::switch`]).
    pub fn switch(
        &self,
        goal: Option<crate::model::goal::Goal>,
        chart: Option<crate::model::document::ChartKind>,
    ) {
        self.doc.change(|s| s.switch(goal, chart, now()));
    }

    /// Makes the interface's translator again if it speaks English, whose words the
    /// panels' module completes (another language's came whole from `locales/`).
    pub fn english_words_arrived(&self) {
        if self.ui.with_value(|tr| tr.lang() == Lang::En) {
            self.ui.set_value(Translator::new(Lang::En));
        }
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
        self.doc.change(|s| s.set_graphic_lang(lang, now()));
    }

    /// Whether the partner's preset locked `field`.
    pub fn is_locked(&self, field: crate::input::preset::Field) -> bool {
        self.preset.with_value(|p| p.is_locked(field))
    }
}

/// The [`Studio`] provided by the app.
pub fn use_studio() -> Studio {
    expect_context::<Studio>()
}
