// `make serve` serves as a real host does: brotli or gzip as the browser accepts, the
// bytes the same once decompressed, hashed files cached for a year, the rest revalidated.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { get as httpGet } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { serve } from "./serve.mjs";

/** The raw response (fetch would decompress it): { headers, body }. */
const get = (url, acceptEncoding) =>
  new Promise((ok, fail) => {
    httpGet(url, { headers: { "accept-encoding": acceptEncoding } }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c)).on("end", () => ok({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on("error", fail);
  });

const dist = new URL("../../dist/", import.meta.url).pathname;

test("the release build is served compressed, with cache headers, like a real host", async () => {
  const server = await serve(dist, 0, { compress: true });
  try {
    const wasm = readdirSync(dist).find((f) => /^lnb-studio-[0-9a-f]{12,16}_bg\.wasm$/.test(f));
    assert.ok(wasm, "the editor's hashed wasm is in dist/");
    const original = readFileSync(dist + wasm);
    for (const [accept, encoding, inflate] of [["br, gzip", "br", brotliDecompressSync], ["gzip", "gzip", gunzipSync]]) {
      const { headers, body: sent } = await get(server.url + wasm, accept);
      assert.equal(headers["content-encoding"], encoding);
      assert.equal(headers["content-type"], "application/wasm");
      assert.match(headers["cache-control"], /immutable/);
      assert.ok(sent.length < original.length / 2, `${encoding}: ${sent.length} of ${original.length} bytes`);
      assert.deepEqual(inflate(sent), original);
    }
    const page = await get(server.url, "identity");
    assert.equal(page.headers["content-encoding"], undefined, "nothing the browser did not ask for");
    assert.equal(page.headers["cache-control"], "no-cache");
    const icon = await get(server.url + "icon-192.png", "br");
    assert.equal(icon.headers["content-encoding"], undefined, "PNG is compressed already");
  } finally {
    await server.close();
  }
});
