//! The browser's localStorage as a [`KeyValue`] store.

use wasm_bindgen::JsCast;

use crate::storage::{KeyValue, StorageError};

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
