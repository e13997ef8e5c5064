// Runs tools/bench_native (built by scripts/build.mjs into build/native).
import { execFileSync } from "node:child_process";

export function nativeTimings(binary, casesPath, { kbPath, minMs = 300, minRuns = 200 } = {}) {
  const args = ["--min-ms", String(minMs), "--min-runs", String(minRuns), ...(kbPath ? ["--kb", kbPath] : []), casesPath];
  const report = JSON.parse(execFileSync(binary, args, { encoding: "utf8", maxBuffer: 1 << 26 }));
  delete report.sink;
  return report;
}
