//! SVG and PDF exports in the browser: the request goes to the export module
//! (`src/bin/exporter.rs`), loaded at the first such export and precached by the
//! service worker, so the writers never weigh on the first load.

use std::cell::Cell;

use js_sys::Uint8Array;
use wasm_bindgen::{JsCast, JsValue};

use super::module::Module;
use super::{js_text, WebError};
use crate::export::vector::VectorRequest;
use crate::logo::LogoPixels;
use crate::text::{Face, FontSet};

/// The export module.
const EXPORTER: Module = Module {
    glue: "exporter.js",
    wasm: "exporter_bg.wasm",
    global: "lnbExporter",
};

thread_local! {
    /// Which fonts the module holds: none yet, Latin, or Latin and Arabic.
    static GIVEN: Cell<Option<bool>> = const { Cell::new(None) };
}

/// The file `request` asks for.
pub async fn write(
    request: &VectorRequest,
    fonts: &FontSet,
    logo: Option<&LogoPixels>,
) -> Result<Vec<u8>, WebError> {
    let fail = |e: JsValue| WebError::Canvas(format!("exporter: {}", js_text(&e)));
    EXPORTER.load().await?;
    if GIVEN.get() != Some(fonts.has_arabic()) {
        let load = EXPORTER
            .function("load_fonts")
            .ok_or_else(|| WebError::Fonts("exporter: no load_fonts".into()))?;
        let args = js_sys::Array::new();
        for face in Face::ALL {
            let bytes: &[u8] = if fonts.holds(face) {
                fonts.file(face)
            } else {
                &[]
            };
            args.push(&Uint8Array::from(bytes));
        }
        let ok = load.apply(&JsValue::NULL, &args).map_err(fail)?;
        if ok.as_bool() != Some(true) {
            return Err(WebError::Fonts("exporter: fonts refused".into()));
        }
        GIVEN.set(Some(fonts.has_arabic()));
    }
    let write = EXPORTER
        .function("write")
        .ok_or_else(|| WebError::Canvas("exporter: no write".into()))?;
    let rgba = Uint8Array::from(logo.map_or(&[][..], |l| l.rgba.as_slice()));
    let out: Uint8Array = write
        .call2(&JsValue::NULL, &request.to_json().into(), &rgba)
        .map_err(fail)?
        .dyn_into()
        .map_err(fail)?;
    Ok(out.to_vec())
}
