// End to end on the built dist/: pick Goal 4, type a figure, see the canvas change,
// export a PNG and check it with the browser's own PNG decoder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchErrors, waitForPreview, previewPixels } from "./browser.mjs";
import { pngSize, pngPixel, exportPng } from "./png.mjs";

const GOAL_4 = [0xc5, 0x19, 0x2d];
const app = appUnderTest();

test("choose Goal 4, type a figure, see it live, export a 1600×900 PNG", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(app.url);
  await waitForPreview(page);

  await page.getByLabel("Quality Education").check();
  await page.waitForFunction(() => document.querySelector("#goal-4").checked);
  const before = await previewPixels(page);
  await page.getByLabel("Headline figure").fill("1 in 3");
  await page.waitForFunction((old) => document.querySelector("canvas#preview").toDataURL() !== old, before);
  assert.notEqual(await previewPixels(page), before, "the preview redrew");

  const [name, bytes] = await exportPng(page);
  assert.equal(name, "lnb-goal4-big-number-x-1600x900-en.png");
  assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
  // Decoded by the browser (not our code).
  const centre = await pngPixel(page, bytes, 800, 450);
  assert.deepEqual(centre, GOAL_4, "centre pixel is Goal 4's colour");

  assert.deepEqual(errors, [], "no console errors");
  await context.close();
});
