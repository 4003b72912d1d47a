import { test } from "node:test";
import { writeFileSync } from "node:fs";
import { appUnderTest, waitForPreview } from "./browser.mjs";
import { download } from "./png.mjs";
const app = appUnderTest();
test("dbg", async () => {
  const ctx = await app.browser.newContext({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
  const page = await ctx.newPage();
  page.on("console", (m) => console.log("console:", m.type(), m.text()));
  page.on("pageerror", (e) => console.log("pageerror:", e.stack));
  await page.goto(`${app.url}?lang=${process.env.L || "en"}&chart=map&goal=${process.env.G || 6}`);
  await waitForPreview(page);
  await page.locator("#map-file").waitFor({ state: "attached" });
  await page.setInputFiles("#map-file", process.env.F);
  await page.waitForTimeout(1500);
  await page.click("#map-list");
  for (let row = 1; row <= 47; row++) await page.getByRole("textbox", { name: new RegExp(`^.* ${row}$`) }).nth(1).fill(String((row * 37) % 61 + 3));
  await page.waitForTimeout(800);
  await page.locator("#map-file").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "/tmp/own-editor.png" });
  for (const f of (process.env.FORMATS || "").split(",").filter(Boolean)) {
    await page.getByLabel(f, { exact: false }).first().check();
    await page.waitForTimeout(500);
    const [, png] = await download(page, "#export-png");
    writeFileSync(`/tmp/own-${f.replace(/\W+/g, "_")}.png`, png);
  }
  const [, png] = await download(page, "#export-png");
  writeFileSync("/tmp/own-export.png", png);
});
