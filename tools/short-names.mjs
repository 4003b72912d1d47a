// Shortens the names a wasm-bindgen module and its glue share (run by
// tools/split-wasm.mjs on the main module, after wasm-opt and terser).
//
// wasm-bindgen names every import `__wbg_<function>_<16 hex digits>`, under the module
// specifier `./<out-name>_bg.js`, and every closure it calls back by its mangled Rust
// symbol. The wasm file and the JavaScript both spell each name out, and the hex
// digits do not compress: renamed to `a`, `b`, … they cost the first load about 10 KB
// of gzip. Only names both files hold are renamed, each where the glue is known to
// spell it (an import as a key of the imports object, an export as a property of the
// instance's exports); anything else in either file is left as it was. A name the glue
// does not hold exactly where expected stops the build rather than making a module
// whose imports do not link.
import { readFileSync, writeFileSync } from "node:fs";
import { assemble, EXPORT_SECTION, IMPORT_SECTION, readExports, readImports, sections, writeExports, writeImports } from "./wasm-sections.mjs";

/** Exports other files read by name (the split loader, __wasm_split.js), kept. */
const KEPT_EXPORTS = new Set(["memory", "__indirect_function_table", "__wasm_split_shared0"]);

/** The `n`th short name: a … z, A … Z, aa, ab, … (never a JavaScript keyword: `do`
 * `if` `in` are skipped; a property name could be one, but nothing is gained by it). */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const reserved = new Set(["do", "if", "in"]);
  for (let i = 0, k = -1; ; i++) {
    let s = "";
    let m = i;
    for (;;) {
      s = letters[m % 52] + s;
      m = Math.floor(m / 52);
      if (m === 0) break;
      m -= 1;
    }
    if (!reserved.has(s) && ++k === n) return s;
  }
}

/** Renames every import from `module` (and the module itself, to `to`); returns the
 * names given. */
function renameImports(entries, module, to) {
  const renamed = new Map();
  for (const entry of entries) {
    if (entry.module !== module) continue;
    if (!renamed.has(entry.name)) renamed.set(entry.name, shortName(renamed.size));
    entry.module = to;
    entry.name = renamed.get(entry.name);
  }
  return renamed;
}

/** Renames the exports `wanted` says to; returns the names given. */
function renameExports(entries, wanted) {
  const renamed = new Map();
  for (const entry of entries) {
    if (!wanted(entry.name)) continue;
    renamed.set(entry.name, `$${shortName(renamed.size)}`);
    entry.name = renamed.get(entry.name);
  }
  return renamed;
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Replaces every match of `pattern` (which must match `expected(count)`) in `js`. */
function replaceIn(js, pattern, replacement, what, expected) {
  const count = (js.match(pattern) ?? []).length;
  if (!expected(count)) throw new Error(`short-names: the glue names ${what} ${count} times`);
  return js.replace(pattern, () => replacement);
}

/** Shortens the names shared by `wasmPath` and its glue `jsPath` (wasm-bindgen's
 * `--target web` output for out-name `name`, minified); both files are rewritten.
 * Returns how many names it shortened. */
export function shortenNames(wasmPath, jsPath, name) {
  const bytes = readFileSync(wasmPath);
  let js = readFileSync(jsPath, "utf8");
  const module = `./${name}_bg.js`;
  const glueModule = "a";

  let imports = new Map();
  let exports = new Map();
  const rebuilt = sections(bytes).map(([id, body]) => {
    if (id === IMPORT_SECTION) {
      const entries = readImports(body);
      imports = renameImports(entries, module, glueModule);
      body = writeImports(entries);
    }
    if (id === EXPORT_SECTION) {
      // An export is renamed only if the glue reads it, as `<exports>.<name>`.
      const entries = readExports(body);
      exports = renameExports(entries, (field) => !KEPT_EXPORTS.has(field) && new RegExp(`\\.${escape(field)}\\b`).test(js));
      body = writeExports(entries);
    }
    return [id, body];
  });
  if (imports.size === 0) throw new Error(`short-names: ${wasmPath} imports nothing from ${module}`);

  js = replaceIn(js, new RegExp(`"${escape(module)}"(?=:)`, "g"), glueModule, `the module ${module}`, (n) => n === 1);
  for (const [from, to] of imports) {
    js = replaceIn(js, new RegExp(`(?<=[{,])${escape(from)}(?=:)`, "g"), to, `the import ${from}`, (n) => n === 1);
  }
  for (const [from, to] of exports) {
    js = replaceIn(js, new RegExp(`\\.${escape(from)}\\b`, "g"), `.${to}`, `the export ${from}`, (n) => n >= 1);
  }
  writeFileSync(wasmPath, assemble(bytes, rebuilt));
  writeFileSync(jsPath, js);
  return imports.size + exports.size;
}
