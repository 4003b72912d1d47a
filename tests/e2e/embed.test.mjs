// Embedding on a partner's site, end to end: the snippet from the app's own "Embed"
// dialog goes into tests/e2e/partner/index.html, served from a second localhost port
// (another origin) under a strict Content-Security-Policy (no inline script or style;
// only the app's origin for scripts and frames). The iframe opens Goal 2 in French, grows to its content's height
// (no scrollbar), exports a PNG and copies its alt text from inside the frame. A hand-written preset link
// locks fields and loads the partner's logo from the app's site.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appUnderTest, watchErrors, waitForPreview } from "./browser.mjs";
import { serve } from "./serve.mjs";
import { pngSize } from "./png.mjs";

const app = appUnderTest();

/** The CSP hash of the partner page's own <style> block, which its policy allows. */
function styleHash(html) {
  const style = html.match(/<style>([\s\S]*?)<\/style>/)[1];
  return createHash("sha256").update(style).digest("base64");
}

/** The "Embed" dialog's snippet for Goal 2 in French, from the app itself. */
async function snippetFromTheApp() {
  const context = await app.browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${app.url}?lang=en`);
  await waitForPreview(page);
  await page.click("label[for=goal-2]");
  await page.selectOption("#graphic-lang", "fr");
  await page.click("#embed");
  // The French words are fetched first (locales load on demand), then the design changes.
  await page.waitForFunction(() => document.querySelector("#embed-code").value.includes("lang=fr"));
  const snippet = await page.inputValue("#embed-code");
  await context.close();
  return snippet;
}

test("a partner page on another origin embeds Goal 2 in French; the iframe fits and exports", async () => {
  const snippet = await snippetFromTheApp();
  assert.match(snippet, /embed=1/);
  assert.match(snippet, /goal=2/);
  assert.match(snippet, /lang=fr/);
  const dir = mkdtempSync(join(tmpdir(), "lnb-partner-"));
  const page_ = readFileSync(new URL("./partner/index.html", import.meta.url), "utf8");
  const appOrigin = new URL(app.url).origin;
  const csp = `default-src 'none'; script-src ${appOrigin}; frame-src ${appOrigin}; style-src 'self' 'sha256-${styleHash(page_)}'; img-src data:`;
  const partnerPage = page_
    .replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace("<!-- EMBED -->", snippet);
  writeFileSync(join(dir, "index.html"), partnerPage);
  const partner = await serve(dir);
  try {
    assert.notEqual(new URL(partner.url).port, new URL(app.url).port, "two origins");
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 }, acceptDownloads: true });
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(partner.url);
    const frameElement = await page.waitForSelector("iframe");
    const frame = await frameElement.contentFrame();
    await waitForPreview(frame);
    assert.equal(await frame.$eval("html", (h) => h.lang), "fr");
    assert.ok(await frame.$eval("#goal-2", (i) => i.checked), "Goal 2 is chosen");
    assert.equal(await frame.$eval("#graphic-lang", (s) => s.value), "fr");
    assert.equal(await frame.$eval(".masthead", (m) => getComputedStyle(m).display), "none", "no page chrome");

    // The iframe takes its content's height (the snippet starts it at 1200 px).
    await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
    assert.equal(await page.$eval("iframe", (f) => f.allow), "clipboard-write; web-share", "Copy and Share work inside the frame");
    assert.match(await page.$eval("iframe", (f) => f.getAttribute("sandbox")), /allow-downloads/);
    const frameHeight = await page.$eval("iframe", (f) => f.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.body.scrollHeight);
    assert.ok(Math.abs(frameHeight - content) <= 2, `iframe ${frameHeight}px for content ${content}px`);
    const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1);
    assert.equal(scrolls, false, "no scrollbar inside the iframe");

    // It follows the content: a longer form makes a taller iframe.
    await frame.click("#chart-bars");
    await page.waitForFunction((before) => document.querySelector("iframe").getBoundingClientRect().height > before, frameHeight);

    await page.screenshot({ path: new URL("../../target/e2e-shots/partner.png", import.meta.url).pathname, fullPage: true });
    const [download] = await Promise.all([page.waitForEvent("download"), frame.click("#export-png")]);
    assert.match(download.suggestedFilename(), /^lnb-goal2-bars-.*-fr\.png$/);
    const size = pngSize(readFileSync(await download.path()));
    assert.deepEqual(size, { width: 1600, height: 900 });

    // Copy works inside the frame (the iframe may write to the clipboard).
    await frame.click(".words-to-post summary");
    const alt = await frame.inputValue("#alt-text");
    await frame.click("#copy-alt");
    await frame.waitForFunction(() => document.querySelector(".words-to-post [role=status]").textContent !== "");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), alt);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await partner.close();
  }
});

test("a preset link locks fields, sets the place and loads the partner's logo", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?embed=1&lang=sw&goal=4&format=story&place=Kaunti%20ya%20Turkana&lock=goal,format,lang&logo=icon-192.png`);
  await waitForPreview(page);
  assert.equal(await page.$eval("html", (h) => h.lang), "sw");
  assert.ok(await page.$eval("#goal-4", (i) => i.checked && i.matches(":disabled")), "Goal 4, locked");
  assert.ok(await page.$eval("#format", (s) => s.value.startsWith("story") && s.matches(":disabled")), "story, locked");
  assert.ok(await page.$eval("#graphic-lang", (s) => s.value === "sw" && s.matches(":disabled")), "Swahili, locked");
  assert.equal(await page.inputValue("#place"), "Kaunti ya Turkana");
  await page.waitForSelector("#remove-logo:not([hidden])");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a logo from another site is refused, and the editor still opens", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?embed=1&goal=3&logo=https://evil.example/logo.png&lang=pt`);
  await waitForPreview(page);
  assert.ok(await page.$eval("#goal-3", (i) => i.checked));
  assert.ok(await page.$eval("#remove-logo", (b) => b.hidden), "no logo");
  assert.deepEqual(errors, [], "nothing was requested from another site");
  await context.close();
});

test("a missing same-site logo says so in the user's language", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
  const page = await context.newPage();
  await page.goto(`${app.url}?embed=1&lang=fr&logo=partners/none.png`);
  await waitForPreview(page);
  const text = readFileSync(new URL("../../locales/fr/ui.ftl", import.meta.url), "utf8").match(/^preset-logo-failed = (.+)$/m)[1];
  await page.waitForFunction((t) => document.body.innerText.includes(t), text);
  await context.close();
});

test("a partner that copies embed.js to its own site names the studio, and the frame still fits", async () => {
  const snippet = await snippetFromTheApp();
  const appOrigin = new URL(app.url).origin;
  const dir = mkdtempSync(join(tmpdir(), "lnb-partner-"));
  writeFileSync(join(dir, "embed.js"), readFileSync(new URL("../../public/embed.js", import.meta.url)));
  // The partner's own copy, allowed as 'self': only the frame comes from the studio.
  const local = snippet.replace(/<script src="[^"]*" async><\/script>/, `<script src="embed.js" data-studio="${appOrigin}" async></script>`);
  assert.notEqual(local, snippet, "the script tag was swapped for the local copy");
  const page_ = readFileSync(new URL("./partner/index.html", import.meta.url), "utf8");
  const csp = `default-src 'none'; script-src 'self'; frame-src ${appOrigin}; style-src 'self' 'sha256-${styleHash(page_)}'; img-src data:`;
  writeFileSync(
    join(dir, "index.html"),
    page_.replace("<head>", `<head>\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`).replace("<!-- EMBED -->", local),
  );
  const partner = await serve(dir);
  try {
    const context = await app.browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(partner.url);
    const frame = await (await page.waitForSelector("iframe")).contentFrame();
    await waitForPreview(frame);
    await page.waitForFunction(() => document.querySelector("iframe").style.height !== "");
    const frameHeight = await page.$eval("iframe", (f) => f.getBoundingClientRect().height);
    const content = await frame.evaluate(() => document.body.scrollHeight);
    assert.ok(Math.abs(frameHeight - content) <= 2, `iframe ${frameHeight}px for content ${content}px`);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    await partner.close();
  }
});
