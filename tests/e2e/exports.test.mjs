// Every export from the built app, checked by tools that are not ours: pngcheck reads
// the PNG's size, pHYs and text chunks; librsvg's rsvg-convert renders the SVG, which
// must look like the PNG; poppler's pdfinfo and pdftoppm read the PDF; unzip opens the
// packs. A 47-row CSV makes 47 distinct, valid PNGs; a pack can be cancelled. The alt
// text and the post are in the graphic's language and copy to the clipboard.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, previewPixels, watchErrors, waitForPreview } from "./browser.mjs";
import { download, pngDifference, pngPixel, pngSize } from "./png.mjs";

const app = appUnderTest();
const scratch = mkdtempSync(join(tmpdir(), "lnb-exports-"));
const save = (name, bytes) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};
const run = (tool, args) => execFileSync(tool, args, { encoding: "utf8" });
/** A message of a language's ui.ftl (single-line messages only). */
const message = (lang, id) =>
  readFileSync(new URL(`../../locales/${lang}/ui.ftl`, import.meta.url), "utf8").match(new RegExp(`^${id} = (.+)$`, "m"))[1];

async function open(url = `${app.url}?lang=en`) {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForPreview(page);
  return { context, page, errors };
}

test("a poster PNG says 300 DPI and carries its source, tool and language", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=fr&goal=3&format=poster-a3`);
  const [name, bytes] = await download(page, "#export-png");
  assert.equal(name, "lnb-goal3-big-number-poster-a3-3508x4961-fr.png");
  assert.deepEqual(pngSize(bytes), { width: 3508, height: 4961 });
  const report = run("pngcheck", ["-v", save(name, bytes)]);
  assert.match(report, /pHYs.*11811x11811 pixels\/meter \(300 dpi\)/);
  assert.match(report, /iTXt/);
  assert.match(report, /No errors detected/);
  const text = bytes.toString("utf8");
  assert.ok(text.includes("Source\0\0\0fr\0\0Source\u00a0: OMS"), "the source, in French");
  assert.ok(text.includes("Software\0\0\0\0\0LNB Studio"), "the tool");
  assert.equal(await page.isHidden("#export-png-2x"), true, "no ×2 for print");
  assert.deepEqual(errors, []);
  await context.close();
});

test("an export worker that cannot start is reported as such; the next export starts a new one and works", async () => {
  // No service worker: it would serve the module from its cache.
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, serviceWorkers: "block" });
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  // The module's wasm cannot be fetched (a network that drops it): this worker fails.
  await context.route(/exporter_bg\.wasm$/, (route) => route.abort());
  await page.click("#export-svg");
  await page.waitForSelector(".exports + .error[role=alert]:not([hidden])");
  assert.equal(await page.textContent(".exports + .error[role=alert]"), message("en", "exporter-unavailable"), "says the export tools could not load, not that the file failed");
  await context.unroute(/exporter_bg\.wasm$/);
  const [name, bytes] = await download(page, "#export-svg");
  assert.equal(name, "lnb-goal1-big-number-x-1600x900-en.svg");
  assert.match(bytes.toString("utf8"), /^<svg|^<\?xml/);
  assert.equal(await page.isHidden(".exports + .error[role=alert]"), true, "the message goes with the next success");
  await context.close();
});

test("each failure the browser can cause says what happened, in exports and in packs", async () => {
  const alert = ".exports + .error[role=alert]";
  const shown = async (page, selector) => {
    await page.waitForFunction((s) => document.querySelector(s)?.textContent.trim(), selector);
    return (await page.textContent(selector)).trim();
  };
  // The browser will not draw: every export worker's canvases give no 2D context.
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true, serviceWorkers: "block" });
  await context.route(/exporter-worker\.js$/, async (route) => {
    const response = await route.fetch();
    const refuse = "OffscreenCanvas.prototype.getContext = function () { return null; };\n";
    await route.fulfill({ response, body: refuse + (await response.text()) });
  });
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  await page.click("#export-png");
  assert.equal(await shown(page, alert), message("en", "canvas-failed"), "a canvas the browser refuses");
  await page.click(".packs summary");
  await page.click("#pack-formats");
  assert.equal(await shown(page, "#pack-message"), message("en", "canvas-failed"), "the same, in a pack");
  await context.close();

  // The browser will not take the file: no object URL for the download.
  const other = await open();
  await other.page.evaluate(() => {
    URL.createObjectURL = () => {
      throw new DOMException("refused on purpose", "SecurityError");
    };
  });
  await other.page.click("#export-svg");
  assert.equal(await shown(other.page, alert), message("en", "download-failed"), "a download the browser refuses");
  await other.page.click(".packs summary");
  await other.page.click("#pack-formats");
  assert.equal(await shown(other.page, "#pack-message"), message("en", "download-failed"), "the same, for a pack's zip");
  await other.context.close();

  // The export tools cannot be fetched when a pack is asked for.
  const offline = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  await offline.route(/exporter_bg\.wasm$/, (route) => route.abort());
  const third = await offline.newPage();
  await third.goto(`${app.url}?lang=fr`);
  await waitForPreview(third);
  await third.click(".packs summary");
  await third.click("#pack-formats");
  assert.equal(await shown(third, "#pack-message"), message("fr", "exporter-unavailable"), "in the user's language");
  await offline.close();
});

test("fonts that cannot be fetched say so over the preview, in the user's language", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, serviceWorkers: "block" });
  await context.route(/\/fonts\/.*\.(ttf|woff2)$/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=es`);
  await page.waitForFunction(() => document.querySelector(".preview-status")?.textContent.trim());
  assert.equal((await page.textContent(".preview-status")).trim(), message("es", "fonts-failed"));
  await context.close();
});

test("a photocopy-safe poster: a pale ground and black ink, in its PNG and its share of the link", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=sw&goal=13&format=poster-a4`);
  const [, colour] = await download(page, "#export-png");
  assert.deepEqual(await pngPixel(page, colour, 20, 20), [0x3f, 0x7e, 0x44], "Goal 13's green");
  assert.equal(await page.isVisible("#photocopy"), true, "offered for a poster");
  await page.check("#photocopy");
  const [name, copy] = await download(page, "#export-png");
  assert.equal(name, "lnb-goal13-big-number-poster-a4-2480x3508-sw.png");
  const [r, g, b] = await pngPixel(page, copy, 20, 20);
  const lum = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  assert.ok(0.2126 * lum(r) + 0.7152 * lum(g) + 0.0722 * lum(b) >= 0.7, `a pale ground (${r}, ${g}, ${b})`);
  assert.ok(g > r && g > b, "still a tone of the Goal's green");
  await page.selectOption("#format", "x-1600x900");
  assert.equal(await page.isHidden("#photocopy"), true, "not offered for a social graphic");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a social PNG at ×2 is twice the format's size", async () => {
  const { context, page } = await open();
  const [name, bytes] = await download(page, "#export-png-2x");
  assert.equal(name, "lnb-goal1-big-number-x-1600x900-en@2x.png");
  assert.deepEqual(pngSize(bytes), { width: 3200, height: 1800 });
  assert.doesNotMatch(run("pngcheck", [save(name, bytes)]), /ERROR/);
  await context.close();
});

for (const [lang, goal, chart] of [["en", 4, "bars"], ["ar", 5, "gap"]]) {
  test(`the SVG (${lang}, ${chart}) renders in librsvg like the PNG the browser exports`, async () => {
    const { context, page, errors } = await open(`${app.url}?lang=${lang}&goal=${goal}&chart=${chart}`);
    const [pngName, png] = await download(page, "#export-png");
    const [svgName, svg] = await download(page, "#export-svg");
    assert.equal(svgName, pngName.replace(/\.png$/, ".svg"));
    const text = svg.toString("utf8");
    assert.doesNotMatch(text, /<script|@font-face/);
    // Glyphs are drawn from shared outlines, and the words are there as real text.
    assert.ok((text.match(/<use /g) ?? []).length > 50, "glyphs placed from <defs>");
    const words = [...text.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(" ");
    const title = text.match(/<title>([^<]*)<\/title>/)[1];
    for (const word of title.split(/\s+/).filter((w) => w.length > 3)) {
      assert.ok(words.includes(word), `"${word}" of the headline is text in the SVG: ${words}`);
    }
    const rendered = join(scratch, `${lang}-rsvg.png`);
    run("rsvg-convert", ["-o", rendered, save(svgName, svg)]);
    const theirs = readFileSync(rendered);
    assert.deepEqual(pngSize(theirs), pngSize(png));
    const differ = await pngDifference(page, png, theirs, 96);
    assert.ok(differ < 0.01, `${(differ * 100).toFixed(2)}% of pixels differ`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

// The preview and the export draw the same glyphs with the same code: at a size where
// the preview's backing store is the graphic's own size, they match pixel for pixel.
for (const [lang, goal, chart] of [["en", 4, "bars"], ["es", 1, "donut"], ["fr", 2, "pictogram"], ["sw", 3, "trend"], ["pt", 5, "gap"], ["ar", 2, "big-number"]]) {
  test(`the preview equals the exported PNG (${lang})`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 2, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}?lang=${lang}&goal=${goal}&chart=${chart}`);
    await waitForPreview(page);
    await page.waitForFunction(() => document.querySelector("canvas#preview").width === 1600);
    const [, png] = await download(page, "#export-png");
    const preview = Buffer.from((await previewPixels(page)).split(",")[1], "base64");
    assert.deepEqual(pngSize(preview), pngSize(png));
    const differ = await pngDifference(page, preview, png, 8);
    assert.ok(differ < 0.005, `${lang}: ${(differ * 100).toFixed(3)}% of pixels differ`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("an A4 poster PDF is 210 × 297 mm and poppler draws it", async () => {
  const { context, page } = await open(`${app.url}?lang=sw&goal=2&chart=pictogram&format=poster-a4`);
  const [name, bytes] = await download(page, "#export-pdf");
  assert.equal(name, "lnb-goal2-pictogram-poster-a4-2480x3508-sw.pdf");
  const path = save(name, bytes);
  const info = run("pdfinfo", [path]);
  assert.match(info, /Pages:\s+1\n/);
  assert.match(info, /Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
  assert.match(info, /Title:\s+.*watoto wadogo/);
  // Real text: tagged, every font embedded as a subset, the words extractable.
  assert.match(info, /Tagged:\s+yes/);
  const fonts = run("pdffonts", [path]).split("\n").slice(2).filter((l) => l.trim());
  assert.ok(fonts.length >= 2, fonts.join("\n"));
  for (const line of fonts) assert.match(line, /^[A-Z]{6}\+\S+\s+CID TrueType\s+Identity-H\s+yes yes yes/, line);
  const words = run("pdftotext", [path, "-"]);
  assert.match(words, /watoto wadogo/);
  assert.match(run("pdfinfo", ["-struct", path]), /Figure/);
  run("pdftoppm", ["-r", "30", "-png", "-singlefile", path, join(scratch, "a4")]);
  const page1 = readFileSync(join(scratch, "a4.png"));
  const { width, height } = pngSize(page1);
  assert.ok(Math.abs(width - 248) <= 1 && Math.abs(height - 351) <= 1, `${width}×${height} at 30 DPI`);
  await context.close();
});

test("a 47-row CSV makes 47 distinct, valid PNGs in one zip, with progress", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=en&goal=2&chart=gap`);
  const counties = Array.from({ length: 47 }, (_, i) => `County ${i + 1},${20 + i},${30 + (i % 20)}`);
  const csv = save("counties.csv", ["County,Rural,Urban", ...counties].join("\n"));
  await page.click(".packs summary");
  const [[name, zip]] = await Promise.all([
    page.waitForEvent("download", { timeout: 120000 }).then(async (d) => [d.suggestedFilename(), readFileSync(await d.path())]),
    (async () => {
      await page.setInputFiles("#pack-rows", csv);
      await page.waitForSelector(".pack-progress:not([hidden])");
    })(),
  ]);
  assert.equal(name, "lnb-goal2-gap-x-1600x900-en-places.zip");
  const dir = join(scratch, "places");
  run("unzip", ["-q", "-o", save(name, zip), "-d", dir]);
  const files = readdirSync(dir).sort();
  assert.equal(files.length, 47);
  assert.equal(files[0], "lnb-goal2-gap-x-1600x900-en-01-county-1.png");
  const hashes = new Set();
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
    hashes.add(createHash("sha256").update(bytes).digest("hex"));
  }
  assert.equal(hashes.size, 47, "every graphic differs");
  assert.doesNotMatch(run("pngcheck", ["-q", ...files.map((f) => join(dir, f))]), /ERROR/);
  await page.waitForSelector(".pack-progress[hidden]", { state: "attached" });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a pack's workers paint each graphic afresh: the same row makes the same PNG, first or fifth", async () => {
  // Two workers share five rows, so the third and fifth are painted on the canvas a
  // worker kept from an earlier graphic (src/web/png.rs): nothing of it may remain.
  const { context, page, errors } = await open(`${app.url}?lang=en&goal=2&chart=gap`);
  const rows = ["North,20,30", "South,70,5", "North,20,30", "South,70,5", "North,20,30"];
  const csv = save("repeated.csv", ["Place,Rural,Urban", ...rows].join("\n"));
  await page.click(".packs summary");
  const [[name, zip]] = await Promise.all([
    page.waitForEvent("download", { timeout: 120000 }).then(async (d) => [d.suggestedFilename(), readFileSync(await d.path())]),
    page.setInputFiles("#pack-rows", csv),
  ]);
  const dir = join(scratch, "repeated");
  run("unzip", ["-q", "-o", save(name, zip), "-d", dir]);
  const hashes = readdirSync(dir).sort().map((f) => createHash("sha256").update(readFileSync(join(dir, f))).digest("hex"));
  assert.equal(hashes.length, 5);
  assert.notEqual(hashes[0], hashes[1], "the two rows' graphics differ");
  assert.deepEqual(hashes, [hashes[0], hashes[1], hashes[0], hashes[1], hashes[0]]);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the places pack in every language: each place in each of the six languages, zipped as made", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=fr&goal=4&chart=bars`);
  const csv = save("regions.csv", ["Région,Filles,Garçons", "Dakar,62,58", "Thiès,48,51", "Kolda,30,37"].join("\n"));
  await page.click(".packs summary");
  await page.check("#pack-rows-every-language");
  const [[name, zip]] = await Promise.all([
    page.waitForEvent("download", { timeout: 180000 }).then(async (d) => [d.suggestedFilename(), readFileSync(await d.path())]),
    page.setInputFiles("#pack-rows", csv),
  ]);
  const path = save(name, zip);
  assert.match(run("unzip", ["-tq", path]), /No errors detected/, "a sound zip");
  const list = run("unzip", ["-Z1", path]).trim().split("\n").sort();
  assert.equal(list.length, 18);
  for (const lang of ["ar", "en", "es", "fr", "pt", "sw"]) {
    assert.deepEqual(
      list.filter((f) => f.includes(`-${lang}-0`)).map((f) => f.replace(/.*-(\d\d-[a-z-]*)\.png$/, "$1")),
      ["01-dakar", "02-thies", "03-kolda"],
      `${lang}: every place`,
    );
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the languages pack has the design in all six languages; a pack can be cancelled", async () => {
  const { context, page } = await open();
  await page.click(".packs summary");
  const [name, zip] = await download(page, "#pack-languages", 120000);
  const list = run("unzip", ["-Z1", save(name, zip)]).trim().split("\n").sort();
  assert.deepEqual(list.map((f) => f.match(/-(\w\w)\.png$/)[1]), ["ar", "en", "es", "fr", "pt", "sw"]);
  let downloaded = false;
  page.on("download", () => (downloaded = true));
  await page.click("#pack-formats");
  await page.click("#pack-cancel");
  await page.waitForSelector(".pack-progress[hidden]", { state: "attached", timeout: 60000 });
  const message = await page.textContent("#pack-message");
  assert.equal(message, "The pack was cancelled. Nothing was downloaded.");
  assert.equal(downloaded, false);
  await context.close();
});

test("the alt text and the post are in the graphic's language, counted and copied", async () => {
  const { context, page } = await open(`${app.url}?lang=en&goal=2&chart=bars`);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.selectOption("#graphic-lang", "fr");
  await page.click(".words-to-post summary");
  // The French words are fetched first (locales load on demand).
  await page.waitForFunction(() => document.querySelector("#alt-text").value.includes("Objectif mondial"));
  const alt = await page.inputValue("#alt-text");
  assert.match(alt, /Objectif mondial 2, Faim\s«\széro\s»/);
  assert.match(alt, /20\s%\sles plus pauvres\s:\s38\s%/);
  await page.click("#copy-alt");
  await page.waitForSelector("text=Copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), alt);
  const post = await page.inputValue("#post-text");
  assert.match(post, /#NePersonneDeCôté #ODD2$/);
  assert.match(await page.textContent("#post-count"), new RegExp(`^${[...post].length} of 280`));
  await page.fill("#statement", "x".repeat(300));
  await page.waitForSelector("#post-count.over");
  await context.close();
});

test("where the browser can share files, Share hands the PNG and the post to the share sheet", async () => {
  // This desktop Chromium has no share sheet: no Share button.
  const plain = await open();
  assert.equal(await plain.page.locator("#share-png").count(), 0, "no Share without a share sheet");
  await plain.context.close();

  // A phone's browser, as far as the page can tell: canShare and share exist.
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "canShare", { configurable: true, value: (data) => Array.isArray(data.files) });
    Object.defineProperty(Navigator.prototype, "share", {
      configurable: true,
      value: async (data) => {
        const file = data.files[0];
        const bytes = new Uint8Array(await file.arrayBuffer());
        window.shared = { count: data.files.length, name: file.name, type: file.type, png: bytes[1] === 0x50 && bytes[2] === 0x4e, title: data.title, text: data.text };
      },
    });
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=fr&goal=2`);
  await waitForPreview(page);
  await page.click("#share-png");
  await page.waitForFunction(() => window.shared);
  const shared = await page.evaluate(() => window.shared);
  assert.equal(shared.count, 1);
  assert.equal(shared.name, "lnb-goal2-big-number-x-1600x900-fr.png");
  assert.equal(shared.type, "image/png");
  assert.ok(shared.png, "the file is a PNG");
  assert.match(shared.title, /733 millions/);
  assert.match(shared.text, /#ODD2/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("where a browser refuses a canvas as large as an A3 poster (iOS Safari), the poster is made in strips, the same", async () => {
  const url = `${app.url}?lang=en&goal=4&chart=bars&format=poster-a3`;
  const normal = await open(url);
  const [, whole] = await download(normal.page, "#export-png");
  // iOS Safari has no usable canvas above 16,777,216 pixels (an A3 poster is 17.4 Mpx).
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (...args) {
      return this.width * this.height > 16777216 ? null : original.apply(this, args);
    };
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForPreview(page);
  const [name, strips] = await download(page, "#export-png");
  assert.equal(name, "lnb-goal4-bars-poster-a3-3508x4961-en.png");
  assert.deepEqual(pngSize(strips), { width: 3508, height: 4961 });
  assert.match(run("pngcheck", ["-v", save(`strips-${name}`, strips)]), /300 dpi/);
  const differ = await pngDifference(normal.page, whole, strips, 2);
  assert.ok(differ < 0.001, `${(differ * 100).toFixed(3)} % of pixels differ from the one-canvas poster`);
  assert.deepEqual(errors, []);
  await context.close();
  await normal.context.close();
});
