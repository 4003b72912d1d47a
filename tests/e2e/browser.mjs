// Launches the system Chromium (Debian's) through playwright-core: no browser download.
import { before, after } from "node:test";
import { chromium } from "playwright-core";
import { serve } from "./serve.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Collects console errors (CSP violations among them), uncaught page errors, and any
 * request that leaves the app's origin. */
export function watchErrors(page) {
  const errors = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    const local = url.protocol === "data:" || url.protocol === "blob:" || url.hostname === "127.0.0.1";
    if (!local) errors.push(`request left the app's origin: ${request.url()}`);
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  page.on("pageerror", (err) => errors.push(String(err)));
  return errors;
}

/** Waits until the preview canvas has been drawn (fonts loaded, first paint done) and
 * the editor's form, which arrives in its own module just after, is on the page. */
export async function waitForPreview(page) {
  await page.waitForFunction(() => {
    const c = document.querySelector("canvas#preview");
    if (!c || c.width < 10 || !document.querySelector("form.editor")) return false;
    const [r, g, b] = c.getContext("2d").getImageData(2, 2, 1, 1).data;
    return r + g + b > 0;
  });
}

/** The preview's pixels as a data URL, to compare before and after an edit. */
export function previewPixels(page) {
  return page.evaluate(() => document.querySelector("canvas#preview").toDataURL());
}

/**
 * Serves dist/ and launches Chromium for the test file that calls it (before/after
 * hooks); returns an object whose `url` and `browser` are set once it has started.
 */
export function appUnderTest() {
  const app = {};
  let server;
  before(async () => {
    server = await serve(new URL("../../dist/", import.meta.url).pathname);
    app.url = server.url;
    app.requests = server.requests;
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await server?.close();
  });
  return app;
}

/** The saved designs' keys and texts in `page`'s IndexedDB (logos left out; {} before
 * the app has made its database). */
export function storedEntries(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open("lnb-studio");
    open.onupgradeneeded = () => open.transaction.abort();
    open.onerror = () => resolve({});
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction("entries");
      const keys = tx.objectStore("entries").getAllKeys();
      const values = tx.objectStore("entries").getAll();
      tx.oncomplete = () => {
        db.close();
        resolve(Object.fromEntries(keys.result.map((k, i) => [k, values.result[i]])));
      };
      tx.onerror = () => reject(tx.error);
    };
  }));
}

/** Writes `value` at `key` in `page`'s IndexedDB, as a damaged or foreign save would. */
export function putStored(page, key, value) {
  return page.evaluate(([key, value]) => new Promise((resolve, reject) => {
    const open = indexedDB.open("lnb-studio");
    open.onsuccess = () => {
      const tx = open.result.transaction("entries", "readwrite");
      tx.objectStore("entries").put(value, key);
      tx.oncomplete = () => { open.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), [key, value]);
}

/** The saved designs' texts in `page`'s IndexedDB, by key. */
export async function storedDesigns(page) {
  const entries = await storedEntries(page);
  return Object.fromEntries(Object.entries(entries).filter(([k]) => k.startsWith("lnb-studio/design/")));
}

/** Waits (up to 10 s) until `page`'s IndexedDB entries pass `test`; returns them. */
export async function waitForEntries(page, test, what = "the saved entries never passed the test") {
  const until = Date.now() + 10_000;
  for (;;) {
    const entries = await storedEntries(page);
    if (test(entries)) return entries;
    if (Date.now() > until) throw new Error(what);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until a saved design's text passes `test`; returns its key. */
export async function waitForSaved(page, test) {
  const design = ([k, text]) => k.startsWith("lnb-studio/design/") && test(text);
  const entries = await waitForEntries(page, (e) => Object.entries(e).some(design), "no saved design passed the test");
  return Object.entries(entries).find(design)[0];
}
