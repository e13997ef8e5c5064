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

// Same limit as the engine (core/case_parser.hpp), checked here first so a
// huge string is never copied into wasm memory.
const MAX_CASE_LENGTH = 32 * 1024;

const isNode = typeof process === "object" && typeof process.versions?.node === "string" && typeof window === "undefined";

let modulePromise = null;

async function loadModule() {
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
  const problem = mod.init();
  if (problem) throw new Error(`Spotcheck knowledge base failed to load:\n${problem}`);
  return mod;
}

function errorResult(code, message, path = "") {
  return { error: { code, message, path } };
}

// Turns whatever a caller passes into the JSON text the engine reads.
function caseText(kase) {
  if (typeof kase === "string") return { text: kase };
  if (kase === null || typeof kase !== "object" || Array.isArray(kase)) {
    return { error: errorResult("not_an_object", "The case must be an object with age, sex and findings.") };
  }
  try {
    return { text: JSON.stringify(kase) };
  } catch (e) {
    return { error: errorResult("invalid_json", `The case cannot be written as JSON: ${e.message}`) };
  }
}

/** Loads the engine once per page or process; every checker shares it. */
export async function createChecker() {
  modulePromise ??= loadModule().catch((e) => {
    modulePromise = null; // let a later call retry, e.g. after a network error
    throw e;
  });
  const mod = await modulePromise;
  let description = null;

  return Object.freeze({
    /** A contract case (object or JSON text) in; a result or an error object out. */
    assess(kase) {
      const { text, error } = caseText(kase);
      if (error) return error;
      if (text.length > MAX_CASE_LENGTH) {
        return errorResult("too_large", `The case is ${text.length} characters; the limit is ${MAX_CASE_LENGTH}.`);
      }
      try {
        return JSON.parse(mod.assess(text));
      } catch (e) {
        return errorResult("internal_error", `The checker could not answer: ${e && e.message ? e.message : e}`);
      }
    },
    /** Texts, questions, conditions and sources of the knowledge base, for a user interface. */
    describe() {
      description ??= JSON.parse(mod.describe());
      return structuredClone(description);
    },
    /** The heap size of the wasm instance in bytes (for memory checks). */
    heapBytes() {
      return mod.HEAPU8.length;
    },
  });
}
