// End to end on the built dist/: a campaigner's own boundaries. A county file made
// here (47 polygons) is imported, its areas named by the property the editor picks,
// listed into the table, given values and exported as PNG, SVG (rendered by librsvg)
// and PDF; a share link opens without the file and says the map needs it; a 100 MB
// file is read in a worker while the page keeps answering.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, createWriteStream } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { appUnderTest, watchErrors, waitForPreview, waitForSaved } from "./browser.mjs";
import { download, pdfPageSize, pngDifference, pngSize, previewDifference, rsvgDifference } from "./png.mjs";

const app = appUnderTest();
const scratch = mkdtempSync(join(tmpdir(), "lnb-own-maps-"));
const save = (name, bytes) => {
  const path = join(scratch, name);
  writeFileSync(path, bytes);
  return path;
};

// Kenya's 47 counties, by their codes.
const COUNTIES = [
  "Mombasa", "Kwale", "Kilifi", "Tana River", "Lamu", "Taita-Taveta", "Garissa", "Wajir",
  "Mandera", "Marsabit", "Isiolo", "Meru", "Tharaka-Nithi", "Embu", "Kitui", "Machakos",
  "Makueni", "Nyandarua", "Nyeri", "Kirinyaga", "Murang'a", "Kiambu", "Turkana",
  "West Pokot", "Samburu", "Trans-Nzoia", "Uasin Gishu", "Elgeyo-Marakwet", "Nandi",
  "Baringo", "Laikipia", "Nakuru", "Narok", "Kajiado", "Kericho", "Bomet", "Kakamega",
  "Vihiga", "Bungoma", "Busia", "Siaya", "Kisumu", "Homa Bay", "Migori", "Kisii", "Nyamira",
  "Nairobi",
];

/** County i's ring: a half-degree cell over Kenya, seven to a row, its edges drawn
 * with `per` points each (1: a square). */
function ring(i, per) {
  const [x, y] = [34 + (i % 7) * 0.5, 4 - Math.floor(i / 7) * 0.5];
  const corners = [[x, y], [x + 0.5, y], [x + 0.5, y - 0.5], [x, y - 0.5]];
  const points = [];
  for (let c = 0; c < 4; c++) {
    const [a, b] = [corners[c], corners[(c + 1) % 4]];
    for (let k = 0; k < per; k++) {
      const t = k / per;
      points.push(`[${(a[0] + (b[0] - a[0]) * t).toFixed(6)},${(a[1] + (b[1] - a[1]) * t).toFixed(6)}]`);
    }
  }
  points.push(points[0]);
  return `[${points.join(",")}]`;
}

const feature = (i, geometry) =>
  `{"type":"Feature","properties":{"CODE":${i + 1},"COUNTY_NAM":${JSON.stringify(COUNTIES[i])}},"geometry":${geometry}}`;

const countyFile = () =>
  save(
    "kenya-counties.geojson",
    `{"type":"FeatureCollection","features":[${COUNTIES.map((_, i) => feature(i, `{"type":"Polygon","coordinates":[${ring(i, 1)}]}`)).join(",")}]}`,
  );

/** Imports `path` as the map's boundaries and waits until the editor says what it read. */
async function importBoundaries(page, path) {
  await page.setInputFiles("#map-file", path);
  await page.waitForFunction(() => /areas from/.test(document.querySelector("#map-file-status")?.textContent ?? ""), null, { timeout: 60_000 });
}

test("47 counties are imported, named by a property, listed, and exported as PNG, SVG and PDF", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1800, height: 1000 }, deviceScaleFactor: 2, acceptDownloads: true });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=en&chart=map&goal=6`);
  await waitForPreview(page);
  await page.locator("#map-file").waitFor({ state: "attached" });
  await importBoundaries(page, countyFile());
  assert.match(await page.textContent("#map-file-status"), /47 areas from kenya-counties\.geojson/);
  assert.equal(await page.inputValue("#map-property"), "COUNTY_NAM", "the property that reads as names");
  const options = await page.locator("#map-property option").allTextContents();
  assert.deepEqual(options.sort(), ["CODE", "COUNTY_NAM"]);

  // The example's world rows name no county: listed as not on this map until the
  // counties take their place.
  await page.locator(".map-unplaced li").first().waitFor();
  assert.match(await page.locator(".map-unplaced li").first().textContent(), /is not an area on this map/);
  await page.getByRole("button", { name: "Add 47 areas to the table" }).click();
  await page.waitForFunction(() => document.querySelectorAll(".map-unplaced li").length === 0);
  assert.equal(await page.getByLabel("Label of row 1", { exact: true }).inputValue(), "Mombasa");
  assert.equal(await page.getByLabel("Label of row 47", { exact: true }).inputValue(), "Nairobi");
  for (let row = 1; row <= 47; row++) {
    await page.getByLabel(`Value of row ${row}`, { exact: true }).fill(String(row));
  }
  // A label typed in other case still names its county.
  await page.getByLabel("Label of row 42", { exact: true }).fill("KISUMU");
  assert.equal(await page.locator("#map-list").isHidden(), true, "every area is in the table");

  const [pngName, png] = await download(page, "#export-png");
  assert.equal(pngName, "lnb-goal6-map-x-1600x900-en.png");
  assert.deepEqual(pngSize(png), { width: 1600, height: 900 });
  const differ = await previewDifference(page, png);
  assert.ok(differ < 0.005, `the preview differs from the PNG in ${(differ * 100).toFixed(2)}% of pixels`);

  const [svgName, svg] = await download(page, "#export-svg");
  const text = svg.toString("utf8");
  const areas = (text.match(/fill-rule="evenodd"/g) ?? []).length;
  assert.ok(areas >= 47, `the counties are vector paths (${areas})`);
  const svgDiffer = await rsvgDifference(page, save(svgName, svg), png);
  assert.ok(svgDiffer < 0.01, `librsvg's rendering differs in ${(svgDiffer * 100).toFixed(2)}% of pixels`);

  const [pdfName, pdf] = await download(page, "#export-pdf");
  const { width, height } = pdfPageSize(save(pdfName, pdf));
  assert.ok(width > 100 && Math.abs(width / height - 16 / 9) < 0.02, `the PDF's page is the graphic's shape (${width}×${height})`);
  await page.waitForFunction(() => document.querySelector("#alt-text")?.value.includes("Map of 47 areas"));
  assert.match(await page.inputValue("#alt-text"), /Map of 47 areas: highest in Nairobi \(47%\), lowest in Mombasa \(1%\)/);

  // Steps of the campaigner's own: the map is drawn again in them; typed wrong, the
  // field says so and the map keeps its steps of equal counts.
  await page.fill("#map-breaks", "10 20 40");
  const [, stepped] = await download(page, "#export-png");
  const restepped = await pngDifference(page, png, stepped, 8);
  assert.ok(restepped > 0.002, `own steps change the map (${(restepped * 100).toFixed(2)}% of pixels)`);
  await page.fill("#map-breaks", "10 twenty");
  await page.waitForFunction(() => /as numbers/.test(document.querySelector("#map-breaks-error")?.textContent ?? ""));
  const [, unread] = await download(page, "#export-png");
  assert.ok((await pngDifference(page, png, unread, 8)) < 0.005, "steps that cannot be read are not drawn");
  await page.fill("#map-breaks", "");

  // Kept with the design: a reload draws the same map from this browser's store.
  await page.reload();
  await waitForPreview(page);
  await page.waitForFunction(() => /47 areas from/.test(document.querySelector("#map-file-status")?.textContent ?? ""));
  const [, again] = await download(page, "#export-png");
  const reloaded = await pngDifference(page, png, again, 8);
  assert.ok(reloaded < 0.005, `after a reload the map differs in ${(reloaded * 100).toFixed(2)}% of pixels`);

  // Packs are made by the export workers, which are given the boundaries too: the
  // languages pack's English map is the one just exported.
  await page.click(".packs summary");
  const [zipName, zip] = await download(page, "#pack-languages", 120000);
  const zipPath = save(zipName, zip);
  const members = execFileSync("unzip", ["-Z1", zipPath], { encoding: "utf8" }).trim().split("\n").sort();
  assert.deepEqual(members.map((f) => f.match(/-(\w\w)\.png$/)[1]), ["ar", "en", "es", "fr", "pt", "sw"]);
  const english = execFileSync("unzip", ["-p", zipPath, members.find((f) => f.endsWith("-en.png"))]);
  const packed = await pngDifference(page, again, english, 8);
  assert.ok(packed < 0.005, `the pack's map differs in ${(packed * 100).toFixed(2)}% of pixels`);

  // A share link carries the design but not the file: it opens, and says so.
  await page.click("#copy-link");
  await page.waitForFunction(() => document.querySelector("#share-link").value.includes("#z="));
  const link = await page.inputValue("#share-link");
  const elsewhere = await app.browser.newContext();
  const other = await elsewhere.newPage();
  const otherErrors = watchErrors(other);
  await other.goto(link);
  await waitForPreview(other);
  await other.waitForFunction(() => /does not keep/.test(document.querySelector("#map-file-status")?.textContent ?? ""));
  assert.equal(await other.getByLabel("Label of row 47", { exact: true }).inputValue(), "Nairobi", "the table came with the link");
  await importBoundaries(other, countyFile());
  assert.deepEqual(otherErrors, []);
  await elsewhere.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a 100 MB boundaries file is read in a worker while the page keeps answering", async () => {
  // 47 counties whose edges hold 108,000 points each: about 100 MB of GeoJSON.
  const path = join(scratch, "kenya-counties-full-detail.geojson");
  const out = createWriteStream(path);
  out.write('{"type":"FeatureCollection","features":[');
  for (let i = 0; i < COUNTIES.length; i++) {
    if (!out.write(`${i ? "," : ""}${feature(i, `{"type":"Polygon","coordinates":[${ring(i, 27_000)}]}`)}`)) await once(out, "drain");
  }
  out.end("]}");
  await once(out, "finish");
  const size = readFileSync(path).length;
  assert.ok(size > 100e6, `the file is ${(size / 1e6).toFixed(0)} MB`);

  const { context, page, errors } = await openMapEditor("en");
  // The longest wait between ticks of a 50 ms timer while the file is read.
  await page.evaluate(() => {
    window.longest = 0;
    let last = performance.now();
    window.ticker = setInterval(() => {
      const now = performance.now();
      window.longest = Math.max(window.longest, now - last);
      last = now;
    }, 50);
  });
  await page.setInputFiles("#map-file", path);
  await page.waitForFunction(() => /Reading kenya-counties-full-detail/.test(document.querySelector("#map-file-status")?.textContent ?? ""));
  await page.waitForFunction(() => /areas from/.test(document.querySelector("#map-file-status")?.textContent ?? ""), null, { timeout: 120_000 });
  const longest = await page.evaluate(() => (clearInterval(window.ticker), window.longest));
  assert.match(await page.textContent("#map-file-status"), /47 areas from kenya-counties-full-detail\.geojson/);
  assert.ok(longest < 1000, `the page stopped answering for ${longest.toFixed(0)} ms`);
  assert.deepEqual(errors, []);
  await context.close();
});

/** A fresh context on the map editor in `lang`, its boundaries field there. */
async function openMapEditor(lang) {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${app.url}?lang=${lang}&chart=map`);
  await waitForPreview(page);
  await page.locator("#map-file").waitFor({ state: "attached" });
  return { context, page, errors };
}

/** Puts `entries` ([key, value] pairs) into the page's boundaries store. */
async function putKept(page, entries) {
  await page.evaluate(async (entries) => {
    const db = await new Promise((resolve, reject) => {
      const open = indexedDB.open("lnb-studio-maps", 1);
      open.onupgradeneeded = () => open.result.createObjectStore("boundaries");
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction("boundaries", "readwrite");
    for (const [key, value] of entries) tx.objectStore("boundaries").put(value, key);
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, entries);
}

test("a file that is not a map gets a message, and the design is untouched", async () => {
  const { context, page, errors } = await openMapEditor("fr");
  const before = await page.getByLabel("Libellé de la ligne 1", { exact: true }).inputValue();
  await page.setInputFiles("#map-file", save("notes.json", '{"type": "Recipe", "eggs": 3}'));
  await page.waitForFunction(() => /GeoJSON ou TopoJSON/.test(document.querySelector("#map-file-error")?.textContent ?? ""));
  await page.setInputFiles("#map-file", save("empty.geojson", '{"type": "FeatureCollection", "features": []}'));
  await page.waitForFunction(() => /aucune zone/.test(document.querySelector("#map-file-error")?.textContent ?? ""));
  assert.equal(await page.getByLabel("Libellé de la ligne 1", { exact: true }).inputValue(), before);
  assert.equal(await page.locator("#map-property").isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test("boundaries no design uses are swept from the browser when a file is imported; a saved design's stay", async () => {
  const { context, page, errors } = await openMapEditor("en");
  // Kept earlier: two a deleted design left (one kept three days ago, one by the
  // version before kept times), one kept a minute ago (a design in another tab not
  // saved yet).
  const day = 86_400_000;
  await putKept(page, [
    ["left-by-a-deleted-design", "{}"],
    ["kept/left-by-a-deleted-design", Date.now() - 3 * day],
    ["kept-before-kept-times", "{}"],
    ["another-tab-just-now", "{}"],
    ["kept/another-tab-just-now", Date.now() - 60_000],
  ]);
  await importBoundaries(page, countyFile());
  const keys = () =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open("lnb-studio-maps", 1);
          open.onsuccess = () => {
            const request = open.result.transaction("boundaries").objectStore("boundaries").getAllKeys();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result.sort());
            };
          };
        }),
    );
  const boundaries = async () => (await keys()).filter((k) => !k.startsWith("kept/"));
  const kept = await boundaries();
  assert.equal(kept.length, 2, `${kept}`);
  assert.ok(kept.includes("another-tab-just-now"), `${kept}`);
  const own = kept.find((k) => k !== "another-tab-just-now");
  assert.deepEqual((await keys()).filter((k) => k.startsWith("kept/")).sort(), [`kept/${own}`, "kept/another-tab-just-now"].sort(), "the times go with them");
  // The design saved, a new design imports other boundaries (the counties named
  // in capitals: another file, another key): the saved design's stay.
  await waitForSaved(page, (text) => text.includes(own));
  // As if kept days ago: only the saved design keeps it now.
  await putKept(page, [[`kept/${own}`, Date.now() - 3 * day]]);
  await page.click(".designs summary");
  await page.click("#new-design");
  await page.click("#chart-map");
  await page.locator("#map-file").waitFor({ state: "attached" });
  const capitals = save(
    "kenya-counties-upper.geojson",
    readFileSync(countyFile(), "utf8").replace(/"COUNTY_NAM":"([^"]*)"/g, (_, name) => `"COUNTY_NAM":"${name.toUpperCase()}"`),
  );
  await importBoundaries(page, capitals);
  const after = await boundaries();
  assert.equal(after.length, 3, `${after}`);
  assert.ok(after.includes(own) && after.includes("another-tab-just-now"), `${after}`);
  assert.deepEqual(errors, []);
  await context.close();
});
