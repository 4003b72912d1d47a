// Lighthouse's standard mobile audit (simulated slow 4G, 4× CPU slowdown, Moto G
// Power screen) of the release build in dist/, served compressed with cache headers as
// a real host serves it (tests/e2e/serve.mjs). Runs it RUNS times (default 3) and
// reports the median performance score and Largest Contentful Paint, and the other
// categories' scores. Used by bench/run.mjs; alone: `node bench/lighthouse.mjs`.
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "../tests/e2e/serve.mjs";

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Audits the build in `dist` `runs` times; medians of each score and of LCP (ms). */
export async function audit(dist, runs = 3) {
  const server = await serve(dist, 0, { compress: true });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage"],
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(server.url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      results.push({
        performance: lhr.categories.performance.score,
        accessibility: lhr.categories.accessibility.score,
        bestPractices: lhr.categories["best-practices"].score,
        seo: lhr.categories.seo.score,
        lcp: lhr.audits["largest-contentful-paint"].numericValue,
        fcp: lhr.audits["first-contentful-paint"].numericValue,
        tbt: lhr.audits["total-blocking-time"].numericValue,
        cls: lhr.audits["cumulative-layout-shift"].numericValue,
        speedIndex: lhr.audits["speed-index"].numericValue,
        lcpElement: lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? "",
      });
    }
  } finally {
    await chrome.kill();
    await server.close();
  }
  const pick = (key) => median(results.map((r) => r[key]));
  return {
    runs,
    performance: pick("performance"),
    accessibility: pick("accessibility"),
    bestPractices: pick("bestPractices"),
    seo: pick("seo"),
    lcp: Math.round(pick("lcp")),
    fcp: Math.round(pick("fcp")),
    tbt: Math.round(pick("tbt")),
    cls: pick("cls"),
    speedIndex: Math.round(pick("speedIndex")),
    lcpElement: results[0].lcpElement,
    each: results,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.env.BENCH_DIST ?? new URL("../dist/", import.meta.url).pathname;
  const result = await audit(dist, Number(process.env.RUNS ?? 3));
  console.log(JSON.stringify(result, null, 2));
}
