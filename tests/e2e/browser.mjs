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

/** Waits until the preview canvas has been drawn (fonts loaded, first paint done). */
export async function waitForPreview(page) {
  await page.waitForFunction(() => {
    const c = document.querySelector("canvas#preview");
    if (!c || c.width < 10) return false;
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
