// Self-hosting: a partner copies dist/ to a sub-path of its own site
// (/campaign/studio/). The editor opens there, draws and exports, its service worker
// stays inside that path and works offline, and the embed snippet points there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { launch, watchErrors, waitForPreview } from "./browser.mjs";
import { serve } from "./serve.mjs";
import { exportPng, pngSize } from "./png.mjs";

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
    const [, bytes] = await exportPng(page);
    assert.deepEqual(pngSize(bytes), { width: 1600, height: 900 });
    assert.ok(server.requests.every((path) => path.startsWith("/campaign/studio/")), "nothing asked outside the sub-path");

    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope);
    assert.equal(scope, url, "the worker stays in the sub-path");
    await page.click("#embed");
    assert.ok((await page.inputValue("#embed-code")).includes(`src="${url}embed.js"`), "the snippet points at this site");

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
