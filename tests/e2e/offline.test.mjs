// Offline after the first load: the service worker precaches every built file, so
// with the server stopped the app reloads, edits and exports. (Stopping the server is
// the robust way to go offline: setOffline may not cut a service worker's fetches.)
import { test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./serve.mjs";
import { launch, watchErrors, waitForPreview, previewPixels } from "./browser.mjs";
import { pngSize, exportPng } from "./png.mjs";

test("load once, stop the server, reload, edit and export a PNG", async () => {
  const server = await serve(new URL("../../dist/", import.meta.url).pathname);
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await waitForPreview(page);
    const manifest = await page.evaluate(() => document.querySelector("link[rel=manifest]").href);
    assert.match(manifest, /manifest-en\.webmanifest$/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const cached = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith("lnb-studio-")).length);
    assert.equal(cached, 1, "one precache");
    // The Arabic fonts are not precached; the worker keeps them once an Arabic graphic
    // has fetched them.
    const arabicCached = () =>
      page.evaluate(async () => {
        const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("lnb-studio-")));
        return (await cache.keys()).filter((r) => r.url.includes("noto-sans-arabic-")).length;
      });
    assert.equal(await arabicCached(), 0, "Arabic fonts are not precached");
    await page.selectOption("#graphic-lang", "ar");
    await waitForPreview(page);
    // All four Arabic fonts (the graphic's two, the interface's two) are now kept.
    for (let i = 0; (await arabicCached()) < 4; i++) {
      assert.ok(i < 100, `only ${await arabicCached()} of 4 Arabic fonts kept`);
      await page.waitForTimeout(100);
    }
    await page.selectOption("#graphic-lang", "en");

    await server.close();
    const served = server.requests.length;
    await page.reload();
    await waitForPreview(page);
    assert.equal(server.requests.length, served, "nothing reached the stopped server");

    // The language's words and fonts arrive asynchronously (from the worker's cache):
    // wait for the preview to change and the font status to clear.
    const english = await previewPixels(page);
    await page.selectOption("#graphic-lang", "ar");
    await page.waitForFunction(
      (e) => document.querySelector("canvas#preview").toDataURL() !== e && document.querySelector(".preview-status").textContent === "",
      english,
    );
    const arabic = await previewPixels(page);
    await page.selectOption("#graphic-lang", "en");
    await page.waitForFunction((a) => document.querySelector("canvas#preview").toDataURL() !== a, arabic);

    const before = await previewPixels(page);
    await page.getByLabel("Headline figure").fill("1 in 3");
    await page.waitForFunction((o) => document.querySelector("canvas#preview").toDataURL() !== o, before);
    const [, bytes] = await exportPng(page);
    assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
  }
});

test("a new version is announced and taken on request", async () => {
  const { cp, appendFile, mkdtemp, rm } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const root = await mkdtemp(`${tmpdir()}/lnb-dist-`);
  await cp(new URL("../../dist/", import.meta.url).pathname, root, { recursive: true });
  const server = await serve(root);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await waitForPreview(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    assert.equal(await page.isVisible("#apply-update"), false);

    await appendFile(`${root}/sw.js`, "\n// a new build\n");
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator("#apply-update").waitFor();
    await Promise.all([page.waitForEvent("load"), page.click("#apply-update")]);
    await waitForPreview(page);
    const script = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    assert.match(script ?? "", /sw\.js$/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await rm(root, { recursive: true, force: true });
  }
});
