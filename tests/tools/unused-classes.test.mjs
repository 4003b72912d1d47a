// tools/unused-classes.mjs: a class nothing makes leaves the module's exports and the
// glue, the rest stays and still links; a class the module does make stops the build.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { removeUnusedClasses } from "../../tools/unused-classes.mjs";

const name = (s) => [s.length, ...Buffer.from(s)];
const section = (id, body) => [id, body.length, ...body];

/** Three functions returning 7, exported as `sink_write`, `__wbg_sink_free` (the class
 * Sink's) and `keep`; with `makes`, an import `__wbg_sink_new` too. */
function fixtureModule(makes) {
  const imports = makes ? section(2, [1, ...name("./x_bg.js"), ...name("__wbg_sink_new"), 0, 0]) : [];
  const body = [4, 0, 0x41, 7, 0x0b];
  const first = makes ? 1 : 0;
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 0, 1, 0x7f]),
    ...imports,
    ...section(3, [3, 0, 0, 0]),
    ...section(7, [3, ...name("sink_write"), 0, first, ...name("__wbg_sink_free"), 0, first + 1, ...name("keep"), 0, first + 2]),
    ...section(10, [3, ...body, ...body, ...body]),
  ]);
}

/** Glue as wasm-bindgen writes it (unminified) for the class Sink. */
const GLUE = `export class Sink {
    free() {
        wasm.__wbg_sink_free(this.__wbg_ptr, 0);
    }
    write(chunk) {
        return wasm.sink_write(this.__wbg_ptr, chunk);
    }
}
if (Symbol.dispose) Sink.prototype[Symbol.dispose] = Sink.prototype.free;

export function keep() {
    return wasm.keep();
}
const SinkFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.__wbg_sink_free(ptr, 1));
`;

function write(makes, glue = GLUE) {
  const dir = mkdtempSync(join(tmpdir(), "unused-classes-"));
  const files = { wasm: join(dir, "x_bg.wasm"), js: join(dir, "x.js") };
  writeFileSync(files.wasm, fixtureModule(makes));
  writeFileSync(files.js, glue);
  return files;
}

test("a class nothing makes leaves the exports and the glue; the rest stays", () => {
  const files = write(false);
  assert.equal(removeUnusedClasses(files.wasm, files.js, ["Sink"]), 2);
  const module = new WebAssembly.Module(readFileSync(files.wasm));
  assert.deepEqual(WebAssembly.Module.exports(module).map((e) => e.name), ["keep"]);
  assert.equal(new WebAssembly.Instance(module).exports.keep(), 7);
  const glue = readFileSync(files.js, "utf8");
  assert.ok(!glue.includes("Sink") && !glue.includes("sink_"), glue);
  assert.match(glue, /export function keep\(\) \{\n {4}return wasm\.keep\(\);\n\}/);
});

test("a class the module makes stops the build", () => {
  const files = write(true);
  assert.throws(() => removeUnusedClasses(files.wasm, files.js, ["Sink"]), /imports __wbg_sink_new/);
});

test("a glue that names the class elsewhere stops the build", () => {
  const files = write(false, `${GLUE}export const made = () => new Sink();\n`);
  assert.throws(() => removeUnusedClasses(files.wasm, files.js, ["Sink"]), /still names Sink/);
});
