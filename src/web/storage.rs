//! Where saved designs live in the browser. IndexedDB (database `lnb-studio`: the
//! index and designs in `entries`, each logo once as a Blob in `logos`), read whole
//! into a [`Mirror`] when the page opens (logos only when their design is) and written
//! in the background, one transaction per batch. A page that closes before its
//! writes land leaves them in localStorage (which writes at once) for the next page.
//! Where IndexedDB is refused, the designs stay in localStorage, written the same
//! way. Designs kept in localStorage by earlier versions move over once. Each tab
//! tells the others what it wrote (`BroadcastChannel`), so their lists see it.
//!
//! IndexedDB is used through web-sys with one small adaptor (a request or transaction
//! as a future): the `idb` crate did the same at 45 KB gzip on the first load.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransaction, IdbTransactionMode};

use crate::input::storage::{self, KeyValue, Mirror, StorageError, Write, Written};

const DATABASE: &str = "lnb-studio";
const ENTRIES: &str = "entries";
const LOGOS: &str = "logos";
/// Maps' own boundaries, each once as text in `boundaries`: a database of their own,
/// opened only when a map needs them (and so that the designs' database keeps its
/// version: a tab of an older version holding it open never blocks a newer one).
const MAPS_DATABASE: &str = "lnb-studio-maps";
const BOUNDARIES: &str = "boundaries";
const CHANNEL: &str = "lnb-studio/designs";
/// Where a closing page leaves the writes it could not wait for: one key per page
/// (this prefix and a random name), so one tab's finished writes never remove
/// another's rescue.
const RESCUE: &str = "lnb-studio/unwritten/";

/// The store behind this tab's mirror.
enum Behind {
    IndexedDb(IdbDatabase),
    Local(LocalStore),
}

thread_local! {
    static BEHIND: RefCell<Option<Behind>> = const { RefCell::new(None) };
    /// localStorage keys whose contents IndexedDB takes with the next writes.
    static MOVED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    /// The batch on its way to IndexedDB.
    static IN_FLIGHT: RefCell<Vec<(String, Write)>> = const { RefCell::new(Vec::new()) };
    static CHANNEL_OPEN: RefCell<Option<web_sys::BroadcastChannel>> = const { RefCell::new(None) };
    /// This page's rescue key.
    static OWN_RESCUE: String = format!("{RESCUE}{:x}", (js_sys::Math::random() * 2f64.powi(48)) as u64);
}

/// Opens the designs: IndexedDB if the browser gives it (taking in what an earlier
/// version, or a page that closed too soon, left in localStorage), else localStorage.
pub async fn open() -> Mirror {
    let local = LocalStore::open();
    match open_indexed_db().await {
        Ok((db, mirror)) => {
            let (mut mirror, mut moved) = storage::migrate(&local, mirror);
            // Every closed page's rescue, in any order: each write still meets the
            // check against what its own page last saw.
            for key in local.keys(RESCUE) {
                if let Some(text) = local.get(&key) {
                    mirror.resume(storage::rescued(&text));
                }
                moved.push(key);
            }
            MOVED.with(|m| *m.borrow_mut() = moved);
            BEHIND.with(|b| *b.borrow_mut() = Some(Behind::IndexedDb(db)));
            mirror
        }
        Err(e) => {
            leptos::logging::warn!(
                "IndexedDB: {}; designs are kept in localStorage",
                super::js_text(&e)
            );
            let mirror = storage::mirror_of(&local);
            BEHIND.with(|b| *b.borrow_mut() = Some(Behind::Local(local)));
            mirror
        }
    }
}

/// Resolves when `request` succeeds, with its result.
async fn done(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await?;
    request.result()
}

/// Resolves when `tx` has committed; fails if it aborts.
fn finished(tx: &IdbTransaction) -> JsFuture {
    JsFuture::from(js_sys::Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    }))
}

/// Opens database `name` at version 1, making `stores` when it is new.
async fn open_database(
    name: &str,
    stores: &'static [&'static str],
) -> Result<IdbDatabase, JsValue> {
    let factory = gloo::utils::window()
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("no IndexedDB"))?;
    let request = factory.open_with_u32(name, 1)?;
    let upgrade = Closure::once_into_js(move |event: web_sys::Event| {
        let db = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            for name in stores {
                // A store that could not be made shows when it is opened.
                let _ = db.create_object_store(name);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    done(&request).await?.dyn_into()
}

async fn open_indexed_db() -> Result<(IdbDatabase, Mirror), JsValue> {
    let db = open_database(DATABASE, &[ENTRIES, LOGOS]).await?;
    let tx = db.transaction_with_str_sequence(&stores(&[ENTRIES, LOGOS]))?;
    let entries = tx.object_store(ENTRIES)?;
    let keys = js_sys::Array::from(&done(&entries.get_all_keys()?).await?);
    let values = js_sys::Array::from(&done(&entries.get_all()?).await?);
    let logos = js_sys::Array::from(&done(&tx.object_store(LOGOS)?.get_all_keys()?).await?);
    let loaded = keys
        .iter()
        .zip(values.iter())
        .filter_map(|(k, v)| Some((k.as_string()?, v.as_string()?)));
    let unloaded = logos
        .iter()
        .filter_map(|id| id.as_string())
        .map(|id| format!("{}{id}", storage::LOGO));
    Ok((db, Mirror::new(loaded, unloaded)))
}

fn stores(names: &[&str]) -> js_sys::Array {
    names.iter().map(|n| JsValue::from_str(n)).collect()
}

/// The database, when designs are kept in IndexedDB.
fn indexed_db() -> Option<IdbDatabase> {
    BEHIND.with(|b| match b.borrow().as_ref() {
        Some(Behind::IndexedDb(db)) => Some(db.clone()),
        _ => None,
    })
}

/// Writes a batch to the store behind and tells other tabs.
pub async fn write(writes: Vec<(String, Write)>) -> Written {
    let Some(db) = indexed_db() else {
        return BEHIND.with(|b| match b.borrow_mut().as_mut() {
            Some(Behind::Local(local)) => storage::write_through(writes, local),
            _ => Written {
                lost: Vec::new(),
                failed: Some((StorageError::Unavailable, writes)),
            },
        });
    };
    IN_FLIGHT.with(|f| f.borrow_mut().clone_from(&writes));
    let result = write_indexed_db(&db, &writes).await;
    IN_FLIGHT.with(|f| f.borrow_mut().clear());
    match result {
        Ok(lost) => {
            let keys: Vec<&str> = writes.iter().map(|(k, _)| k.as_str()).collect();
            tell_other_tabs(&keys);
            Written { lost, failed: None }
        }
        Err(e) => Written {
            lost: Vec::new(),
            failed: Some((storage_error(&e), writes)),
        },
    }
}

/// One transaction: a design is written only if it does not overwrite another tab's
/// (whose writes to the same stores wait for this transaction to end).
async fn write_indexed_db(
    db: &IdbDatabase,
    writes: &[(String, Write)],
) -> Result<Vec<storage::LostRace>, JsValue> {
    let tx = db.transaction_with_str_sequence_and_mode(
        &stores(&[ENTRIES, LOGOS]),
        IdbTransactionMode::Readwrite,
    )?;
    let finished = finished(&tx);
    let (entries, logos) = (tx.object_store(ENTRIES)?, tx.object_store(LOGOS)?);
    let mut lost = Vec::new();
    for (key, write) in writes {
        let (store, id, value) = match key.strip_prefix(storage::LOGO) {
            Some(id) => (&logos, id, write.value.as_deref().map(logo_blob)),
            None => (
                &entries,
                key.as_str(),
                write.value.as_deref().map(JsValue::from_str),
            ),
        };
        let id = JsValue::from_str(id);
        if Write::is_checked_at(key) {
            let stored = done(&entries.get(&id)?).await?.as_string();
            if write.overwrites_another_tab(key, stored.as_deref()) {
                lost.push(storage::LostRace {
                    key: key.clone(),
                    theirs: stored,
                    mine: write.value.clone(),
                });
                continue;
            }
        }
        match value {
            Some(value) => store.put_with_key(&value, &id)?,
            None => store.delete(&id)?,
        };
    }
    // Commits now rather than when the last request's events have run (a closing
    // page may not run them). Browsers without `commit()` commit the same, later;
    // web-sys marks it deprecated because the spec once dropped it.
    #[allow(deprecated)]
    let _ = tx.commit();
    finished.await?;
    Ok(lost)
}

/// Full when the browser says so; otherwise the store is unavailable.
fn storage_error(e: &JsValue) -> StorageError {
    let name = |v: &JsValue| {
        v.dyn_ref::<web_sys::DomException>()
            .map(|d| d.name())
            .or_else(|| {
                // An error event: its target's error says what happened.
                let target = js_sys::Reflect::get(v, &"target".into()).ok()?;
                let error = js_sys::Reflect::get(&target, &"error".into()).ok()?;
                error.dyn_ref::<web_sys::DomException>().map(|d| d.name())
            })
    };
    if name(e).as_deref() == Some("QuotaExceededError") {
        StorageError::Full
    } else {
        StorageError::Unavailable
    }
}

/// A logo's data URL as the Blob IndexedDB keeps (a quarter smaller than the text).
/// The browser's `atob` decodes it (the browser made the data URL).
fn logo_blob(data_url: &str) -> JsValue {
    let (kind, base64) = data_url
        .strip_prefix("data:")
        .and_then(|rest| rest.split_once(";base64,"))
        .unwrap_or(("application/octet-stream", ""));
    // `atob` gives one char per byte, each below 256.
    let bytes: Vec<u8> = gloo::utils::window()
        .atob(base64)
        .unwrap_or_default()
        .chars()
        .map(|c| c as u8)
        .collect();
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes.as_slice()));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(kind);
    web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
        .map_or(JsValue::NULL, Into::into)
}

/// Loads a logo the mirror knows only by its key, as a data URL again.
pub async fn load_logo(key: &str) -> Option<String> {
    let id = key.strip_prefix(storage::LOGO)?;
    let tx = indexed_db()?.transaction_with_str(LOGOS).ok()?;
    let request = tx
        .object_store(LOGOS)
        .ok()?
        .get(&JsValue::from_str(id))
        .ok()?;
    let blob: web_sys::Blob = done(&request).await.ok()?.dyn_into().ok()?;
    let buffer = JsFuture::from(blob.array_buffer()).await.ok()?;
    let binary: String = js_sys::Uint8Array::new(&buffer)
        .to_vec()
        .into_iter()
        .map(char::from)
        .collect();
    let base64 = gloo::utils::window().btoa(&binary).ok()?;
    Some(format!("data:{};base64,{base64}", blob.type_()))
}

/// How long boundaries stay kept when no saved design names them: long enough for
/// the design that imported them (in any tab) to be saved.
const BOUNDARIES_GRACE_MS: f64 = 24.0 * 3600.0 * 1000.0;
/// Where the time boundaries were kept is kept, beside them: `kept/` and their key.
const KEPT_AT: &str = "kept/";

/// The key of the time the boundaries under `key` were kept.
fn kept_at(key: &str) -> JsValue {
    JsValue::from_str(&format!("{KEPT_AT}{key}"))
}

/// Keeps a map's own boundaries (their kept GeoJSON) under `key`, and the time they
/// were kept; false where IndexedDB is refused or the write failed (the design then
/// says, when opened again, that its map needs the file).
pub async fn keep_boundaries(key: &str, text: &str) -> bool {
    let written = async {
        let db = open_database(MAPS_DATABASE, &[BOUNDARIES]).await?;
        let tx = db.transaction_with_str_and_mode(BOUNDARIES, IdbTransactionMode::Readwrite)?;
        let store = tx.object_store(BOUNDARIES)?;
        store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(key))?;
        store.put_with_key(&js_sys::Date::now().into(), &kept_at(key))?;
        let landed = finished(&tx).await.map(|_| ());
        db.close();
        landed
    };
    written.await.is_ok()
}

/// A map's own boundaries kept under `key`, if this browser keeps them.
pub async fn load_boundaries(key: &str) -> Option<String> {
    let db = open_database(MAPS_DATABASE, &[BOUNDARIES]).await.ok()?;
    let tx = db.transaction_with_str(BOUNDARIES).ok()?;
    let request = tx
        .object_store(BOUNDARIES)
        .ok()?
        .get(&JsValue::from_str(key))
        .ok()?;
    let text = done(&request).await;
    db.close();
    text.ok()?.as_string()
}

/// Removes the kept boundaries whose keys are not `in_use` and that were kept more
/// than a day ago (or at a time not known): each can be tens of megabytes. Only the
/// keys and times are read, never the boundaries.
pub async fn sweep_boundaries(in_use: &[String]) {
    let swept = async {
        let db = open_database(MAPS_DATABASE, &[BOUNDARIES]).await?;
        let tx = db.transaction_with_str_and_mode(BOUNDARIES, IdbTransactionMode::Readwrite)?;
        let finished = finished(&tx);
        let store = tx.object_store(BOUNDARIES)?;
        let keys = js_sys::Array::from(&done(&store.get_all_keys()?).await?);
        let now = js_sys::Date::now();
        for key in keys.iter().filter_map(|k| k.as_string()) {
            if key.starts_with(KEPT_AT) || in_use.contains(&key) {
                continue;
            }
            let at = kept_at(&key);
            let kept = done(&store.get(&at)?).await?.as_f64().unwrap_or(0.0);
            if now - kept > BOUNDARIES_GRACE_MS {
                store.delete(&JsValue::from_str(&key))?;
                store.delete(&at)?;
            }
        }
        let landed = finished.await.map(|_| ());
        db.close();
        landed
    };
    if let Err(e) = swept.await {
        leptos::logging::warn!("boundaries not swept: {}", super::js_text(&e));
    }
}

/// Every write has landed: what waited in localStorage for IndexedDB (designs of an
/// earlier version, a closing page's rescue) can go.
pub fn all_written() {
    let moved = MOVED.with(|m| std::mem::take(&mut *m.borrow_mut()));
    if indexed_db().is_some() {
        let mut local = LocalStore::open();
        OWN_RESCUE.with(|own| {
            for key in moved.iter().chain([own]) {
                local.remove(key);
            }
        });
    }
}

/// The page is closing with `waiting` still unwritten: they are left in localStorage,
/// with the batch on its way, for the next page (which checks them as this page would).
pub fn rescue(waiting: Vec<(String, Write)>) {
    if indexed_db().is_none() {
        return;
    }
    let mut all = IN_FLIGHT.with(|f| f.borrow().clone());
    all.extend(waiting);
    if all.is_empty() {
        return;
    }
    let mut local = LocalStore::open();
    let key = OWN_RESCUE.with(String::clone);
    if local.set(&key, &storage::rescue_text(&all)).is_err() {
        // Too big for localStorage with its logos: keep the words at least.
        all.retain(|(key, _)| !key.starts_with(storage::LOGO));
        // Nothing more can be done while the page closes.
        let _ = local.set(&key, &storage::rescue_text(&all));
    }
}

/// Tells other tabs which keys this one wrote.
fn tell_other_tabs(keys: &[&str]) {
    CHANNEL_OPEN.with(|c| {
        if let Some(channel) = c.borrow().as_ref() {
            let list: js_sys::Array = keys.iter().map(|k| JsValue::from_str(k)).collect();
            // A tab that misses a message only misses a list refresh: the check in
            // each write still keeps both tabs' work.
            let _ = channel.post_message(&list);
        }
    });
}

/// Calls `heard` with each batch of keys another tab writes and what IndexedDB holds
/// there now (None: removed). Logos are named by their content and read only when a
/// design wants them, so another tab's logos are not read here.
pub fn listen(heard: impl Fn(Vec<(String, Option<String>)>) + 'static) {
    let Ok(channel) = web_sys::BroadcastChannel::new(CHANNEL) else {
        return;
    };
    let heard = std::rc::Rc::new(heard);
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let keys: Vec<String> = js_sys::Array::from(&event.data())
                .iter()
                .filter_map(|k| k.as_string())
                .filter(|k| !k.starts_with(storage::LOGO))
                .collect();
            let heard = heard.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(values) = read_entries(keys).await {
                    heard(values);
                }
            });
        });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The channel lives as long as the page.
    on_message.forget();
    CHANNEL_OPEN.with(|c| *c.borrow_mut() = Some(channel));
}

/// What IndexedDB holds at `keys` now.
async fn read_entries(keys: Vec<String>) -> Result<Vec<(String, Option<String>)>, JsValue> {
    let db = indexed_db().ok_or(JsValue::NULL)?;
    let entries = db.transaction_with_str(ENTRIES)?.object_store(ENTRIES)?;
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let value = done(&entries.get(&JsValue::from_str(&key))?).await?;
        values.push((key, value.as_string()));
    }
    Ok(values)
}

/// localStorage, or nothing when the browser gives none (private mode, disabled).
pub struct LocalStore {
    storage: Option<web_sys::Storage>,
}

impl LocalStore {
    /// The page's localStorage.
    pub fn open() -> LocalStore {
        let storage = web_sys::window().and_then(|w| w.local_storage().ok().flatten());
        LocalStore { storage }
    }
}

impl KeyValue for LocalStore {
    fn get(&self, key: &str) -> Option<String> {
        self.storage.as_ref()?.get_item(key).ok().flatten()
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        let storage = self.storage.as_ref().ok_or(StorageError::Unavailable)?;
        storage.set_item(key, value).map_err(|e| {
            let name = e
                .dyn_ref::<web_sys::DomException>()
                .map(|d| d.name())
                .unwrap_or_default();
            if name == "QuotaExceededError" {
                StorageError::Full
            } else {
                StorageError::Unavailable
            }
        })
    }

    fn remove(&mut self, key: &str) {
        if let Some(storage) = &self.storage {
            // localStorage's removeItem throws only when storage is disabled, where there is
            // nothing to remove.
            let _ = storage.remove_item(key);
        }
    }

    fn keys(&self, prefix: &str) -> Vec<String> {
        let Some(storage) = &self.storage else {
            return Vec::new();
        };
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(prefix))
            .collect()
    }
}

thread_local! {
    static PERSIST_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Asks the browser, once per page and only after something was saved, to keep this
/// site's storage under pressure instead of evicting it (`navigator.storage.persist()`;
/// some browsers grant it silently, Firefox asks the user). The answer changes nothing
/// here: saving works either way, so it is not awaited.
pub fn ask_to_persist() {
    if PERSIST_ASKED.with(|asked| asked.replace(true)) {
        return;
    }
    let navigator = gloo::utils::window().navigator();
    // Insecure pages and old browsers have no `navigator.storage`.
    let has_storage = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    if has_storage {
        if let Ok(promise) = navigator.storage().persist() {
            wasm_bindgen_futures::spawn_local(async move {
                // Granted or not, nothing to do; a refusal is not an error.
                let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
            });
        }
    }
}
