// Tables given to the installed app: a CSV another app shares with it (the manifest's
// share_target, received by the service worker) and a CSV opened with it (the
// manifest's file_handlers, through the launch queue). Each lands in the table's
// import preview, in a chart that reads a table, and is imported once.
import { test } from "node:test";
import assert from "node:assert/strict";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";

const app = appUnderTest();
const CSV = "Place,Value\nKisumu,41\nNakuru,38\n";

test("a CSV shared with the app from another app opens in the import preview", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector("link[rel=manifest]").href)).json());
  assert.equal(manifest.share_target.action, "./share-target");
  assert.ok(manifest.file_handlers[0].accept["text/csv"].includes(".csv"));
  // What the phone's share sheet does: a multipart POST to the share target.
  const taken = await page.evaluate(async (csv) => {
    const form = new FormData();
    form.append("file", new File([csv], "counties.csv", { type: "text/csv" }));
    const response = await fetch("./share-target", { method: "POST", body: form });
    return response.ok && (await caches.keys()).includes("lnb-shared");
  }, CSV);
  assert.equal(taken, true, "the worker took the share and kept it for the page");
  await page.goto(`${app.url}?shared=1`);
  await waitForPreview(page);
  await page.getByText("2 rows were read.").waitFor();
  assert.equal(await page.$eval("#chart-bars", (r) => r.checked), true, "shown as bars");
  assert.doesNotMatch(page.url(), /shared=1/, "the address is cleaned");
  await page.click("#import-replace");
  await page.waitForFunction(() => document.querySelectorAll(".table-row").length === 2);
  await page.reload();
  await waitForPreview(page);
  assert.equal(await page.getByText("2 rows were read.").count(), 0, "imported once");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a CSV opened with the installed app opens in the import preview", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(() => {
    Object.defineProperty(window, "launchQueue", {
      configurable: true,
      value: { setConsumer: (consumer) => (window.launch = consumer) },
    });
  });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  await page.waitForFunction(() => typeof window.launch === "function");
  await page.evaluate((csv) => window.launch({ files: [{ getFile: async () => new File([csv], "counties.csv", { type: "text/csv" }) }] }), CSV);
  await page.getByText("2 rows were read.").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});
