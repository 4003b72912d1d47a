//! Never losing work: autosave on every change, undo and redo (buttons and
//! Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), and the list of saved designs.

use leptos::prelude::*;

use super::on_demand::on_demand;
use super::{now, use_studio, Studio};
use crate::input::storage::{Entry, SaveOutcome, StorageError};
use crate::model::error::UserError;
use crate::model::history::{KeyPress, Shortcut};
use crate::session::AfterDelete;

/// Saves every change once typing pauses, and keeps the history buttons current,
/// from now on.
pub fn keep_work(studio: Studio) {
    Effect::new(move |_| {
        studio.doc.track();
        if studio.doc.with_untracked_session(|s| s.unsaved()) {
            save_soon(studio);
        }
        studio.refresh_history_buttons();
    });
    // What waits to be saved is saved when the page is left or hidden (a closed tab,
    // a reload, the phone's app switcher), and left in localStorage too in case the
    // page is gone before IndexedDB has it. (The listeners live as long as the page:
    // their handles are dropped on purpose.)
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
        studio.doc.change(|s| {
            for (key, value) in values {
                s.designs_mut().observe(&key, value);
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
    crate::web::storage::rescue(
        studio
            .doc
            .with_untracked_session(|s| s.designs().store().unwritten()),
    );
}

/// Saves the design once typing pauses for [`SAVE_AFTER_MS`].
fn save_soon(studio: Studio) {
    let timeout = gloo::timers::callback::Timeout::new(SAVE_AFTER_MS, move || {
        PENDING_SAVE.with(|p| p.borrow_mut().take());
        save_now(studio);
    });
    PENDING_SAVE.with(|p| *p.borrow_mut() = Some(timeout));
}

/// Saves now what waits to be saved, if anything: before the page is left, and before
/// another design becomes the current one (so the change lands in its own design).
pub(super) fn save_now(studio: Studio) {
    if let Some(timeout) = PENDING_SAVE.with(|p| p.borrow_mut().take()) {
        timeout.cancel();
    }
    let outcome = studio
        .change_named(|s, ui| s.save_if_unsaved(ui, now()))
        .flatten();
    saved(studio, outcome);
}

/// Shows what a save did, and hands its writes to the store behind.
fn saved(studio: Studio, outcome: Option<Result<SaveOutcome, StorageError>>) {
    match outcome {
        None => return,
        Some(Err(e)) => studio.notice.set(Some(e.message_id())),
        Some(Ok(SaveOutcome::Forked { .. })) => studio.notice.set(Some("design-forked")),
        Some(Ok(SaveOutcome::Saved)) => {}
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
                .doc
                .change(|s| s.designs_mut().store_mut().take_writes())
                .unwrap_or_default();
            if writes.is_empty() {
                crate::web::storage::all_written();
                break;
            }
            let written = crate::web::storage::write(writes).await;
            match studio.change_named(|s, ui| s.written(written, ui, now())) {
                Some(Err(e)) => {
                    studio.notice.set(Some(e.message_id()));
                    break;
                }
                // Another tab won the race for a design: this tab's version was kept
                // as a copy (the copy's writes are the loop's next batch).
                Some(Ok(true)) => {
                    studio.notice.set(Some("design-forked"));
                    studio.refresh_designs();
                }
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
        if self.doc.change(|s| s.undo()) == Some(true) {
            self.shown_whole();
        }
    }

    /// Goes one step forward.
    pub fn redo(&self) {
        if self.doc.change(|s| s.redo()) == Some(true) {
            self.shown_whole();
        }
    }

    /// After the document was replaced as a whole (undo, redo, another design): its
    /// logo's pixels and the history buttons follow.
    pub(super) fn shown_whole(&self) {
        self.decode_logo(self.doc.with_untracked(|d| d.logo.clone()));
        self.refresh_history_buttons();
    }

    pub(super) fn refresh_history_buttons(&self) {
        let state = self.doc.with_untracked_session(|s| s.can_undo_redo());
        if self.history_state.get_untracked() != state {
            self.history_state.set(state);
        }
    }

    pub(super) fn refresh_designs(&self) {
        let list = self.doc.with_untracked_session(|s| s.list());
        if self.design_list.get_untracked() != list {
            self.design_list.set(list);
        }
    }

    /// After the saved designs changed: the list shows it, the store behind gets it.
    pub(super) fn designs_changed(&self) {
        self.refresh_designs();
        write_behind(*self);
    }

    /// Opens design `id`, once its logo is loaded from the store behind (unless
    /// another design was opened meanwhile).
    fn open(self, id: &str) {
        save_now(self);
        match self.doc.change(|s| s.open(id)) {
            Some(Ok(mut opening)) => {
                self.designs_changed();
                leptos::task::spawn_local(async move {
                    if let Some(key) = opening.logo.take() {
                        if let Some(logo) = crate::web::storage::load_logo(&key).await {
                            self.doc.change(|s| s.fill_logo(&key, logo));
                        }
                    }
                    if self.doc.change(|s| s.finish_open(opening)) == Some(true) {
                        self.shown_whole();
                    }
                });
            }
            Some(Err(e)) => self.notice.set(Some(e.message_id())),
            None => self.notice.set(Some("design-unreadable")),
        }
    }

    /// A new design: a duplicate of this one (`copy`), or the first example.
    fn create(self, copy: bool) {
        save_now(self);
        match self.change_named(|s, ui| s.create(copy, ui, now())) {
            Some(Err(e)) => self.notice.set(Some(e.message_id())),
            _ => {
                self.shown_whole();
                self.designs_changed();
            }
        }
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
        // An element of the page's own markup: setting an attribute on it cannot fail.
        let _ = list.set_attribute("open", "");
        if let Some(summary) = list
            .query_selector("summary")
            .ok()
            .flatten()
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // Focus is a convenience; the list is open either way.
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
        studio.design_list.track();
        studio.doc.with_untracked_session(|s| s.current_name())
    };
    let rename = move |ev| {
        let name = event_target_value(&ev);
        // The mirror takes every write; the store behind's answer comes later.
        if let Some(Err(e)) = studio.change_named(|s, ui| s.rename(&name, ui)) {
            studio.notice.set(Some(e.message_id()));
        }
        studio.designs_changed();
    };
    let delete = move |_| {
        save_now(studio);
        let sure = gloo::utils::window()
            .confirm_with_message(&studio.t("delete-confirm"))
            .unwrap_or(false);
        if !sure {
            return;
        }
        let next = studio.doc.change(|s| s.delete());
        studio.designs_changed();
        match next {
            Some(Ok(AfterDelete::Open(id))) => studio.open(&id),
            Some(Ok(AfterDelete::New)) => studio.create(false),
            Some(Err(e)) => studio.notice.set(Some(e.message_id())),
            None => {}
        }
    };
    let others = move || {
        let list = studio.design_list.get();
        let current = studio
            .doc
            .with_untracked_session(|s| s.current().map(str::to_owned));
        list.into_iter()
            .filter(|e: &Entry| Some(&e.id) != current.as_ref())
            .map(|e| {
                let id = e.id.clone();
                view! { <li><button type="button" class="link" on:click=move |_| studio.open(&id)>{e.name}</button></li> }
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
                <button type="button" class="secondary" id="new-design" on:click=move |_| studio.create(false)>{studio.t("new-design")}</button>
                <button type="button" class="secondary" id="duplicate-design" on:click=move |_| studio.create(true)>{studio.t("duplicate-design")}</button>
                <button type="button" class="secondary" id="delete-design" on:click=delete>{studio.t("delete-design")}</button>
            </div>
            <ul class="design-list" aria-label=studio.t("other-designs")>{others}</ul>
        </details>
    }
}

on_demand! {
    /// The notices above the workspace: a message about storage or a draft, and "a
    /// new version is ready" (the service worker is registered with it).
    pub fn notices() {
        view! { <Notice/><UpdateReady/> }.into_any()
    }
}

/// A message about storage or a draft that could not be opened.
#[component]
fn Notice() -> impl IntoView {
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
fn UpdateReady() -> impl IntoView {
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
