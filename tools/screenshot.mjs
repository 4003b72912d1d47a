// Screenshots of the built app for the README and for looking at: the editor on a
// desktop and on a phone, and the PNG the app exports. `make screenshots`.
import { mkdir, copyFile } from "node:fs/promises";
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
  console.log(`screenshots written to ${out}`);
} finally {
  await browser.close();
  await server.close();
}
