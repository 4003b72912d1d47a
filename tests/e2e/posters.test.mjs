// A campaigner's poster journey end to end: Goal 13 in Swahili, a figure typed and
// then said in human terms (the figure as published kept in the alt text), an A4
// poster exported as PDF whose text, read by poppler's pdftotext, names the Goal in
// Swahili.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";
import { download } from "./png.mjs";

const app = appUnderTest();
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
  const [name, pdf] = await download(page, "#export-pdf");
  assert.equal(name, "lnb-goal13-big-number-poster-a4-2480x3508-sw.pdf");
  const path = join(scratch, name);
  writeFileSync(path, pdf);
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  assert.match(text, /KUCHUKUA HATUA KUHUSU MABADILIKO YA TABIANCHI/i, "the Goal, in Swahili");
  assert.match(text, /1 kati ya 12/);
  assert.deepEqual(errors, []);
  await context.close();
});
