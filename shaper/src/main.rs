//! The browser's full shaper: a second wasm module, loaded by the app (`src/web/shaper.rs`)
//! on the page's main thread when a graphic needs it, so rustybuzz is never part of the
//! first load. It holds its own copy of each font it was given.

#[cfg(target_arch = "wasm32")]
mod browser {
    use std::cell::RefCell;

    use wasm_bindgen::prelude::*;

    thread_local! {
        static SHAPER: RefCell<lnb_shaper::Shaper> = RefCell::new(lnb_shaper::Shaper::new());
    }

    /// Keeps `bytes` (a font file) in `slot`; false when it does not parse. A font is
    /// loaded once per page, so its bytes live as long as the page.
    #[wasm_bindgen]
    pub fn load_face(slot: u32, bytes: Vec<u8>) -> bool {
        let data: &'static [u8] = Box::leak(bytes.into_boxed_slice());
        SHAPER.with(|s| s.borrow_mut().load(slot as usize, data))
    }

    /// `link` as a QR code: its side in modules, then each module (1 dark, 0 light)
    /// row by row; empty for a link too long for any code.
    #[wasm_bindgen]
    pub fn qr(link: &str) -> Vec<u8> {
        lnb_shaper::qr(link)
            .and_then(|(modules, n)| {
                let side = u8::try_from(n).ok()?;
                Some(
                    std::iter::once(side)
                        .chain(modules.into_iter().map(u8::from))
                        .collect(),
                )
            })
            .unwrap_or_default()
    }

    /// The directional runs of a line in visual order: `[start, end, rtl]` each.
    #[wasm_bindgen]
    pub fn runs(text: &str, rtl: bool) -> Vec<u32> {
        lnb_shaper::flatten_runs(&lnb_shaper::visual_runs(text, rtl))
    }

    /// Shapes `text` in the face in `slot`: `[id, cluster, advance, dx, dy]` per glyph,
    /// empty when the slot is empty.
    #[wasm_bindgen]
    pub fn shape(slot: u32, text: &str, rtl: bool) -> Vec<i32> {
        SHAPER.with(|s| {
            s.borrow()
                .shape(slot as usize, text, rtl)
                .map(|g| lnb_shaper::flatten(&g))
                .unwrap_or_default()
        })
    }
}

fn main() {}
