// The size gate (`make test`, after the build): fails when the first load is over the
// budget in bench/budget.json, and says how much room is left under it.
import { firstLoadGzip, firstLoadGzipBudget as budget } from "../bench/first-load.mjs";

const dist = process.argv[2] ?? new URL("../dist/", import.meta.url).pathname;
const size = firstLoadGzip(dist);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
if (size > budget) {
  console.error(`size gate: the first load is ${size} B gzip (${kib(size)}), ${size - budget} B over the budget of ${budget} B in bench/budget.json`);
  process.exit(1);
}
console.log(`size gate: first load ${size} B gzip (${kib(size)}), budget ${budget} B (${kib(budget - size)} left)`);
