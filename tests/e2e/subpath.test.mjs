// Self-hosting: a partner copies dist/ to a sub-path of its own site
// (/campaign/studio/). There the first slice works (Goal 4, a figure typed, the preview
// redraws, a 1600×900 PNG), the service worker stays inside the path and works offline,
// and the Embed dialog's snippet, pasted on a page of another origin, opens the editor
// from the sub-path and fits its frame.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { launch, previewPixels, watchErrors, waitForPreview } from "./browser.mjs";
import { serve } from "./serve.mjs";
import { exportPng, pngPixel, pngSize } from "./png.mjs";

test("the build served under /campaign/studio/ works there, offline too, and embeds from there", async () => {
  const root = await mkdtemp(`${tmpdir()}/lnb-site-`);
  await cp(new URL("../../dist/", import.meta.url).pathname, `${root}/campaign/studio`, { recursive: true });
  const server = await serve(root);
  const url = `${server.url}campaign/studio/`;
  const browser = await launch();
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${url}?lang=en`);
    await waitForPreview(page);
    await page.getByLabel("Quality Education").check();
    const before = await previewPixels(page);
    await page.getByLabel("Headline figure").fill("1 in 3");
    await page.waitForFunction((old) => document.querySelector("canvas#preview").toDataURL() !== old, before);
    const [name, bytes] = await exportPng(page);
    assert.equal(name, "lnb-goal4-big-number-x-1600x900-en.png");
    assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
    assert.deepEqual(await pngPixel(page, bytes, 2, 2), [0xc5, 0x19, 0x2d], "Goal 4's colour");
    assert.ok(server.requests.every((path) => path.startsWith("/campaign/studio/")), "nothing asked outside the sub-path");

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, url, "the worker stays in the sub-path");
    await page.click("#embed");
    const snippet = await page.inputValue("#embed-code");
    assert.ok(snippet.includes(`src="${url}embed.js"`), "the snippet points at this site");

    // The snippet on a page of another origin opens the editor from the sub-path.
    const partnerDir = await mkdtemp(`${tmpdir()}/lnb-partner-`);
    const partnerPage = await readFile(new URL("./partner/index.html", import.meta.url), "utf8");
    await writeFile(`${partnerDir}/index.html`, partnerPage.replace("<!-- EMBED -->", snippet));
    const partner = await serve(partnerDir);
    try {
      const embedding = await context.newPage();
      await embedding.goto(partner.url);
      const frame = await (await embedding.waitForSelector("iframe")).contentFrame();
      await waitForPreview(frame);
      assert.ok(frame.url().startsWith(url), `the frame opens ${frame.url()}`);
      await embedding.waitForFunction(() => document.querySelector("iframe").style.height !== "");
      await embedding.close();
    } finally {
      await partner.close();
      await rm(partnerDir, { recursive: true, force: true });
    }

    await server.close();
    await page.reload();
    await waitForPreview(page);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await browser.close();
    await server.close().catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
});
