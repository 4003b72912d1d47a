// A static file server for the built app on 127.0.0.1, for end-to-end tests and
// `make serve`. Serves dist/ with the right MIME types and records every request it
// answers; with `{ compress: true }` it also serves as a real host does (brotli or
// gzip as the browser accepts, hashed files cached for a year, the rest revalidated),
// so what a browser or Lighthouse measures on it is what users get.
import { createServer } from "node:http";
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// Worth compressing: text, wasm and TTF (PNG and woff2 are compressed already).
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".ttf", ".json", ".webmanifest", ".svg", ".ftl"]);
// Trunk's content hash in a file name (`lnb-studio-<hex>_bg.wasm`): a 64-bit hash
// written without leading zeros, so usually 16 hex digits and sometimes fewer (a
// build named `lnb-studio-bad13553830195c` once lost its immutable header).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.[a-z]+$/;

/** The headers and body for `file` as a compressing host sends it. */
function asHostSends(file, body, acceptEncoding, cache) {
  const headers = {
    "cache-control": HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    vary: "accept-encoding",
  };
  if (!COMPRESSIBLE.has(extname(file))) return { headers, body };
  const encoding = /\bbr\b/.test(acceptEncoding) ? "br" : /\bgzip\b/.test(acceptEncoding) ? "gzip" : null;
  if (!encoding) return { headers, body };
  const key = `${encoding}:${file}:${body.length}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      encoding === "br"
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }),
    );
  }
  return { headers: { ...headers, "content-encoding": encoding }, body: cache.get(key) };
}

/** Starts a server for `root` on `port` (a free one by default); resolves to
 * { url, requests, close }. `compress` serves as a real host does (see above), its
 * brotli made before the first request, as a host or CDN stores it: brotli 11 of a
 * 1 MB wasm takes seconds, which a browser must not see as server time. */
export async function serve(root, port = 0, { compress = false } = {}) {
  const base = resolve(root);
  const requests = [];
  const compressed = new Map();
  if (compress) {
    const entries = await readdir(base, { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = join(entry.parentPath, entry.name);
      asHostSends(file, await readFile(file), "br", compressed);
    }
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    let file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const raw = await readFile(file);
      const type = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
      const { headers, body } = compress
        ? asHostSends(file, raw, req.headers["accept-encoding"] ?? "", compressed)
        : { headers: {}, body: raw };
      res.writeHead(200, { ...type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok, fail) => server.once("error", fail).listen(port, "127.0.0.1", ok));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    requests,
    // Ends open keep-alive connections too, so "stopped" means nothing answers.
    close: () =>
      new Promise((ok) => {
        server.close(ok);
        server.closeAllConnections();
      }),
  };
}
