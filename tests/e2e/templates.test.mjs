// End to end on the built dist/: every chart kind through the real form, formats that
// reshape the canvas, exports at each format's exact size, and inline validation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchErrors, waitForPreview, previewPixels, waitForSaved } from "./browser.mjs";
import { pngSize, pngPixel, exportPng } from "./png.mjs";

const app = appUnderTest();

async function open(viewport = { width: 1440, height: 900 }) {
  const context = await app.browser.newContext({ acceptDownloads: true, viewport });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await waitForPreview(page);
  return { context, page, errors };
}

/** Waits until the preview differs from `old`, and returns the new pixels. */
async function redrawn(page, old) {
  await page.waitForFunction((o) => document.querySelector("canvas#preview").toDataURL() !== o, old);
  return previewPixels(page);
}

test("every chart kind draws something different", async () => {
  const { context, page, errors } = await open();
  const seen = new Set([await previewPixels(page)]);
  for (const name of ["Pictogram", "Compare groups", "Gap", "Trend", "Part of a whole"]) {
    const before = await previewPixels(page);
    await page.getByLabel(name, { exact: true }).check();
    seen.add(await redrawn(page, before));
  }
  assert.equal(seen.size, 6, "six distinct graphics");
  assert.deepEqual(errors, []);
  await context.close();
});

test("formats reshape the canvas and export at their exact size", async () => {
  const { context, page, errors } = await open();
  await page.getByLabel("Gender Equality").check();
  for (const [slug, width, height] of [
    ["story-1080x1920", 1080, 1920],
    ["instagram-1080x1080", 1080, 1080],
    ["poster-a3-3508x4961", 3508, 4961],
  ]) {
    const before = await previewPixels(page);
    await page.selectOption("#format", slug);
    await redrawn(page, before);
    const ratio = await page.evaluate(() => {
      const c = document.querySelector("canvas#preview");
      return c.height / c.width;
    });
    assert.ok(Math.abs(ratio - height / width) < 0.01, `${slug}: preview ratio ${ratio}`);
    const [name, bytes] = await exportPng(page);
    assert.equal(name, `lnb-goal5-big-number-${slug}-en.png`);
    assert.deepEqual(pngSize(bytes), { width, height });
    assert.deepEqual(await pngPixel(page, bytes, 1, 1), [0xff, 0x3a, 0x21], `${slug}: Goal 5 background`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("a value that is not a number is kept, marked and explained", async () => {
  const { context, page, errors } = await open();
  await page.getByLabel("Compare groups").check();
  const before = await previewPixels(page);
  const cell = page.getByLabel("Value of row 2");
  await cell.fill("abc");
  await redrawn(page, before);
  assert.equal(await cell.inputValue(), "abc", "what was typed stays");
  assert.equal(await cell.getAttribute("aria-invalid"), "true");
    assert.match(await page.locator("#row-2-error").textContent(), /Not a number/);
  // Still there, and still marked, after a reload.
  await waitForSaved(page, (text) => text.includes('"typed":"abc"'));
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.getByLabel("Value of row 2").inputValue(), "abc");
  assert.equal(await page.getByLabel("Value of row 2").getAttribute("aria-invalid"), "true");
  await cell.fill("1,250.5");
  await page.waitForFunction(() => !document.querySelector("#row-2-value").hasAttribute("aria-invalid"));
  assert.equal(await page.locator("#row-2-error").textContent(), "");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a graphic without a source warns in the editor", async () => {
  const { context, page, errors } = await open();
  const warning = page.getByText("Add a source");
  assert.equal(await warning.count(), 0);
  await page.getByLabel("Source", { exact: true }).fill("");
  await warning.waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

/** A PNG made by the browser: `width`×`height`, filled with `colour` from the left up to
 * `filled` pixels, transparent after. */
async function canvasPng(page, width, height, colour, filled) {
  const base64 = await page.evaluate(
    ([w, h, fill, upTo]) => {
      const c = document.createElement("canvas");
      c.width = w;
      c.height = h;
      const g = c.getContext("2d");
      g.fillStyle = fill;
      g.fillRect(0, 0, upTo, h);
      return c.toDataURL("image/png").split(",")[1];
    },
    [width, height, colour, filled],
  );
  return Buffer.from(base64, "base64");
}

test("a partner logo is placed on the graphic and a non-image is refused", async () => {
  const { context, page, errors } = await open();
  // A 250×100 PNG, blue with a transparent right half, made by the browser.
  const png = await canvasPng(page, 250, 100, "#0000ff", 125);
  const before = await previewPixels(page);
  await page.setInputFiles("#logo", { name: "partner.png", mimeType: "image/png", buffer: png });
  await redrawn(page, before);
  await page.locator("#remove-logo").waitFor();
  const [, bytes] = await exportPng(page);
  // X landscape: a plate 96 px high (2.4 bases of 40 px) on the footer's bottom-right
  // corner (1540, 840), the logo 76 px high inside a 10 px padding, so it spans
  // x 1340–1530, y 754–830.
  assert.deepEqual(await pngPixel(page, bytes, 1420, 792), [0, 0, 255], "opaque half of the logo");
  assert.deepEqual(await pngPixel(page, bytes, 1500, 792), [255, 255, 255], "transparent half shows the plate");
  assert.equal(await page.textContent("#logo-contrast"), "", "a blue logo reads on its white plate");

  // A pale yellow logo is said to be hard to see on the white plate, with its ratio.
  const pale = await canvasPng(page, 120, 60, "#f5eb9b", 120);
  await page.setInputFiles("#logo", { name: "pale.png", mimeType: "image/png", buffer: pale });
  await page.waitForFunction(() => document.querySelector("#logo-contrast").textContent.includes("hard to see"));
  assert.match(await page.textContent("#logo-contrast"), /contrast is 1\.\d:1, and a logo needs 3:1/);

  await page.setInputFiles("#logo", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await page.getByText("not a PNG or JPEG").waitFor();
  await page.click("#remove-logo");
  await page.locator("#remove-logo").waitFor({ state: "hidden" });
  assert.deepEqual(errors, []);
  await context.close();
});
