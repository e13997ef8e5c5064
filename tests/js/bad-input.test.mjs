// Every class of bad input through the JS API gets the contract's structured
// error (code, message, path, and the message's text_id and params) and nothing else: no throw, no partial result,
// no prototype pollution. After each one the checker still answers correctly.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createChecker } from "spotcheck";

const checker = await createChecker();
const LIMIT = 32 * 1024; // kMaxCaseBytes in core/case_parser.hpp

function assertError(input, code, path, messageIncludes) {
  let out;
  assert.doesNotThrow(() => (out = checker.assess(input)));
  assert.deepEqual(Object.keys(out), ["error"], `a lone error, not a result: ${JSON.stringify(out).slice(0, 200)}`);
  assert.deepEqual(Object.keys(out.error).sort(), ["code", "message", "params", "path", "text_id"]);
  assert.equal(out.error.code, code, out.error.message);
  assert.equal(out.error.path, path);
  assert.equal(typeof out.error.message, "string");
  assert.ok(out.error.message.length > 0 && out.error.message.length < 300, out.error.message.slice(0, 300));
  if (messageIncludes) assert.ok(out.error.message.includes(messageIncludes), `${out.error.message} should say ${messageIncludes}`);
  // The module still works, and gives the right answer.
  assert.equal(checker.assess({ findings: { blanches_on_pressure: false, fever: true } }).triage.level, "emergency");
  return out.error;
}

// Classes that JSON text can express: each is sent as an object and as text,
// and both layers must agree.
const jsonClasses = [
  // wrong types at each level
  ["a number as the case", 42, "not_an_object", ""],
  ["a string (JSON text of a string) as the case", "\"text\"", "not_an_object", ""],
  ["true as the case", true, "not_an_object", ""],
  ["null as the case", null, "not_an_object", ""],
  ["an array as the case", [], "not_an_object", ""],
  ["an array of cases", [{ findings: { fever: true } }], "not_an_object", ""],
  ["findings as an array", { findings: [true] }, "not_an_object", "findings"],
  ["findings as null", { findings: null }, "not_an_object", "findings"],
  ["findings as a string", { findings: "fever" }, "not_an_object", "findings"],
  ["findings as a number", { findings: 1 }, "not_an_object", "findings"],
  // unknown fields and ids
  ["an unknown field", { agee: 34 }, "unknown_field", "agee", "did you mean 'age'"],
  ["a misspelt findings field", { finding: {} }, "unknown_field", "finding", "did you mean 'findings'"],
  ["an unknown finding", { findings: { fevr: true } }, "unknown_finding", "findings.fevr", "did you mean 'fever'"],
  ["an unknown finding far from any id", { findings: { zzzzzzzzzzzz: true } }, "unknown_finding", "findings.zzzzzzzzzzzz"],
  ["an empty finding id", { findings: { "": true } }, "unknown_finding", "findings."],
  ["an empty field name", { "": 1 }, "unknown_field", ""],
  ["a finding id with a dot", { findings: { "fever.x": true } }, "unknown_finding", "findings.fever.x"],
  ["a non-ASCII finding id", { findings: { "fièvre": true } }, "unknown_finding", "findings.fièvre"],
  // ages
  ["a negative age", { age: -1 }, "age_out_of_range", "age"],
  ["an age over 120", { age: 121 }, "age_out_of_range", "age"],
  ["a huge age", { age: 1e308 }, "age_out_of_range", "age"],
  ["a fractional age", { age: 3.5 }, "invalid_value", "age"],
  ["a tiny fractional age", { age: 1e-9 }, "invalid_value", "age"],
  ["an age as a string", { age: "34" }, "invalid_value", "age"],
  ["an age as null", { age: null }, "invalid_value", "age"],
  ["an age as true", { age: true }, "invalid_value", "age"],
  ["an age as an array", { age: [34] }, "invalid_value", "age"],
  ["an age as an object", { age: { years: 34 } }, "invalid_value", "age"],
  // sex
  ["an unknown sex", { sex: "other" }, "invalid_value", "sex"],
  ["sex in capitals", { sex: "Female" }, "invalid_value", "sex"],
  ["sex as a number", { sex: 1 }, "invalid_value", "sex"],
  ["sex as null", { sex: null }, "invalid_value", "sex"],
  // answers
  ["an answer as a number", { findings: { fever: 1 } }, "invalid_value", "findings.fever"],
  ["an answer as 'yes'", { findings: { fever: "yes" } }, "invalid_value", "findings.fever"],
  ["an answer as 'true'", { findings: { fever: "true" } }, "invalid_value", "findings.fever"],
  ["an answer as 'Unknown'", { findings: { fever: "Unknown" } }, "invalid_value", "findings.fever"],
  ["an answer as null", { findings: { fever: null } }, "invalid_value", "findings.fever"],
  ["an answer as an array", { findings: { fever: [true] } }, "invalid_value", "findings.fever"],
  ["an answer as an object", { findings: { fever: { answer: true } } }, "invalid_value", "findings.fever"],
  ["a bad answer after good ones", { age: 30, findings: { fever: true, itchy: false, raised: 0 } }, "invalid_value", "findings.raised"],
  // prototype names as own keys (object literals make own keys for these)
  ["'constructor' as a field", { constructor: {} }, "unknown_field", "constructor"],
  ["'constructor' as a finding", { findings: { constructor: true } }, "unknown_finding", "findings.constructor"],
  ["'toString' as a finding", { findings: { toString: true } }, "unknown_finding", "findings.toString"],
  ["'hasOwnProperty' as a field", { hasOwnProperty: 1 }, "unknown_field", "hasOwnProperty"],
  ["'prototype' as a finding", { findings: { prototype: true } }, "unknown_finding", "findings.prototype"],
  // ages in months (CONTRACT.md, vocabulary 2.0.0): 0 to 23, agreeing with age
  ["age_months over 23", { age_months: 24 }, "age_out_of_range", "age_months"],
  ["a negative age_months", { age_months: -1 }, "age_out_of_range", "age_months"],
  ["a fractional age_months", { age_months: 2.5 }, "invalid_value", "age_months"],
  ["age_months as a string", { age_months: "3" }, "invalid_value", "age_months"],
  ["age_months as null", { age_months: null }, "invalid_value", "age_months"],
  ["age and age_months that disagree", { age: 1, age_months: 11 }, "invalid_value", "age_months"],
  ["age 0 with 12 months", { age: 0, age_months: 12 }, "invalid_value", "age_months"],
  ["a misspelt age_months", { age_month: 3 }, "unknown_field", "age_month", "did you mean 'age_months'"],
  // nesting within the limit is judged on its content, beyond it is too_large
  ["nesting 8 deep", { findings: { fever: [[[[[[true]]]]]] } }, "invalid_value", "findings.fever"],
  ["nesting 9 deep", { findings: { fever: [[[[[[[true]]]]]]] } }, "too_large", ""],
];

for (const [name, input, code, path, words] of jsonClasses) {
  test(`bad input: ${name}`, () => {
    const fromObject = assertError(input, code, path, words);
    if (typeof input === "object" && input !== null && !Array.isArray(input)) {
      assert.deepEqual(assertError(JSON.stringify(input), code, path, words), fromObject, "the text form gives the same error");
    } else if (typeof input !== "string") {
      assertError(JSON.stringify(input), code, path, words);
    }
  });
}

test("bad JSON text is invalid_json", () => {
  for (const text of ["", " ", "{", "}", "{\"findings\": {\"fever\": tru}}", "{'age': 3}", "{\"age\": 3,}", "{\"age\": 3} x",
    "{\"age\": 034}", "{\"age\": NaN}", "{\"age\": Infinity}", "// comment\n{}", "{\"age\": 3}\u0000", "\u0000"]) {
    assertError(text, "invalid_json", "");
  }
});

test("a key repeated in one object is duplicate_key with its path: no answer is silently dropped", () => {
  // Only JSON text can repeat a key (an object cannot hold one twice).
  const repeated = [
    ['{"findings":{"fever":true,"fever":false}}', "findings.fever"],
    ['{"findings":{"blanches_on_pressure":false,"fever":true,"fever":false}}', "findings.fever"],
    ['{"findings":{"fever":true,"fever":true}}', "findings.fever"],
    ['{"age":30,"findings":{"fever":true},"age":31}', "age"],
    ['{"age":30,"age":30}', "age"],
    ['{"sex":"female","sex":"male"}', "sex"],
    ['{"age_months":3,"age_months":4}', "age_months"],
    ['{"findings":{"fever":true},"findings":{"itchy":true}}', "findings"],
    ['{"findings":{"itchy":false,"fevr":true,"fevr":true}}', "findings.fevr"],
    ['{"findings":{"fever":true,"fever":false}, "agee": 1}', "findings.fever"],
    ['{"findings":{"fever":{"a":1,"a":2}}}', "findings.fever.a"],
  ];
  for (const [text, path] of repeated) {
    const error = assertError(text, "duplicate_key", path);
    assert.match(error.message, /more than once/);
  }
  // Not JSON at all stays invalid_json, whatever it repeats.
  assertError('{"findings":{"fever":true,"fever":false}', "invalid_json", "");
  // The same key in two objects is no repeat.
  assert.equal(checker.assess('{"findings":{"fever":true},"age":3}').error, undefined);
});

test("values JSON would silently drop or change are refused, not lost", () => {
  assertError({ findings: { fever: undefined } }, "invalid_value", "findings.fever", "Undefined");
  assertError({ age: undefined, findings: { fever: true } }, "invalid_value", "age");
  assertError({ findings: { fever: () => true } }, "invalid_value", "findings.fever", "function");
  assertError({ findings: { fever: Symbol("yes") } }, "invalid_value", "findings.fever", "symbol");
  assertError({ age: 34n }, "invalid_value", "age", "BigInt");
  assertError({ age: NaN }, "invalid_value", "age");
  assertError({ age: Infinity }, "invalid_value", "age");
  assertError({ age: -Infinity }, "invalid_value", "age");
  assertError({ findings: new Map([["fever", true]]) }, "invalid_value", "findings");
  assertError({ findings: { fever: new Boolean(false) } }, "invalid_value", "findings.fever");
  assertError({ age: new Number(34) }, "invalid_value", "age");
  assertError({ findings: { fever: new Date() } }, "invalid_value", "findings.fever");
  assertError({ findings: { fever: true }, toJSON: () => ({}) }, "not_an_object", "");
  assertError({ findings: { fever: true, toJSON: () => ({}) } }, "invalid_value", "findings");
  assertError({ findings: { fever: [, true] } }, "invalid_value", "findings.fever[0]"); // a hole, not null
});

test("things that are not a case object are not_an_object", () => {
  for (const input of [undefined, () => ({}), Symbol("case"), 34n, 0, NaN, new Map([["findings", {}]]), new Set(), new Date(),
    new String("{}"), /findings/, new Uint8Array(4), Promise.resolve({})]) {
    assertError(input, "not_an_object", "");
  }
  assertError(Object.assign(() => {}, { findings: { fever: true } }), "not_an_object", "");
  assert.equal(checker.assess().error.code, "not_an_object");
});

test("cyclic objects are an error, not a hang or a stack overflow", () => {
  const kase = { findings: { fever: true } };
  kase.self = kase;
  assertError(kase, "invalid_json", "self", "cycle");
  const findings = { fever: true };
  findings.again = [findings];
  assertError({ findings }, "invalid_json", "findings.again[0]", "cycle");
  // The same object twice is not a cycle: it is just an unknown field.
  const shared = { a: 1 };
  assertError({ findings: { fever: true }, x: [shared, shared] }, "unknown_field", "x");
});

test("getters and proxies that throw are an error, not a throw", () => {
  const getter = { findings: {} };
  Object.defineProperty(getter.findings, "fever", { enumerable: true, get() { throw new Error("no answer"); } });
  assertError(getter, "invalid_json", "", "no answer");
  const proxy = new Proxy({}, { ownKeys() { throw new TypeError("trap"); } });
  assertError({ findings: proxy }, "invalid_json", "", "trap");
  assertError(new Proxy({ findings: {} }, { get() { throw new TypeError("trap"); } }), "invalid_json", "", "trap");
});

test("objects without a prototype are plain data", () => {
  const kase = Object.assign(Object.create(null), { findings: Object.assign(Object.create(null), { blanches_on_pressure: false, fever: true }) });
  assert.equal(checker.assess(kase).triage.level, "emergency");
});

test("very long ids and field names get a short message", () => {
  const id = "x".repeat(20000);
  assert.ok(!assertError({ findings: { [id]: true } }, "unknown_finding", `findings.${id}`).message.includes(id));
  assertError({ [id]: true }, "unknown_field", id);
  assertError({ findings: { ["é".repeat(5000)]: true } }, "unknown_finding", `findings.${"é".repeat(5000)}`);
  assertError({ findings: { fever: "u".repeat(20000) } }, "invalid_value", "findings.fever");
  assertError({ sex: "f".repeat(20000) }, "invalid_value", "sex");
});

test("huge inputs are too_large, quickly, at both layers", () => {
  const started = Date.now();
  assertError({ findings: { fever: "x".repeat(LIMIT) } }, "too_large", "");
  assertError("x".repeat(10 * 1024 * 1024), "too_large", "");
  const many = { findings: {} };
  for (let i = 0; i < 200000; i++) many.findings[`f${i}`] = true;
  assertError(many, "too_large", "");
  assertError({ findings: { fever: Array.from({ length: 100000 }, () => true) } }, "too_large", "");
  // Under the JS limit in characters but over the engine's limit in UTF-8 bytes: the engine refuses it.
  assertError({ findings: { fever: true }, note: "é".repeat(LIMIT / 2 + 10) }, "too_large", "");
  assert.ok(Date.now() - started < 5000, `took ${Date.now() - started} ms`);
});

test("the size limit is exact: a case padded to the limit is answered, one more character is not", () => {
  const base = JSON.stringify({ findings: { blanches_on_pressure: false, fever: true } });
  const atLimit = base + " ".repeat(LIMIT - base.length);
  assert.equal(checker.assess(atLimit).triage.level, "emergency");
  assertError(atLimit + " ", "too_large", "");
});

test("deep nesting is too_large at both layers, without a stack overflow", () => {
  // Under the size limit, so the engine's own depth check answers.
  assertError("[".repeat(16000) + "]".repeat(16000), "too_large", "");
  assertError("{\"findings\":" + "[".repeat(30000), "too_large", "");
  let deep = { fever: true };
  for (let i = 0; i < 100000; i++) deep = { a: deep };
  assertError({ findings: deep }, "too_large", "");
  // Brackets inside strings are not nesting.
  assertError({ findings: { ["[".repeat(100)]: true } }, "unknown_finding", `findings.${"[".repeat(100)}`);
});

test("lone surrogates in keys and values are an error at both layers", () => {
  for (const bad of ["\uD800", "\uDFFF", "fever\uD83D", "\uDE00fever", "\uDC00\uD800"]) {
    assertError({ findings: { [bad]: true } }, "invalid_json", "");
    assertError({ sex: bad }, "invalid_json", "");
    assertError({ [bad]: 1 }, "invalid_json", "");
    // As text, a lone surrogate would be glued to the next character on its way into wasm.
    assertError(`{"findings":{"${bad}":true}}`, "invalid_json", "");
    assertError(`{"sex":"${bad}"}`, "invalid_json", "");
    assertError(`{"findings":{"fever":true},"${bad}":"}`, "invalid_json", "");
    assertError(`{"findings":{"fever":true}}${bad}`, "invalid_json", "");
  }
  // A proper pair is fine: an unknown (but well-formed) id.
  assertError({ findings: { "\uD83D\uDE00": true } }, "unknown_finding", "findings.\uD83D\uDE00");
});

test("__proto__ and constructor as own keys are unknown, and pollute nothing", () => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const viaJson = JSON.parse('{"__proto__": {"polluted": true, "age": 200}, "findings": {"fever": true}}');
  assert.ok(Object.hasOwn(viaJson, "__proto__"));
  assertError(viaJson, "unknown_field", "__proto__");
  assertError('{"__proto__": {"polluted": true}}', "unknown_field", "__proto__");
  assertError(JSON.parse('{"findings": {"__proto__": {"polluted": true}}}'), "unknown_finding", "findings.__proto__");
  assertError('{"findings": {"__proto__": true}}', "unknown_finding", "findings.__proto__");
  assertError('{"constructor": {"prototype": {"polluted": true}}}', "unknown_field", "constructor");

  const defined = { findings: { fever: true } };
  Object.defineProperty(defined, "__proto__", { value: { polluted: true }, enumerable: true });
  assertError(defined, "unknown_field", "__proto__");
  const definedFinding = {};
  Object.defineProperty(definedFinding, "__proto__", { value: true, enumerable: true });
  assertError({ findings: definedFinding }, "unknown_finding", "findings.__proto__");
  Object.defineProperty(defined, "constructor", { value: { prototype: { polluted: true } }, enumerable: true });
  assertError(defined, "unknown_field", "__proto__");

  // A __proto__ in an object literal sets the prototype: inherited fields are not part of the case.
  assert.equal(checker.assess({ __proto__: { age: 500 }, findings: { blanches_on_pressure: false, fever: true } }).triage.level, "emergency");

  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal([].polluted, undefined);
  assert.deepEqual(Object.getOwnPropertyNames(Object.prototype).sort(), before);
  const result = checker.assess({ findings: { fever: true } });
  assert.equal(Object.getPrototypeOf(result), Object.prototype);
  assert.equal(result.polluted, undefined);
});

test("the checker object cannot be tampered with", () => {
  assert.ok(Object.isFrozen(checker));
  assert.throws(() => { checker.assess = () => ({ triage: { level: "self_care" } }); }, TypeError);
  assert.equal(checker.assess({ findings: { blanches_on_pressure: false, fever: true } }).triage.level, "emergency");
});
