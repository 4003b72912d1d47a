//! Hooks for `make bench` (bench/run.mjs): the same layout and painting the preview
//! uses, timed in the browser for a fixed grouped-bar chart, so it can be set side by
//! side with Chart.js and Vega-Lite drawing the same data at the same size.

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::model::document::ChartKind;
use crate::model::goal::Goal;
use crate::model::i18n::{Lang, Translator};
use crate::render::layout::layout;
use crate::render::paint::paint;
use crate::web::canvas::CanvasSurface;

/// Lays out and paints the example grouped-bar chart on `canvas` at its size (1600×900
/// for X), changing one value each time, in `runs` batches of `batch` redraws, and
/// returns each batch's milliseconds per redraw (a batch, because the browser's clock
/// moves in 0.1 ms steps, as long as one redraw). Exported to JavaScript by the
/// editor's binary (`src/main.rs`), not here: an export in the library would be kept
/// in every module that links it.
pub async fn bench_redraws(
    canvas: HtmlCanvasElement,
    runs: u32,
    batch: u32,
) -> Result<Vec<f64>, JsValue> {
    let fonts = crate::web::fonts::load()
        .await
        .map_err(|e| JsValue::from_str(&e.to_string()))?;
    let tr = Translator::new(Lang::En);
    let mut doc = crate::render::charts::example(Goal::ZeroHunger, ChartKind::Bars, &tr);
    let (w, h) = doc.format.size();
    canvas.set_width(w);
    canvas.set_height(h);
    let performance = gloo::utils::window()
        .performance()
        .ok_or_else(|| JsValue::from_str("no performance clock"))?;
    let batch = batch.max(1);
    let mut times = Vec::with_capacity(runs as usize);
    for run in 0..runs {
        let start = performance.now();
        for i in 0..batch {
            if let Some(row) = doc.rows.first_mut() {
                row.value = Some(30.0 + f64::from((run * batch + i) % 40));
            }
            let scene = layout(&doc, &tr, &fonts);
            let mut surface =
                CanvasSurface::new(&canvas).map_err(|e| JsValue::from_str(&e.to_string()))?;
            paint(&scene, &mut surface, &fonts, 1.0, None)
                .map_err(|e| JsValue::from_str(&e.to_string()))?;
        }
        times.push((performance.now() - start) / f64::from(batch));
    }
    Ok(times)
}

/// Marks a drawn preview on the page's performance timeline, for the benchmark's
/// cold-start and input-to-repaint figures.
pub fn mark_preview_drawn() {
    mark("lnb-preview");
}

/// Marks the export worker starting, for the benchmark's figure of its start.
pub fn mark_exporter_start() {
    mark("lnb-exporter-start");
}

/// Marks the export worker ready (started and given the fonts), for the benchmark's
/// export figures, which time an export, not the worker's start.
pub fn mark_exporter_ready() {
    mark("lnb-exporter-ready");
}

fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        // A mark is only a measurement aid: the page works the same without it.
        let _ = performance.mark(name);
    }
}
