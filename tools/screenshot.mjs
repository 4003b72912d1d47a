// Screenshots of the built app for the README and for looking at: the editor on a
// desktop and on a phone, the PNG the app exports, and each chart kind's 1600×900
// export as a phone feed shows it (400 CSS px wide at device scale 2:
// docs/feed-<chart>.png). `make screenshots`.
import { mkdir, copyFile, readFile } from "node:fs/promises";
import { serve } from "../tests/e2e/serve.mjs";
import { launch, waitForPreview } from "../tests/e2e/browser.mjs";

const out = new URL("../docs/", import.meta.url).pathname;
await mkdir(out, { recursive: true });
const server = await serve(new URL("../dist/", import.meta.url).pathname);
const browser = await launch();
try {
  for (const [name, viewport] of [
    ["editor-desktop.png", { width: 1440, height: 900 }],
    ["editor-phone.png", { width: 390, height: 844 }],
  ]) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: name.includes("phone") ? 2 : 1, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForPreview(page);
    await page.screenshot({ path: out + name });
    if (name === "editor-desktop.png") {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
      await copyFile(await download.path(), out + "export-example.png");
    }
    await context.close();
  }
  await feedViews(browser, server.url);
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}

/** Each chart kind exported from the app (Goals cycling through the palette's two
 * inks), then drawn 400 CSS px wide at device scale 2, as a feed shows it. */
async function feedViews(browser, url) {
  const charts = [
    ["big-number", "Big number", "No Poverty"],
    ["pictogram", "Pictogram", "Gender Equality"],
    ["bars", "Compare groups", "Zero Hunger"],
    ["gap", "Gap", "Good Health and Well-being"],
    ["trend", "Trend", "No Poverty"],
    ["donut", "Part of a whole", "Quality Education"],
  ];
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await waitForPreview(page);
  const feed = await browser.newPage({ viewport: { width: 440, height: 400 }, deviceScaleFactor: 2 });
  for (const [slug, chart, goal] of charts) {
    await page.getByLabel(goal).check();
    await page.getByLabel(chart, { exact: true }).check();
    await page.waitForTimeout(300);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
    const data = (await readFile(await download.path())).toString("base64");
    await feed.setContent(`<body style="margin:0;background:#fff"><div id="card" style="padding:20px;width:400px">
      <img id="g" style="width:400px;display:block;border-radius:12px" src="data:image/png;base64,${data}"></div></body>`);
    await feed.waitForFunction(() => document.getElementById("g").complete);
    await feed.locator("#card").screenshot({ path: `${out}feed-${slug}.png` });
  }
  await feed.close();
  await context.close();
}
