//! Files given to the installed app by the phone or the desktop: what another app
//! shared with it (the manifest's `share_target`, kept by the service worker until the
//! page asks) and CSV files opened with it (the manifest's `file_handlers`, through
//! `window.launchQueue` where the browser has it). Both end in the table's import
//! preview, like a picked file.

use js_sys::{Function, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The cache the service worker keeps a share in, and its key there.
const SHARED_CACHE: &str = "lnb-shared";
const SHARED_KEY: &str = "./__shared";

/// What was shared with the app, if it was opened for a share (`?shared=1`): taken
/// once, and the address cleaned so a reload does not import it again.
pub async fn take_shared() -> Option<Vec<u8>> {
    let window = gloo::utils::window();
    let search = window.location().search().ok()?;
    if !search.contains("shared=1") {
        return None;
    }
    let path = window.location().pathname().ok()?;
    // Only the address bar's tidiness is at stake: the shared file is read either way.
    let _ = window
        .history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&path));
    let caches = window.caches().ok()?;
    let cache: web_sys::Cache = JsFuture::from(caches.open(SHARED_CACHE))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    let response: web_sys::Response = JsFuture::from(cache.match_with_str(SHARED_KEY))
        .await
        .ok()?
        .dyn_into()
        .ok()?;
    // A shared file left in the cache is replaced by the next one shared.
    let _ = JsFuture::from(cache.delete_with_str(SHARED_KEY)).await;
    let buffer = JsFuture::from(response.array_buffer().ok()?).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}

/// Calls `open` with the bytes of each file the app is launched with, where the
/// browser has a launch queue (installed desktop apps); does nothing elsewhere.
pub fn on_launched_files(open: impl Fn(Vec<u8>) + 'static) {
    let window = gloo::utils::window();
    let Ok(queue) = Reflect::get(&window, &JsValue::from_str("launchQueue")) else {
        return;
    };
    let Ok(set_consumer) = Reflect::get(&queue, &JsValue::from_str("setConsumer")) else {
        return;
    };
    let Some(set_consumer) = set_consumer.dyn_ref::<Function>() else {
        return;
    };
    let open = std::rc::Rc::new(open);
    let consumer = Closure::<dyn FnMut(JsValue)>::new(move |params: JsValue| {
        let files =
            Reflect::get(&params, &JsValue::from_str("files")).unwrap_or(JsValue::UNDEFINED);
        for handle in js_sys::Array::from(&files).iter() {
            let open = open.clone();
            leptos::task::spawn_local(async move {
                if let Some(bytes) = file_bytes(&handle).await {
                    open(bytes);
                }
            });
        }
    });
    // The launch queue's own setConsumer: it throws only where there is no queue.
    let _ = set_consumer.call1(&queue, consumer.as_ref());
    consumer.forget();
}

/// The bytes of a launched file's handle (`handle.getFile()`).
async fn file_bytes(handle: &JsValue) -> Option<Vec<u8>> {
    let get_file: Function = Reflect::get(handle, &JsValue::from_str("getFile"))
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: js_sys::Promise = get_file.call0(handle).ok()?.dyn_into().ok()?;
    let file: web_sys::Blob = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    let buffer = JsFuture::from(file.array_buffer()).await.ok()?;
    Some(Uint8Array::new(&buffer).to_vec())
}
