// Every person-facing text in data/ reads at grade 8 or below (Flesch–Kincaid,
// counted with the npm packages flesch-kincaid and syllable).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { fleschKincaid } from "flesch-kincaid";
import { syllable } from "syllable";

const data = new URL("../../data/", import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(name, data), "utf8"));
const MAX_GRADE = 8;
// The formula is meaningless for a label of a few words ("Face."); such texts
// are graded together with the other texts of their kind.
const MIN_WORDS_ALONE = 10;

function counts(text) {
  const sentences = text.split(/[.!?]+(?:\s|$)/).filter((s) => s.trim().length > 0);
  const words = text.match(/[A-Za-z0-9'’-]+/g) ?? [];
  return { sentence: Math.max(1, sentences.length), word: words.length, syllable: words.reduce((n, w) => n + syllable(w), 0) };
}

const grade = (text) => fleschKincaid(counts(text));

// [where, text] for every person-facing text.
function texts() {
  const out = [];
  const meta = read("meta.json");
  for (const l of meta.triage_levels) out.push([`meta.json ${l.id}`, l.advice]);
  // The safety net's words, the start screen's emergency signs and the note
  // under every result.
  out.push(["meta.json unexplained message", meta.unexplained.message], ["meta.json unexplained reason", meta.unexplained.reason],
    ["meta.json unexplained reason_lasting", meta.unexplained.reason_lasting],
    ["meta.json unexplained reason_painful", meta.unexplained.reason_painful],
    ["meta.json unexplained painful_urgent reason", meta.unexplained.painful_urgent.reason]);
  const signs = meta.emergency_signs;
  out.push(["meta.json emergency_signs title", signs.title], ["meta.json emergency_signs intro", signs.intro]);
  // Each sign finishes the intro's sentence ("... if someone with spots or a rash: has ...").
  signs.items.forEach((t, i) => out.push([`meta.json emergency_signs items[${i}]`, `Someone ${t.replace(/;$/, ".")}`]));
  out.push(["meta.json emergency_signs last", signs.last]);
  out.push(["meta.json results_note title", meta.results_note.title], ["meta.json results_note text", meta.results_note.text]);
  // Under emergency advice: what to do now (the numbers' places are graded as one text), and the note on a calmer cause.
  const call = meta.emergency_call;
  out.push(["meta.json emergency_call title", call.title], ["meta.json emergency_call steps", call.steps.join(" ")]);
  call.steps.forEach((t, i) => out.push([`meta.json emergency_call steps[${i}]`, t]));
  out.push(["meta.json emergency_call places", `Call ${call.numbers.map((n) => `${n.number} in ${n.place}`).join(", ")}.`]);
  out.push(["meta.json cause_below_advice", meta.cause_below_advice.text]);
  // The triage's own reasons, read with a cause's name in place ("chickenpox": a name a parent knows).
  for (const [key, text] of Object.entries(meta.reason_texts)) out.push([`meta.json reason_texts ${key}`, text.replaceAll("{condition}", "chickenpox")]);
  for (const f of read("findings.json").findings) out.push([`findings.json ${f.id}`, f.text], [`findings.json ${f.id} label`, f.label]);
  const questions = read("questions.json");
  const tones = questions.skin_tones;
  out.push(["questions.json skin_tones text", tones.text], ["questions.json skin_tones help", tones.help]);
  for (const t of tones.tones) out.push([`questions.json skin_tones ${t.id}`, t.text]);
  out.push(["questions.json subjects text", questions.subjects.text]);
  for (const s of questions.subjects.options) out.push([`questions.json subjects ${s.id}`, s.text], [`questions.json subjects ${s.id} title`, s.title]);
  // A picture's alt text (and its words for each skin tone) is read out in
  // place of the drawing: it is person-facing like the rest.
  const pictureTexts = (where, p) => {
    if (!p?.picture) return;
    out.push([`${where} alt`, p.alt]);
    for (const [tone, alt] of Object.entries(p.alt_by_tone ?? {})) out.push([`${where} alt ${tone}`, alt]);
    if (p.caption) out.push([`${where} caption`, p.caption]);
  };
  for (const q of questions.questions) {
    out.push([`questions.json ${q.id}`, q.text]);
    for (const [subject, text] of Object.entries(q.text_for ?? {})) out.push([`questions.json ${q.id} for ${subject}`, text]);
    if (q.help) out.push([`questions.json ${q.id} help`, q.help]);
    for (const [tone, h] of Object.entries(q.help_by_tone ?? {})) out.push([`questions.json ${q.id} help ${tone}`, h.text]);
    pictureTexts(`questions.json ${q.id} figure`, q.figure);
    for (const o of q.options ?? []) {
      out.push([`questions.json ${q.id} ${o.finding}`, o.text]);
      pictureTexts(`questions.json ${q.id} ${o.finding}`, o);
    }
  }
  for (const r of read("red_flags.json").rules) out.push([`red_flags.json ${r.id}`, r.reason]);
  for (const name of readdirSync(new URL("conditions/", data))) {
    const c = read(`conditions/${name}`);
    // Names are shown to people too (clinical review #39): the plain words
    // must read easily; the medical term in brackets is for the doctor.
    out.push([`conditions ${name} name`, c.name.replace(/\s*\([^)]*\)/g, "")]);
    out.push([`${name} description`, c.description]);
    pictureTexts(`${name} figure`, c.figure);
    if (c.applies_to) out.push([`${name} applies_to reason`, c.applies_to.reason]);
    c.care.forEach((t, i) => out.push([`${name} care[${i}]`, t]));
    c.warning_signs.forEach((t, i) => out.push([`${name} warning_signs[${i}]`, t]));
  }
  return out;
}

test("every longer text reads at grade 8 or below", () => {
  const tooHard = texts()
    .filter(([, t]) => counts(t).word >= MIN_WORDS_ALONE)
    .map(([where, t]) => [where, +grade(t).toFixed(1)])
    .filter(([, g]) => g > MAX_GRADE);
  assert.deepEqual(tooHard, []);
});

test("the short texts of each file read at grade 8 or below together", () => {
  const byFile = new Map();
  for (const [where, t] of texts()) {
    if (counts(t).word >= MIN_WORDS_ALONE) continue;
    const file = where.split(" ")[0];
    byFile.set(file, [...(byFile.get(file) ?? []), /[.!?]$/.test(t.trim()) ? t : `${t}.`]);
  }
  assert.ok(byFile.size > 0);
  for (const [file, list] of byFile) assert.ok(grade(list.join(" ")) <= MAX_GRADE, `${file}: grade ${grade(list.join(" ")).toFixed(1)}`);
});

test("the grade counter itself tells easy from hard text", () => {
  assert.ok(grade("The spots are small. They do not hurt. They go away.") < 4);
  assert.ok(grade("Thrombocytopenia necessitates haematological investigation of coagulopathy.") > 12);
});

// Each warning sign says what to do if it happens (clinical review #23; NHS
// sepsis and rashes pages, NICE NG143 safety-netting): an emergency call, a
// same-day visit or a GP appointment, named in the sign itself.
test("every warning sign of every cause ends with what to do", () => {
  const ACTION = /(999|A&E|111|GP|doctor|midwife|pharmacist|clinic|team|helpline)[^.]*\.\s*$/i;
  const vague = [];
  for (const name of readdirSync(new URL("conditions/", data))) {
    read(`conditions/${name}`).warning_signs.forEach((t, i) => ACTION.test(t) || vague.push(`${name} warning_signs[${i}]: ${t}`));
  }
  assert.deepEqual(vague, []);
});

test("every picture's alt text is among the graded texts (the questions', then each cause's)", () => {
  const conditions = readdirSync(new URL("conditions/", data)).map((name) => read(`conditions/${name}`));
  const pictures = [...read("questions.json").questions.flatMap((q) => [q.figure, ...(q.options ?? [])]), ...conditions.map((c) => c.figure)]
    .filter((p) => p?.picture);
  assert.ok(pictures.length > 0);
  const graded = texts().filter(([where]) => / alt$/.test(where)).map(([, t]) => t);
  assert.deepEqual(graded, pictures.map((p) => p.alt));
});
