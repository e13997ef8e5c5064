// Timing helpers for the bench: nearest-rank percentiles, and a loop that
// runs a function until it has enough samples. Everything in microseconds.
import { performance } from "node:perf_hooks";

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

const round = (v) => Math.round(v * 100) / 100;

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), runs: sorted.length };
}

/** Times fn() (a few warm-up calls first) until minRuns and minMs are both reached. */
export function timeLoop(fn, { minMs = 300, minRuns = 200, maxRuns = 100000 } = {}) {
  for (let i = 0; i < 5; i++) fn();
  const samples = [];
  const start = performance.now();
  while ((samples.length < minRuns || performance.now() - start < minMs) && samples.length < maxRuns) {
    const t0 = performance.now();
    fn();
    samples.push((performance.now() - t0) * 1000);
  }
  return summary(samples);
}

export const ratio = (a, b) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
