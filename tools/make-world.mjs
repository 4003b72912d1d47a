// Writes public/maps/world-110m.json and world-50m.json, the world's country
// boundaries a map draws, from the world-atlas package (npm, pinned: Natural Earth's
// 1:110m and 1:50m admin-0 countries as TopoJSON, keyed by ISO 3166-1 numeric code).
// Only the `countries` object is kept (not `land`), without properties; the one area
// the source names but gives no code, Kosovo, gets the code i18n-iso-countries gives it
// (983). Borders are Natural Earth's, as the source draws them (README: "Maps").
// The 61 countries 1:110m leaves out (Singapore, Mauritius, the Maldives, Cabo Verde,
// most small island states) are given to it as points, each the middle of its largest
// ring at 1:50m: a map draws them as dots, so a row naming one is still on the map.
// `node tools/make-world.mjs --check` fails if the committed files are not what the
// packages give (tests/e2e/countries.test.mjs runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries/codes.json");
const NAMED = { Kosovo: countries.find(([alpha2]) => alpha2 === "XK")[2] };

/** A quantized topology's arcs with their deltas undone, in its units. */
function absoluteArcs(topology) {
  return topology.arcs.map((arc) => {
    let [x, y] = [0, 0];
    return arc.map(([dx, dy]) => [(x += dx), (y += dy)]);
  });
}

/** The rings of a TopoJSON geometry, from its topology's `arcs` (deltas undone). */
function rings(arcs, geometry) {
  const polygons = geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs;
  return polygons.flat().map((ring) =>
    ring.flatMap((index, i) => {
      const arc = index >= 0 ? arcs[index] : [...arcs[~index]].reverse();
      return i === 0 ? arc : arc.slice(1);
    }),
  );
}

/** The middle (centroid) of a ring's area, and the area, by the shoelace formula. */
function middle(ring) {
  let [a, cx, cy] = [0, 0, 0];
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const cross = x0 * y1 - x1 * y0;
    a += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return a === 0 ? { area: 0, at: ring[0] } : { area: Math.abs(a), at: [cx / (3 * a), cy / (3 * a)] };
}

/** Points, in `coarse`'s quantized units, for the coded countries of `fine` that
 * `coarse` leaves out: the middle of each one's largest ring. */
function dots(coarse, fine) {
  const kept = new Set(coarse.objects.countries.geometries.map((g) => g.id));
  const [cs, ct] = [coarse.transform.scale, coarse.transform.translate];
  const [fs, ft] = [fine.transform.scale, fine.transform.translate];
  const arcs = absoluteArcs(fine);
  return fine.objects.countries.geometries
    .filter((g) => g.id !== undefined && !kept.has(g.id))
    .map((g) => {
      const largest = rings(arcs, g).map(middle).reduce((a, b) => (b.area > a.area ? b : a));
      const degrees = largest.at.map((q, k) => q * fs[k] + ft[k]);
      return { type: "Point", coordinates: degrees.map((d, k) => Math.round((d - ct[k]) / cs[k])), id: g.id };
    });
}

export function world(scale) {
  const topology = require(`world-atlas/countries-${scale}.json`);
  const geometries = topology.objects.countries.geometries.map(({ type, arcs, id, properties }) => {
    const code = id ?? NAMED[properties.name];
    return code === undefined ? { type, arcs } : { type, arcs, id: code };
  });
  if (scale === "110m") geometries.push(...dots(topology, require("world-atlas/countries-50m.json")));
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
