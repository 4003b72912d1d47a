// `make bench`: measures LNB Studio's release build in headless Chromium and writes
// bench/results.json and bench/RESULTS.md. A benchmark, not a test: it reports medians
// and p95 over BENCH_RUNS runs (15 by default) and the machine it ran on; it fails
// only if it cannot measure.
//
// 1. first-load bytes (html, js, wasm, css; gzip -9 and brotli; fonts apart)
// 2. cold start: navigation start → first preview drawn (a `lnb-preview` mark)
// 3. input → repaint: a keystroke in a value cell → the preview's next mark, at
//    1600×900 and for the A3 poster preview
// 4. export time: PNG 1600×900, PNG A3 300 DPI, SVG, PDF, a 47-row CSV pack, each
//    once the export worker has started (and that start, apart)
// 5. memory after 200 edits: wasm linear memory and JS heap, before and after
// 6. side by side: the same grouped bar chart at 1600×900 by our renderer, Chart.js 4
//    and Vega-Lite 6 (from node_modules): time per redraw (batches of 10, the clock
//    moving in 0.1 ms steps) and first-load bytes
// 7. Lighthouse's mobile audit of the build served compressed (bench/lighthouse.mjs)
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { firstLoadFiles, firstLoadGzipBudget, isEditorPanels, isMapsModule } from "./first-load.mjs";
import { cpus, totalmem, platform, release } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { launch, waitForPreview } from "../tests/e2e/browser.mjs";
import { audit } from "./lighthouse.mjs";
import { serve } from "../tests/e2e/serve.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
// `BENCH_DIST=dir` measures another build (e.g. the one before a change).
const DIST = process.env.BENCH_DIST ?? join(ROOT, "dist");
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const kb = (b) => `${round(b / 1024)} KB`;
const mb = (b) => `${round(b / 2 ** 20)} MB`;
const stats = (xs) => ({ runs: xs.length, median: round(median(xs), 2), p95: round(quantile(xs, 0.95), 2), min: round(Math.min(...xs), 2) });
const sizes = (paths) => {
  const bytes = paths.map((p) => readFileSync(p));
  const sum = (f) => bytes.reduce((n, b) => n + f(b), 0);
  return {
    files: paths.map((p) => p.slice(ROOT.length)),
    raw: sum((b) => b.length),
    gzip: sum((b) => gzipSync(b, { level: 9 }).length),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
  };
};

// 1. First-load bytes.
const distFiles = readdirSync(DIST).filter((f) => statSync(join(DIST, f)).isFile());
// The full shaper (shaper.js + shaper_bg.wasm) is fetched only when a graphic needs it,
// the export module (exporter*.js + exporter_bg.wasm) by its workers after the first
// preview (bench/first-load.mjs says what the first load is, for the size gate too).
const firstLoad = sizes(firstLoadFiles(DIST));
const shaperModule = sizes(distFiles.filter((f) => f.startsWith("shaper")).map((f) => join(DIST, f)));
const exporterModule = sizes(distFiles.filter((f) => f.startsWith("exporter")).map((f) => join(DIST, f)));
const panelsModule = sizes(distFiles.filter(isEditorPanels).map((f) => join(DIST, f)));
const mapsModule = sizes(distFiles.filter(isMapsModule).map((f) => join(DIST, f)));
const mapData = Object.fromEntries(
  ["countries.json", "world-110m.json", "world-50m.json"].map((f) => [f, sizes([join(DIST, "maps", f)])]),
);
const fonts = sizes(readdirSync(join(DIST, "fonts")).filter((f) => /^(oswald|roboto)-.*\.ttf$/.test(f)).map((f) => join(DIST, "fonts", f)));
const arabicFonts = sizes(readdirSync(join(DIST, "fonts")).filter((f) => f.startsWith("noto-sans-arabic-")).map((f) => join(DIST, "fonts", f)));
const chartjsBytes = sizes([join(ROOT, "node_modules/chart.js/dist/chart.umd.min.js")]);
const vegaBytes = sizes([join(ROOT, "node_modules/vega/build/vega.min.js"), join(ROOT, "node_modules/vega-lite/build/vega-lite.min.js")]);

const server = await serve(ROOT);
const app = `${server.url}dist/`;
const browser = await launch();

async function fresh(viewport = { width: 1440, height: 900 }) {
  const context = await browser.newContext({ viewport, acceptDownloads: true, serviceWorkers: "block" });
  await context.addInitScript(() => addEventListener("TrunkApplicationStarted", (e) => (window.__wasm = e.detail.wasm)));
  return context;
}
const marks = (page) => page.evaluate(() => performance.getEntriesByName("lnb-preview").map((m) => m.startTime));

// 2. Cold start: a new context each run (empty HTTP cache, no service worker).
const coldStart = [];
for (let i = 0; i < RUNS; i++) {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(`${app}?lang=en`);
  await waitForPreview(page);
  coldStart.push((await marks(page))[0]);
  await context.close();
}

// The export worker starts when the page is idle after the first preview; the
// figures below wait for it, so they time steady editing and exports, not its start
// (timed apart, from its start to its fonts loaded).
const workerStart = [];
async function exporterReady(page) {
  await page.waitForFunction(() => performance.getEntriesByName("lnb-exporter-ready").length > 0, null, { timeout: 60000 });
  workerStart.push(await page.evaluate(() => performance.getEntriesByName("lnb-exporter-ready")[0].startTime - performance.getEntriesByName("lnb-exporter-start")[0].startTime));
}
// 3. Input → repaint, per keystroke in the first value cell.
async function inputLatency(format) {
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(`${app}?lang=en&chart=bars&format=${format}`);
  await waitForPreview(page);
  await exporterReady(page);
  const cell = page.locator(".table-row input[inputmode=decimal]").first();
  await cell.click();
  const times = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const before = (await marks(page)).length;
    await page.evaluate(() => addEventListener("keydown", (e) => (window.__key = e.timeStamp), { once: true, capture: true }));
    await page.keyboard.press(i % 2 ? "Backspace" : "7");
    await page.waitForFunction((n) => performance.getEntriesByName("lnb-preview").length > n, before);
    const [key, drawn] = await page.evaluate(() => [window.__key, performance.getEntriesByName("lnb-preview").at(-1).startTime]);
    times.push(drawn - key);
  }
  await context.close();
  return times;
}
const repaint = { "x-1600x900": stats(await inputLatency("x")), "poster-a3 preview": stats(await inputLatency("poster-a3")) };

// 4. Export times: click → download, once the page's export worker is ready.
// A fresh page per run: Chromium silently drops a tab's eleventh download in a row
// (its "multiple downloads" guard).
async function exportTimes(url, selector, runs) {
  const context = await fresh();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await waitForPreview(page);
    await exporterReady(page);
    const start = Date.now();
    await Promise.all([page.waitForEvent("download", { timeout: 300000 }), page.click(selector)]);
    times.push(Date.now() - start);
    await page.close();
  }
  await context.close();
  return stats(times);
}
const csv = join(ROOT, "target/bench-counties.csv");
writeFileSync(csv, ["County,Rural,Urban", ...Array.from({ length: 47 }, (_, i) => `County ${i + 1},${20 + i},${30 + (i % 20)}`)].join("\n"));
const exportsMs = {
  "PNG 1600×900": await exportTimes(`${app}?lang=en&chart=bars`, "#export-png", RUNS),
  "PNG A3 300 DPI": await exportTimes(`${app}?lang=en&chart=bars&format=poster-a3`, "#export-png", Math.min(RUNS, 7)),
  "SVG 1600×900": await exportTimes(`${app}?lang=en&chart=bars`, "#export-svg", RUNS),
  "PDF A3": await exportTimes(`${app}?lang=en&chart=bars&format=poster-a3`, "#export-pdf", Math.min(RUNS, 7)),
};
{
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(`${app}?lang=en&chart=gap`);
  await waitForPreview(page);
  await exporterReady(page);
  await page.click(".packs summary");
  const times = [];
  for (let i = 0; i < 3; i++) {
    const start = Date.now();
    await Promise.all([page.waitForEvent("download", { timeout: 300000 }), page.setInputFiles("#pack-rows", csv)]);
    times.push(Date.now() - start);
  }
  exportsMs["47-row CSV pack (zip of 47 PNG)"] = stats(times);
  await context.close();
}

// 4b. The 195-place × 6-language pack (1,170 PNGs): its time, and its peak memory:
// the page's JS heap and wasm memory plus each export worker's wasm memory (from its
// replies), sampled every 100 ms while the pack is made.
let bigPack;
{
  const context = await fresh();
  await context.addInitScript(() => {
    window.__wasmMemories = [];
    const instantiate = WebAssembly.instantiate;
    WebAssembly.instantiate = async (...args) => {
      const made = await instantiate(...args);
      const instance = made.instance ?? made;
      if (instance.exports?.memory) window.__wasmMemories.push(instance.exports.memory);
      return made;
    };
    const streaming = WebAssembly.instantiateStreaming;
    WebAssembly.instantiateStreaming = async (...args) => {
      const made = await streaming(...args);
      if (made.instance.exports?.memory) window.__wasmMemories.push(made.instance.exports.memory);
      return made;
    };
    window.__workers = new Map();
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        const id = window.__workers.size;
        window.__workers.set(id, 0);
        this.addEventListener("message", ({ data }) => {
          if (typeof data?.memory === "number") window.__workers.set(id, data.memory);
        });
      }
    };
    window.__peak = 0;
    setInterval(() => {
      const heap = performance.memory?.usedJSHeapSize ?? 0;
      const wasm = window.__wasmMemories.reduce((sum, m) => sum + m.buffer.byteLength, 0);
      const workers = [...window.__workers.values()].reduce((a, b) => a + b, 0);
      window.__peak = Math.max(window.__peak, heap + wasm + workers);
    }, 100);
  });
  const page = await context.newPage();
  await page.goto(`${app}?lang=en&chart=gap`);
  await waitForPreview(page);
  await exporterReady(page);
  await page.click(".packs summary");
  await page.check("#pack-rows-every-language");
  const places = join(ROOT, "target/bench-195-places.csv");
  writeFileSync(places, ["Country,Rural,Urban", ...Array.from({ length: 195 }, (_, i) => `Country ${i + 1},${10 + (i % 80)},${20 + (i % 70)}`)].join("\n"));
  const start = Date.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 900000 }), page.setInputFiles("#pack-rows", places)]);
  const ms = Date.now() - start;
  const { size } = statSync(await download.path());
  bigPack = { graphics: 195 * 6, ms, zipBytes: size, peakBytes: await page.evaluate(() => window.__peak) };
  await context.close();
}

// 5. Memory after 200 edits.
let memory;
{
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(`${app}?lang=en&chart=bars`);
  await waitForPreview(page);
  const measure = () => page.evaluate(async () => {
    if (window.gc) window.gc();
    return { wasm: window.__wasm?.memory?.buffer.byteLength ?? null, heap: performance.memory?.usedJSHeapSize ?? null };
  });
  const before = await measure();
  const cell = page.locator("#statement");
  for (let i = 0; i < 200; i++) await cell.fill(`Edit number ${i} of two hundred`);
  await page.waitForTimeout(500);
  const after = await measure();
  memory = { before, after, edits: 200 };
  await context.close();
}

// 6. Side by side, same data, same 1600×900 canvas.
let sideBySide;
{
  const context = await fresh();
  const page = await context.newPage();
  await page.goto(`${app}?lang=en`);
  await waitForPreview(page);
  const ours = await page.evaluate(async (runs) => {
    const canvas = document.createElement("canvas");
    return window.wasmBindings.lnbBenchRedraws(canvas, runs, 10);
  }, RUNS * 4);
  await page.goto(`${server.url}bench/compare.html`);
  const chartjs = await page.evaluate((runs) => window.chartjsRedraws(runs, 10), RUNS * 4);
  const vegaLite = await page.evaluate((runs) => window.vegaRedraws(runs, 10), RUNS * 4);
  sideBySide = { "LNB Studio": stats(ours), "Chart.js 4": stats(chartjs), "Vega-Lite 6": stats(vegaLite) };
  await context.close();
}

await browser.close();
await server.close();

// 7. Lighthouse (its own server, compressing as a host does).
const lighthouse = await audit(DIST, Number(process.env.LIGHTHOUSE_RUNS ?? 3));

const chromium = (await import("node:child_process")).execFileSync("/usr/bin/chromium", ["--version"], { encoding: "utf8" }).trim();
const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGiB: round(totalmem() / 2 ** 30), os: `${platform()} ${release()}`, chromium, node: process.version },
  runs: RUNS,
  firstLoad: { app: firstLoad, fonts, arabicFontsOnDemand: arabicFonts, shaperOnDemand: shaperModule, exporterOnDemand: exporterModule, editorPanelsAfterFirstPreview: panelsModule, mapsOnDemand: { module: mapsModule, ...mapData } },
  coldStartMs: stats(coldStart),
  inputToRepaintMs: repaint,
  exportMs: exportsMs,
  bigPack,
  memory,
  redrawMs: sideBySide,
  bundles: { "LNB Studio": firstLoad, "Chart.js 4": chartjsBytes, "Vega-Lite 6 + Vega": vegaBytes },
  exporterStartMs: stats(workerStart),
  lighthouse,
  // Exactly the targets of issue 16.
  targets: {
    "first load (html + js + wasm + css, no fonts) ≤ 250 KB gzip": { value: firstLoad.gzip, shown: kb(firstLoad.gzip), met: firstLoad.gzip <= firstLoadGzipBudget },
    "cold start → first preview, median ≤ 350 ms": { shown: round(median(coldStart)), met: median(coldStart) <= 350 },
    "keystroke → repaint p95 ≤ 8 ms at 1600×900": { shown: repaint["x-1600x900"].p95, met: repaint["x-1600x900"].p95 <= 8 },
    "keystroke → repaint p95 ≤ 8 ms on the A3 preview": { shown: repaint["poster-a3 preview"].p95, met: repaint["poster-a3 preview"].p95 <= 8 },
    "one redraw faster than Vega-Lite's (ratio < 1)": { shown: round(sideBySide["LNB Studio"].median / sideBySide["Vega-Lite 6"].median, 2), met: sideBySide["LNB Studio"].median < sideBySide["Vega-Lite 6"].median },
    "one redraw faster than Chart.js's (ratio < 1)": { shown: round(sideBySide["LNB Studio"].median / sideBySide["Chart.js 4"].median, 2), met: sideBySide["LNB Studio"].median < sideBySide["Chart.js 4"].median },
    "A3 300-DPI PNG ≤ 400 ms": { shown: exportsMs["PNG A3 300 DPI"].median, met: exportsMs["PNG A3 300 DPI"].median <= 400 },
    "47-row pack ≤ 600 ms": { shown: exportsMs["47-row CSV pack (zip of 47 PNG)"].median, met: exportsMs["47-row CSV pack (zip of 47 PNG)"].median <= 600 },
    "195 × 6 pack: peak memory (wasm + JS heap) < 300 MB, time reported": { shown: `${mb(bigPack.peakBytes)}, ${round(bigPack.ms / 1000, 1)} s`, met: bigPack.peakBytes < 300 * 2 ** 20 },
    "Lighthouse mobile performance ≥ 0.95": { shown: lighthouse.performance, met: lighthouse.performance >= 0.95 },
    "Lighthouse Largest Contentful Paint ≤ 2.5 s": { shown: `${round(lighthouse.lcp / 1000, 2)} s`, met: lighthouse.lcp <= 2500 },
    "Lighthouse accessibility, best practices, SEO 1.00": { shown: [lighthouse.accessibility, lighthouse.bestPractices, lighthouse.seo].join(" / "), met: lighthouse.accessibility === 1 && lighthouse.bestPractices === 1 && lighthouse.seo === 1 },
  },
};
writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");

const row = (name, s) => `| ${name} | ${s.median} | ${s.p95} | ${s.runs} |`;
const md = `# Benchmark results

Written by \`make bench\` (bench/run.mjs) on ${results.date.slice(0, 10)}: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGiB} GiB, ${results.machine.os}, ${chromium}, Node ${process.version}. Headless, service worker blocked, a fresh browser context per measurement. Times in milliseconds; medians and p95 over the runs shown.

## Targets

| target | measured | met |
|---|---|---|
${Object.entries(results.targets).map(([k, v]) => `| ${k} | ${v.shown} | ${v.met ? "yes" : "**no**"} |`).join("\n")}

The 195-place × 6-language pack (${bigPack.graphics} PNGs of 1600×900, "One graphic per row" in all six languages): ${round(bigPack.ms / 1000, 1)} s, a ${mb(bigPack.zipBytes)} zip, peak memory ${mb(bigPack.peakBytes)} (the page's JS heap and wasm memory plus each export worker's wasm memory, sampled every 100 ms; the zip itself is handed to the browser as a Blob piece by piece, outside these).

## 1. First-load transfer (no fonts)

| | raw | gzip -9 | brotli 11 |
|---|---|---|---|
| html + js + wasm + css | ${kb(firstLoad.raw)} | ${kb(firstLoad.gzip)} | ${kb(firstLoad.brotli)} |
| fonts (Oswald, Roboto) | ${kb(fonts.raw)} | ${kb(fonts.gzip)} | ${kb(fonts.brotli)} |
| Arabic fonts (only when used) | ${kb(arabicFonts.raw)} | ${kb(arabicFonts.gzip)} | ${kb(arabicFonts.brotli)} |
| full shaper module, rustybuzz and the QR encoder (only when used: Arabic, combining marks, a poster's link) | ${kb(shaperModule.raw)} | ${kb(shaperModule.gzip)} | ${kb(shaperModule.brotli)} |
| export module: PNG, SVG, PDF, packs (in workers, after the first preview; precached) | ${kb(exporterModule.raw)} | ${kb(exporterModule.gzip)} | ${kb(exporterModule.brotli)} |
| the editor's form and export buttons, split from the main module (fetched as the page mounts, while the first preview is drawn; precached) | ${kb(panelsModule.raw)} | ${kb(panelsModule.gzip)} | ${kb(panelsModule.brotli)} |
| maps module: map layout, boundaries reader, name matching, the map's editor fields (when a map is first chosen; then kept offline) | ${kb(mapsModule.raw)} | ${kb(mapsModule.gzip)} | ${kb(mapsModule.brotli)} |
| map data: country names in six languages (with the first map) | ${kb(mapData["countries.json"].raw)} | ${kb(mapData["countries.json"].gzip)} | ${kb(mapData["countries.json"].brotli)} |
| map data: Natural Earth 1:110m countries (a world map on a feed card) | ${kb(mapData["world-110m.json"].raw)} | ${kb(mapData["world-110m.json"].gzip)} | ${kb(mapData["world-110m.json"].brotli)} |
| map data: Natural Earth 1:50m countries (a region, or a map on a poster) | ${kb(mapData["world-50m.json"].raw)} | ${kb(mapData["world-50m.json"].gzip)} | ${kb(mapData["world-50m.json"].brotli)} |

## 2–4. Times

| measurement | median | p95 | runs |
|---|---|---|---|
${row("cold start → first preview", results.coldStartMs)}
${row("keystroke → repaint, 1600×900", repaint["x-1600x900"])}
${row("keystroke → repaint, A3 poster preview", repaint["poster-a3 preview"])}
${row("export worker start → ready (module compiled, fonts given)", results.exporterStartMs)}
${Object.entries(exportsMs).map(([k, v]) => row(`export: ${k}`, v)).join("\n")}

## 5. Memory after ${memory.edits} edits

| | before | after |
|---|---|---|
| wasm linear memory | ${kb(memory.before.wasm ?? 0)} | ${kb(memory.after.wasm ?? 0)} |
| JS heap (used) | ${kb(memory.before.heap ?? 0)} | ${kb(memory.after.heap ?? 0)} |

## 6. Side by side: one grouped bar chart, same data, 1600×900 canvas

| renderer | redraw median | p95 | first-load gzip | ratio to LNB Studio (redraw / bytes) |
|---|---|---|---|---|
${Object.entries(sideBySide).map(([k, s]) => {
  const bytes = results.bundles[k === "Vega-Lite 6" ? "Vega-Lite 6 + Vega" : k].gzip;
  return `| ${k} | ${s.median} | ${s.p95} | ${kb(bytes)} | ${round(s.median / sideBySide["LNB Studio"].median, 2)} / ${round(bytes / firstLoad.gzip, 2)} |`;
}).join("\n")}

Our redraw is layout (text measured and wrapped with the shipped fonts) plus painting on the canvas; Chart.js redraws with \`update("none")\`, Vega with \`view.data(...).runAsync()\`. LNB Studio's bytes are the whole editor (Leptos, translations, exports), not a chart library alone.

## 7. Lighthouse, mobile (simulated slow 4G, 4× CPU slowdown), median of ${lighthouse.runs}

| performance | LCP | FCP | speed index | total blocking time | CLS | accessibility | best practices | SEO |
|---|---|---|---|---|---|---|---|---|
| ${lighthouse.performance} | ${lighthouse.lcp} ms | ${lighthouse.fcp} ms | ${lighthouse.speedIndex} ms | ${lighthouse.tbt} ms | ${lighthouse.cls} | ${lighthouse.accessibility} | ${lighthouse.bestPractices} | ${lighthouse.seo} |

Served by tests/e2e/serve.mjs as a host serves it: brotli made ahead, hashed files immutable.

What was improved, with before/after in one run, and what limits each target: [BEFORE-AFTER.md](BEFORE-AFTER.md).
`;
writeFileSync(join(ROOT, "bench/RESULTS.md"), md);
console.log(md);
