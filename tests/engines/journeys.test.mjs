// The campaigner's journeys in every engine this machine has (Chromium, Firefox ESR,
// WebKitGTK): choose a Goal, type a figure, see the preview change, export PNG, SVG
// and PDF and check the files; autosave survives a reload; an Arabic graphic draws and
// exports; once loaded, it reloads with the server stopped. Files are taken where the page hands them to the browser (the anchor's
// click, and the blob behind its object URL), so no engine's download UI is involved. The PNG of the same design must be
// the same size in every engine and differ in under 1 % of its pixels.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { By, until } from "selenium-webdriver";
import { serve } from "../e2e/serve.mjs";
import { engines, start } from "./drivers.mjs";

let server;
before(async () => {
  server = await serve(new URL("../../dist/", import.meta.url).pathname);
});
after(async () => server?.close());

const drawn = (driver) =>
  driver.wait(
    () =>
      driver.executeScript(() => {
        const c = document.querySelector("canvas#preview");
        // The form arrives in its own module just after the first preview.
        if (!c || c.width < 10 || !document.querySelector("form.editor")) return false;
        const [r, g, b] = c.getContext("2d").getImageData(2, 2, 1, 1).data;
        return r + g + b > 0;
      }),
    30000,
    "the preview is drawn and the form is there",
  );

const preview = (driver) => driver.executeScript(() => document.querySelector("canvas#preview").toDataURL());

/** Files the page hands to the browser are kept in the page instead. */
const catchFiles = (driver) =>
  driver.executeScript(() => {
    // The blob behind each object URL (the app's CSP rightly refuses to fetch one).
    window.__files = [];
    const blobs = new Map();
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob) => {
      const url = make(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      window.__files.push({ name: this.download, blob: blobs.get(this.href) });
    };
  });

/** Clicks `selector` and returns the file it makes: [name, bytes]. */
async function exported(driver, selector) {
  const before = await driver.executeScript(() => window.__files.length);
  await driver.findElement(By.css(selector)).click();
  await driver.wait(() => driver.executeScript((n) => window.__files.length > n, before), 60000, `${selector} makes a file`);
  const [name, b64] = await driver.executeScript(async (n) => {
    const file = window.__files[n];
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    let text = "";
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return [file.name, btoa(text)];
  }, before);
  return [name, Buffer.from(b64, "base64")];
}

const pngSize = (bytes) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

const pngs = {};

test("all three engines are here (tools/setup.sh test installs them)", () => {
  assert.deepEqual(engines(), ["chromium", "firefox", "webkit"]);
});

for (const name of engines()) {
  test(`${name}: choose a Goal, type a figure, see it live, export PNG, SVG and PDF`, async () => {
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${server.url}?lang=en`);
      await drawn(driver);
      await driver.findElement(By.css("#goal-4")).click();
      await driver.wait(() => driver.executeScript(() => document.querySelector("#goal-4").checked), 5000);
      const old = await preview(driver);
      const figure = await driver.findElement(By.css("#figure"));
      await figure.clear();
      await figure.sendKeys("1 in 3");
      await driver.wait(async () => (await preview(driver)) !== old, 10000, "the preview redraws");
      await catchFiles(driver);
      const [png, bytes] = await exported(driver, "#export-png");
      assert.equal(png, "lnb-goal4-big-number-x-1600x900-en.png");
      assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
      pngs[name] = bytes;
      const [svg, svgBytes] = await exported(driver, "#export-svg");
      assert.equal(svg, "lnb-goal4-big-number-x-1600x900-en.svg");
      assert.match(svgBytes.toString("utf8"), /<svg[^>]*viewBox="0 0 1600 900"/);
      assert.match(svgBytes.toString("utf8"), /1 in 3/);
      const [pdf, pdfBytes] = await exported(driver, "#export-pdf");
      assert.equal(pdf, "lnb-goal4-big-number-x-1600x900-en.pdf");
      assert.equal(pdfBytes.subarray(0, 5).toString(), "%PDF-");
    } finally {
      await quit();
    }
  });

  test(`${name}: what was typed is saved and comes back after a reload`, async () => {
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${server.url}?lang=en`);
      await drawn(driver);
      const statement = await driver.findElement(By.css("#statement"));
      await statement.clear();
      await statement.sendKeys(`Saved in ${name}`);
      // Saving waits for typing to pause (400 ms), then IndexedDB.
      await driver.sleep(1500);
      await driver.navigate().refresh();
      await drawn(driver);
      await driver.wait(until.elementLocated(By.css("#statement")), 10000);
      const value = await driver.executeScript(() => document.querySelector("#statement").value);
      assert.equal(value, `Saved in ${name}`);
    } finally {
      await quit();
    }
  });

  test(`${name}: an Arabic graphic is drawn and exported`, async () => {
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${server.url}?lang=ar`);
      await drawn(driver);
      assert.equal(await driver.executeScript(() => document.documentElement.dir), "rtl");
      await catchFiles(driver);
      const [png, bytes] = await exported(driver, "#export-png");
      assert.match(png, /-ar\.png$/);
      assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
    } finally {
      await quit();
    }
  });
}

for (const name of engines()) {
  test(`${name}: once loaded, the app reloads and draws with the server stopped`, async () => {
    // A server of its own, stopped halfway (the robust way to be offline).
    const own = await serve(new URL("../../dist/", import.meta.url).pathname);
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${own.url}?lang=fr`);
      await drawn(driver);
      await driver.wait(() => driver.executeScript(() => navigator.serviceWorker.controller !== null), 30000, "the service worker controls the page");
      // Every built file precached before the server goes.
      await driver.wait(
        () => driver.executeScript(async () => {
          const keys = await caches.keys();
          const cache = keys.find((k) => k.startsWith("lnb-studio-"));
          return cache ? (await (await caches.open(cache)).keys()).length > 20 : false;
        }),
        30000,
        "the precache is filled",
      );
      await own.close();
      // Opened again, as a user does (geckodriver's "refresh" skips the service
      // worker in Firefox; the page's own reload and a navigation do not).
      await driver.get(`${own.url}?lang=fr`);
      await drawn(driver);
      assert.equal(await driver.executeScript(() => document.documentElement.lang), "fr");
    } finally {
      await quit();
      await own.close().catch(() => {});
    }
  });

  test(`${name}: the harness fails a page that does not draw (its own negative case)`, async () => {
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${server.url}missing-page.html`);
      const waited = await driver
        .wait(() => driver.executeScript(() => !!document.querySelector("canvas#preview")), 1500)
        .then(() => "drawn", () => "failed");
      assert.equal(waited, "failed", "a page with no preview is not taken for the app");
    } finally {
      await quit();
    }
  });
}

const observed = {};

for (const name of engines()) {
  test(`${name}: what the engine offers the app (the README's browser table)`, async () => {
    const { driver, quit } = await start(name);
    try {
      await driver.get(`${server.url}?lang=en`);
      await drawn(driver);
      const seen = await driver.executeScript(async () => ({
        offscreenCanvasInWorkers: typeof OffscreenCanvas === "function",
        compressionStream: typeof CompressionStream === "function",
        clipboardItem: typeof ClipboardItem === "function",
        shareFiles: typeof navigator.canShare === "function",
        storagePersist: !!(navigator.storage && navigator.storage.persist),
        broadcastChannel: typeof BroadcastChannel === "function",
        indexedDB: typeof indexedDB === "object",
        serviceWorker: "serviceWorker" in navigator,
      }));
      observed[name] = seen;
      // What the editor cannot work without, in every engine.
      for (const need of ["offscreenCanvasInWorkers", "indexedDB", "serviceWorker", "broadcastChannel"]) {
        assert.equal(seen[need], true, `${name}: ${need}`);
      }
    } finally {
      await quit();
    }
  });
}

after(() => {
  if (Object.keys(observed).length) console.log(`observed: ${JSON.stringify(observed)}`);
});

test("the same design's PNG is the same size in every engine and differs in under 1 % of its pixels", async (t) => {
  const names = Object.keys(pngs);
  if (names.length < 2) return t.skip("fewer than two engines exported");
  const { driver, quit } = await start(names.includes("chromium") ? "chromium" : names[0]);
  try {
    await driver.get(`${server.url}?lang=en`);
    for (const name of names.slice(1)) {
      assert.deepEqual(pngSize(pngs[name]), pngSize(pngs[names[0]]), name);
      const differ = await driver.executeScript(async (a, b) => {
        const pixels = async (b64) => {
          const image = new Image();
          image.src = `data:image/png;base64,${b64}`;
          await image.decode();
          const c = new OffscreenCanvas(image.width, image.height);
          const g = c.getContext("2d");
          g.drawImage(image, 0, 0);
          return g.getImageData(0, 0, image.width, image.height).data;
        };
        const [p, q] = [await pixels(a), await pixels(b)];
        let unlike = 0;
        for (let i = 0; i < p.length; i += 4) {
          if (Math.abs(p[i] - q[i]) > 16 || Math.abs(p[i + 1] - q[i + 1]) > 16 || Math.abs(p[i + 2] - q[i + 2]) > 16) unlike++;
        }
        return unlike / (p.length / 4);
      }, pngs[names[0]].toString("base64"), pngs[name].toString("base64"));
      assert.ok(differ < 0.01, `${name} against ${names[0]}: ${(differ * 100).toFixed(2)} % of pixels differ`);
      console.log(`${name} against ${names[0]}: ${(differ * 100).toFixed(3)} % of pixels differ`);
    }
  } finally {
    await quit();
  }
});
