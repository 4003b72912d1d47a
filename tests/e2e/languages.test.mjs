// Every language end to end on the built dist/: the editor and a graphic in each
// (screenshots in target/e2e-shots/), no interface text left in English, nothing wider
// than a phone, <html lang dir> and the title; the menu switch is remembered; numbers
// are read the way each language writes them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";

const app = appUnderTest();
const LANGS = ["en", "es", "fr", "sw", "pt", "ar"];
const SHOTS = new URL("../../target/e2e-shots/", import.meta.url).pathname;
mkdirSync(SHOTS, { recursive: true });

/** The single-line messages of a language, id → text, from its .ftl files. */
function messages(lang) {
  const out = new Map();
  for (const file of ["ui.ftl", "graphic.ftl"]) {
    const text = readFileSync(new URL(`../../locales/${lang}/${file}`, import.meta.url), "utf8");
    for (const [, id, value] of text.matchAll(/^([a-z0-9-]+) = ([^{\n]+)$/gm)) out.set(id, value.trim());
  }
  return out;
}
const ENGLISH = messages("en");

/** Every piece of interface text on the page: visible lines, and labels read aloud. */
const pageTexts = (page) =>
  page.evaluate(() => {
    const texts = document.body.innerText.split("\n").map((t) => t.trim());
    for (const el of document.querySelectorAll("[aria-label], [title], [placeholder]")) {
      texts.push(el.getAttribute("aria-label"), el.getAttribute("title"), el.getAttribute("placeholder"));
    }
    return texts.filter(Boolean);
  });

for (const lang of LANGS) {
  test(`${lang}: the editor and its graphic, all in ${lang}, fitting a phone`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${app.url}?lang=${lang}`);
    await waitForPreview(page);
    const own = messages(lang);
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title]);
    assert.deepEqual(html, [lang, lang === "ar" ? "rtl" : "ltr", own.get("page-title")]);
    assert.equal(await page.$eval("link[rel=manifest]", (l) => l.getAttribute("href")), `manifest-${lang}.webmanifest`);
    assert.equal(await page.$eval("#graphic-lang", (s) => s.value), lang, "the graphic follows ?lang=");

    // An English message on the page is a leak unless this language's translation
    // reads the same (a name, a shared word).
    if (lang !== "en") {
      const shared = new Set([...ENGLISH].filter(([id, text]) => own.get(id) === text).map(([, text]) => text));
      const english = new Set(ENGLISH.values());
      const texts = await pageTexts(page);
      assert.ok(texts.length > 40, `the page's texts were read (${texts.length})`);
      const leaks = texts.filter((t) => english.has(t) && !shared.has(t));
      assert.deepEqual(leaks, [], `${lang} shows English`);
    }

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${lang}: the page is ${overflow}px wider than the phone`);
    await page.screenshot({ path: `${SHOTS}editor-${lang}.png`, fullPage: false });

    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    assert.match(download.suggestedFilename(), new RegExp(`-${lang}\\.png$`));
    writeFileSync(`${SHOTS}graphic-${lang}.png`, readFileSync(await download.path()));
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("an Arabic interface mirrors: the title on the right, the language menu on the left", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=ar`);
  await waitForPreview(page);
  const title = await page.locator(".masthead h1").boundingBox();
  const menu = await page.locator("#ui-lang").boundingBox();
  assert.ok(title.x > 720 && menu.x < 720, `title at ${title.x}, menu at ${menu.x}`);
  await context.close();
});

test("the interface language picked from the menu is used and remembered", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForPreview(page);
  assert.equal(await page.$eval("html", (h) => h.lang), "en");
  await page.selectOption("#ui-lang", "sw");
  await page.waitForFunction(() => document.documentElement.lang === "sw");
  assert.equal(await page.textContent(".masthead p"), messages("sw").get("app-tagline"));
  // The design stays as it was: only the interface changed.
  assert.equal(await page.$eval("#graphic-lang", (s) => s.value), "en");
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.$eval("html", (h) => h.lang), "sw", "the choice is remembered");
  await context.close();
});

test("the browser's language is the default; a Swahili poster from an English interface is one click", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "fr-SN" });
  const page = await context.newPage();
  await page.goto(app.url);
  await waitForPreview(page);
  assert.equal(await page.$eval("html", (h) => h.lang), "fr");
  await page.selectOption("#ui-lang", "en");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.selectOption("#graphic-lang", "sw");
  await page.waitForFunction(() => document.querySelector("#figure").value === "Milioni 712");
  assert.equal(await page.$eval("html", (h) => h.lang), "en", "the interface stays English");
  // After a reload the English interface fetches the Swahili words for the graphic again.
  await page.reload();
  await waitForPreview(page);
  await page.waitForFunction(() => document.querySelector("#alt-text").value.includes("Lengo la Dunia 1"));
  assert.equal(await page.$eval("html", (h) => h.lang), "en");
  await context.close();
});

for (const [lang, typed, ok] of [
  ["es", "1.234,5", true],
  ["fr", "1 234,5", true],
  ["fr", "1.234", false],
  ["en", "1,234.5", true],
  ["ar", "٣٤", true],
]) {
  test(`${lang}: "${typed}" in a value cell is ${ok ? "read" : "refused, in " + lang}`, async () => {
    const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${app.url}?lang=${lang}`);
    await waitForPreview(page);
    await page.click("#chart-bars");
    const cell = page.locator(".table-row input[inputmode=decimal]").first();
    await cell.fill(typed);
    await cell.blur();
    const invalid = await cell.getAttribute("aria-invalid");
    assert.equal(invalid === "true", !ok, `aria-invalid=${invalid}`);
    assert.equal(await cell.inputValue(), ok ? await cell.inputValue() : typed, "what was typed is kept");
    if (!ok) {
      const message = await page.locator(".cell-error").first().textContent();
      assert.equal(message, messages(lang).get("value-not-a-number"));
    }
    await context.close();
  });
}
