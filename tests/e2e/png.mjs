// Reading PNG files without our code: the header by hand, the pixels by the browser.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { previewPixels } from "./browser.mjs";

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Installs `window.__lnbDecode(base64) → ImageData` in the page: the browser's own PNG
 * decoder, drawn on a canvas. */
function installDecoder(page) {
  return page.evaluate(() => {
    window.__lnbDecode = async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, c.width, c.height);
    };
  });
}

/** The RGB of pixel (x, y) of a PNG, decoded by the page's browser. */
export async function pngPixel(page, bytes, x, y) {
  await installDecoder(page);
  return page.evaluate(
    async ({ b64, x, y }) => {
      const image = await window.__lnbDecode(b64);
      const at = (y * image.width + x) * 4;
      return [...image.data.slice(at, at + 3)];
    },
    { b64: bytes.toString("base64"), x, y },
  );
}

/** Clicks export and returns [suggested file name, bytes]. */
export async function exportPng(page) {
  const { readFile } = await import("node:fs/promises");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-png")]);
  return [download.suggestedFilename(), await readFile(await download.path())];
}

/** The share of pixels in which two same-sized PNGs differ by more than `tolerance`
 * in any channel, decoded by the page's browser. */
export async function pngDifference(page, a, b, tolerance) {
  await installDecoder(page);
  return page.evaluate(
    async ({ a, b, tolerance }) => {
      const [p, q] = [(await window.__lnbDecode(a)).data, (await window.__lnbDecode(b)).data];
      if (p.length !== q.length) return 1;
      let differ = 0;
      for (let i = 0; i < p.length; i += 4) {
        if (Math.abs(p[i] - q[i]) > tolerance || Math.abs(p[i + 1] - q[i + 1]) > tolerance || Math.abs(p[i + 2] - q[i + 2]) > tolerance) differ++;
      }
      return differ / (p.length / 4);
    },
    { a: a.toString("base64"), b: b.toString("base64"), tolerance },
  );
}

/** Clicks `selector` and returns [suggested file name, bytes] of the download. */
export async function download(page, selector, timeout = 60000) {
  const { readFile } = await import("node:fs/promises");
  const [file] = await Promise.all([page.waitForEvent("download", { timeout }), page.click(selector)]);
  return [file.suggestedFilename(), await readFile(await file.path())];
}

/** How much the preview differs from `png` once it has drawn what arrived on demand
 * (a map's boundaries): sampled every 250 ms for up to 10 s, until under 0.5 %. */
export async function previewDifference(page, png) {
  let differ = 1;
  for (let i = 0; i < 40 && differ >= 0.005; i++) {
    await page.waitForTimeout(250);
    const preview = Buffer.from((await previewPixels(page)).split(",")[1], "base64");
    differ = await pngDifference(page, preview, png, 8);
  }
  return differ;
}

/** librsvg's rendering (`rsvg-convert`) of the SVG file at `svgPath` against `png`,
 * which it must match in size: the share of pixels that differ by more than 96/255. */
export async function rsvgDifference(page, svgPath, png) {
  const rendered = `${svgPath}.png`;
  execFileSync("rsvg-convert", ["-o", rendered, svgPath]);
  const theirs = readFileSync(rendered);
  assert.deepEqual(pngSize(theirs), pngSize(png));
  return pngDifference(page, png, theirs, 96);
}

/** The size of the PDF file's first page as poppler's `pdftoppm` renders it at 72 DPI. */
export function pdfPageSize(pdfPath) {
  execFileSync("pdftoppm", ["-png", "-r", "72", "-singlefile", pdfPath, `${pdfPath}-page`]);
  return pngSize(readFileSync(`${pdfPath}-page.png`));
}
