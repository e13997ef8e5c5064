// Spotcheck's JavaScript entry point: works unchanged in Node 20+ and in browsers.
//
//   import { createChecker } from "spotcheck";
//   const checker = await createChecker();
//   checker.assess({ age: 34, findings: { blanches_on_pressure: false, fever: true } });
//
// The wasm file is found next to this module. Every answer is a plain object:
// a result, or { error: { code, message, path } }. Nothing here throws after
// createChecker() resolves, and nothing leaves the device.
import createSpotcheckModule from "./spotcheck_wasm.mjs";

// Same limits as the engine (core/case_parser.hpp), checked here first so a
// huge or deep case is never written out or copied into wasm memory.
const MAX_CASE_LENGTH = 32 * 1024;
const MAX_CASE_DEPTH = 8;

const isNode = typeof process === "object" && typeof process.versions?.node === "string" && typeof window === "undefined";

let modulePromise = null;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Each module's case buffer (wasm/bindings.cpp inputAddress()): it stays where
// it is until a longer case asks for more room, so most calls skip asking.
const inputs = new WeakMap();

// Writes a case's text as UTF-8 straight into wasm memory; returns its length in bytes.
function writeCase(mod, text) {
  const room = text.length * 3;  // UTF-8 needs at most 3 bytes per UTF-16 unit
  let input = inputs.get(mod);
  if (!input || input.room < room) inputs.set(mod, (input = { at: mod.inputAddress(room), room }));
  // HEAPU8 is read at each use: a call can grow the memory and replace it.
  return encoder.encodeInto(text, mod.HEAPU8.subarray(input.at, input.at + room)).written;
}

// knowledgeBase: a bundle (object or JSON text) in place of the built-in one.
async function loadModule(knowledgeBase) {
  const wasmUrl = new URL("./spotcheck_wasm.wasm", import.meta.url);
  const options = {};
  if (isNode) {
    // Node 20's global fetch cannot read file: URLs (TOOLCHAIN.md, pitfall 4).
    const { readFile } = await import("node:fs/promises");
    options.wasmBinary = await readFile(wasmUrl);
  } else {
    options.locateFile = (path) => new URL(path, import.meta.url).href;
  }
  const mod = await createSpotcheckModule(options);
  const problem = knowledgeBase === undefined ? mod.init()
    : mod.loadKnowledgeBase(typeof knowledgeBase === "string" ? knowledgeBase : JSON.stringify(knowledgeBase));
  if (problem) throw new Error(`Spotcheck knowledge base failed to load:\n${problem}`);
  return mod;
}

// The texts shown only with results (the causes' description, care and
// warning signs; the findings' labels) live in spotcheck_texts.json beside
// this module, not in the wasm (scripts/bundle-kb.mjs). Loaded once per page or
// process and shared, like the engine.
let textsPromise = null;
function loadTexts() {
  textsPromise ??= (async () => {
    const url = new URL("./spotcheck_texts.json", import.meta.url);
    let text;
    if (isNode) text = await (await import("node:fs/promises")).readFile(url, "utf8");
    else {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      text = await response.text();
    }
    return JSON.parse(text);
  })().catch((e) => {
    textsPromise = null; // let a later call retry, e.g. once back online
    throw new Error(`Spotcheck could not load the causes' texts: ${e && e.message ? e.message : e}`);
  });
  return textsPromise;
}

// describe() with the texts merged into each cause and finding that lacks them.
function withTexts(description, texts) {
  if (!texts) return description;
  for (const c of description.conditions) if (c.description === undefined) Object.assign(c, texts.conditions[c.id]);
  for (const f of description.findings) if (f.label === undefined) Object.assign(f, texts.findings[f.id]);
  return description;
}

function errorResult(code, message, path = "") {
  return { error: { code, message, path } };
}

// A lone surrogate cannot be written as UTF-8: Emscripten would glue it to
// the next character and hand the engine a different text. (No lookbehind:
// older Safari would refuse to load the module.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text) => (typeof text.isWellFormed === "function" ? text.isWellFormed() : !LONE_SURROGATE.test(text));

const isPlainObject = (v) => Object.prototype.toString.call(v) === "[object Object]" && typeof v.toJSON !== "function";

class CaseProblem {
  constructor(code, message, path) {
    Object.assign(this, { code, message, path });
  }
}

// Writes a case as JSON text. Unlike JSON.stringify it refuses what JSON would
// drop or change without a word (undefined, a function, a symbol, NaN, a Map,
// a Date, toJSON), so an answer is never lost silently, and it stops at the
// engine's size and depth limits instead of building a huge string.
function writeJson(value, path, depth, out, parents) {
  const add = (piece) => {
    out.length += piece.length;
    if (out.length > MAX_CASE_LENGTH) throw new CaseProblem("too_large", `The case is longer than ${MAX_CASE_LENGTH} characters.`, "");
    out.pieces.push(piece);
  };
  if (value === null || typeof value === "boolean" || typeof value === "string") return add(JSON.stringify(value));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CaseProblem("invalid_value", `${value} cannot be written as JSON.`, path);
    return add(JSON.stringify(value));
  }
  if (typeof value !== "object") {
    const kind = { undefined: "Undefined", function: "A function", symbol: "A symbol", bigint: "A BigInt" }[typeof value];
    throw new CaseProblem("invalid_value", `${kind} cannot be part of a case (leave out what was not asked).`, path);
  }
  if (parents.has(value)) throw new CaseProblem("invalid_json", "The case contains itself (a cycle) and cannot be written as JSON.", path);
  if (depth >= MAX_CASE_DEPTH) throw new CaseProblem("too_large", `The case is nested more than ${MAX_CASE_DEPTH} levels deep.`, "");
  parents.add(value);
  if (Array.isArray(value)) {
    add("[");
    for (let i = 0; i < value.length; i++) {
      if (i) add(",");
      writeJson(value[i], `${path}[${i}]`, depth + 1, out, parents);
    }
    add("]");
  } else if (isPlainObject(value)) {
    add("{");
    Object.keys(value).forEach((key, i) => {
      add(`${i ? "," : ""}${JSON.stringify(key)}:`);
      writeJson(value[key], path ? `${path}.${key}` : key, depth + 1, out, parents);
    });
    add("}");
  } else {
    throw new CaseProblem("invalid_value", "Only plain objects, arrays, strings, numbers, true, false and null can be part of a case.", path);
  }
  parents.delete(value);
}

// Turns whatever a caller passes into the JSON text the engine reads.
function caseText(kase) {
  if (typeof kase === "string") {
    if (kase.length > MAX_CASE_LENGTH) return { error: errorResult("too_large", `The case is ${kase.length} characters; the limit is ${MAX_CASE_LENGTH}.`) };
    if (!wellFormed(kase)) return { error: errorResult("invalid_json", "The case text is not valid Unicode (it has a lone surrogate).") };
    return { text: kase };
  }
  try {
    if (!isPlainObject(kase)) return { error: errorResult("not_an_object", "The case must be an object with age, sex and findings.") };
    const out = { pieces: [], length: 0 };
    writeJson(kase, "", 0, out, new Set());
    return { text: out.pieces.join("") };
  } catch (e) {
    if (e instanceof CaseProblem) return { error: errorResult(e.code, e.message, e.path) };
    // A getter or a proxy that throws.
    return { error: errorResult("invalid_json", `The case cannot be read: ${e && e.message ? e.message : e}`) };
  }
}

/**
 * Loads the engine once per page or process; every checker shares it.
 * options.knowledgeBase (a bundle of data/ files, for tests and the bench)
 * loads a separate engine with that knowledge base instead (its texts inside).
 * options.deferTexts: resolve as soon as the engine is ready, without the
 * causes' longer texts; describe() has them once loadTexts() has resolved.
 */
export async function createChecker(options = {}) {
  const custom = options?.knowledgeBase !== undefined;
  if (!custom) modulePromise ??= loadModule().catch((e) => {
    modulePromise = null; // let a later call retry, e.g. after a network error
    throw e;
  });
  const mod = await (custom ? loadModule(options.knowledgeBase) : modulePromise);
  let description = null;
  let texts = null;
  const ensureTexts = async () => {
    if (custom || texts) return;
    texts = await loadTexts();
    description = null; // described again, with the texts
  };
  if (!options?.deferTexts) await ensureTexts();

  return Object.freeze({
    /** A contract case (object or JSON text) in; a result or an error object out. */
    assess(kase) {
      const { text, error } = caseText(kase);
      if (error) return error;
      try {
        // The case goes in and the answer comes out through wasm memory (wasm/bindings.cpp).
        const length = mod.assess(writeCase(mod, text));
        const start = mod.answerAddress();
        return JSON.parse(decoder.decode(mod.HEAPU8.subarray(start, start + length)));
      } catch (e) {
        return errorResult("internal_error", `The checker could not answer: ${e && e.message ? e.message : e}`);
      }
    },
    /** Texts, questions, conditions and sources of the knowledge base, for a user interface. */
    describe() {
      description ??= withTexts(JSON.parse(mod.describe()), texts);
      return structuredClone(description);
    },
    /** Loads the causes' longer texts (for deferTexts); resolves once describe() has them. */
    loadTexts: ensureTexts,
    /** The heap size of the wasm instance in bytes (for memory checks). */
    heapBytes() {
      return mod.HEAPU8.length;
    },
  });
}
