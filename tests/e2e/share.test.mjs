// Share links end to end: a link opens the same design in another browser; a tampered
// or 1 MB link shows a message and the user's own work, untouched; no panic.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchErrors, waitForPreview, previewPixels, waitForSaved } from "./browser.mjs";

const app = appUnderTest();

async function fresh(init) {
  const context = await app.browser.newContext();
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { context, page, errors };
}

/** Clicks "Copy link" and returns the link shown (made by the browser's compressor). */
async function copyLink(page) {
  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-link").value.includes("#z="));
  return page.inputValue("#share-link");
}

test("a copied link opens the same design elsewhere, as a new design", async () => {
  const a = await fresh();
  await a.context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await a.page.goto(app.url);
  await waitForPreview(a.page);
  await a.page.getByLabel("Good Health and Well-being").check();
  await a.page.getByLabel("Headline figure").fill("1 in 7");
  const link = await copyLink(a.page);
  assert.match(link, /#z=2\.[A-Za-z0-9_-]+$/);
  await a.page.getByText("Link copied").waitFor();
  assert.equal(await a.page.evaluate(() => navigator.clipboard.readText()), link, "on the clipboard");
  const pixels = await previewPixels(a.page);

  const b = await fresh();
  await b.page.goto(link);
  await waitForPreview(b.page);
  await b.page.getByText("opened from a link").waitFor();
  assert.equal(await b.page.inputValue("#figure"), "1 in 7");
  assert.equal(await b.page.$eval("#goal-3", (r) => r.checked), true);
  assert.equal(await previewPixels(b.page), pixels, "the same graphic");
  assert.equal(new URL(b.page.url()).hash, "", "the fragment is cleared");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

test("a link to a French design opened in an English editor draws the French words once they arrive", async () => {
  const a = await fresh();
  await a.page.goto(app.url);
  await waitForPreview(a.page);
  await a.page.selectOption("#graphic-lang", "fr");
  await a.page.getByLabel("Headline figure").fill("1 sur 5");
  const link = await copyLink(a.page);
  await a.page.waitForTimeout(300);
  const french = await previewPixels(a.page);
  // A fresh browser in English (its own language, not ?lang=, which would set the
  // graphic's too): the French words are fetched after the first drawing.
  const b = await fresh();
  await b.page.goto(link.replace("?lang=en", ""));
  await waitForPreview(b.page);
  await b.page.getByText("opened from a link").waitFor();
  await b.page.waitForFunction((want) => document.querySelector("canvas#preview").toDataURL() === want, french, { timeout: 10000 });
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

test("without CompressionStream (Safari before 16.4) the link is longer and opens the same", async () => {
  const a = await fresh(() => delete window.CompressionStream);
  await a.page.goto(app.url);
  await waitForPreview(a.page);
  await a.page.getByLabel("Headline figure").fill("2 in 9");
  const link = await copyLink(a.page);
  const b = await fresh();
  await b.page.goto(link);
  await waitForPreview(b.page);
  await b.page.getByText("opened from a link").waitFor();
  assert.equal(await b.page.inputValue("#figure"), "2 in 9");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await a.context.close();
  await b.context.close();
});

for (const [name, fragment, message] of [
  ["tampered", "#d=2.AAAAthis-is-not-a-design", "could not be opened"],
  ["damaged (checksum)", "#z=2.eNqrVkpUsjKsBQAIKgII", "could not be opened"],
  ["1 MB", `#d=2.${"A".repeat(1024 * 1024)}`, "too long to open"],
  ["too new", "#d=99.AAAA", "newer LNB Studio"],
]) {
  test(`a ${name} link says so and keeps the user's own work`, async () => {
    const { context, page, errors } = await fresh();
    await page.goto(app.url);
    await waitForPreview(page);
    await page.getByLabel("Headline figure").fill("my own figure");
    await waitForSaved(page, (text) => text.includes("my own figure"));
    await page.goto(app.url + fragment);
    await page.reload();
    await waitForPreview(page);
    await page.getByText(message).waitFor();
    assert.equal(await page.inputValue("#figure"), "my own figure");
    assert.deepEqual(errors, []);
    await context.close();
  });
}
