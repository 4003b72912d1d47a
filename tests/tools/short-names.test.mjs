// tools/short-names.mjs: a module whose names it shortened still links with its glue
// and runs the same; a glue that does not spell a name where expected stops it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { shortName, shortenNames } from "../../tools/short-names.mjs";

const IMPORT = "__wbg_answer_0123456789abcdef";
const EXPORT = "_RINvNvNtNtCs_closure_invoke_wasm_bindgen";

const name = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];

/** A module importing `answer` (from `./x_bg.js`), a memory (from elsewhere), and
 * exporting a function that returns `answer() + 1`, as wasm-bindgen's glue links it. */
function fixtureModule() {
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...section(2, [2, ...name("./x_bg.js"), ...name(IMPORT), 0, 0, ...name("./other.js"), ...name("memory"), 2, 0, 1]),
    ...section(3, [1, 0]),
    ...section(7, [2, ...name(EXPORT), 0, 1, ...name("memory"), 2, 0]),
    ...section(10, [1, 7, 0, 0x10, 0, 0x41, 1, 0x6a, 0x0b]),
  ]);
}

/** Glue shaped as terser leaves wasm-bindgen's: the imports object, the exports read as
 * properties of the instance's exports. */
const fixtureGlue = (answer) =>
  `function t(){const t={__proto__:null,${answer}:function(){return 41}};return{__proto__:null,"./x_bg.js":t,"./other.js":{memory:new WebAssembly.Memory({initial:1})}}}` +
  `export function run(m){const z=new WebAssembly.Instance(m,t()).exports;return z.${EXPORT}()}`;

function write(glue) {
  const dir = mkdtempSync(join(tmpdir(), "short-names-"));
  const wasm = join(dir, "x_bg.wasm");
  const js = join(dir, "x.mjs");
  writeFileSync(wasm, fixtureModule());
  writeFileSync(js, glue);
  return { wasm, js };
}

const run = async ({ wasm, js }) => (await import(pathToFileURL(js).href)).run(new WebAssembly.Module(readFileSync(wasm)));

test("a shortened module links with its shortened glue and runs the same", async () => {
  const before = write(fixtureGlue(IMPORT));
  assert.equal(await run(before), 42);

  const after = write(fixtureGlue(IMPORT));
  assert.equal(shortenNames(after.wasm, after.js, "x"), 2);
  const module = new WebAssembly.Module(readFileSync(after.wasm));
  assert.deepEqual(WebAssembly.Module.imports(module).map((i) => `${i.module} ${i.name}`), ["a a", "./other.js memory"]);
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ["$a", "memory"]);
  const glue = readFileSync(after.js, "utf8");
  assert.ok(!glue.includes(IMPORT) && !glue.includes(EXPORT), glue);
  assert.equal(await run(after), 42);
});

test("a glue that does not name an import where expected stops the build", () => {
  const files = write(fixtureGlue("__wbg_other_fedcba9876543210"));
  assert.throws(() => shortenNames(files.wasm, files.js, "x"), /the import __wbg_answer_0123456789abcdef 0 times/);
});

test("short names are distinct and never a keyword", () => {
  const names = Array.from({ length: 3000 }, (_, n) => shortName(n));
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names.slice(0, 3), ["a", "b", "c"]);
  for (const keyword of ["do", "if", "in"]) assert.ok(!names.includes(keyword));
  for (const n of names) assert.match(n, /^[a-zA-Z]+$/);
});
