// The map's country names (public/maps/countries.json) and boundaries (world-*.json)
// are what the pinned packages give: the tools' --check fails otherwise.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";

const tool = new URL("../../tools/make-countries.mjs", import.meta.url).pathname;

test("the committed country names are the package's", () => {
  const run = spawnSync(process.execPath, [tool, "--check"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const file = JSON.parse(readFileSync(new URL("../../public/maps/countries.json", import.meta.url), "utf8"));
  const kenya = file.countries.find((c) => c.alpha2 === "KE");
  assert.deepEqual([kenya.numeric, kenya.names.fr[0], kenya.names.sw[0]], ["404", "Kenya", "Kenya"]);
});

test("the committed world boundaries are world-atlas's", () => {
  const tool = new URL("../../tools/make-world.mjs", import.meta.url).pathname;
  const run = spawnSync(process.execPath, [tool, "--check"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const file = JSON.parse(readFileSync(new URL("../../public/maps/world-110m.json", import.meta.url), "utf8"));
  const ids = file.objects.countries.geometries.map((g) => g.id);
  assert.ok(ids.includes("404") && ids.includes("983"), "Kenya, and Kosovo by the code the names give it");
});
