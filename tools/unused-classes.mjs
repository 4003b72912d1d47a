// Takes out of the main module the JavaScript classes wasm-bindgen exports for a
// dependency's Rust types that this app never creates (run by tools/split-wasm.mjs on
// wasm-bindgen's output, before wasm-opt and terser).
//
// Leptos's `csr` feature turns on server_fn's browser client, whose streamed bodies
// (wasm-streams) export `IntoUnderlyingSource`, `IntoUnderlyingByteSource` and
// `IntoUnderlyingSink` to JavaScript. The studio has no server functions, so nothing
// ever makes one; but an export is a root, so the linker keeps their methods and all
// they reach (about 12 KB, with the glue's classes). Each class's exports leave the
// module (wasm-opt then drops the code only they reached) and its class leaves the
// glue. A class some import does make (wasm-bindgen's `__wbg_<class>_new`), or that
// the glue names anywhere else, stops the build instead.
import { readFileSync, writeFileSync } from "node:fs";
import { assemble, EXPORT_SECTION, IMPORT_SECTION, readExports, readImports, sections, writeExports } from "./wasm-sections.mjs";

/** The classes taken out: wasm-streams', which only server functions make. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

/** Whether `exported` is one of the class `lower`'s exports (its methods, its free). */
const belongsTo = (exported, lower) => exported === `__wbg_${lower}_free` || exported.startsWith(`${lower}_`);

/** Removes `classes` from the module `wasmPath` and its (unminified) glue `jsPath`;
 * returns how many exports left. */
export function removeUnusedClasses(wasmPath, jsPath, classes = UNUSED_CLASSES) {
  const bytes = readFileSync(wasmPath);
  let js = readFileSync(jsPath, "utf8");
  const lowers = classes.map((c) => c.toLowerCase());
  let removed = 0;
  const rebuilt = sections(bytes).map(([id, body]) => {
    if (id === IMPORT_SECTION) {
      const making = readImports(body).find((i) => lowers.some((lower) => i.name.includes(`_${lower}_`)));
      if (making) throw new Error(`unused-classes: the module imports ${making.name}, so it makes that class`);
    }
    if (id === EXPORT_SECTION) {
      const entries = readExports(body);
      const kept = entries.filter((e) => !lowers.some((lower) => belongsTo(e.name, lower)));
      removed += entries.length - kept.length;
      body = writeExports(kept);
    }
    return [id, body];
  });

  for (const [i, name] of classes.entries()) {
    // wasm-bindgen writes each class as `export class X { … }` up to its dispose line,
    // and its finalizer as one `const XFinalization = …;` statement.
    const declaration = new RegExp(`^export class ${name} \\{\\n[\\s\\S]*?^if \\(Symbol\\.dispose\\) ${name}\\.prototype\\[Symbol\\.dispose\\] = ${name}\\.prototype\\.free;\\n`, "m");
    const finalizer = new RegExp(`^const ${name}Finalization = [^;]*;\\n`, "m");
    for (const [what, pattern] of [["class", declaration], ["finalizer", finalizer]]) {
      if (!pattern.test(js)) throw new Error(`unused-classes: the glue has no ${what} for ${name} where wasm-bindgen writes it`);
      js = js.replace(pattern, "");
    }
    if (js.includes(name) || js.includes(`${lowers[i]}_`)) throw new Error(`unused-classes: the glue still names ${name}`);
  }
  if (removed === 0) throw new Error(`unused-classes: ${wasmPath} exports none of ${classes.join(", ")}`);
  writeFileSync(wasmPath, assemble(bytes, rebuilt));
  writeFileSync(jsPath, js);
  return removed;
}
