//! The export module: a second wasm (Trunk `data-type="worker"`, no-modules glue) that
//! the editor loads on its main thread at the first SVG or PDF export, so the SVG and
//! PDF writers are not part of the first load. It holds its own copy of the fonts and
//! writes what a [`VectorRequest`] asks for.
//!
//! [`VectorRequest`]: lnb_studio::export::vector::VectorRequest

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use lnb_studio::export::vector::VectorRequest;
    use lnb_studio::text::FontSet;
    use wasm_bindgen::prelude::*;

    thread_local! {
        static FONTS: RefCell<Option<FontSet>> = const { RefCell::new(None) };
    }

    /// Takes the shipped font files (the Arabic ones empty until loaded); false when
    /// they do not parse.
    #[wasm_bindgen]
    pub fn load_fonts(
        oswald: Vec<u8>,
        roboto: Vec<u8>,
        roboto_bold: Vec<u8>,
        arabic: Vec<u8>,
        arabic_bold: Vec<u8>,
    ) -> bool {
        let set = FontSet::from_bytes([oswald, roboto, roboto_bold]).and_then(|set| {
            if arabic.is_empty() || arabic_bold.is_empty() {
                Ok(set)
            } else {
                set.with_arabic([arabic, arabic_bold])
            }
        });
        let ok = set.is_ok();
        FONTS.with(|f| *f.borrow_mut() = set.ok());
        ok
    }

    /// The file a request (JSON) asks for; the logo's RGBA pixels beside it.
    #[wasm_bindgen]
    pub fn write(request: &str, logo_rgba: Vec<u8>) -> Result<Vec<u8>, JsValue> {
        let request =
            VectorRequest::from_json(request).map_err(|e| JsValue::from_str(&e.to_string()))?;
        FONTS.with(|f| {
            f.borrow()
                .as_ref()
                .map(|fonts| request.write(fonts, logo_rgba))
                .ok_or_else(|| JsValue::from_str("fonts not loaded"))
        })
    }
}

fn main() {}
