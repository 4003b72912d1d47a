import { test } from "node:test";
import { writeFileSync } from "node:fs";
import { appUnderTest, waitForPreview } from "./browser.mjs";
import { download } from "./png.mjs";
const app = appUnderTest();
test("dbg", async () => {
  const ctx = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await ctx.newPage();
  page.on("pageerror", (e) => console.log("pageerror:", e.stack));
  await page.goto(`${app.url}?lang=${process.env.L || "en"}&chart=map&goal=${process.env.G || 6}&format=${process.env.FMT || "x-landscape"}`);
  await waitForPreview(page);
  await page.locator("#map-file").waitFor({ state: "attached" });
  await page.setInputFiles("#map-file", process.env.F);
  await page.waitForTimeout(1500);
  await page.click("#map-list");
  const values = page.locator(".table-row input[inputmode='decimal'], .table-row input:nth-of-type(2)");
  const rows = page.locator(".table-row");
  const n = await rows.count();
  for (let i = 0; i < n; i++) await rows.nth(i).locator("input").nth(1).fill(String((i * 37) % 61 + 3));
  if (process.env.PLACE) {
    await page.getByLabel(process.env.SCOPE || "National", { exact: false }).first().check().catch(() => {});
    await page.locator("#place").fill(process.env.PLACE);
  }
  await page.waitForTimeout(800);
  await page.locator("#map-file").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/own-editor.png" });
  const [name, png] = await download(page, "#export-png");
  writeFileSync(`/tmp/own-${process.env.L || "en"}-${process.env.FMT || "x"}.png`, png);
  console.log("saved", name);
});
