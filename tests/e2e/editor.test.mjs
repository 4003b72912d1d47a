// End to end on the built dist/, on a phone and a desktop: a design filled by keyboard
// alone, a spreadsheet paste with decimal commas, a CSV import, undo twice and redo
// once, a reload that brings the same design back, and an axe-core scan.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { appUnderTest, watchErrors, waitForPreview, previewPixels, putStored, waitForEntries, waitForSaved } from "./browser.mjs";

const app = appUnderTest();
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const TSV = "Group\tShare\nPoorest 20%\t12,5%\nSecond 20%\t20,25%\nMiddle 20%\t31,5%\nFourth 20%\t47%\nRichest 20%\t68,75%\n";
const CSV = "County,Share\nTurkana,41.5\nMarsabit,38\nWajir,29.5\n";

/** Presses Tab until `selector` has focus (at most 80 times). */
async function tabTo(page, selector) {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** The value cells of the table, as shown. */
const cells = (page) => page.$$eval(".table-row input[inputmode=decimal]", (inputs) => inputs.map((i) => i.value));

async function axe(page) {
  // Evaluated through DevTools: the app's CSP (rightly) refuses injected script tags.
  await page.evaluate(readFileSync(AXE, "utf8"));
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("seventeen Goals on a phone: three rows, each named for a screen reader, Goal 13 reached by keyboard", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=sw`);
  await waitForPreview(page);
  assert.equal(await page.locator("input[name=goal]").count(), 17);
  const tiles = await page.locator(".goal-tiles").boundingBox();
  const tile = await page.locator(".goal-tile").first().boundingBox();
  assert.ok(tiles.height < tile.height * 3.5, `the picker is ${Math.round(tiles.height)} px tall: three rows of ${Math.round(tile.height)} px`);
  assert.ok(tile.width >= 44 && tile.height >= 44, "each tile is a 44 px touch target");
  // Keyboard only: into the group, then round it backwards from Goal 1 to Goal 13.
  await tabTo(page, "input[name=goal]");
  const before = await previewPixels(page);
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowLeft");
  await page.waitForFunction(() => document.querySelector("#goal-13").checked);
  // What a screen reader announces: the Goal's name in the interface's language.
  const climate = page.getByRole("radio", { name: "Kuchukua Hatua kuhusu Mabadiliko ya Tabianchi" });
  assert.equal(await climate.isChecked(), true);
  assert.match(await page.textContent(".goal-chosen"), /13\s*Kuchukua Hatua/);
  await page.waitForFunction((old) => document.querySelector("canvas#preview").toDataURL() !== old, before);
  assert.deepEqual(await axe(page), [], "axe finds no violations with seventeen Goals");
  assert.deepEqual(errors, []);
  await context.close();
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
]) {
  test(`keyboard, paste, import, undo, redo and reload at ${viewport.width}×${viewport.height}`, async () => {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(app.url);
    await waitForPreview(page);
    assert.deepEqual(await axe(page), [], "axe finds no violations");

    // Keyboard only: Goal 4 by arrow keys, the big figure and the statement typed.
    await tabTo(page, "input[name=goal]");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    assert.equal(await page.$eval("#goal-4", (r) => r.checked), true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement.closest("label")).outlineStyle);
    assert.notEqual(outline, "none", "focus is visible");
    await tabTo(page, "#figure");
    await page.keyboard.type("1 in 3");
    await tabTo(page, "#statement");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("girls in Turkana County is not in school.");
    assert.equal(await page.inputValue("#figure"), "1 in 3", "tabbing in selects, typing replaces");

    // Paste five rows with decimal commas onto the table.
    // The words are the user's now, so the new chart keeps them and starts with an
    // empty table: add a row and paste onto it.
    await page.getByLabel("Compare groups").check();
    assert.equal(await page.$$eval(".table-row", (rows) => rows.length), 0);
    await page.click("#add-row");
    await page.locator(".table-row input").first().focus();
    await page.evaluate((tsv) => {
      const data = new DataTransfer();
      data.setData("text/plain", tsv);
      document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    }, TSV);
    await page.getByText("5 rows were read.").waitFor();
    await page.click("#import-replace");
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 5);
    const pasted = await cells(page);
    assert.deepEqual(pasted, ["12.5%", "20.3%", "31.5%", "47%", "68.8%"]);

    // Import a CSV file.
    await page.setInputFiles("#csv", { name: "counties.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByText("3 rows were read.").waitFor();
    await page.click("#import-replace");
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 3);
    assert.deepEqual(await cells(page), ["41.5%", "38%", "29.5%"]);

    // Undo twice (CSV, then paste), redo once (paste again).
    await page.click("#undo");
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 5);
    await page.keyboard.press("Control+z");
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length !== 5);
    assert.notDeepEqual(await cells(page), pasted);
    await page.keyboard.press("Control+Shift+z");
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 5);
    assert.deepEqual(await cells(page), pasted);
    // An Arabic layout types "ئ" on the Z key: Ctrl+Z still undoes and redoes.
    const press = (shiftKey) =>
      page.evaluate((shift) => window.dispatchEvent(new KeyboardEvent("keydown", { key: "ئ", code: "KeyZ", ctrlKey: true, shiftKey: shift })), shiftKey);
    await press(false);
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length !== 5);
    await press(true);
    await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 5);
    // In a text field, Ctrl+Z is the browser's own undo of that field.
    const prevented = await page.evaluate(() => {
      const event = new KeyboardEvent("keydown", { key: "z", code: "KeyZ", ctrlKey: true, bubbles: true, cancelable: true });
      document.querySelector("#statement").dispatchEvent(event);
      return event.defaultPrevented;
    });
    assert.equal(prevented, false, "a text field keeps its own undo");
    // "?" lists the shortcuts, from anywhere but a text field.
    await page.locator("#add-row").focus();
    await page.keyboard.press("?");
    await page.waitForFunction(() => document.querySelector("#shortcuts").open);
    assert.equal(await page.evaluate(() => document.activeElement.closest("#shortcuts") !== null), true);
    const before = await previewPixels(page);

    // Reload: the same design is back.
    await page.reload();
    await waitForPreview(page);
    assert.deepEqual(await cells(page), pasted);
    assert.equal(await page.$eval("#goal-4", (r) => r.checked), true);
    assert.equal(await page.$eval("#chart-bars", (r) => r.checked), true);
    assert.match(await page.inputValue("#statement"), /Turkana County is not in school/);
    assert.equal(await previewPixels(page), before, "the graphic is drawn the same");
    assert.deepEqual(await axe(page), [], "axe finds no violations on the bars editor");
    // Bars read no year: the year column is hidden until a trend asks for it.
    const yearShown = () => page.locator(".table-row input[inputmode=numeric]").first().isVisible();
    assert.equal(await yearShown(), false, "no year column for bars");
    await page.getByLabel("Trend", { exact: true }).check();
    await page.click("#add-row");
    assert.equal(await yearShown(), true, "the trend's year column");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("a corrupted saved draft is reported and kept, and the app stays usable", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await waitForPreview(page);
  await page.getByLabel("Headline figure").fill("1 in 4");
  const key = await waitForSaved(page, (text) => text.includes('"1 in 4"'));
  await putStored(page, key, '{"version":2,"document":{"goal":');
  await page.reload();
  await waitForPreview(page);
  await page.getByText("could not be opened").waitFor();
  const recovered = key.replace("/design/", "/recovered/");
  const kept = (await waitForEntries(page, (e) => recovered in e))[recovered];
  assert.equal(kept, '{"version":2,"document":{"goal":');
  await page.getByLabel("Headline figure").fill("still usable");
  assert.deepEqual(errors, []);
  await context.close();
});
