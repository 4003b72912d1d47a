// Trunk post_build hook, on the staging directory:
// 0. splits the main module (tools/split-wasm.mjs): the editor's on-demand panels
//    leave the first load; then minifies the stylesheets (csso), which Trunk leaves
//    as written, and leaves the page's comments out;
// 1. adds a Content-Security-Policy to index.html that allows only the app's own
//    origin, WebAssembly, and Trunk's inline module loader by its SHA-256 (its text
//    names this build's hashed files, so the hash is computed here, after the build);
// 2. writes one web manifest per interface language, its words from locales/*/ui.ftl;
// 3. writes sw.js with the exact list of files Trunk emitted (hashed names included),
//    each with its revision (a hash of its bytes), so the precache can never go stale
//    and a deploy downloads only what changed. Its cache name is a hash of the list:
//    any change is a new version, which the app offers as "update ready".
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { minify as minifyCss } from "csso";
import { minify as minifyJs } from "terser";
import { resign, splitMainModule } from "./split-wasm.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("post-build.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is unset)");

/** The interface languages: English and the translations l10n.toml lists
 * (tests/locales.rs keeps it equal to src/model/i18n.rs). */
async function interfaceLanguages() {
  const l10n = await readFile(new URL("../l10n.toml", import.meta.url), "utf8");
  return ["en", ...[...l10n.match(/^locales\s*=\s*\[([^\]]*)\]/m)[1].matchAll(/"([^"]+)"/g)].map((m) => m[1])];
}

/** A reader of single-line messages of one ui.ftl. */
function ftlMessage(ftl, lang) {
  return (id) => {
    const found = ftl.match(new RegExp(`^${id} = (.+)$`, "m"));
    if (!found) throw new Error(`locales/${lang}/ui.ftl has no single-line ${id}`);
    return found[1].trim();
  };
}

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval' SCRIPT_HASHES",
  "style-src 'self'",
  // Leptos sets a few style attributes (Goal tile colours, the preview's aspect ratio).
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

async function addPolicy() {
  const path = join(staging, "index.html");
  const html = await readFile(path, "utf8");
  const hashes = [...html.matchAll(/<script(?: [^>]*)?>([\s\S]*?)<\/script>/g)]
    .filter((m) => m[1].trim() !== "")
    .map((m) => `'sha256-${createHash("sha256").update(m[1]).digest("base64")}'`);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY.replace("SCRIPT_HASHES", hashes.join(" "))}" />`;
  await writeFile(path, html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`));
  console.log(`index.html: Content-Security-Policy with ${hashes.length} inline script hash(es)`);
}

// The page's own words (index.html): the masthead in every interface language and the
// crash message in English, from the same ui.ftl files the editor reads, before the
// policy hashes the page's scripts.
async function fillShell() {
  const path = join(staging, "index.html");
  const html = await readFile(path, "utf8");
  const words = {};
  let english;
  for (const lang of await interfaceLanguages()) {
    const message = ftlMessage(await readFile(new URL(`../locales/${lang}/ui.ftl`, import.meta.url), "utf8"), lang);
    words[lang] = [message("app-title"), message("app-tagline"), lang === "ar" ? "rtl" : "ltr"];
    if (lang === "en") english = message;
  }
  const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const filled = html
    // The crash message until the editor sets it in the interface language.
    .replace("CRASH_TITLE", escape(english("crash-title")))
    .replace("CRASH_TEXT", escape(english("crash-text")))
    .replace("CRASH_RELOAD", escape(english("crash-reload")))
    .replace("SHELL_APP_TITLE", escape(words.en[0]))
    .replace("SHELL_APP_TAGLINE", escape(words.en[1]))
    // JSON inside <script>: "<" escaped so no text can close the element.
    .replace("SHELL_WORDS", JSON.stringify(words).replace(/</g, "\\u003c"));
  if (/SHELL_|CRASH_/.test(filled)) throw new Error("index.html: a placeholder was not filled");
  await writeFile(path, filled);
}

// The editor's module is fetched once the page has painted its masthead, not from
// the page's head: on a slow network the first paint (the masthead's words, the
// page's largest text on a phone) then waits for nothing but the page and its CSS,
// and the module's 400 KB do not compete with it. The cost is one frame before the
// module's request starts (100 ms at most).
async function startAfterFirstPaint() {
  const path = join(staging, "index.html");
  const html = await readFile(path, "utf8");
  const preload = /\s*<link rel="preload" href="\.\/lnb-studio-[0-9a-f]+_bg\.wasm"[^>]*>/;
  const init = "const wasm = await init(";
  if (!preload.test(html) || !html.includes(init)) throw new Error("index.html: Trunk's wasm preload or loader changed");
  const waited = html
    .replace(preload, "")
    // A tab opened in the background paints nothing until it is shown: the module
    // is fetched after 100 ms there (or on a device slower to paint) all the same.
    .replace(init, `await new Promise((go) => { requestAnimationFrame(() => setTimeout(go)); setTimeout(go, 100); });\n${init}`);
  await writeFile(path, waited);
}

splitMainModule(staging);

// Trunk's `minify = "on_release"` would also rewrite index.html, whose inline loader
// the steps below find and hash: only the stylesheets are minified, here (no
// restructuring: whitespace, comments and values only, so no rule changes order).
async function minifyStyles() {
  const sheets = (await readdir(staging)).filter((f) => f.endsWith(".css"));
  for (const sheet of sheets) {
    const path = join(staging, sheet);
    await writeFile(path, minifyCss(await readFile(path, "utf8"), { restructure: false }).css);
  }
  resign(staging, sheets);
}

// The page is fetched before anything else: its comments (for whoever reads
// index.html) and its classic scripts' spaces are left out of the copy served (the
// JSON and the module loader stay as they are). Before the policy hashes the scripts.
async function compactPage() {
  const path = join(staging, "index.html");
  const html = await readFile(path, "utf8");
  let compact = html.replace(/<!--[\s\S]*?-->/g, "").replace(/\n\s*(?=\n)/g, "");
  for (const [whole, body] of [...compact.matchAll(/<script>([\s\S]*?)<\/script>/g)]) {
    const { code } = await minifyJs(body, { compress: true, mangle: true });
    compact = compact.replace(whole, () => `<script>${code}</script>`);
  }
  await writeFile(path, compact);
}

await minifyStyles();
await fillShell();
await startAfterFirstPaint();
await compactPage();
await addPolicy();

// The second wasm modules' no-modules glue each declares `let wasm_bindgen`, which two
// scripts on one page cannot both do (and which is not a property of the global
// object): each is renamed to its own global, which src/web/module.rs looks for.
const MODULES = [
  ["shaper.js", "lnbShaper"],
  ["exporter.js", "lnbExporter"],
];
async function nameModules() {
  for (const [file, global] of MODULES) {
    const path = join(staging, file);
    const glue = await readFile(path, "utf8");
    const renamed = glue.replace(/^let wasm_bindgen = /m, `globalThis.${global} = `);
    if (!renamed.includes(`globalThis.${global} = `)) throw new Error(`${file}: no wasm_bindgen declaration to rename`);
    await writeFile(path, renamed);
  }
}

await nameModules();

// One manifest per interface language (the app links the one it speaks).
const LANGS = await interfaceLanguages();
async function writeManifests() {
  const template = JSON.parse(await readFile(join(staging, "manifest.webmanifest"), "utf8"));
  for (const lang of LANGS) {
    const message = ftlMessage(await readFile(new URL(`../locales/${lang}/ui.ftl`, import.meta.url), "utf8"), lang);
    const screenshots = template.screenshots.map((shot) => ({ ...shot, label: message("app-tagline") }));
    const manifest = { ...template, lang, dir: lang === "ar" ? "rtl" : "ltr", name: message("page-title"), short_name: message("app-title"), description: message("app-tagline"), screenshots };
    await writeFile(join(staging, `manifest-${lang}.webmanifest`), JSON.stringify(manifest, null, 2));
  }
  console.log(`manifest-{${LANGS.join(",")}}.webmanifest`);
}
await writeManifests();

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
const revisions = {};
const onDemand = {};
// Loaded only when a graphic needs them, so everyone else does not download them: the
// Arabic faces and the full shaper module, and the map files (sw-template.js groups
// them by folder).
const isOnDemand = (url) => /^\.\/(fonts\/noto-sans-arabic-|shaper\.js$|shaper_bg\.wasm$|maps\/)/.test(url);
// Only a browser's install prompt shows these, online: never cached.
const isNeverCached = (url) => /^\.\/screenshot-/.test(url);
for (const path of all) {
  const url = "./" + relative(staging, path).split(sep).join("/");
  const revision = createHash("sha256").update(await readFile(path)).digest("hex").slice(0, 12);
  if (isNeverCached(url)) continue;
  if (isOnDemand(url)) onDemand[url] = revision;
  else revisions[url === "./index.html" ? "./" : url] = revision;
  hash.update(url).update(revision);
}
const version = hash.digest("hex").slice(0, 16);
const template = await readFile(new URL("./sw-template.js", import.meta.url), "utf8");
const sw = template
  .replace("__VERSION__", version)
  .replace("__REVISIONS__", JSON.stringify(revisions, null, 2))
  .replace("__ON_DEMAND__", JSON.stringify(onDemand, null, 2));
await writeFile(join(staging, "sw.js"), sw);
console.log(`sw.js: ${Object.keys(revisions).length} files precached, ${Object.keys(onDemand).length} on demand, cache lnb-studio-${version}`);
