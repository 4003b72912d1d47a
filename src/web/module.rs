//! Second wasm modules loaded when first needed: the full shaper (`shaper/`), on the
//! page or in an export worker. Trunk builds it as a worker asset (no-modules glue,
//! unhashed names); the post-build hook renames the glue's global so several glues
//! can live in one scope. Once loaded, a module's functions are called synchronously.

use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{js_text, WebError};

/// One on-demand module: its glue script, its wasm file and the global the glue sets.
pub struct Module {
    /// The glue script, relative to the page.
    pub glue: &'static str,
    /// The wasm file, relative to the page.
    pub wasm: &'static str,
    /// The global the glue assigns (set in `tools/post-build.mjs`).
    pub global: &'static str,
}

impl Module {
    /// Fetches, compiles and starts the module (once; later calls return at once).
    pub async fn load(&self) -> Result<(), WebError> {
        let fail = |e: JsValue| WebError::Fonts(format!("{}: {}", self.glue, js_text(&e)));
        if self.glue_object().is_none() {
            self.load_script().await.map_err(fail)?;
        }
        let init: Function = self
            .glue_object()
            .and_then(|g| g.dyn_into().ok())
            .ok_or_else(|| {
                WebError::Fonts(format!("{} did not define {}", self.glue, self.global))
            })?;
        let options = Object::new();
        Reflect::set(&options, &"module_or_path".into(), &self.wasm.into()).map_err(fail)?;
        // The glue's init returns at once when the module already runs.
        let started: Promise = init
            .call1(&JsValue::NULL, &options)
            .map_err(fail)?
            .dyn_into()
            .map_err(fail)?;
        JsFuture::from(started).await.map_err(fail)?;
        Ok(())
    }

    /// An exported function, once the module is loaded.
    pub fn function(&self, name: &str) -> Option<Function> {
        Reflect::get(&self.glue_object()?, &name.into())
            .ok()?
            .dyn_into()
            .ok()
    }

    fn glue_object(&self) -> Option<JsValue> {
        Reflect::get(&js_sys::global(), &self.global.into())
            .ok()
            .filter(|v| !v.is_undefined())
    }

    /// Adds `<script src=glue>` and waits for it to run; in a worker (no document),
    /// runs it with `importScripts`.
    async fn load_script(&self) -> Result<(), JsValue> {
        let global = js_sys::global();
        if Reflect::get(&global, &"document".into())?.is_undefined() {
            let import: Function = Reflect::get(&global, &"importScripts".into())?.dyn_into()?;
            return import.call1(&JsValue::NULL, &self.glue.into()).map(|_| ());
        }
        let document = gloo::utils::document();
        let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
        script.set_src(self.glue);
        let done = Promise::new(&mut |resolve, reject| {
            script.set_onload(Some(&resolve));
            script.set_onerror(Some(&reject));
        });
        document.head().ok_or("no <head>")?.append_child(&script)?;
        JsFuture::from(done).await.map(|_| ())
    }
}
