//! Never losing work: autosave on every change, undo and redo (buttons and
//! Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), and the list of saved designs.

use leptos::prelude::*;

use super::{use_studio, Studio};
use crate::document::Document;
use crate::error::UserError;
use crate::history::{KeyPress, Shortcut};
use crate::storage::{Entry, SaveOutcome};

/// Milliseconds since 1970, from the browser.
fn now() -> f64 {
    js_sys::Date::now()
}

/// Records every change in the history and saves it, from now on.
pub fn keep_work(studio: Studio) {
    Effect::new(move |previous: Option<Document>| {
        let present = studio.doc.get();
        // Cleared on every run: a restore that changed nothing (a duplicate) must not
        // leave the next real edit unrecorded.
        let restoring = studio.restoring.get_value();
        studio.restoring.set_value(false);
        if let Some(previous) = previous.filter(|p| *p != present) {
            if !restoring {
                let key = (
                    present.changed_field(&previous),
                    studio.table_version.get_untracked(),
                );
                studio
                    .history
                    .update_value(|h| h.record(previous, key, now()));
            }
            save_soon(studio);
        }
        studio.refresh_history_buttons();
        present
    });
    // What waits to be saved is saved when the page is left or hidden (a closed tab,
    // a reload, the phone's app switcher), and left in localStorage too in case the
    // page is gone before IndexedDB has it.
    let _ = window_event_listener(leptos::ev::pagehide, move |_| leaving(studio));
    // `visibilitychange` bubbles from the document to the window.
    let _ = window_event_listener(leptos::ev::visibilitychange, move |_| {
        if gloo::utils::document().visibility_state() == web_sys::VisibilityState::Hidden {
            leaving(studio);
        }
    });
    // Another tab's saves: its designs join the list, and the design open here, if it
    // changed there, becomes a copy at the next save.
    crate::web::storage::listen(move |values| {
        studio.designs.update_value(|d| {
            for (key, value) in values {
                d.observe(&key, value);
            }
        });
        studio.refresh_designs();
    });
    // What opening the designs changed (designs moved from localStorage, a closed
    // page's last writes) is written now.
    studio.designs_changed();
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        let (key, code) = (ev.key(), ev.code());
        let press = KeyPress {
            key: &key,
            code: &code,
            command: ev.ctrl_key() || ev.meta_key(),
            shift: ev.shift_key(),
            in_text: crate::web::in_text_field(&ev),
        };
        let Some(shortcut) = press.shortcut() else {
            return;
        };
        ev.prevent_default();
        match shortcut {
            Shortcut::Undo => studio.undo(),
            Shortcut::Redo => studio.redo(),
            Shortcut::Help => show_shortcuts(),
        }
    });
}

/// How long typing may pause before the design is saved: saving (JSON and storage)
/// stays off the keystroke path.
const SAVE_AFTER_MS: u32 = 400;

thread_local! {
    /// The save waiting for typing to pause (dropping it cancels it).
    static PENDING_SAVE: std::cell::RefCell<Option<gloo::timers::callback::Timeout>> =
        const { std::cell::RefCell::new(None) };
}

/// The page may be gone in a moment: saves now, and leaves what IndexedDB has not
/// taken yet in localStorage.
fn leaving(studio: Studio) {
    save_now(studio);
    crate::web::storage::rescue(studio.designs.with_value(|d| d.store().unwritten()));
}

/// Saves the design once typing pauses for [`SAVE_AFTER_MS`].
fn save_soon(studio: Studio) {
    let timeout = gloo::timers::callback::Timeout::new(SAVE_AFTER_MS, move || {
        PENDING_SAVE.with(|p| p.borrow_mut().take());
        save(studio, &studio.doc.get_untracked());
    });
    PENDING_SAVE.with(|p| *p.borrow_mut() = Some(timeout));
}

/// Saves now what waits to be saved, if anything: before the page is left, and before
/// another design becomes the current one (so the change lands in its own design).
pub(super) fn save_now(studio: Studio) {
    let waiting = PENDING_SAVE.with(|p| p.borrow_mut().take());
    if let Some(timeout) = waiting {
        timeout.cancel();
        save(studio, &studio.doc.get_untracked());
    }
}

fn save(studio: Studio, doc: &Document) {
    let name = studio.t("untitled-design");
    let current = studio.current_design();
    let current_name = studio
        .design_list
        .get_untracked()
        .into_iter()
        .find(|e| Some(&e.id) == current.as_ref())
        .map_or_else(|| name.clone(), |e| e.name);
    let copy_name = format!("{current_name} {}", studio.t("copy-suffix"));
    let result = studio
        .designs
        .try_update_value(|d| d.save(doc, &name, &copy_name, now()));
    match result {
        Some(Err(e)) => studio.notice.set(Some(e.message_id())),
        Some(Ok(SaveOutcome::Forked { .. })) => studio.notice.set(Some("design-forked")),
        _ => {}
    }
    studio.designs_changed();
}

thread_local! {
    /// Set while writes are on their way to IndexedDB; later ones join that run.
    static WRITING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Writes what the saved designs changed to the store behind them, in the
/// background, one batch at a time; another tab's newer version of the design makes
/// this one a copy, and a full store is reported (its writes wait for the next try).
fn write_behind(studio: Studio) {
    if WRITING.with(|w| w.replace(true)) {
        return;
    }
    leptos::task::spawn_local(async move {
        loop {
            let writes = studio
                .designs
                .try_update_value(|d| d.store_mut().take_writes())
                .unwrap_or_default();
            if writes.is_empty() {
                crate::web::storage::all_written();
                break;
            }
            let written = crate::web::storage::write(writes).await;
            match studio.designs.try_update_value(|d| d.written(written)) {
                Some(Err(e)) => {
                    studio.notice.set(Some(e.message_id()));
                    break;
                }
                Some(Ok(true)) => save(studio, &studio.doc.get_untracked()),
                _ => {
                    if matches!(
                        studio.notice.get_untracked(),
                        Some("storage-full" | "storage-unavailable")
                    ) {
                        studio.notice.set(None);
                    }
                    crate::web::storage::ask_to_persist();
                }
            }
        }
        WRITING.with(|w| w.set(false));
    });
}

impl Studio {
    /// Goes one step back.
    pub fn undo(&self) {
        let present = self.doc.get_untracked();
        if let Some(previous) = self.history.try_update_value(|h| h.undo(present)).flatten() {
            self.restore(previous);
        }
    }

    /// Goes one step forward.
    pub fn redo(&self) {
        let present = self.doc.get_untracked();
        if let Some(next) = self.history.try_update_value(|h| h.redo(present)).flatten() {
            self.restore(next);
        }
    }

    /// Shows `doc` without recording it as a new step.
    fn restore(&self, doc: Document) {
        self.restoring.set_value(true);
        self.load(doc);
    }

    /// Replaces the document as a whole (undo, redo, another design): the table's
    /// inputs and the logo's pixels follow.
    pub fn load(&self, doc: Document) {
        let logo = doc.logo.clone();
        self.doc.set(doc);
        self.table_version.update(|v| *v += 1);
        self.decode_logo(logo);
        self.refresh_history_buttons();
    }

    pub(super) fn refresh_history_buttons(&self) {
        let state = self.history.with_value(|h| (h.can_undo(), h.can_redo()));
        if self.history_state.get_untracked() != state {
            self.history_state.set(state);
        }
    }

    /// The id of the design being edited, if it has been saved.
    pub(super) fn current_design(&self) -> Option<String> {
        self.designs.with_value(|d| d.current().map(str::to_owned))
    }

    pub(super) fn refresh_designs(&self) {
        let list = self.designs.with_value(|d| d.list());
        if self.design_list.get_untracked() != list {
            self.design_list.set(list);
        }
    }

    /// After the saved designs changed: the list shows it, the store behind gets it.
    pub(super) fn designs_changed(&self) {
        self.refresh_designs();
        write_behind(*self);
    }

    /// `doc`, read from the saved designs, with its logo loaded from the store behind
    /// if it was not yet.
    async fn with_stored_logo(self, doc: Document) -> Document {
        let wanted = self.designs.with_value(|d| d.logo_wanted(&doc));
        if let Some(key) = wanted {
            if let Some(logo) = crate::web::storage::load_logo(&key).await {
                self.designs
                    .update_value(|d| d.store_mut().fill(&key, logo));
            }
        }
        self.designs.with_value(|d| d.with_logo(doc))
    }
}

/// Undo and redo buttons.
#[component]
pub fn HistoryButtons() -> impl IntoView {
    let studio = use_studio();
    view! {
        <div class="history" role="group" aria-label=studio.t("history-label")>
            <button type="button" class="secondary" id="undo" title=studio.t("undo-keys") aria-keyshortcuts="Control+Z Meta+Z" on:click=move |_| studio.undo() disabled=move || !studio.history_state.get().0>
                {studio.t("undo")}
            </button>
            <button type="button" class="secondary" id="redo" title=studio.t("redo-keys") aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" on:click=move |_| studio.redo() disabled=move || !studio.history_state.get().1>
                {studio.t("redo")}
            </button>
        </div>
    }
}

/// Opens the list of keyboard shortcuts and moves the focus to it.
fn show_shortcuts() {
    use wasm_bindgen::JsCast;
    let document = gloo::utils::document();
    if let Some(list) = document.get_element_by_id("shortcuts") {
        let _ = list.set_attribute("open", "");
        if let Some(summary) = list
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    }
}

/// The keyboard shortcuts, listed where the history buttons are ("?" opens it).
#[component]
pub fn Shortcuts() -> impl IntoView {
    let studio = use_studio();
    view! {
        <details id="shortcuts" class="shortcuts">
            <summary aria-keyshortcuts="?">{studio.t("shortcuts-title")}</summary>
            <dl>
                <dt><kbd>"Ctrl+Z"</kbd>" · "<kbd>"⌘Z"</kbd></dt>
                <dd>{studio.t("undo")}</dd>
                <dt><kbd>"Ctrl+Shift+Z"</kbd>" · "<kbd>"Ctrl+Y"</kbd>" · "<kbd>"⇧⌘Z"</kbd></dt>
                <dd>{studio.t("redo")}</dd>
                <dt><kbd>"?"</kbd></dt>
                <dd>{studio.t("shortcuts-help")}</dd>
            </dl>
            <p class="hint">{studio.t("shortcuts-in-fields")}</p>
        </details>
    }
}

/// The saved designs: open one, start a new one, duplicate, rename or delete.
#[component]
pub fn DesignsPanel() -> impl IntoView {
    let studio = use_studio();
    let current_name = move || {
        let current = studio.current_design();
        studio
            .design_list
            .get()
            .into_iter()
            .find(|e| Some(&e.id) == current.as_ref())
            .map(|e| e.name)
            .unwrap_or_default()
    };
    let open = move |id: String| {
        save_now(studio);
        match studio.designs.try_update_value(|d| d.switch(&id)) {
            Some(Ok(doc)) => {
                studio.designs_changed();
                leptos::task::spawn_local(async move {
                    let doc = studio.with_stored_logo(doc).await;
                    // Another design may have been opened while the logo loaded.
                    if studio.current_design().as_deref() == Some(id.as_str()) {
                        studio.history.update_value(|h| *h = Default::default());
                        studio.restore(doc);
                    }
                });
            }
            Some(Err(e)) => studio.notice.set(Some(e.message_id())),
            None => studio.notice.set(Some("design-unreadable")),
        }
    };
    let create = move |copy: bool| {
        save_now(studio);
        let doc = if copy {
            studio.doc.get_untracked()
        } else {
            studio.with_graphic_words(|tr| {
                Document::example(
                    crate::goal::Goal::NoPoverty,
                    crate::document::ChartKind::BigNumber,
                    tr,
                )
            })
        };
        let name = if copy {
            format!("{} {}", current_name(), studio.t("copy-suffix"))
        } else {
            studio.t("untitled-design")
        };
        match studio
            .designs
            .try_update_value(|d| d.create(&doc, &name, now()))
        {
            Some(Err(e)) => studio.notice.set(Some(e.message_id())),
            _ => {
                studio.history.update_value(|h| *h = Default::default());
                studio.restore(doc);
                studio.designs_changed();
            }
        }
    };
    let rename = move |ev| {
        let name = event_target_value(&ev);
        let name = if name.trim().is_empty() {
            studio.t("untitled-design")
        } else {
            name
        };
        if let Some(id) = studio.current_design() {
            // The mirror takes every write; the store behind's answer comes later.
            let _ = studio.designs.try_update_value(|d| d.rename(&id, &name));
            studio.designs_changed();
        }
    };
    let delete = move |_| {
        save_now(studio);
        let Some(id) = studio.current_design() else {
            return;
        };
        let sure = gloo::utils::window()
            .confirm_with_message(&studio.t("delete-confirm"))
            .unwrap_or(false);
        if sure {
            // As for renaming: the mirror takes every write.
            let _ = studio.designs.try_update_value(|d| d.delete(&id));
            studio.designs_changed();
            match studio.design_list.get_untracked().first() {
                Some(next) => open(next.id.clone()),
                None => create(false),
            }
        }
    };
    let others = move || {
        let current = studio.current_design();
        studio
            .design_list
            .get()
            .into_iter()
            .filter(|e: &Entry| Some(&e.id) != current.as_ref())
            .map(|e| {
                let id = e.id.clone();
                view! { <li><button type="button" class="link" on:click=move |_| open(id.clone())>{e.name}</button></li> }
            })
            .collect_view()
    };
    view! {
        <details class="designs">
            <summary>{studio.t("designs-label")}</summary>
            <div class="field">
                <label for="design-name">{studio.t("design-name-label")}</label>
                <input type="text" id="design-name" prop:value=current_name on:change=rename/>
            </div>
            <div class="design-actions">
                <button type="button" class="secondary" id="new-design" on:click=move |_| create(false)>{studio.t("new-design")}</button>
                <button type="button" class="secondary" id="duplicate-design" on:click=move |_| create(true)>{studio.t("duplicate-design")}</button>
                <button type="button" class="secondary" id="delete-design" on:click=delete>{studio.t("delete-design")}</button>
            </div>
            <ul class="design-list" aria-label=studio.t("other-designs")>{others}</ul>
        </details>
    }
}

/// A message about storage or a draft that could not be opened.
#[component]
pub fn Notice() -> impl IntoView {
    let studio = use_studio();
    view! {
        <p class="notice" role="status" hidden=move || studio.notice.get().is_none()>
            {move || studio.notice.get().map(|id| studio.t(id))}
            <button type="button" class="link" on:click=move |_| studio.notice.set(None)>{studio.t("dismiss")}</button>
        </p>
    }
}

/// "A new version is ready": reload into it when the user says so.
#[component]
pub fn UpdateReady() -> impl IntoView {
    let studio = use_studio();
    let waiting = StoredValue::new_local(None::<web_sys::ServiceWorker>);
    let ready = RwSignal::new(false);
    crate::web::offline::register(move |worker| {
        waiting.set_value(Some(worker));
        ready.set(true);
    });
    let apply = move |_| {
        waiting.with_value(|w| {
            if let Some(worker) = w {
                crate::web::offline::apply_update(worker);
            }
        })
    };
    view! {
        <p class="notice" role="status" hidden=move || !ready.get()>
            {studio.t("update-ready")}
            <button type="button" class="link" id="apply-update" on:click=apply>{studio.t("update-reload")}</button>
        </p>
    }
}
