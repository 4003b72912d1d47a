// Trunk post_build hook: writes sw.js into the staging directory with the exact list
// of files Trunk emitted (hashed names included), so the precache can never go stale.
// Its cache name is a hash of that list and the files' bytes: any change is a new
// version, which the app offers as "update ready".
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("make-sw.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)");

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}

const all = (await files(staging)).filter((p) => !p.endsWith(`${sep}sw.js`)).sort();
const hash = createHash("sha256");
const urls = [];
for (const path of all) {
  const url = "./" + relative(staging, path).split(sep).join("/");
  urls.push(url === "./index.html" ? "./" : url);
  hash.update(url).update(await readFile(path));
}
const version = hash.digest("hex").slice(0, 16);
const template = await readFile(new URL("./sw-template.js", import.meta.url), "utf8");
const sw = template.replace("__VERSION__", version).replace("__FILES__", JSON.stringify(urls, null, 2));
await writeFile(join(staging, "sw.js"), sw);
console.log(`sw.js: ${urls.length} files, cache lnb-studio-${version}`);
