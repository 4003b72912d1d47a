// End to end on the built dist/: pick Goal 4, type a figure, see the canvas change,
// export a PNG and check it with the browser's own PNG decoder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { serve } from "./serve.mjs";
import { launch, watchErrors, waitForPreview, previewPixels } from "./browser.mjs";

const GOAL_4 = [0xc5, 0x19, 0x2d];
let server;
let browser;

before(async () => {
  server = await serve(new URL("../../dist/", import.meta.url).pathname);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Width and height from a PNG's IHDR chunk, read byte by byte. */
function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("choose Goal 4, type a figure, see it live, export a 1600×900 PNG", async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(server.url);
  await waitForPreview(page);

  await page.getByLabel("Quality Education").check();
  await page.waitForFunction(() => document.querySelector("#goal-4").checked);
  const before = await previewPixels(page);
  await page.getByLabel("Headline figure").fill("1 in 3");
  await page.waitForFunction((old) => document.querySelector("canvas#preview").toDataURL() !== old, before);
  assert.notEqual(await previewPixels(page), before, "the preview redrew");

  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
  assert.equal(download.suggestedFilename(), "lnb-goal4-big-number-x-1600x900-en.png");
  const bytes = await readFile(await download.path());
  assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });

  // Decode with the browser (not our code) and read the centre pixel.
  const centre = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.naturalWidth;
    c.height = img.naturalHeight;
    const ctx = c.getContext("2d");
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(800, 450, 1, 1).data.slice(0, 3)];
  }, bytes.toString("base64"));
  assert.deepEqual(centre, GOAL_4, "centre pixel is Goal 4's colour");

  assert.deepEqual(errors, [], "no console errors");
  await context.close();
});
