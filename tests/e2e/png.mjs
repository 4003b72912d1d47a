// Reading PNG files without our code: the header by hand, the pixels by the browser.
import assert from "node:assert/strict";

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(bytes) {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  assert.deepEqual([...bytes.subarray(0, 8)], signature, "PNG signature");
  assert.equal(bytes.subarray(12, 16).toString("latin1"), "IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The RGB of pixel (x, y) of a PNG, decoded by the page's browser. */
export function pngPixel(page, bytes, x, y) {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      return [...ctx.getImageData(x, y, 1, 1).data.slice(0, 3)];
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
