// Writes public/maps/countries.json, the countries a map's table can name, from the
// i18n-iso-countries package (npm, pinned in package-lock.json): each country's ISO
// 3166-1 codes (alpha-2, alpha-3, numeric — world-atlas's boundaries are keyed by the
// numeric code) and its names in the six languages, the first the package's own
// name, then its variants. Country names are data from a maintained package, never
// typed here. `node tools/make-countries.mjs --check` fails if the committed file is
// not what the package gives (tests/e2e/countries.test.mjs runs it).
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const LANGS = ["en", "es", "fr", "sw", "pt", "ar"];
const OUT = new URL("../public/maps/countries.json", import.meta.url);

export function countries() {
  const codes = require("i18n-iso-countries/codes.json");
  const names = Object.fromEntries(LANGS.map((lang) => [lang, require(`i18n-iso-countries/langs/${lang}.json`).countries]));
  const list = codes.map(([alpha2, alpha3, numeric]) => ({
    alpha2,
    alpha3,
    numeric,
    names: Object.fromEntries(
      LANGS.map((lang) => {
        const given = names[lang][alpha2];
        if (given === undefined) throw new Error(`i18n-iso-countries has no ${lang} name for ${alpha2}`);
        return [lang, Array.isArray(given) ? given : [given]];
      }),
    ),
  }));
  const { version } = require("i18n-iso-countries/package.json");
  return { source: `i18n-iso-countries ${version}`, countries: list };
}

const text = `${JSON.stringify(countries(), null, 1)}\n`;
if (process.argv.includes("--check")) {
  if (readFileSync(OUT, "utf8") !== text) {
    console.error("public/maps/countries.json differs from what i18n-iso-countries gives: run `node tools/make-countries.mjs`");
    process.exit(1);
  }
  console.log("public/maps/countries.json is what i18n-iso-countries gives");
} else {
  writeFileSync(OUT, text);
  console.log(`public/maps/countries.json: ${countries().countries.length} countries in ${LANGS.join(", ")}`);
}
