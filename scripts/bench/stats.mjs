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

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/**
 * Merges reports of the same shape from several rounds: every timing summary
 * ({ p50, p99, runs }) becomes the lowest p50 of the rounds (other work on a
 * shared machine only ever adds time, and here it comes in spells that double
 * every timing), the median p99, and the total runs; anything else is taken
 * from the first round.
 */
export function bestOfRounds(rounds) {
  const [first] = rounds;
  if (first && typeof first === "object" && "p50" in first && "p99" in first)
    return { p50: Math.min(...rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)), runs: rounds.reduce((t, r) => t + r.runs, 0) };
  if (Array.isArray(first)) return first.map((_, i) => bestOfRounds(rounds.map((r) => r[i])));
  if (first && typeof first === "object") return Object.fromEntries(Object.keys(first).map((k) => [k, bestOfRounds(rounds.map((r) => r[k]))]));
  return first;
}
