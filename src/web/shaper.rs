//! The full shaper in the browser: the `shaper/` crate's module (rustybuzz), loaded
//! when a graphic needs it (Arabic, or a combining mark), together with the Arabic
//! fonts. Once loaded it shapes synchronously, so layout stays a plain function.

use std::sync::Arc;

use js_sys::{Int32Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};

use super::module::Module;
use super::{js_text, WebError};
use crate::render::text::{ComplexShaper, Face, FontSet, RawGlyph};

/// The shaper module.
const SHAPER: Module = Module {
    glue: "shaper.js",
    wasm: "shaper_bg.wasm",
    global: "lnbShaper",
};

/// `fonts` with the full shaper added, holding every face `fonts` has.
pub async fn add(fonts: FontSet) -> Result<FontSet, WebError> {
    if fonts.has_complex() {
        return Ok(fonts);
    }
    SHAPER.load().await?;
    let load = SHAPER
        .function("load_face")
        .ok_or_else(|| WebError::Fonts("shaper: no load_face".into()))?;
    for face in Face::ALL.into_iter().filter(|&f| fonts.holds(f)) {
        let bytes = Uint8Array::from(fonts.file(face));
        load.call2(&JsValue::NULL, &(face.index() as u32).into(), &bytes)
            .map_err(|e| WebError::Fonts(format!("shaper: {}", js_text(&e))))?;
    }
    Ok(fonts.with_complex(Arc::new(BrowserShaper)))
}

/// Calls into the loaded module (found again on each call: it holds nothing that
/// would tie it to one thread).
struct BrowserShaper;

impl ComplexShaper for BrowserShaper {
    fn shape(&self, face: Face, text: &str, rtl: bool) -> Option<Vec<RawGlyph>> {
        let shape = SHAPER.function("shape")?;
        let args = js_sys::Array::of3(&(face.index() as u32).into(), &text.into(), &rtl.into());
        let out: Int32Array = shape.apply(&JsValue::NULL, &args).ok()?.dyn_into().ok()?;
        let glyphs = RawGlyph::from_flat(&out.to_vec());
        (!glyphs.is_empty() || text.is_empty()).then_some(glyphs)
    }

    fn visual_runs(&self, text: &str, rtl: bool) -> Option<Vec<(std::ops::Range<usize>, bool)>> {
        let runs = SHAPER.function("runs")?;
        let out: js_sys::Uint32Array = runs
            .call2(&JsValue::NULL, &text.into(), &rtl.into())
            .ok()?
            .dyn_into()
            .ok()?;
        let runs = lnb_shaper::runs_from_flat(&out.to_vec());
        (!runs.is_empty()).then_some(runs)
    }

    fn qr(&self, link: &str) -> Option<(Vec<bool>, usize)> {
        let encode = SHAPER.function("qr")?;
        let out: Uint8Array = encode
            .call1(&JsValue::NULL, &link.into())
            .ok()?
            .dyn_into()
            .ok()?;
        let flat = out.to_vec();
        let (&side, modules) = flat.split_first()?;
        let n = usize::from(side);
        (modules.len() == n * n).then(|| (modules.iter().map(|&m| m == 1).collect(), n))
    }
}
