// The bench's cases: the first `n` findings a person would answer, in the
// knowledge base's question order (red flags first). Red flags are answered
// the common, reassuring way (no danger sign, the spots fade when pressed),
// so the engine does its full work instead of stopping at an emergency;
// other questions follow a fixed pattern, so every run times the same cases.
export const CASE_SIZES = [3, 15, 40];

function answersFor(q, qi) {
  const ids = q.findings ?? q.options.map((o) => o.finding);
  if (q.red_flag) return ids.map((f) => [f, f === "blanches_on_pressure"]);
  if (q.type === "yes_no") return [[ids[0], qi % 2 === 0]];
  const chosen = q.type === "single" ? qi % ids.length : 0;
  return ids.map((f, i) => [f, i === chosen]);
}

export function benchCase(bundle, n) {
  const findings = {};
  let count = 0;
  bundle["questions.json"].questions.forEach((q, qi) => {
    for (const [f, yes] of answersFor(q, qi)) if (count < n) (findings[f] = yes), count++;
  });
  if (count < n) throw new Error(`the knowledge base has only ${count} findings`);
  return { age: 34, sex: "female", findings };
}
