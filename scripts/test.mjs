#!/usr/bin/env node
// Runs every test suite after a build and ends with one summary line per suite
// and the totals. Exit status 1 when any test failed or a suite could not run.
//   node scripts/test.mjs [--only native,asan,fuzz,js,browser]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const jobs = String(Math.max(1, cpus().length));
const onlyArg = process.argv.indexOf("--only");
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(",")) : null;

function run(cmd, args, options = {}) {
  console.log(`\n$ ${cmd} ${args.join(" ")}`);
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, ...options });
  process.stdout.write(r.stdout ?? "");
  process.stderr.write(r.stderr ?? "");
  return { status: r.status ?? 1, out: `${r.stdout ?? ""}\n${r.stderr ?? ""}` };
}

// ctest prints "100% tests passed, 0 tests failed out of 40".
function ctestCounts({ status, out }) {
  const m = out.match(/tests passed, (\d+) tests? failed out of (\d+)/);
  if (!m) return { passed: 0, failed: 1, note: `ctest did not report (status ${status})` };
  const failed = Number(m[1]);
  return { passed: Number(m[2]) - failed, failed: failed || (status ? 1 : 0) };
}

// node --test (TAP reporter when not a terminal) prints "# pass N" and "# fail N".
function nodeTestCounts({ status, out }) {
  const pass = out.match(/^# pass (\d+)/m), fail = out.match(/^# fail (\d+)/m);
  if (!pass || !fail) return { passed: 0, failed: 1, note: `node --test did not report (status ${status})` };
  return { passed: Number(pass[1]), failed: Number(fail[1]) || (status ? 1 : 0) };
}

function testFiles(dir) {
  const full = join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).filter((n) => n.endsWith(".test.mjs")).sort().map((n) => join(dir, n));
}

function nodeSuite(dir, { concurrency = 1 } = {}) {
  const files = testFiles(dir);
  if (files.length === 0) return { passed: 0, failed: 1, note: `no tests in ${dir}` };
  return nodeTestCounts(run(process.execPath, ["--test", "--test-reporter=tap", `--test-concurrency=${concurrency}`, ...files]));
}

// Browser test files one at a time. SPOTCHECK_BROWSER_JOBS=2 runs two at once
// (each has its own browsers, server and X display), but on this project's
// 2-core machines that was not faster (1017 and 1211 s against 976-991 s one
// by one, all on a busy machine) and WebKit then missed a click and saw
// another run's "new version" banner: kept for machines with more cores.
const browserJobs = Math.max(1, Number(process.env.SPOTCHECK_BROWSER_JOBS ?? 1) || 1);

const suites = [
  // Native doctest suite (Release build made by scripts/build.mjs).
  ["native", () => ctestCounts(run("ctest", ["--test-dir", "build/native", "--output-on-failure", "-j", jobs]))],
  // The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
  ["asan", () => {
    // -O1, as ASan's documentation advises: about 3x faster than -O0 (the property
    // tests dominate), same checks, assertions still on. The test files
    // themselves are compiled at -O0 (CMakeLists.txt), the engine at -O1:
    // measured on a quiet 2-core machine, build 304 to 197 s, run 67 to 121 s,
    // the stage 371 to 318 s. Configured every time so a changed flag reaches
    // an existing build/asan.
    const cfg = ["-S", ".", "-B", "build/asan", "-DCMAKE_BUILD_TYPE=Debug", "-DSPOTCHECK_SANITIZE=ON", "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g",
      "-DSPOTCHECK_TEST_SOURCE_OPTIONS=-O0"];
    if (run("cmake", cfg).status) return { passed: 0, failed: 1, note: "configure failed" };
    if (run("cmake", ["--build", "build/asan", "-j", jobs, "--target", "spotcheck_tests"]).status) return { passed: 0, failed: 1, note: "build failed" };
    return ctestCounts(run("ctest", ["--test-dir", "build/asan", "--output-on-failure", "-j", jobs],
      { env: { ...process.env, ASAN_OPTIONS: "detect_leaks=1", UBSAN_OPTIONS: "print_stacktrace=1" } }));
  }],
  ["fuzz", () => {
    if (!existsSync(join(root, "scripts/fuzz.mjs"))) return { passed: 0, failed: 1, note: "scripts/fuzz.mjs missing" };
    return nodeTestCounts(run(process.execPath, ["scripts/fuzz.mjs", "--seconds", process.env.FUZZ_SECONDS ?? "60"]));
  }],
  // The built wasm module through the JS entry point, in Node.
  ["js", () => nodeSuite("tests/js")],
  // The page in real headless browsers.
  ["browser", () => nodeSuite("tests/browser", { concurrency: browserJobs })],
];

const results = [];
for (const [name, runSuite] of suites) {
  if (only && !only.has(name)) continue;
  const started = Date.now();
  let r;
  try {
    r = runSuite();
  } catch (e) {
    r = { passed: 0, failed: 1, note: String(e) };
  }
  results.push({ name, ...r, seconds: Math.round((Date.now() - started) / 1000) });
}

console.log("\n==== Spotcheck test summary ====");
let passed = 0, failed = 0;
for (const r of results) {
  passed += r.passed;
  failed += r.failed;
  console.log(`${r.name.padEnd(8)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(3)} failed  (${r.seconds} s)${r.note ? `  ${r.note}` : ""}`);
}
console.log(`TOTAL: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
