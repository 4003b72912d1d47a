// What the first load is, in one place: the files a browser fetches before the first
// preview besides the fonts (html, js, wasm, css of the build, not sw.js and not the
// modules loaded on demand), and their gzip -9 size. Used by bench/run.mjs,
// bench/before-after.mjs and the size gate (tools/size-gate.mjs), with the budget it
// is held to (bench/budget.json).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Fetched only when needed: the full shaper, the export module, and the editor's
 * panels split out of the main module (split_*.wasm, chunk_*.wasm: fetched when the
 * first is drawn, after the first preview's module has started); and sw.js, which the
 * browser fetches on its own schedule. The split modules' loader (__wasm_split*.js)
 * is imported by the main module's glue, so it is first load. */
export const onDemand = (file) => file === "sw.js" || /^(shaper|exporter|split_|chunk_)/.test(file);

/** The editor panels' modules, fetched after the first preview (the code they share
 * with the maps module, chunk_*.wasm, with them). */
export const isEditorPanels = (file) => /^(split_editor|chunk_).*\.wasm$/.test(file);

/** The maps module: fetched when a map is first chosen, then kept for offline use. */
export const isMapsModule = (file) => file === "split_maps.wasm";

/** The first-load files of the build in `dist`. */
export function firstLoadFiles(dist) {
  return readdirSync(dist)
    .filter((f) => /\.(html|js|wasm|css)$/.test(f) && !onDemand(f) && statSync(join(dist, f)).isFile())
    .map((f) => join(dist, f));
}

/** Their total size, gzip -9. */
export const firstLoadGzip = (dist) =>
  firstLoadFiles(dist).reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** The first load's budget in bytes of gzip, from bench/budget.json. */
export const firstLoadGzipBudget = JSON.parse(readFileSync(new URL("./budget.json", import.meta.url), "utf8")).firstLoadGzipBudget;
