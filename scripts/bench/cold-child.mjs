// One cold start in a fresh Node process, for scripts/bench/node.mjs:
//   node cold-child.mjs <dist dir> [knowledge-base bundle.json]
// Prints {"create_ms", "first_assess_ms"}: import + createChecker(), then the first assess.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";

const [distDir, kbPath] = process.argv.slice(2);
const options = kbPath ? { knowledgeBase: readFileSync(kbPath, "utf8") } : {};
const t0 = performance.now();
const { createChecker } = await import(pathToFileURL(join(distDir, "spotcheck.mjs")).href);
const checker = await createChecker(options);
const t1 = performance.now();
const result = checker.assess({ age: 30, findings: { fever: false } });
const t2 = performance.now();
if (result.error) throw new Error(result.error.message);
console.log(JSON.stringify({ create_ms: t1 - t0, first_assess_ms: t2 - t1 }));
