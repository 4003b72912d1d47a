//! The full shaper in the browser: a second wasm module (the `shaper/` crate, built by
//! Trunk into `shaper.js` + `shaper_bg.wasm`), loaded on the page's main thread only
//! when a graphic needs it (Arabic, or a combining mark), together with the Arabic
//! fonts. Once loaded it shapes synchronously, so layout stays a plain function.
//! The post-build hook exposes the module's no-modules glue as `globalThis.lnbShaper`.

use std::sync::Arc;

use js_sys::{Function, Int32Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{js_text, WebError};
use crate::text::{ComplexShaper, Face, FontSet, RawGlyph};

const GLUE: &str = "shaper.js";
const MODULE: &str = "shaper_bg.wasm";
const GLOBAL: &str = "lnbShaper";

/// `fonts` with the full shaper added, holding every face `fonts` has.
pub async fn add(fonts: FontSet) -> Result<FontSet, WebError> {
    if fonts.has_complex() {
        return Ok(fonts);
    }
    let fail = |e: JsValue| WebError::Fonts(format!("{GLUE}: {}", js_text(&e)));
    if glue().is_none() {
        load_script().await.map_err(fail)?;
    }
    let init: Function = glue()
        .and_then(|g| g.dyn_into().ok())
        .ok_or_else(|| WebError::Fonts(format!("{GLUE} did not define {GLOBAL}")))?;
    let options = js_sys::Object::new();
    Reflect::set(&options, &"module_or_path".into(), &MODULE.into()).map_err(fail)?;
    let started: Promise = init
        .call1(&JsValue::NULL, &options)
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    JsFuture::from(started).await.map_err(fail)?;
    let load = function("load_face").ok_or_else(|| WebError::Fonts("no load_face".into()))?;
    for face in Face::ALL {
        if fonts.resolved(face) != face {
            continue;
        }
        let bytes = Uint8Array::from(fonts.file(face));
        load.call2(&JsValue::NULL, &(face.index() as u32).into(), &bytes)
            .map_err(fail)?;
    }
    Ok(fonts.with_complex(Arc::new(BrowserShaper)))
}

/// The module's glue, once its script ran.
fn glue() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &GLOBAL.into())
        .ok()
        .filter(|v| !v.is_undefined())
}

fn function(name: &str) -> Option<Function> {
    Reflect::get(&glue()?, &name.into()).ok()?.dyn_into().ok()
}

/// Adds `<script src="shaper.js">` and waits for it to run.
async fn load_script() -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let script: web_sys::HtmlScriptElement = document.create_element("script")?.dyn_into()?;
    script.set_src(GLUE);
    let done = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document.head().ok_or("no <head>")?.append_child(&script)?;
    JsFuture::from(done).await.map(|_| ())
}

/// Calls into the loaded module (found again on each call: it holds nothing that
/// would tie it to one thread).
struct BrowserShaper;

impl ComplexShaper for BrowserShaper {
    fn shape(&self, face: Face, text: &str, rtl: bool) -> Option<Vec<RawGlyph>> {
        let shape = function("shape")?;
        let args = js_sys::Array::of3(&(face.index() as u32).into(), &text.into(), &rtl.into());
        let out: Int32Array = shape.apply(&JsValue::NULL, &args).ok()?.dyn_into().ok()?;
        let glyphs = RawGlyph::from_flat(&out.to_vec());
        (!glyphs.is_empty() || text.is_empty()).then_some(glyphs)
    }
}
