// Writes public/maps/world-110m.json and world-50m.json, the world's country
// boundaries a map draws, from the world-atlas package (npm, pinned: Natural Earth's
// 1:110m and 1:50m admin-0 countries as TopoJSON, keyed by ISO 3166-1 numeric code).
// Only the `countries` object is kept (not `land`), without properties; the one area
// the source names but gives no code, Kosovo, gets the code i18n-iso-countries gives it
// (983). Borders are Natural Earth's, as the source draws them (README: "Maps").
// `node tools/make-world.mjs --check` fails if the committed files are not what the
// packages give (tests/e2e/countries.test.mjs runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries/codes.json");
const NAMED = { Kosovo: countries.find(([alpha2]) => alpha2 === "XK")[2] };

export function world(scale) {
  const topology = require(`world-atlas/countries-${scale}.json`);
  const geometries = topology.objects.countries.geometries.map(({ type, arcs, id, properties }) => {
    const code = id ?? NAMED[properties.name];
    return code === undefined ? { type, arcs } : { type, arcs, id: code };
  });
  return {
    type: "Topology",
    transform: topology.transform,
    objects: { countries: { type: "GeometryCollection", geometries } },
    arcs: topology.arcs,
  };
}

let differs = false;
for (const scale of ["110m", "50m"]) {
  const out = new URL(`../public/maps/world-${scale}.json`, import.meta.url);
  const text = `${JSON.stringify(world(scale))}\n`;
  if (process.argv.includes("--check")) {
    if (readFileSync(out, "utf8") !== text) {
      console.error(`public/maps/world-${scale}.json differs from what world-atlas gives: run \`node tools/make-world.mjs\``);
      differs = true;
    }
  } else {
    writeFileSync(out, text);
    console.log(`public/maps/world-${scale}.json: ${world(scale).objects.countries.geometries.length} areas, ${text.length} bytes`);
  }
}
if (differs) process.exit(1);
