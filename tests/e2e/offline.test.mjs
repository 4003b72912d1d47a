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
    // Installable as one app whatever the language: a stable id, and a maskable icon
    // for launchers that crop icons to a shape.
    for (const lang of ["en", "es", "fr", "sw", "pt", "ar"]) {
      const href = new URL(`manifest-${lang}.webmanifest`, manifest).href;
      const json = await page.evaluate(async (url) => (await fetch(url)).json(), href);
      assert.equal(json.id, "./", `${lang}: one app in every language`);
      assert.equal(json.lang, lang);
      const maskable = json.icons.find((icon) => icon.purpose === "maskable");
      assert.ok(maskable, `${lang}: a maskable icon`);
      assert.equal(json.share_target.action, "./share-target", `${lang}: takes shared tables`);
      assert.ok(json.file_handlers[0].accept["text/csv"].includes(".csv"), `${lang}: opens CSV files`);
      assert.deepEqual(json.screenshots.map((s) => s.form_factor), ["narrow", "wide"]);
      assert.ok(json.screenshots.every((s) => s.label.length > 0), `${lang}: screenshots described`);
      assert.equal(await page.evaluate(async (src) => (await fetch(src)).status, new URL(maskable.src, href).href), 200);
    }
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
  const { cp, appendFile, mkdtemp, readFile, rm, writeFile } = await import("node:fs/promises");
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

    // A new build in which one file changed (the French interface words): a new
    // version of the worker, the file's new revision, and its new bytes.
    const changed = "./locales/fr/ui.ftl";
    let sw = await readFile(`${root}/sw.js`, "utf8");
    assert.match(sw, /"\.\/locales\/fr\/ui\.ftl": "[0-9a-f]{12}"/, "every file has its revision");
    sw = sw
      .replace(/const CACHE = "lnb-studio-[0-9a-f]+"/, 'const CACHE = "lnb-studio-feedfacefeedface"')
      .replace(/"\.\/locales\/fr\/ui\.ftl": "[0-9a-f]{12}"/, `"${changed}": "0123456789ab"`);
    await appendFile(`${root}/locales/fr/ui.ftl`, "\n# a new build\n");
    await writeFile(`${root}/sw.js`, sw);
    server.requests.length = 0;
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await page.locator("#apply-update").waitFor();
    // The deploy cost one file: the others came from the version before, unrequested.
    assert.deepEqual(server.requests.filter((path) => path !== "/sw.js"), ["/locales/fr/ui.ftl"]);
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
