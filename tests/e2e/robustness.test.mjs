// Hostile input and faults, end to end on the built app: each gets a clear message in
// the interface language, the app stays usable, and what the user typed is still there
// (after a reload too). ROBUSTNESS.md lists each case with the test that proves it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import zlib from "node:zlib";
import { appUnderTest, watchErrors, waitForPreview, previewPixels, putStored, storedDesigns, storedEntries, waitForEntries, waitForSaved } from "./browser.mjs";
import { exportPng, pngSize } from "./png.mjs";

const app = appUnderTest();

/** A message of a language's ui.ftl (single-line messages only). */
function message(lang, id) {
  const text = readFileSync(new URL(`../../locales/${lang}/ui.ftl`, import.meta.url), "utf8");
  return text.match(new RegExp(`^${id} = (.+)$`, "m"))[1];
}

/** A 576 × 576 PNG of noise (about 1 MB: it cannot be compressed), different per seed. */
function noisePng(seed) {
  const side = 576;
  const raw = Buffer.alloc((side * 3 + 1) * side);
  let x = seed * 2654435761;
  for (let i = 0; i < raw.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    raw[i] = i % (side * 3 + 1) === 0 ? 0 : x & 255;
  }
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 0 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function open(url = `${app.url}?lang=en`, init) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(url);
  await waitForPreview(page);
  return { context, page, errors };
}

/** Waits until a saved design in `page`'s storage has `statement` (saving waits for
 * typing to pause). */
const savedWith = (page, statement) => waitForSaved(page, (text) => JSON.parse(text).document.statement === statement);

/** The statements of every saved design, sorted. */
const savedStatements = async (page) =>
  Object.values(await storedDesigns(page)).map((text) => JSON.parse(text).document.statement).sort();

/** Waits until the preview differs from `before`. */
const repainted = (page, before) => page.waitForFunction((b) => document.querySelector("canvas#preview").toDataURL() !== b, before);

async function paste(page, text) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test("a 10,000-row paste: read, kept whole, 200 rows editable, the rest counted, still responsive", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=en&chart=bars`);
  const rows = Array.from({ length: 10000 }, (_, i) => `Ward ${i + 1}\t${(i * 7) % 100}`).join("\n");
  await page.locator(".table-row input").first().focus();
  await paste(page, `Ward\tShare\n${rows}`);
  await page.getByText("10000 rows were read.").waitFor();
  const before = await previewPixels(page);
  await page.click("#import-replace");
  await repainted(page, before);
  assert.equal(await page.$$eval(".table-row", (r) => r.length), 200);
  assert.match(await page.textContent("#rows-not-editable"), /9800 more are kept/);
  const typed = await previewPixels(page);
  await page.fill("#statement", "Still responsive after 10,000 rows");
  await repainted(page, typed);
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.$$eval(".table-row", (r) => r.length), 200, "kept after a reload");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 100 KB headline, emoji, combining marks, zero-width and right-to-left text survive, export and reload", async () => {
  const { context, page, errors } = await open();
  const huge = "1 in 3 ".repeat(15000);
  await page.fill("#figure", huge);
  const odd = "Girls 🙂👩🏽‍🎓 e\u0301cole\u200b Zeynep\u200d مدرسة \u202eRTL\u202c שלום";
  await page.fill("#statement", odd);
  await page.waitForTimeout(300);
  const [, bytes] = await exportPng(page);
  assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#figure"), huge, "the 100 KB figure is kept");
  assert.equal(await page.inputValue("#statement"), odd, "every code point is kept");
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [typed, ok] of [["1e308", false], ["NaN", false], ["-0", true], ["٣٤", true], ["1 234 567 890 123 456 789", false]]) {
  test(`"${typed}" in a value cell is ${ok ? "read" : "refused with a message, and kept"}`, async () => {
    const { context, page } = await open(`${app.url}?lang=fr&chart=bars`);
    const cell = page.locator(".table-row input[inputmode=decimal]").first();
    await cell.fill(typed);
    await cell.blur();
    assert.equal((await cell.getAttribute("aria-invalid")) === "true", !ok);
    if (!ok) {
      const shown = await page.locator(".cell-error").first().textContent();
      assert.ok([message("fr", "value-not-a-number"), message("fr", "value-too-large")].includes(shown), shown);
      await page.reload();
      await waitForPreview(page);
      assert.equal(await page.locator(".table-row input[inputmode=decimal]").first().inputValue(), typed, "kept after reload");
    }
    await context.close();
  });
}

test("an empty table says what to do, and the app stays usable", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=sw&chart=bars`);
  while ((await page.$$(".table-row")).length > 0) await page.locator(".table-row button").last().click();
  await page.getByText(message("sw", "issue-no-values")).waitFor();
  const before = await previewPixels(page);
  await page.fill("#statement", "Bado inafanya kazi");
  await repainted(page, before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 20 MB 'logo' and a text file called .png are refused, in the interface language", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=pt`);
  await page.setInputFiles("#logo", { name: "huge.png", mimeType: "image/png", buffer: Buffer.alloc(20 * 1024 * 1024, 1) });
  await page.getByText(message("pt", "logo-too-large")).waitFor();
  await page.setInputFiles("#logo", { name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not an image at all") });
  await page.getByText(message("pt", "logo-not-an-image")).waitFor();
  assert.ok(await page.$eval("#remove-logo", (b) => b.hidden), "no logo was set");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a full storage is reported; the design stays on screen and is saved once there is room", async () => {
  const { context, page } = await open(`${app.url}?lang=es`, () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (window.__full) throw new DOMException("quota", "QuotaExceededError");
      return put.call(this, value, key);
    };
  });
  await page.evaluate(() => (window.__full = true));
  await page.fill("#statement", "Escrito con el almacenamiento lleno");
  await page.getByText(message("es", "storage-full")).waitFor();
  assert.equal(await page.inputValue("#statement"), "Escrito con el almacenamiento lleno");
  await page.evaluate(() => (window.__full = false));
  await page.fill("#statement", "Escrito con espacio de nuevo");
  await page.waitForSelector(".notice[hidden]", { state: "attached" });
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "Escrito con espacio de nuevo");
  await context.close();
});

test("no storage at all (IndexedDB and localStorage refused): the app works and says it cannot save", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=fr`, () => {
    for (const name of ["localStorage", "indexedDB"]) {
      Object.defineProperty(window, name, { get() { throw new DOMException("denied", "SecurityError"); } });
    }
  });
  await page.fill("#statement", "Sans stockage");
  await page.getByText(message("fr", "storage-unavailable")).waitFor();
  const [, bytes] = await exportPng(page);
  assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
  assert.deepEqual(errors, []);
  await context.close();
});

test("a garbage index in storage: it is rebuilt, the design opens", async () => {
  const { context, page } = await open();
  await page.fill("#statement", "Survives a broken index");
  await savedWith(page, "Survives a broken index");
  await putStored(page, "lnb-studio/index", "\u0000garbage{");
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "Survives a broken index");
  const entries = await waitForEntries(page, (e) => "lnb-studio/recovered/index" in e);
  assert.equal(entries["lnb-studio/recovered/index"], "\u0000garbage{", "the broken index is kept aside");
  assert.deepEqual(await savedStatements(page), ["Survives a broken index"], "the design itself is untouched");
  await context.close();
});

test("two tabs on one design: the second tab's changes become a copy, nothing is overwritten", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const first = await context.newPage();
  await first.goto(`${app.url}?lang=en`);
  await waitForPreview(first);
  await first.fill("#statement", "Tab one, first words");
  await savedWith(first, "Tab one, first words");
  const second = await context.newPage();
  await second.goto(`${app.url}?lang=en`);
  await waitForPreview(second);
  assert.equal(await second.inputValue("#statement"), "Tab one, first words");
  await first.fill("#statement", "Tab one, later words");
  await savedWith(first, "Tab one, later words");
  await second.fill("#statement", "Tab two's words");
  await second.getByText(message("en", "design-forked")).waitFor();
  await savedWith(second, "Tab two's words");
  assert.deepEqual(await savedStatements(second), ["Tab one, later words", "Tab two's words"]);
  // The first tab hears of the copy without reloading: its list of designs shows it.
  await first.click(".designs summary");
  await first.locator(".design-list li").first().waitFor();
  assert.equal(await first.locator(".design-list li").count(), 1);
  await context.close();
});

test("designs saved in localStorage by the version before move to IndexedDB once, logo and all", async () => {
  const old = JSON.parse(readFileSync(new URL("./fixtures/localstorage-before-indexeddb.json", import.meta.url), "utf8"));
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript((old) => {
    if (!sessionStorage.getItem("seeded")) {
      for (const [k, v] of Object.entries(old)) localStorage.setItem(k, v);
      sessionStorage.setItem("seeded", "1");
    }
  }, old);
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "A second design, without a logo", "the current design opens");
  await waitForEntries(page, (e) => Object.keys(e).filter((k) => k.startsWith("lnb-studio/design/")).length === 2);
  await page.waitForFunction(() => !Object.keys(localStorage).some((k) => k.startsWith("lnb-studio/design/")));
  await page.click(".designs summary");
  await page.locator(".design-list button").click();
  await page.waitForFunction(() => document.querySelector("#statement").value.includes("old save"));
  await page.locator("#remove-logo:not([hidden])").waitFor();
  const logoStored = await storedEntries(page);
  assert.ok(!Object.values(logoStored).some((v) => v.includes("base64")), "the logo is not inside a design");
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "Girls in Turkana out of school (old save)", "moved once, not again");
  await page.locator("#remove-logo:not([hidden])").waitFor();
  await context.close();
});

test("twenty designs, each with a 1 MB logo, are all kept (localStorage could not hold four)", async () => {
  const { context, page } = await open();
  await page.click(".designs summary");
  for (let i = 1; i <= 20; i++) {
    if (i > 1) await page.click("#new-design");
    await page.fill("#statement", `Design ${i} with its own logo`);
    const own = noisePng(i);
    assert.ok(own.length > 900_000 && own.length <= 1024 * 1024, `a logo just under the 1 MB limit (${own.length} B)`);
    await page.setInputFiles("#logo", { name: `logo-${i}.png`, mimeType: "image/png", buffer: own });
    await page.locator("#remove-logo:not([hidden])").waitFor();
    await savedWith(page, `Design ${i} with its own logo`);
  }
  const statements = await savedStatements(page);
  assert.equal(statements.length, 20);
  const logos = await page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open("lnb-studio");
    open.onsuccess = () => {
      const request = open.result.transaction("logos").objectStore("logos").getAll();
      request.onsuccess = () => resolve(request.result.map((blob) => blob.size));
    };
  }));
  assert.equal(logos.length, 20, "twenty logos, each stored once");
  assert.ok(logos.every((size) => size > 900_000), "whole logos, as bytes");
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "Design 20 with its own logo");
  await page.locator("#remove-logo:not([hidden])").waitFor();
  await context.close();
});

test("a reload in the middle of typing keeps every keystroke", async () => {
  const { context, page } = await open();
  await page.click("#statement");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Typed right before a reload", { delay: 5 });
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.inputValue("#statement"), "Typed right before a reload");
  await context.close();
});

test("a tab closed one keystroke after typing keeps that keystroke (saving waits for a pause, and for nothing when the page goes)", async () => {
  const { context, page } = await open();
  await page.click("#statement");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Closed at once");
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(`${app.url}?lang=en`);
  await waitForPreview(again);
  assert.equal(await again.inputValue("#statement"), "Closed at once");
  await context.close();
});

test("a tab closed at once keeps its words even when another open tab saves before the next page opens", async () => {
  const { context, page: other } = await open();
  await other.fill("#statement", "The other tab's words");
  await savedWith(other, "The other tab's words");
  const closing = await context.newPage();
  // This tab's writes never reach IndexedDB (as when a closing tab's process ends
  // first): its words live only in its rescue.
  await closing.addInitScript(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("never written", "UnknownError");
    };
  });
  await closing.goto(`${app.url}?lang=en`);
  await waitForPreview(closing);
  await closing.click("#statement");
  await closing.keyboard.press("Control+A");
  await closing.keyboard.type("Closed at once, beside another tab");
  await closing.close({ runBeforeUnload: true });
  // The other tab finishes a save of its own: it must not take the closed tab's rescue.
  await other.fill("#statement", "The other tab, later");
  await savedWith(other, "The other tab, later");
  const next = await context.newPage();
  await next.goto(`${app.url}?lang=en`);
  await waitForPreview(next);
  await waitForSaved(next, (text) => JSON.parse(text).document.statement === "Closed at once, beside another tab");
  await context.close();
});

test("the first save asks the browser, once, to keep the designs (navigator.storage.persist)", async () => {
  const { context, page } = await open(`${app.url}?lang=en`, () => {
    window.__persistCalls = 0;
    const persist = StorageManager.prototype.persist;
    StorageManager.prototype.persist = function () {
      window.__persistCalls += 1;
      return persist.call(this);
    };
  });
  assert.equal(await page.evaluate(() => window.__persistCalls), 0, "not asked before anything is saved");
  await page.fill("#statement", "First words worth keeping");
  await savedWith(page, "First words worth keeping");
  await page.fill("#statement", "More words");
  await savedWith(page, "More words");
  assert.equal(await page.evaluate(() => window.__persistCalls), 1);
  await context.close();
});

test("a panic shows a friendly message with a reload link, and the design is intact", async () => {
  const { context, page } = await open(`${app.url}?lang=fr&debug=1`);
  await page.fill("#statement", "Avant la panne");
  await page.click("#debug-panic");
  await page.waitForSelector("#crash");
  assert.equal(await page.textContent("#crash-title"), message("fr", "crash-title"));
  assert.equal(await page.textContent("#crash-reload"), message("fr", "crash-reload"));
  await page.click("#crash-reload");
  await waitForPreview(page);
  assert.equal(await page.$("#crash"), null);
  assert.equal(await page.inputValue("#statement"), "Avant la panne");
  await context.close();
});

test("Windows-1252 and Windows-1256 CSVs keep their letters, and a pasted Arabic table is read as numbers", async () => {
  const { context, page, errors } = await open(`${app.url}?lang=en&chart=bars`);
  const values = () => page.$$eval(".table-row input[inputmode=decimal]", (inputs) => inputs.map((i) => i.value));
  const labels = () => page.$$eval(".table-row input:first-child", (inputs) => inputs.map((i) => i.value));
  // What a desktop spreadsheet saves as "CSV": Windows-1252, "ô" is the byte 0xF4.
  const csv = Buffer.from("Place;Value\nCôte d'Ivoire;12,5\nSénégal;30\n", "latin1");
  assert.equal(csv.includes(0xf4), true, "a single-byte file");
  await page.setInputFiles("#csv", { name: "places.csv", mimeType: "text/csv", buffer: csv });
  await page.getByText("2 rows were read.").waitFor();
  await page.click("#import-replace");
  await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 2);
  assert.deepEqual(await labels(), ["Côte d'Ivoire", "Sénégal"]);
  assert.deepEqual(await values(), ["12.5%", "30%"]);

  // Arabic-Indic digits with the Arabic decimal and percent signs, pasted from a sheet.
  await page.locator(".table-row input").first().focus();
  await paste(page, "الريف\t٤٤٫٥٪\nالحضر\t٧١٪");
  await page.getByText("2 rows were read.").waitFor();
  await page.click("#import-replace");
  await page.waitForFunction(() => document.querySelector(".table-row input").value === "الريف");
  assert.deepEqual(await values(), ["44.5%", "71%"]);

  // What Arabic Windows saves as "CSV": Windows-1256 ("الريف;12" and "الحضر;30").
  const cp1256 = Buffer.from([
    ...Buffer.from("Place;Value\n"),
    0xc7, 0xe1, 0xd1, 0xed, 0xdd, ...Buffer.from(";12\n"),
    0xc7, 0xe1, 0xcd, 0xd6, 0xd1, ...Buffer.from(";30\n"),
  ]);
  await page.setInputFiles("#csv", { name: "arabic.csv", mimeType: "text/csv", buffer: cp1256 });
  await page.getByText("2 rows were read.").waitFor();
  await page.click("#import-replace");
  await page.waitForFunction(() => document.querySelector(".table-row input[inputmode=decimal]").value === "12%");
  assert.deepEqual(await labels(), ["الريف", "الحضر"]);
  assert.deepEqual(errors, []);
  await context.close();
});
