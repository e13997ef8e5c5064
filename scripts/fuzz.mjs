#!/usr/bin/env node
// Builds the libFuzzer targets in build/fuzz (clang, ASan + UBSan) and runs
// all side by side for a bounded time, printing TAP: one test per target, with the
// executions reached, then "# pass N" and "# fail N".
//   node scripts/fuzz.mjs [--seconds 60] [--targets fuzz_assess,fuzz_kb_loader]
// New inputs found are kept in build/fuzz/corpus/<target>/ (seeds stay in
// tests/fuzz/corpus/<target>/); a crash is saved in build/fuzz/artifacts/.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { cpus } from "node:os";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const build = join(root, "build", "fuzz");
const allTargets = ["fuzz_assess", "fuzz_kb_loader"];

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}
const seconds = Number(option("--seconds", "60"));
const targets = option("--targets", allTargets.join(",")).split(",");
if (!(seconds > 0) || targets.some((t) => !allTargets.includes(t))) {
  console.error(`usage: fuzz.mjs [--seconds N] [--targets ${allTargets.join(",")}]`);
  process.exit(2);
}

// The machine is shared (other builds, other agents): fuzz at low priority.
function run(cmd, args, options = {}) {
  const r = spawnSync("nice", ["-n", "10", cmd, ...args], { cwd: root, encoding: "utf8", maxBuffer: 1 << 28, ...options });
  return { status: r.error ? 1 : r.status ?? 1, out: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

// The same, without blocking: the targets fuzz side by side, one core each.
function runAsync(cmd, args, { timeout, ...options } = {}) {
  return new Promise((done) => {
    const child = spawn("nice", ["-n", "10", cmd, ...args], { cwd: root, ...options });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeout);
    child.on("error", (e) => (out += String(e)));
    child.on("close", (code) => {
      clearTimeout(timer);
      done({ status: code ?? 1, out });
    });
  });
}

function tail(text, lines = 60) {
  return text.trimEnd().split("\n").slice(-lines).map((l) => `#   ${l}`).join("\n");
}

function buildTargets() {
  if (!existsSync(join(build, "CMakeCache.txt"))) {
    const cfg = run("cmake", ["-S", ".", "-B", build, "-DCMAKE_BUILD_TYPE=RelWithDebInfo", "-DSPOTCHECK_FUZZ=ON",
      "-DSPOTCHECK_TESTS=OFF", "-DCMAKE_CXX_COMPILER=clang++"]);
    if (cfg.status) return cfg;
  }
  return run("cmake", ["--build", build, "-j", String(Math.max(1, cpus().length)), "--target", ...targets]);
}

// libFuzzer dictionaries from the knowledge base as built, so new findings and
// fields are tried without editing a list by hand. Each word is a JSON token.
function writeDictionaries() {
  const bundle = JSON.parse(readFileSync(join(build, "generated", "kb_bundle.json"), "utf8"));
  const q = (s) => JSON.stringify(s);
  const words = {
    fuzz_assess: new Set(["true", "false", "null", "{}", ...["age", "sex", "findings", "female", "male", "unknown"].map(q)]),
    fuzz_kb_loader: new Set(["true", "false", "null", "[]", "{}"]),
  };
  for (const f of bundle["findings.json"].findings) words.fuzz_assess.add(q(f.id));
  // Every key and short string in the bundle, and each file as the start of a JSON pointer for edits.
  (function walk(value) {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value === "string" && value.length <= 40) words.fuzz_kb_loader.add(q(value));
    if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) words.fuzz_kb_loader.add(q(k)), walk(v);
  })(bundle);
  for (const name of Object.keys(bundle)) words.fuzz_kb_loader.add(q(`/${name.replace(/~/g, "~0").replace(/\//g, "~1")}/`));
  for (const [target, set] of Object.entries(words)) {
    // libFuzzer reads "name=\"...\"" with \\ and \" escapes: keep to printable ASCII.
    const lines = [...set].filter((w) => /^[\x20-\x7e]+$/.test(w)).map((w, i) => `w${i}=${JSON.stringify(w)}`);
    writeFileSync(join(build, `${target}.dict`), `${lines.join("\n")}\n`);
  }
}

async function fuzz(target) {
  const corpus = join(build, "corpus", target);
  const artifacts = join(build, "artifacts");
  mkdirSync(corpus, { recursive: true });
  mkdirSync(artifacts, { recursive: true });
  const args = [`-max_total_time=${seconds}`, "-timeout=10", "-rss_limit_mb=2048", "-print_final_stats=1",
    `-dict=${join(build, `${target}.dict`)}`, `-artifact_prefix=${artifacts}/${target}-`, corpus, join(root, "tests", "fuzz", "corpus", target)];
  const r = await runAsync(join(build, "tests", "fuzz", target), args, {
    timeout: (seconds + 300) * 1000,
    env: { ...process.env, ASAN_OPTIONS: "detect_leaks=1", UBSAN_OPTIONS: "print_stacktrace=1" },
  });
  const stat = (name) => Number(r.out.match(new RegExp(`stat::${name}:\\s*(\\d+)`))?.[1] ?? NaN);
  return { status: r.status, out: r.out, executions: stat("number_of_executed_units"), perSecond: stat("average_exec_per_sec"),
    added: stat("new_units_added"), rss: stat("peak_rss_mb"), corpus: readdirSync(corpus).length };
}

console.log("TAP version 13");
let pass = 0, fail = 0, n = 0;
const built = buildTargets();
if (built.status) {
  console.log(`# fuzz targets failed to build\n${tail(built.out)}`);
  for (const target of targets) console.log(`not ok ${++n} - ${target} (not built)`), fail++;
} else {
  writeDictionaries();
  // All targets at once: each fuzzer is one process on one core, and CI has two.
  const runs = await Promise.all(targets.map(fuzz));
  for (const [i, target] of targets.entries()) {
    const r = runs[i];
    const summary = `${r.executions} executions in ${seconds} s (${r.perSecond}/s), ${r.added} new inputs, corpus ${r.corpus}, peak RSS ${r.rss} MB`;
    if (r.status === 0 && r.executions > 0) {
      console.log(`ok ${++n} - ${target}: ${summary}`);
      pass++;
    } else {
      const crash = r.out.match(/Test unit written to (\S+)/)?.[1];
      console.log(`not ok ${++n} - ${target}: exit ${r.status}, ${summary}`);
      if (crash) console.log(`# reproduce: ${relative(root, join(build, "tests", "fuzz", target))} ${relative(root, crash)}`);
      console.log(tail(r.out));
      fail++;
    }
  }
}
console.log(`1..${n}`);
console.log(`# pass ${pass}`);
console.log(`# fail ${fail}`);
process.exit(fail ? 1 : 0);
