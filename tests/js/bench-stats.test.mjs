// The bench's merge of timing rounds (scripts/bench/stats.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { bestOfRounds, summary } from "../../scripts/bench/stats.mjs";

test("bestOfRounds takes the lowest p50 and the median p99 of each timing and adds the runs", () => {
  const round = (p50, p99) => [{ answered: 3, assess_us: { p50, p99, runs: 10 }, nested: { next: { p50: p50 * 2, p99, runs: 1 } } }];
  const merged = bestOfRounds([round(5, 50), round(1, 90), round(3, 10)]);
  assert.deepEqual(merged, [{ answered: 3, assess_us: { p50: 1, p99: 50, runs: 30 }, nested: { next: { p50: 2, p99: 50, runs: 3 } } }]);
});

test("one round is returned as it is", () => {
  const only = { load_us: summary([1, 2, 3]), findings: 69 };
  assert.deepEqual(bestOfRounds([only]), only);
});
