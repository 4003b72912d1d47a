// End to end on the built dist/: a map's code and boundaries arrive only when a map is
// chosen; the preview then draws it, and its PNG, SVG (rendered by librsvg) and PDF
// are the same map.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";
import { download, pdfPageSize, pngDifference, pngSize, previewDifference, rsvgDifference } from "./png.mjs";

const app = appUnderTest();
const scratch = mkdtempSync(join(tmpdir(), "lnb-maps-"));
const save = (name, bytes) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};
const mapRequests = () => app.requests.filter((r) => /maps\/|split_maps/.test(String(r)));

test("a map loads on demand, draws in the preview and exports as PNG, SVG and PDF", async () => {
  // At this size the preview's backing store is the graphic's own (1600 px wide).
  const context = await app.browser.newContext({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 2, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=fr&goal=13`);
  await waitForPreview(page);
  assert.deepEqual(mapRequests(), [], "nothing of the map before a map is chosen");

  await page.getByLabel("Carte", { exact: true }).check();
  const [pngName, png] = await download(page, "#export-png");
  assert.equal(pngName, "lnb-goal13-map-x-1600x900-fr.png");
  assert.deepEqual(pngSize(png), { width: 1600, height: 900 });
  const fetched = mapRequests().map(String);
  for (const file of ["split_maps.wasm", "maps/countries.json", "maps/world-50m.json"]) {
    assert.ok(fetched.some((r) => r.includes(file)), `${file} was fetched: ${fetched}`);
  }

  // The preview draws the map once its boundaries are read: it then equals the PNG.
  const differ = await previewDifference(page, png);
  assert.ok(differ < 0.005, `the preview differs from the PNG in ${(differ * 100).toFixed(2)}% of pixels`);

  const [svgName, svg] = await download(page, "#export-svg");
  assert.equal(svgName, "lnb-goal13-map-x-1600x900-fr.svg");
  const areas = (svg.toString("utf8").match(/fill-rule="evenodd"/g) ?? []).length;
  assert.ok(areas > 40, `countries and hatching are vector paths (${areas})`);
  const svgDiffer = await rsvgDifference(page, save(svgName, svg), png);
  assert.ok(svgDiffer < 0.01, `librsvg's rendering differs in ${(svgDiffer * 100).toFixed(2)}% of pixels`);

  const [pdfName, pdf] = await download(page, "#export-pdf");
  assert.equal(pdfName, "lnb-goal13-map-x-1600x900-fr.pdf");
  const { width, height } = pdfPageSize(save(pdfName, pdf));
  assert.ok(width > 100 && Math.abs(width / height - 16 / 9) < 0.02, `the PDF's page is the graphic's shape (${width}×${height})`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a label that names no country is listed with the nearest names, and taking one fixes it", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=fr&chart=map`);
  await waitForPreview(page);
  await page.getByLabel("Libellé de la ligne 1").fill("Kenyaa");
  const item = page.locator(".map-unplaced li");
  await item.waitFor();
  assert.match(await item.textContent(), /Ligne 1 : « Kenyaa » n’est pas un pays/);
  await page.getByRole("button", { name: "Mettre Kenya à la ligne 1" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".map-unplaced li").length === 0);
  assert.equal(await page.getByLabel("Libellé de la ligne 1").inputValue(), "Kenya");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a map drawn once is drawn again with the server stopped", async () => {
  const { serve } = await import("./serve.mjs");
  const { launch } = await import("./browser.mjs");
  const server = await serve(new URL("../../dist/", import.meta.url).pathname);
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${server.url}?chart=map`);
    await waitForPreview(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const [, online] = await download(page, "#export-png");
    // The worker keeps the map's files once a map has fetched them.
    const kept = () =>
      page.evaluate(async () => {
        const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("lnb-studio-")));
        return (await cache.keys()).filter((r) => r.url.includes("/maps/")).length;
      });
    for (let i = 0; (await kept()) < 3; i++) {
      assert.ok(i < 100, `only ${await kept()} of 3 map files kept`);
      await page.waitForTimeout(100);
    }
    await server.close();
    await page.reload();
    await waitForPreview(page);
    const [, offline] = await download(page, "#export-png");
    const differ = await pngDifference(page, online, offline, 8);
    assert.ok(differ < 0.005, `offline, the map differs in ${(differ * 100).toFixed(2)}% of pixels`);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});
