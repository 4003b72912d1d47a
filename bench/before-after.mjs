// Two builds measured in one run, alternating, so the machine's state weighs on both
// alike: `node bench/before-after.mjs BEFORE_DIST AFTER_DIST [runs]`. Prints each
// build's first-load size (html + js + wasm + css, gzip -9), its cold start (median,
// p95, and the bytes fetched before the first preview, fonts included) and its redraw
// of the example bar chart at 1600×900 (layout + paint, 40 per opening), with the
// ratios after/before. Used to show a change's effect (bench/BEFORE-AFTER.md).
import { launch, waitForPreview } from "../tests/e2e/browser.mjs";
import { firstLoadGzip } from "./first-load.mjs";
import { serve } from "../tests/e2e/serve.mjs";

const [before, after, runs = "15"] = process.argv.slice(2);
if (!before || !after) throw new Error("usage: before-after.mjs BEFORE_DIST AFTER_DIST [runs]");
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  return s[Math.floor(i)] + (s[Math.ceil(i)] - s[Math.floor(i)]) * (i - Math.floor(i));
};
const servers = { before: await serve(before), after: await serve(after) };
const browser = await launch();
const times = { before: [], after: [] };
const bytes = { before: [], after: [] };
const redraws = { before: [], after: [] };
const firstLoad = firstLoadGzip;
for (let i = 0; i < Number(runs); i++) {
  for (const name of i % 2 ? ["after", "before"] : ["before", "after"]) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${servers[name].url}?lang=en`);
    await waitForPreview(page);
    const [preview, fetched] = await page.evaluate(() => {
      const at = performance.getEntriesByName("lnb-preview")[0].startTime;
      const sum = performance.getEntriesByType("resource").filter((e) => e.startTime < at).reduce((n, e) => n + e.encodedBodySize, 0);
      return [at, sum];
    });
    times[name].push(preview);
    bytes[name].push(fetched);
    redraws[name].push(
      ...(await page.evaluate(() => window.wasmBindings.lnbBenchRedraws(document.createElement("canvas"), 40))),
    );
    await context.close();
  }
}
await browser.close();
for (const s of Object.values(servers)) await s.close();
const dirs = { before, after };
const row = (name) =>
  `| ${name} | ${firstLoad(dirs[name])} B | ${quantile(times[name], 0.5).toFixed(0)} | ${quantile(times[name], 0.95).toFixed(0)} | ${(quantile(bytes[name], 0.5) / 1024).toFixed(1)} KB | ${quantile(redraws[name], 0.5).toFixed(2)} | ${quantile(redraws[name], 0.95).toFixed(2)} |`;
const ratio = (xs) => (quantile(xs.after, 0.5) / quantile(xs.before, 0.5)).toFixed(2);
console.log(`| build | first load (gzip -9) | cold start median (ms) | p95 | bytes fetched before the first preview | redraw median (ms) | redraw p95 |
|---|---|---|---|---|---|---|
${row("before")}
${row("after")}

ratios after/before (medians): first load ${(firstLoad(after) / firstLoad(before)).toFixed(3)}, cold start ${ratio(times)}, redraw ${ratio(redraws)}; ${runs} openings each, ${redraws.after.length} redraws each`);
