// End to end on the built dist/: every chart kind through the real form, formats that
// reshape the canvas, exports at each format's exact size, and inline validation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchErrors, waitForPreview, previewPixels } from "./browser.mjs";
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
  await page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes('"typed":"abc"')));
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

test("a partner logo is placed on the graphic and a non-image is refused", async () => {
  const { context, page, errors } = await open();
  // A 250×100 PNG, blue with a transparent right half, made by the browser.
  const png = Buffer.from(
    await page.evaluate(() => {
      const c = document.createElement("canvas");
      c.width = 250;
      c.height = 100;
      c.getContext("2d").fillStyle = "#0000ff";
      c.getContext("2d").fillRect(0, 0, 125, 100);
      return c.toDataURL("image/png").split(",")[1];
    }),
    "base64",
  );
  const before = await previewPixels(page);
  await page.setInputFiles("#logo", { name: "partner.png", mimeType: "image/png", buffer: png });
  await redrawn(page, before);
  await page.locator("#remove-logo").waitFor();
  const [, bytes] = await exportPng(page);
  // X landscape: plate 72 px high on the footer's bottom-right corner (1528, 828),
  // logo 52 px high inside a 10 px padding, so it spans x 1398–1518, y 766–818.
  assert.deepEqual(await pngPixel(page, bytes, 1420, 792), [0, 0, 255], "opaque half of the logo");
  assert.deepEqual(await pngPixel(page, bytes, 1500, 792), [255, 255, 255], "transparent half shows the plate");

  await page.setInputFiles("#logo", { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello") });
  await page.getByText("not a PNG or JPEG").waitFor();
  await page.click("#remove-logo");
  await page.locator("#remove-logo").waitFor({ state: "hidden" });
  assert.deepEqual(errors, []);
  await context.close();
});
