// How many questions are likely left after the one on screen, from the
// engine's own estimate (result.questions_left counts the next question too).
// The page adds the answers ahead of the cursor when the person went back.
export function questionsAfter(iv, result) {
  const left = result?.questions_left ?? 0;
  if (iv.asking) {
    // Answering the warning signs the results listed: the others still listed.
    return Math.max(0, (result?.triage?.unanswered_red_flags?.length ?? 1) - 1);
  }
  if (iv.cursor < iv.answers.length) return iv.answers.length - iv.cursor - 1 + left;
  return Math.max(0, left - 1);
}
