// The interview as plain data: who (who the check is for, age (in months
// for a child under 2), sex, and the skin tone the pictures are drawn on),
// the answered questions in the order they were asked, and
// where the person is. No DOM here.

/**
 * A fresh interview. asking: a question asked out of the engine's order
 * (the warning-sign questions the results list as not answered yet). tone:
 * a skin tone id or null; subject: who the check is for (a subject id of
 * describe().subjects: "self", "child", "other") or null. Neither is part of
 * the case (the engine never reads them). ageMonths: 0 to 23 when the age
 * was given in months (age is then its whole years), else null.
 */
export function newInterview() {
  return { id: newId(), subject: null, age: null, ageMonths: null, sex: null, tone: null, answers: [], cursor: 0, returnTo: null, asking: null };
}

/** A baby's or toddler's age in whole months: the contract's age_months. */
export const isAgeMonths = (m) => Number.isInteger(m) && m >= 0 && m <= 23;

const PLAIN_ID = /^[a-z0-9-]{1,64}$/;

/** The question in the words for who the check is for (the data's text_for), else its own. */
export function questionText(question, subject) {
  return (subject && question.text_for?.[subject]) || question.text;
}

let made = 0;
// Tells one interview from another (e.g. after "Start again"), so a history
// entry of the same interview moves within it and keeps every answer.
function newId() {
  made += 1;
  return `${Date.now().toString(36)}-${made}-${Math.random().toString(36).slice(2, 8)}`;
}

const isFindingValue = (v) => v === true || v === false || v === "unknown";

/**
 * An interview read back from the tab's session or a history entry, checked
 * against the questions (an older version's or a damaged one: null).
 */
export function interviewFrom(saved, questionsById) {
  if (!saved || typeof saved !== "object" || typeof saved.id !== "string" || !Array.isArray(saved.answers)) return null;
  const iv = newInterview();
  iv.id = saved.id;
  if (Number.isInteger(saved.age) && saved.age >= 0 && saved.age <= 120) iv.age = saved.age;
  if (isAgeMonths(saved.ageMonths)) {
    iv.ageMonths = saved.ageMonths;
    iv.age = Math.floor(saved.ageMonths / 12);
  }
  // Checked against the data's subjects where it is used (mount.js knownSubject).
  if (typeof saved.subject === "string" && PLAIN_ID.test(saved.subject)) iv.subject = saved.subject;
  if (saved.sex === "female" || saved.sex === "male") iv.sex = saved.sex;
  // The tone is checked against the data's tones where it is drawn (pictures.js toneFor).
  if (typeof saved.tone === "string" && PLAIN_ID.test(saved.tone)) iv.tone = saved.tone;
  for (const a of saved.answers) {
    const q = questionsById.get(a?.questionId);
    const findings = a?.findings;
    if (!q || !findings || typeof findings !== "object") return null;
    const keys = Object.keys(findings);
    if (keys.length === 0 || !keys.every((f) => q.findings.includes(f) && isFindingValue(findings[f]))) return null;
    if (iv.answers.some((b) => b.questionId === q.id)) return null;
    iv.answers.push({ questionId: q.id, findings: { ...findings } });
  }
  iv.cursor = Number.isInteger(saved.cursor) ? Math.min(Math.max(saved.cursor, 0), iv.answers.length) : iv.answers.length;
  iv.returnTo = ["results", "end"].includes(saved.returnTo) ? saved.returnTo : null;
  iv.asking = questionsById.has(saved.asking) ? saved.asking : null;
  return iv;
}

/** The contract case for the interview. */
export function toCase(iv) {
  const kase = {};
  if (iv.ageMonths !== null) {
    // The contract: both given, they agree (age = floor(age_months / 12)).
    kase.age = Math.floor(iv.ageMonths / 12);
    kase.age_months = iv.ageMonths;
  } else if (iv.age !== null) kase.age = iv.age;
  if (iv.sex !== null) kase.sex = iv.sex;
  kase.findings = {};
  for (const a of iv.answers) Object.assign(kase.findings, a.findings);
  return kase;
}

/**
 * An interview from a contract case (e.g. from a link): each question whose
 * findings the case mentions becomes an answer. toCase() writes findings in
 * the order they were answered, so that order comes back too.
 */
export function fromCase(kase, questions) {
  const iv = newInterview();
  if (Number.isInteger(kase.age)) iv.age = kase.age;
  if (isAgeMonths(kase.age_months)) {
    iv.ageMonths = kase.age_months;
    iv.age = Math.floor(kase.age_months / 12);
  }
  if (kase.sex === "female" || kase.sex === "male") iv.sex = kase.sex;
  const findings = kase.findings ?? {};
  const position = new Map(Object.keys(findings).map((f, i) => [f, i]));
  const answered = [];
  for (const q of questions) {
    const mentioned = q.findings.filter((f) => position.has(f));
    if (mentioned.length === 0) continue;
    answered.push({
      first: Math.min(...mentioned.map((f) => position.get(f))),
      answer: { questionId: q.id, findings: Object.fromEntries(mentioned.map((f) => [f, findings[f]])) },
    });
  }
  iv.answers = answered.sort((a, b) => a.first - b.first).map((a) => a.answer);
  iv.cursor = iv.answers.length;
  return iv;
}

/**
 * The findings an answer sets, as the contract maps them:
 * choice "yes" | "no" | "unsure" | "none" | { picked: [finding ids], unsure: [finding ids] }
 * (a tick list: picked Yes, unsure Not sure, the other options No).
 */
export function answerFindings(question, choice) {
  const all = (value) => Object.fromEntries(question.findings.map((f) => [f, value]));
  if (choice === "unsure") return all("unknown");
  if (question.type === "yes_no") return all(choice === "yes");
  if (choice === "none") return all(false);
  const picked = new Set(choice.picked);
  const unsure = new Set(choice.unsure ?? []);
  return Object.fromEntries(question.findings.map((f) => [f, picked.has(f) ? true : unsure.has(f) ? "unknown" : false]));
}

/** How an answer reads back to the person ("Yes", an option's text, ...); t: the page's words. */
export function answerText(question, findings, t) {
  const values = question.findings.filter((f) => f in findings).map((f) => findings[f]);
  if (values.length > 0 && values.every((v) => v === "unknown")) return t("ui.common.not_sure");
  if (question.type === "yes_no") return t(values[0] === true ? "ui.common.yes" : "ui.common.no");
  const texts = (value) => (question.options ?? []).filter((o) => findings[o.finding] === value).map((o) => o.text).join(t("ui.common.list_separator"));
  const picked = texts(true), unsure = texts("unknown");
  const parts = [picked, unsure && t("ui.answer.not_sure_about", { options: unsure })].filter(Boolean);
  return parts.length ? parts.join(t("ui.answer.parts_separator")) : t("ui.common.none_of_these");
}

/**
 * The answer with its pertinent negatives, for a doctor: a tick-all answer
 * also says which options were answered No.
 */
export function answerTextForDoctor(question, findings, t) {
  const text = answerText(question, findings, t);
  if (question.type !== "multiple" || text === t("ui.common.not_sure") || text === t("ui.common.none_of_these")) return text;
  const no = (question.options ?? []).filter((o) => findings[o.finding] === false).map((o) => o.text);
  return no.length ? t("ui.summary.answer_with_not", { answer: text, not: no.join(t("ui.common.list_separator")) }) : text;
}

/** The answer currently recorded for a question, or null. */
export function answerFor(iv, questionId) {
  return iv.answers.find((a) => a.questionId === questionId) ?? null;
}

/** Records an answer: replaces the earlier one for the same question, or adds it. */
export function recordAnswer(iv, questionId, findings) {
  const i = iv.answers.findIndex((a) => a.questionId === questionId);
  if (i >= 0) iv.answers[i] = { questionId, findings };
  else iv.answers.push({ questionId, findings });
  return i >= 0 ? i : iv.answers.length - 1;
}
