// An export worker: runs the export module (src/bin/exporter.rs, built by Trunk as
// exporter.js + exporter_bg.wasm beside this file) and answers the editor's messages
// ({ id, op, … } → { id, out, memory } or { id, error, kind }); see src/web/exporter.rs.
// `memory` is the worker's wasm memory in bytes, for make bench's peak-memory figure.
//
// plotters-canvas and the glyph painter draw on an HTMLCanvasElement's 2D context. A
// worker has neither name, but OffscreenCanvas and its 2D context offer the same
// drawing interface, so they are given those names here, where no other meaning exists.
self.HTMLCanvasElement ??= self.OffscreenCanvas;
self.CanvasRenderingContext2D ??= self.OffscreenCanvasRenderingContext2D;

importScripts("exporter.js");
const started = self.lnbExporter({ module_or_path: "exporter_bg.wasm" });

self.onmessage = async ({ data }) => {
  try {
    const wasm = await started;
    const out = await self.lnbExporter.handle(data);
    const memory = wasm.memory.buffer.byteLength;
    self.postMessage({ id: data.id, out, memory }, out instanceof Uint8Array ? [out.buffer] : []);
  } catch (e) {
    // `kind`: the failure's message id (src/error.rs), so the editor says what happened.
    self.postMessage({ id: data.id, error: String((e && e.message) || e), kind: e && e.kind });
  }
};
