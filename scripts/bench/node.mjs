// The engine through its JavaScript API in Node: cold starts in fresh
// processes, and assess / next question / JSON round trip per case.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { summary, timeLoop } from "./stats.mjs";

const encoder = new TextEncoder();
const coldChild = fileURLToPath(new URL("./cold-child.mjs", import.meta.url));

/** `runs` fresh processes; each times import + createChecker() and the first assess (ms). */
export function nodeColdStart(distDir, { kbPath, runs = 7 } = {}) {
  const create = [], first = [];
  for (let i = 0; i < runs; i++) {
    const out = JSON.parse(execFileSync(process.execPath, [coldChild, distDir, ...(kbPath ? [kbPath] : [])], { encoding: "utf8" }));
    create.push(out.create_ms * 1000);
    first.push(out.first_assess_ms * 1000);
  }
  const ms = (s) => ({ p50: s.p50 / 1000, p99: s.p99 / 1000, runs: s.runs });
  return { create_ms: ms(summary(create)), first_assess_ms: ms(summary(first)) };
}

// The raw embind module, for the next-question binding the public API does not
// expose: the page's engine, or for a knowledge base passed in the one with the
// JSON loader (wasm/CMakeLists.txt), as spotcheck.mjs picks them.
async function rawModule(distDir, knowledgeBaseText) {
  const name = knowledgeBaseText === undefined ? "spotcheck_wasm" : "spotcheck_wasm_custom";
  const factory = (await import(pathToFileURL(join(distDir, `${name}.mjs`)).href)).default;
  const mod = await factory({ wasmBinary: readFileSync(join(distDir, `${name}.wasm`)) });
  // Text crosses in wasm memory, as spotcheck.mjs passes it (wasm/bindings.cpp).
  let problem;
  if (knowledgeBaseText === undefined) problem = mod.init();
  else {
    const room = knowledgeBaseText.length * 3, at = mod.inputAddress(room);
    problem = mod.loadKnowledgeBase(encoder.encodeInto(knowledgeBaseText, mod.HEAPU8.subarray(at, at + room)).written);
  }
  if (problem) {
    const at = mod.answerAddress();
    throw new Error(`bench: knowledge base failed to load: ${new TextDecoder().decode(mod.HEAPU8.subarray(at, at + problem))}`);
  }
  return mod;
}

/** Per case: assess, next question and the JSON round trip of the case and its result (µs). */
export async function nodeTimings(distDir, cases, { knowledgeBaseText, minMs, minRuns } = {}) {
  const { createChecker } = await import(pathToFileURL(join(distDir, "spotcheck.mjs")).href);
  const checker = await createChecker(knowledgeBaseText === undefined ? {} : { knowledgeBase: knowledgeBaseText });
  const mod = await rawModule(distDir, knowledgeBaseText);
  const questionIds = checker.describe().questions.map((q) => q.id);
  const loop = { minMs, minRuns };
  return cases.map((kase) => {
    const result = checker.assess(kase);
    if (result.error) throw new Error(`bench: case refused: ${result.error.message}`);
    const text = JSON.stringify(kase);
    // Text in as spotcheck.mjs writes it: UTF-8 into a buffer in wasm memory
    // that stays put while it is big enough.
    const room = text.length * 3, at = mod.inputAddress(room);
    const input = (t) => encoder.encodeInto(t, mod.HEAPU8.subarray(at, at + room)).written;
    const index = mod.nextQuestion(input(text));
    const next = index >= 0 ? questionIds[index] : "";
    if (next !== (result.next_question?.id ?? "")) throw new Error(`bench: nextQuestion gave '${next}', assess '${result.next_question?.id}'`);
    return {
      answered: Object.keys(kase.findings).length,
      next_question: next || null,
      result_bytes: JSON.stringify(result).length,
      assess_us: timeLoop(() => checker.assess(kase), loop),
      // With the estimate of the questions left, as the page asks each step.
      assess_questions_left_us: timeLoop(() => checker.assess(kase, { questionsLeft: true }), loop),
      // The binding alone, text in and text out, as bench_native's assess.
      wasm_assess_us: timeLoop(() => mod.assess(input(text), false), loop),
      next_question_us: timeLoop(() => mod.nextQuestion(input(text)), loop),
      json_round_trip_us: timeLoop(() => {
        JSON.stringify(kase);
        JSON.parse(JSON.stringify(result));
      }, loop),
    };
  });
}
