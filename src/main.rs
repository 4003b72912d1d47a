//! The browser entry point: mounts the editor. Native builds have nothing to run.

#[cfg(target_arch = "wasm32")]
fn main() {
    lnb_studio::ui::start();
}

/// `make bench`'s redraw timing (see `lnb_studio::web::bench`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(js_name = lnbBenchRedraws)]
pub async fn bench_redraws(
    canvas: web_sys::HtmlCanvasElement,
    runs: u32,
    batch: u32,
) -> Result<Vec<f64>, wasm_bindgen::JsValue> {
    lnb_studio::web::bench::bench_redraws(canvas, runs, batch).await
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("LNB Studio runs in the browser; see README.md (`make serve`).");
}
