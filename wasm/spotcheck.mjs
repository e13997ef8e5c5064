// Spotcheck's JavaScript entry point: works unchanged in Node 20+ and in browsers.
//
//   import { createChecker } from "spotcheck";
//   const checker = await createChecker();
//   checker.assess({ age: 34, findings: { blanches_on_pressure: false, fever: true } });
//
// The wasm file is found next to this module. Every answer is a plain object:
// a result, or { error: { code, message, path, text_id, params } }. Nothing
// here throws after createChecker() resolves (but describe() asked for a
// language not loaded, which throws an Error with the same fields), and
// nothing leaves the device.
//
// Languages: createChecker({ lang: "es" }), checker.setLanguage("ar"), or
// assess(kase, { lang }) / describe({ lang }) for a language already loaded.
// The engine answers in English with the catalog id of every text; each other
// language is a catalog fetched only when chosen (i18n/<lang>.json, and
// i18n/<lang>.causes.json for the causes' longer texts), put in by localize.mjs,
// itself loaded only then: English loads nothing more than before.
import createSpotcheckModule from "./spotcheck_wasm.mjs";

// Two engines (wasm/CMakeLists.txt): spotcheck_wasm, with the knowledge base
// built in as bytes and no JSON loader (the page's), and spotcheck_wasm_custom,
// with the validating loader, imported only for a knowledge base passed in.
const ENGINES = {
  builtin: { wasm: "./spotcheck_wasm.wasm", factory: async () => createSpotcheckModule },
  custom: { wasm: "./spotcheck_wasm_custom.wasm", factory: async () => (await import("./spotcheck_wasm_custom.mjs")).default },
};

// Same limits as the engine (core/case_parser.hpp), checked here first so a
// huge or deep case is never written out or copied into wasm memory.
const MAX_CASE_LENGTH = 32 * 1024;
const MAX_CASE_DEPTH = 8;

const isNode = typeof process === "object" && typeof process.versions?.node === "string" && typeof window === "undefined";

let modulePromise = null;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Text crosses in wasm memory (wasm/bindings.cpp): each module's input
// buffer (inputAddress()) stays where it is until a longer text asks for more
// room, so most calls skip asking; every text the engine gives is in its
// answer (answerAddress()), the length each call returns.
const inputs = new WeakMap();

// Writes a text (a case, or a knowledge base) as UTF-8 straight into wasm memory; returns its length in bytes.
function writeInput(mod, text) {
  const room = text.length * 3;  // UTF-8 needs at most 3 bytes per UTF-16 unit
  let input = inputs.get(mod);
  if (!input || input.room < room) inputs.set(mod, (input = { at: mod.inputAddress(room), room }));
  // HEAPU8 is read at each use: a call can grow the memory and replace it.
  return encoder.encodeInto(text, mod.HEAPU8.subarray(input.at, input.at + room)).written;
}

// The engine's answer of `length` bytes, as text.
function answerText(mod, length) {
  const start = mod.answerAddress();
  return decoder.decode(mod.HEAPU8.subarray(start, start + length));
}

// knowledgeBase: a bundle (object or JSON text) in place of the built-in one.
async function loadModule(knowledgeBase) {
  const engine = knowledgeBase === undefined ? ENGINES.builtin : ENGINES.custom;
  const wasmUrl = new URL(engine.wasm, import.meta.url);
  const options = {};
  if (isNode) {
    // Node 20's global fetch cannot read file: URLs (TOOLCHAIN.md, pitfall 4).
    const { readFile } = await import("node:fs/promises");
    options.wasmBinary = await readFile(wasmUrl);
  } else {
    options.locateFile = (path) => new URL(path, import.meta.url).href;
  }
  const mod = await (await engine.factory())(options);
  const problem = answerText(mod, knowledgeBase === undefined ? mod.init()
    : mod.loadKnowledgeBase(writeInput(mod, typeof knowledgeBase === "string" ? knowledgeBase : JSON.stringify(knowledgeBase))));
  inputs.delete(mod); // the engine let a knowledge base's room go (wasm/bindings.cpp)
  if (problem) throw new Error(`Spotcheck knowledge base failed to load:\n${problem}`);
  return mod;
}

// A file beside this module, as text: fs in Node, fetch in browsers.
async function readBeside(path) {
  const url = new URL(path, import.meta.url);
  if (isNode) return (await import("node:fs/promises")).readFile(url, "utf8");
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

// The texts shown only after the start screen live beside this module, not in
// the wasm (scripts/bundle-kb.mjs): spotcheck_interview_texts.json (the rules'
// reasons, the questions' words: no answer goes out without them) and
// spotcheck_texts.json (the causes' description, care and warning signs; the
// findings' labels; the sources: shown with results). Each loaded once per
// page or process and shared, like the engine.
const textFiles = new Map(); // file -> promise of its content
function loadTextFile(file, what) {
  if (!textFiles.has(file))
    textFiles.set(file, readBeside(file).then(JSON.parse).catch((e) => {
      textFiles.delete(file); // let a later call retry, e.g. once back online
      throw new Error(`Spotcheck could not load ${what}: ${e && e.message ? e.message : e}`);
    }));
  return textFiles.get(file);
}
const loadInterviewTexts = () => loadTextFile("./spotcheck_interview_texts.json", "the questions' words");
const loadResultTexts = () => loadTextFile("./spotcheck_texts.json", "the causes' texts");

// Catalogs, per language and part ("es": i18n/es.json; "es.causes":
// i18n/es.causes.json), loaded once per page or process like the texts.
// The parts fetched with a language's first file (the rules' reasons: any
// advice may show them), and those shown only with results
// (scripts/i18n/build-catalogs.mjs writes them).
const FIRST_PARTS = ["rules"];
const RESULTS_PARTS = ["causes", "findings"];
const LANGUAGE_ID = /^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const catalogParts = new Map(); // part -> promise of its catalog
const readyCatalogs = new Map(); // language -> the catalog loaded so far (with the causes' part once it came)
let localizerPromise = null;
let localize = null; // localize.mjs, once a catalog other than English has loaded

function loadCatalogPart(part) {
  if (!catalogParts.has(part)) {
    const file = `./i18n/${part}.json`;
    const loading = readBeside(file).then((text) => {
      const catalog = JSON.parse(text);
      const isCatalog = isPlainObject(catalog) && Object.values(catalog).every((v) => typeof v === "string");
      if (!isCatalog) throw new Error("not a catalog (an object of id to text)");
      return catalog;
    });
    catalogParts.set(part, loading.catch((e) => {
      catalogParts.delete(part); // let a later call retry, e.g. once back online
      throw new Error(`Spotcheck could not load the catalog ${file}: ${e && e.message ? e.message : e}`);
    }));
  }
  return catalogParts.get(part);
}

/**
 * A language's catalog (catalog id -> text), loaded once per page or process:
 * i18n/<lang>.json and i18n/<lang>.rules.json (the rules' reasons), and with
 * { causes: true } also i18n/<lang>.causes.json
 * (the causes' description, care, warning signs and pictures' words) and
 * i18n/<lang>.findings.json (the findings' labels and texts).
 * "en" is an empty catalog: the engine's own words are English. Rejects for a
 * language with no catalog.
 */
export async function loadCatalog(lang, { causes = false } = {}) {
  if (lang === "en") return Object.freeze({});
  if (typeof lang !== "string" || !LANGUAGE_ID.test(lang)) throw new Error(`Spotcheck: ${JSON.stringify(lang)} is not a language id such as "es"`);
  localizerPromise ??= import("./localize.mjs").catch((e) => {
    localizerPromise = null;
    throw e;
  });
  const parts = [...FIRST_PARTS, ...(causes ? RESULTS_PARTS : [])].map((part) => loadCatalogPart(`${lang}.${part}`));
  // All at once; a failure is reported in file order, so a language with no
  // catalog is named by its first file whichever request fails first.
  const settled = await Promise.allSettled([localizerPromise, loadCatalogPart(lang), ...parts]);
  const failed = settled.find((s) => s.status === "rejected");
  if (failed) throw failed.reason;
  const [localizer, ...loaded] = settled.map((s) => s.value);
  localize = localizer;
  const catalog = Object.freeze(Object.assign({}, ...loaded));
  const ready = readyCatalogs.get(lang);
  if (!ready || Object.keys(catalog).length > Object.keys(ready).length) readyCatalogs.set(lang, catalog);
  return catalog;
}

// Members in the order the engine writes them (core/result_json.cpp
// question() and picture_members()), so a result's JSON text is the same
// whether the words came from the wasm or from the texts file.
const QUESTION_ORDER = ["id", "type", "text", "findings", "help", "text_for", "help_by_tone", "figure", "red_flag", "options"];
const OPTION_ORDER = ["finding", "text", "picture", "alt", "caption", "alt_by_tone"];
function inOrder(object, order) {
  for (const key of order) {
    if (!(key in object)) continue;
    const value = object[key];
    delete object[key];
    object[key] = value;
  }
}
// Objects keyed by id (subject, skin tone, source): the engine writes their keys sorted.
const sortedKeys = (object) => Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
function pictureInOrder(holder, order) {
  if (holder.alt_by_tone) holder.alt_by_tone = sortedKeys(holder.alt_by_tone);
  inOrder(holder, order);
}

// A question's words from the interview's texts put into a question of
// describe() (presentation: with its help per tone, wording per subject and
// pictures) or of a result's next_question (its wording and options' words
// only, as the engine writes it).
function withQuestionWords(question, words, presentation) {
  if (!words || question.text !== "") return;
  const { options, ...own } = words;
  const shown = presentation ? own : { text: own.text, ...(own.help === undefined ? {} : { help: own.help }) };
  Object.assign(question, shown);
  if (question.text_for) question.text_for = sortedKeys(question.text_for);
  if (question.help_by_tone) question.help_by_tone = sortedKeys(question.help_by_tone);
  if (question.figure) pictureInOrder(question.figure, OPTION_ORDER);
  inOrder(question, QUESTION_ORDER);
  for (const option of question.options ?? []) {
    const optionWords = options?.[option.finding] ?? {};
    Object.assign(option, presentation ? optionWords : { text: optionWords.text });
    pictureInOrder(option, OPTION_ORDER);
  }
}

// describe() with the texts merged into each cause, finding and question that
// lacks them, and the sources kept with them added.
function withTexts(description, texts, interview) {
  if (interview) for (const q of description.questions) withQuestionWords(q, interview.questions[q.id], true);
  if (!texts) return description;
  for (const c of description.conditions) if (c.description === undefined) Object.assign(c, texts.conditions[c.id]);
  for (const f of description.findings) if (f.label === undefined) Object.assign(f, texts.findings[f.id]);
  description.sources = sortedKeys({ ...description.sources, ...texts.sources });
  return description;
}

// A result of the page's engine with the rules' reasons and the next
// question's words from the interview's texts. reasons[] are the
// reason_details' texts, in the same order (core/result_json.cpp).
function withResultTexts(answer, interview) {
  const triage = answer.triage;
  if (triage) {
    const details = triage.reason_details ?? [];
    for (const detail of details) if (detail.rule !== undefined && detail.text === "") detail.text = interview.rules[detail.rule] ?? "";
    triage.reasons = triage.reasons.map((text, i) => (text === "" ? details[i].text : text));
  }
  if (answer.next_question) withQuestionWords(answer.next_question, interview.questions[answer.next_question.id], false);
  return answer;
}

// textId: the message's template in data/i18n/en/engine.json ("engine.error." + textId).
function errorResult(code, textId, message, params = {}, path = "") {
  return { error: { code, message, path, text_id: `engine.error.${textId}`, params } };
}

// A lone surrogate cannot be written as UTF-8: Emscripten would glue it to
// the next character and hand the engine a different text. (No lookbehind:
// older Safari would refuse to load the module.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (text) => (typeof text.isWellFormed === "function" ? text.isWellFormed() : !LONE_SURROGATE.test(text));

const isPlainObject = (v) => Object.prototype.toString.call(v) === "[object Object]" && typeof v.toJSON !== "function";

class CaseProblem {
  constructor(code, textId, message, params, path = "") {
    Object.assign(this, { code, textId, message, params, path });
  }
}

// Writes a case as JSON text. Unlike JSON.stringify it refuses what JSON would
// drop or change without a word (undefined, a function, a symbol, NaN, a Map,
// a Date, toJSON), so an answer is never lost silently, and it stops at the
// engine's size and depth limits instead of building a huge string.
function writeJson(value, path, depth, out, parents) {
  const add = (piece) => {
    out.length += piece.length;
    if (out.length > MAX_CASE_LENGTH)
      throw new CaseProblem("too_large", "case_longer_than_limit", `The case is longer than ${MAX_CASE_LENGTH} characters.`, { limit: MAX_CASE_LENGTH });
    out.pieces.push(piece);
  };
  if (value === null || typeof value === "boolean" || typeof value === "string") return add(JSON.stringify(value));
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new CaseProblem("invalid_value", "not_finite", `${value} cannot be written as JSON.`, { value: String(value) }, path);
    return add(JSON.stringify(value));
  }
  if (typeof value !== "object") {
    // One message each: a language names them in its own words.
    const [textId, kind] = { undefined: ["undefined_value", "Undefined"], function: ["function_value", "A function"],
      symbol: ["symbol_value", "A symbol"], bigint: ["bigint_value", "A BigInt"] }[typeof value];
    throw new CaseProblem("invalid_value", textId, `${kind} cannot be part of a case (leave out what was not asked).`, {}, path);
  }
  if (parents.has(value)) throw new CaseProblem("invalid_json", "cycle", "The case contains itself (a cycle) and cannot be written as JSON.", {}, path);
  if (depth >= MAX_CASE_DEPTH)
    throw new CaseProblem("too_large", "case_too_deep", `The case is nested more than ${MAX_CASE_DEPTH} levels deep.`, { limit: MAX_CASE_DEPTH });
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
    throw new CaseProblem("invalid_value", "not_plain", "Only plain objects, arrays, strings, numbers, true, false and null can be part of a case.", {}, path);
  }
  parents.delete(value);
}

// Turns whatever a caller passes into the JSON text the engine reads.
function caseText(kase) {
  if (typeof kase === "string") {
    if (kase.length > MAX_CASE_LENGTH)
      return { error: errorResult("too_large", "case_too_long", `The case is ${kase.length} characters; the limit is ${MAX_CASE_LENGTH}.`,
        { length: kase.length, limit: MAX_CASE_LENGTH }) };
    if (!wellFormed(kase)) return { error: errorResult("invalid_json", "lone_surrogate", "The case text is not valid Unicode (it has a lone surrogate).") };
    return { text: kase };
  }
  try {
    if (!isPlainObject(kase)) return { error: errorResult("not_an_object", "case_not_a_plain_object", "The case must be an object with age, sex and findings.") };
    const out = { pieces: [], length: 0 };
    writeJson(kase, "", 0, out, new Set());
    return { text: out.pieces.join("") };
  } catch (e) {
    if (e instanceof CaseProblem) return { error: errorResult(e.code, e.textId, e.message, e.params, e.path) };
    // A getter or a proxy that throws.
    const detail = String(e && e.message ? e.message : e);
    return { error: errorResult("invalid_json", "case_unreadable", `The case cannot be read: ${detail}`, { detail }) };
  }
}

/**
 * Loads the engine once per page or process; every checker shares it.
 * options.knowledgeBase (a bundle of data/ files, for tests and the bench)
 * loads a separate engine with that knowledge base instead (its texts inside).
 * options.deferTexts: resolve as soon as the engine is ready, without the
 * texts shown after the start screen; loadTexts({ results: false }) brings
 * the interview's (the rules' reasons, the questions' words: assess() answers
 * the error texts_not_loaded until they are here), loadTexts() those and the
 * causes' longer texts too (describe() has them once it has resolved).
 * options.lang: the language of results and describe() ("en" unless given);
 * rejects when that language has no catalog.
 */
export async function createChecker(options = {}) {
  const custom = options?.knowledgeBase !== undefined;
  if (!custom) modulePromise ??= loadModule().catch((e) => {
    modulePromise = null; // let a later call retry, e.g. after a network error
    throw e;
  });
  let language = options?.lang ?? "en";
  let texts = null; // the results' texts (spotcheck_texts.json)
  let interview = null; // the interview's words (spotcheck_interview_texts.json)
  // A custom knowledge base has its longer texts inside: its catalogs need the causes' part too.
  const withCauses = () => custom || texts !== null;
  const [mod] = await Promise.all([custom ? loadModule(options.knowledgeBase) : modulePromise,
    loadCatalog(language, { causes: custom || !options?.deferTexts })]);
  let description = null; // English, as the engine describes itself
  let localized = new WeakMap(); // catalog -> describe() in its language
  const ensureTexts = async ({ results = true } = {}) => {
    if (custom || (texts && interview)) return;
    const [words, loaded] = await Promise.all([loadInterviewTexts(),
      results ? Promise.all([loadResultTexts(), loadCatalog(language, { causes: true })]).then(([t]) => t) : null]);
    if (!interview || (loaded && !texts)) {
      interview = words;
      texts = loaded ?? texts;
      description = null; // described again, with the texts
      localized = new WeakMap();
    }
  };
  if (!options?.deferTexts) await ensureTexts();

  // The loaded catalog of a per-call language: null for English, undefined when not loaded.
  const catalogFor = (lang = language) => (lang === "en" ? null : readyCatalogs.get(lang));
  const notLoaded = (lang) =>
    errorResult("language_not_loaded", "language_not_loaded",
      `The language '${String(lang)}' is not loaded: call setLanguage() or loadCatalog() with it first.`, { lang: String(lang) });

  const textsNotLoaded = () =>
    errorResult("texts_not_loaded", "texts_not_loaded",
      "The checker's texts are not loaded yet: for a checker made with deferTexts, wait for loadTexts() before calling assess().");

  return Object.freeze({
    /**
     * A contract case (object or JSON text) in; a result or an error object
     * out, in options.lang or the checker's language; with
     * options.questionsLeft, the result estimates the questions left.
     */
    assess(kase, options) {
      const catalog = catalogFor(options?.lang);
      if (catalog === undefined) return notLoaded(options?.lang);
      // The page's engine answers with the rules' reasons and the questions'
      // words left out: no answer goes out without them.
      if (!custom && !interview) return textsNotLoaded();
      const { text, error } = caseText(kase);
      let answer = error;
      if (!answer) {
        try {
          // The case goes in and the answer comes out through wasm memory (wasm/bindings.cpp).
          answer = JSON.parse(answerText(mod, mod.assess(writeInput(mod, text), options?.questionsLeft === true)));
          if (!custom && !answer.error) withResultTexts(answer, interview);
        } catch (e) {
          const detail = String(e && e.message ? e.message : e);
          answer = errorResult("internal_error", "internal.answer_detail", `The checker could not answer: ${detail}`, { detail });
        }
      }
      return catalog ? localize.localizeResult(answer, catalog) : answer;
    },
    /** Texts, questions, conditions and sources of the knowledge base, for a user interface, in options.lang or the checker's language. */
    describe(options) {
      const catalog = catalogFor(options?.lang);
      // A page's own mistake, not a person's input: describe() has no error
      // result, so it throws an Error carrying the same fields as assess()'s error.
      if (catalog === undefined) {
        const { error } = notLoaded(options?.lang);
        throw Object.assign(new Error(error.message), error);
      }
      description ??= withTexts(JSON.parse(answerText(mod, mod.describe())), texts, interview);
      if (!catalog) return structuredClone(description);
      if (!localized.has(catalog)) localized.set(catalog, localize.localizeDescription(description, catalog));
      return structuredClone(localized.get(catalog));
    },
    /**
     * Loads the texts shown after the start screen (for deferTexts); resolves
     * once describe() and assess() have them. { results: false }: only the
     * interview's words (what assess() needs), not the causes' texts.
     */
    loadTexts: ensureTexts,
    /** Switches the checker's language, loading its catalog; on failure it rejects and the language stays as it was. */
    async setLanguage(lang) {
      await loadCatalog(lang, { causes: withCauses() });
      language = lang;
    },
    /** The language of results and describe() when a call names none. */
    get language() {
      return language;
    },
    /** The heap size of the wasm instance in bytes (for memory checks). */
    heapBytes() {
      return mod.HEAPU8.length;
    },
  });
}
