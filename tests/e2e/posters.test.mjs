// A campaigner's poster journey end to end: Goal 13 in Swahili, a figure typed and
// then said in human terms (the figure as published kept in the alt text), a call to
// action with a link, an A4 poster exported as PNG whose QR code — read by jsQR, not
// the encoder — is the link, and as PDF whose text, read by poppler's pdftotext,
// names the Goal in Swahili and gives the link.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";
import { download } from "./png.mjs";

const app = appUnderTest();
const JSQR = createRequire(import.meta.url).resolve("jsqr/dist/jsQR.js");

/** The QR codes jsQR finds in `png` (decoded by the browser). */
async function qrIn(page, png) {
  // Evaluated through DevTools: the app's CSP (rightly) refuses injected scripts.
  await page.evaluate(readFileSync(JSQR, "utf8"));
  return page.evaluate(async (b64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext("2d");
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    const found = window.jsQR(data, image.width, image.height);
    return found ? [found.data] : [];
  }, png.toString("base64"));
}
const scratch = mkdtempSync(join(tmpdir(), "lnb-posters-"));

test("Goal 13 in Swahili: a figure in human terms, an A4 poster PDF that names the Goal", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=sw`);
  await waitForPreview(page);
  await page.check("#goal-13");
  await page.fill("#figure", "Milioni 685");
  await page.click(".human-terms summary");
  const offer = page.locator(".human-offers li", { hasText: "1 kati ya 12" });
  assert.match(await offer.locator(".hint").textContent(), /bilioni 8\.2 ÷ milioni 685 = 12/, "the arithmetic it used");
  await offer.locator("button").click();
  assert.equal(await page.inputValue("#figure"), "1 kati ya 12");
  await page.waitForFunction(() => document.querySelector("#alt-text").value.includes("Milioni 685"));
  assert.match(await page.inputValue("#alt-text"), /1 kati ya 12 .*Takwimu kama ilivyochapishwa: Milioni 685\./s);

  await page.selectOption("#format", "poster-a4-2480x3508");
  const link = "https://mfano.or.ke/lengo-13";
  await page.fill("#cta", `Jiunge nasi: ${link}`);
  const [png] = (await download(page, "#export-png")).slice(1);
  assert.deepEqual(await qrIn(page, png), [link], "the poster's QR code is the link");
  const [name, pdf] = await download(page, "#export-pdf");
  assert.equal(name, "lnb-goal13-big-number-poster-a4-2480x3508-sw.pdf");
  const path = join(scratch, name);
  writeFileSync(path, pdf);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.match(text, /KUCHUKUA HATUA KUHUSU MABADILIKO YA TABIANCHI/i, "the Goal, in Swahili");
  assert.match(text, /1 kati ya 12/);
  assert.ok(text.includes("mfano.or.ke/lengo-13"), "the link as words beside its code");
  assert.deepEqual(errors, []);
  await context.close();
});
