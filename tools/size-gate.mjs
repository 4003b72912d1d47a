// The size gate (`make test`, after the build): fails when the first load grows past
// the ceiling in bench/budget.json, and says how far it still is from the target.
import { readFileSync } from "node:fs";
import { firstLoadGzip } from "../bench/first-load.mjs";

const dist = process.argv[2] ?? new URL("../dist/", import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL("../bench/budget.json", import.meta.url), "utf8"));
const size = firstLoadGzip(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
if (size > budget.firstLoadGzipCeiling) {
  console.error(`size gate: the first load is ${size} B gzip (${kib(size)}), over the ceiling of ${budget.firstLoadGzipCeiling} B in bench/budget.json`);
  process.exit(1);
}
console.log(`size gate: first load ${size} B gzip (${kib(size)}), ceiling ${budget.firstLoadGzipCeiling} B, target ${budget.firstLoadGzipTarget} B (${kib(size - budget.firstLoadGzipTarget)} to go)`);
