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

const readLeb = (bytes, at) => {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
};

const leb = (value) => {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
};

const readName = (bytes, at) => {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
};

const nameBytes = (name) => {
  const utf8 = Buffer.from(name, "utf8");
  return Buffer.concat([leb(utf8.length), utf8]);
};

/** Skips an import's description (after its two names); returns where it ends. */
function skipImportDesc(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = readLeb(bytes, p);
    if (flags & 1) [, p] = readLeb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readLeb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: element type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return readLeb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`short-names: unknown import kind ${kind}`);
  }
}

/** The module's sections, as [id, body] pairs. */
function sections(bytes) {
  const out = [];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, start] = readLeb(bytes, at + 1);
    out.push([id, bytes.subarray(start, start + size)]);
    at = start + size;
  }
  return out;
}

/** Renames, in the import section `body`, every import from `module` (and the module
 * itself, to `to`); returns the new body and the names given. */
function renameImports(body, module, to) {
  const renamed = new Map();
  let [count, at] = readLeb(body, 0);
  const parts = [leb(count)];
  while (count--) {
    let from, field;
    [from, at] = readName(body, at);
    [field, at] = readName(body, at);
    const descStart = at;
    at = skipImportDesc(body, at);
    if (from === module) {
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      parts.push(nameBytes(to), nameBytes(renamed.get(field)));
    } else {
      parts.push(nameBytes(from), nameBytes(field));
    }
    parts.push(body.subarray(descStart, at));
  }
  return [Buffer.concat(parts), renamed];
}

/** Renames, in the export section `body`, the exports `wanted` says to. */
function renameExports(body, wanted) {
  const renamed = new Map();
  let [count, at] = readLeb(body, 0);
  const parts = [leb(count)];
  while (count--) {
    let field;
    [field, at] = readName(body, at);
    const descStart = at;
    at = readLeb(body, at + 1)[1];
    if (wanted(field)) renamed.set(field, `$${shortName(renamed.size)}`);
    parts.push(nameBytes(renamed.get(field) ?? field), body.subarray(descStart, at));
  }
  return [Buffer.concat(parts), renamed];
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
    if (id === 2) [body, imports] = renameImports(body, module, glueModule);
    // An export is renamed only if the glue reads it, as `<exports>.<name>`.
    if (id === 7) [body, exports] = renameExports(body, (field) => !KEPT_EXPORTS.has(field) && new RegExp(`\\.${escape(field)}\\b`).test(js));
    return Buffer.concat([Buffer.from([id]), leb(body.length), body]);
  });
  if (imports.size === 0) throw new Error(`short-names: ${wasmPath} imports nothing from ${module}`);

  js = replaceIn(js, new RegExp(`"${escape(module)}"(?=:)`, "g"), glueModule, `the module ${module}`, (n) => n === 1);
  for (const [from, to] of imports) {
    js = replaceIn(js, new RegExp(`(?<=[{,])${escape(from)}(?=:)`, "g"), to, `the import ${from}`, (n) => n === 1);
  }
  for (const [from, to] of exports) {
    js = replaceIn(js, new RegExp(`\\.${escape(from)}\\b`, "g"), `.${to}`, `the export ${from}`, (n) => n >= 1);
  }
  writeFileSync(wasmPath, Buffer.concat([bytes.subarray(0, 8), ...rebuilt]));
  writeFileSync(jsPath, js);
  return imports.size + exports.size;
}
