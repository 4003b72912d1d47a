// Reading and writing a wasm module's sections, as the build's tools that rewrite the
// main module's imports and exports (tools/short-names.mjs, tools/unused-classes.mjs)
// need: LEB128 numbers, names, and the section list.

/** The unsigned LEB128 number at `at`, and where it ends. */
export function readLeb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** `value` as unsigned LEB128. */
export function leb(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return Buffer.from(out);
}

/** The name at `at`, and where it ends. */
export function readName(bytes, at) {
  const [length, start] = readLeb(bytes, at);
  return [bytes.subarray(start, start + length).toString("utf8"), start + length];
}

/** `name` as the binary format spells a name. */
export function nameBytes(name) {
  const utf8 = Buffer.from(name, "utf8");
  return Buffer.concat([leb(utf8.length), utf8]);
}

/** The module's sections, as [id, body] pairs. */
export function sections(bytes) {
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

/** A module of the header of `bytes` and `parts` ([id, body] pairs). */
export const assemble = (bytes, parts) =>
  Buffer.concat([bytes.subarray(0, 8), ...parts.map(([id, body]) => Buffer.concat([Buffer.from([id]), leb(body.length), body]))]);

/** The export section `body`'s entries as { name, desc } (desc: the kind and index,
 * as bytes). */
export function readExports(body) {
  let [count, at] = readLeb(body, 0);
  const entries = [];
  while (count--) {
    let name;
    [name, at] = readName(body, at);
    const end = readLeb(body, at + 1)[1];
    entries.push({ name, desc: body.subarray(at, end) });
    at = end;
  }
  return entries;
}

/** An export section of `entries` ({ name, desc }). */
export const writeExports = (entries) => Buffer.concat([leb(entries.length), ...entries.flatMap((e) => [nameBytes(e.name), e.desc])]);

/** The import section `body`'s entries as { module, name, desc }. */
export function readImports(body) {
  let [count, at] = readLeb(body, 0);
  const entries = [];
  while (count--) {
    let module, name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const end = skipImportDesc(body, at);
    entries.push({ module, name, desc: body.subarray(at, end) });
    at = end;
  }
  return entries;
}

/** An import section of `entries` ({ module, name, desc }). */
export const writeImports = (entries) =>
  Buffer.concat([leb(entries.length), ...entries.flatMap((e) => [nameBytes(e.module), nameBytes(e.name), e.desc])]);

/** Where the import description at `at` ends. */
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
    default: throw new Error(`wasm-sections: unknown import kind ${kind}`);
  }
}

/** The section ids the tools rewrite. */
export const IMPORT_SECTION = 2;
export const EXPORT_SECTION = 7;
