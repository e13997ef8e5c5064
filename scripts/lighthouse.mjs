#!/usr/bin/env node
// Lighthouse on dist/, served gzipped, with its mobile preset (simulated slow
// 4G and a 4x slower CPU): prints one JSON report with the performance score
// and the page's layout shift, paint and blocking times, medians of --runs
// (default 3) runs. Needs `npm run build` first and Chromium (scripts/setup.sh).
//   node scripts/lighthouse.mjs [--runs N] [--out FILE] [--path index.html#case=...]
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { serve } from "./serve.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};
const runs = Number(option("runs", 3));
const path = option("path", "index.html");
const dir = fileURLToPath(new URL("../dist", import.meta.url));

const server = await serve({ dir, port: 0, gzip: true });
const url = `http://127.0.0.1:${server.address().port}/${path}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});

const METRICS = {
  cumulative_layout_shift: "cumulative-layout-shift",
  first_contentful_paint_ms: "first-contentful-paint",
  largest_contentful_paint_ms: "largest-contentful-paint",
  total_blocking_time_ms: "total-blocking-time",
  speed_index_ms: "speed-index",
};
const samples = { performance: [], ...Object.fromEntries(Object.keys(METRICS).map((k) => [k, []])) };
try {
  for (let i = 0; i < runs; i++) {
    // The default config is the mobile preset: formFactor mobile, simulated throttling.
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error" });
    if (lhr.runtimeError) throw new Error(`lighthouse: ${lhr.runtimeError.message}`);
    samples.performance.push(Math.round(lhr.categories.performance.score * 100));
    for (const [key, id] of Object.entries(METRICS)) samples[key].push(lhr.audits[id].numericValue);
    console.error(`lighthouse: run ${i + 1} of ${runs}: performance ${samples.performance.at(-1)}, CLS ${samples.cumulative_layout_shift.at(-1).toFixed(3)}`);
  }
} finally {
  await chrome.kill();
  server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, digits) => Number(x.toFixed(digits));
const report = {
  url: path,
  preset: "mobile (simulated slow 4G, 4x CPU slowdown), served gzipped",
  runs,
  performance: median(samples.performance),
  cumulative_layout_shift: round(median(samples.cumulative_layout_shift), 3),
  ...Object.fromEntries(Object.keys(METRICS).slice(1).map((k) => [k, Math.round(median(samples[k]))])),
  targets: { performance: ">= 95", cumulative_layout_shift: "<= 0.02" },
  samples,
};
const text = JSON.stringify(report, null, 2);
console.log(text);
const out = option("out", null);
if (out) writeFileSync(out, text + "\n");
