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
    timing(canvas, runs, batch).await.await
}

/// The timing, running.
#[cfg(target_arch = "wasm32")]
type Timing =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<f64>, wasm_bindgen::JsValue>>>>;

/// Starts the timing. With `split` its code is a module of its own (`split_bench`),
/// fetched when the benchmark calls it: no campaigner downloads it.
#[cfg(all(target_arch = "wasm32", feature = "split"))]
#[leptos::wasm_split::wasm_split(bench, wasm_split_path = ::leptos::wasm_split)]
fn timing(canvas: web_sys::HtmlCanvasElement, runs: u32, batch: u32) -> Timing {
    Box::pin(lnb_studio::web::bench::bench_redraws(canvas, runs, batch))
}

/// Starts the timing.
#[cfg(all(target_arch = "wasm32", not(feature = "split")))]
async fn timing(canvas: web_sys::HtmlCanvasElement, runs: u32, batch: u32) -> Timing {
    Box::pin(lnb_studio::web::bench::bench_redraws(canvas, runs, batch))
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("LNB Studio runs in the browser; see README.md (`make serve`).");
}
