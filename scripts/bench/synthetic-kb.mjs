// A knowledge base `factor` times larger than the real one, for showing how
// the engine's cost grows: copy 0 is the real bundle (so real cases still
// parse); copies 1..factor-1 add findings, questions, conditions and rules
// with suffixed ids that refer only to their own copy's findings. Copies'
// questions are not red flags: the interview would otherwise stop at them
// first and never score the other questions.
const suffix = (id, k) => (k === 0 ? id : `${id}__x${k}`);

function remapExpr(expr, k) {
  if (Array.isArray(expr)) return expr.map((e) => remapExpr(e, k));
  if (expr === null || typeof expr !== "object") return expr;
  const out = {};
  for (const [key, value] of Object.entries(expr)) out[key] = key === "finding" || key === "pattern" || key === "question_unsure" ? suffix(value, k) : remapExpr(value, k);
  return out;
}

export function scaleKnowledgeBase(bundle, factor) {
  const out = structuredClone(bundle);
  const findings = bundle["findings.json"].findings;
  const questions = bundle["questions.json"].questions;
  const rules = bundle["red_flags.json"].rules;
  const patterns = bundle["red_flags.json"].patterns ?? [];
  const conditions = Object.entries(bundle).filter(([name]) => name.startsWith("conditions/"));
  for (let k = 1; k < factor; k++) {
    out["findings.json"].findings.push(...findings.map((f) => ({ ...f, id: suffix(f.id, k) })));
    out["questions.json"].questions.push(...questions.map((q) => {
      const copy = { ...q, id: suffix(q.id, k), red_flag: false };
      if (q.findings) copy.findings = q.findings.map((f) => suffix(f, k));
      if (q.options) copy.options = q.options.map((o) => ({ ...o, finding: suffix(o.finding, k) }));
      return copy;
    }));
    if (patterns.length) out["red_flags.json"].patterns.push(...patterns.map((p) => ({ ...p, id: suffix(p.id, k), when: remapExpr(p.when, k) })));
    out["red_flags.json"].rules.push(...rules.map((r) => ({ ...r, id: suffix(r.id, k), when: remapExpr(r.when, k) })));
    for (const [, c] of conditions) {
      const id = suffix(c.id, k);
      const likelihoods = Object.fromEntries(Object.entries(c.likelihoods).map(([f, p]) => [suffix(f, k), p]));
      out[`conditions/${id}.json`] = { ...c, id, name: `${c.name} (copy ${k})`, likelihoods };
    }
  }
  return out;
}

/** Counts that show the scale: findings, questions, conditions, rules. */
export function kbCounts(bundle) {
  return {
    findings: bundle["findings.json"].findings.length,
    questions: bundle["questions.json"].questions.length,
    conditions: Object.keys(bundle).filter((n) => n.startsWith("conditions/")).length,
    rules: bundle["red_flags.json"].rules.length,
  };
}
