// Splits the editor's main module (run by tools/post-build.mjs, on Trunk's staging
// directory): the panels declared `on_demand!` in src/ui, and all code only they
// reach, leave the first load for a module fetched when the first of them is drawn.
//
// Trunk has no step between cargo and wasm-bindgen, so this redoes that part for the
// main module from cargo's own output (linked with --emit-relocs, see build.rs):
// wasm-split-cli cuts it into the main module and its chunks plus a small loader
// (__wasm_split.js), wasm-bindgen makes the main module's glue as Trunk would (under
// Trunk's hashed name, which the page's loader already names), tools/unused-classes.mjs
// takes out the classes nothing makes, wasm-opt shrinks every piece and
// tools/short-names.mjs the names the main module and its glue share.
// The files Trunk made for the main module are replaced.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { shortenNames } from "./short-names.mjs";
import { removeUnusedClasses } from "./unused-classes.mjs";

/** The same features Trunk's wasm-opt is given (index.html). */
const WASM_OPT = ["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext", "--enable-mutable-globals", "--enable-reference-types", "--enable-multivalue"];

const run = (command, args) => execFileSync(command, args, { stdio: ["ignore", "inherit", "inherit"] });

/** Terser (package.json) shrinks the JavaScript wasm-bindgen and wasm-split write: the
 * glue is fetched before the first preview, and Trunk's own minifier never sees it.
 * Export names, import specifiers and the wasm imports' property names are kept. */
const TERSER = new URL("../node_modules/.bin/terser", import.meta.url).pathname;
const minify = (from, to) => run(TERSER, [from, "--module", "--compress", "--mangle", "--output", to]);

/** Trunk's index.html names each file it links with its SHA-384 (subresource
 * integrity): the replaced files get their own. */
export function resign(staging, replaced) {
  const page = join(staging, "index.html");
  let html = readFileSync(page, "utf8");
  for (const file of replaced) {
    const digest = `sha384-${createHash("sha384").update(readFileSync(join(staging, file))).digest("base64")}`;
    const link = new RegExp(`(href="\\./${file.replace(/\./g, "\\.")}"[^>]*integrity=")[^"]*(")`);
    html = html.replace(link, `$1${digest}$2`);
  }
  writeFileSync(page, html);
}

/** Splits the main module in `staging`; returns the files it added. */
export function splitMainModule(staging) {
  const targetDir = process.env.CARGO_TARGET_DIR ?? "target";
  const raw = join(targetDir, "wasm32-unknown-unknown", "release", "lnb-studio.wasm");
  if (!existsSync(raw)) throw new Error(`split-wasm: no ${raw} (is this a release build?)`);
  const glue = readdirSync(staging).find((f) => /^lnb-studio-[0-9a-f]+\.js$/.test(f));
  if (!glue) throw new Error("split-wasm: Trunk's main module glue is not in the staging directory");
  const name = glue.slice(0, -".js".length);

  const work = mkdtempSync(join(tmpdir(), "lnb-split-"));
  try {
    const split = join(work, "split");
    run("wasm-split-cli", [raw, split, "--target", "web", "--out-name", name]);
    const bound = join(work, "bound");
    run("wasm-bindgen", ["--target", "web", "--keep-lld-exports", "--no-demangle", "--no-typescript", "--out-dir", bound, "--out-name", name, join(split, `${name}.wasm`)]);

    const classes = removeUnusedClasses(join(bound, `${name}_bg.wasm`), join(bound, `${name}.js`));
    const added = [];
    const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${name}.wasm`);
    if (chunks.length === 0) throw new Error("split-wasm: wasm-split found no on_demand! panel to move out");
    for (const chunk of chunks) {
      run("wasm-opt", [...WASM_OPT, join(split, chunk), "-o", join(staging, chunk)]);
      added.push(chunk);
    }
    const loader = readdirSync(split).filter((f) => f.endsWith(".js"));
    for (const js of loader) {
      minify(join(split, js), join(staging, js));
      added.push(js);
    }
    run("wasm-opt", [...WASM_OPT, join(bound, `${name}_bg.wasm`), "-o", join(staging, `${name}_bg.wasm`)]);
    minify(join(bound, `${name}.js`), join(staging, glue));
    const shortened = shortenNames(join(staging, `${name}_bg.wasm`), join(staging, glue), name);
    if (existsSync(join(bound, "snippets"))) cpSync(join(bound, "snippets"), join(staging, "snippets"), { recursive: true });
    resign(staging, [glue, `${name}_bg.wasm`]);
    console.log(`split-wasm: ${name} split, ${classes} unused exports removed, ${shortened} names shortened; on demand: ${added.join(", ")}`);
    return added;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
