//! Working offline: registers the service worker that `tools/make-sw.mjs` generates
//! after each build, and reports when a new version is installed and waiting.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// Registers `sw.js`; `on_update` is called with the new worker once a newer version
/// has installed while this one controls the page.
pub fn register(on_update: impl Fn(ServiceWorker) + Clone + 'static) {
    let container = gloo::utils::window().navigator().service_worker();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(container.register("sw.js")).await else {
            return;
        };
        let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let controlled = move || {
            gloo::utils::window()
                .navigator()
                .service_worker()
                .controller()
                .is_some()
        };
        if let Some(waiting) = registration.waiting().filter(|_| controlled()) {
            on_update(waiting);
        }
        let found_registration = registration.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = found_registration.installing() else {
                return;
            };
            let watched = worker.clone();
            let on_update = on_update.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && controlled() {
                    on_update(watched.clone());
                }
            });
            worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // Lives as long as the page.
        on_found.forget();
    });
}

/// Lets the waiting `worker` take over, and reloads once it controls the page.
pub fn apply_update(worker: &ServiceWorker) {
    let container = gloo::utils::window().navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        // A reload that fails leaves the old version running, which still works.
        let _ = gloo::utils::window().location().reload();
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    // A worker that has gone needs no message.
    let _ = worker.post_message(&"skip-waiting".into());
}

/// Asks the service worker to keep the files it does not precache (the Arabic fonts),
/// now that this page uses them, so they are there next time without a network.
pub fn keep_on_demand_files() {
    keep_on_demand("arabic");
}

/// Asks the service worker to keep one group of the files it does not precache
/// ("arabic": the Arabic fonts and the full shaper; "maps": the map files), now that
/// this page or worker uses them. Called from an export worker it does nothing (the
/// editor asks when it draws the same files).
pub fn keep_on_demand(group: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(worker) = window.navigator().service_worker().controller() {
        // A worker that has gone needs no message; nothing is cached on demand then.
        let _ = worker.post_message(&format!("cache-on-demand:{group}").into());
    }
}
