// Cold start of two builds in one run, alternating, so the machine's state weighs on
// both alike: `node bench/before-after.mjs BEFORE_DIST AFTER_DIST [runs]`. Prints the
// medians, p95 and their ratio, and the bytes each build fetched before its first
// preview (fonts included). Used to show an optimisation's effect (bench/RESULTS.md).
import { launch, waitForPreview } from "../tests/e2e/browser.mjs";
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
    await context.close();
  }
}
await browser.close();
for (const s of Object.values(servers)) await s.close();
const row = (name) => `| ${name} | ${quantile(times[name], 0.5).toFixed(0)} | ${quantile(times[name], 0.95).toFixed(0)} | ${(quantile(bytes[name], 0.5) / 1024).toFixed(1)} KB |`;
console.log(`| build | cold start median (ms) | p95 | bytes fetched before the first preview |\n|---|---|---|---|\n${row("before")}\n${row("after")}\n\nratio after/before (median): ${(quantile(times.after, 0.5) / quantile(times.before, 0.5)).toFixed(2)}, ${runs} runs each`);
