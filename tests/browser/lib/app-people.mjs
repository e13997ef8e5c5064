// The people of the web-app tests: each story says what the person knows.
// A finding the story does not mention is answered "Not sure".
const NO_DANGER_SIGNS = { difficulty_breathing: false, swelling_face_lips_tongue: false, dizziness_or_fainting: false };

export const PEOPLE = {
  // A teenager with a fever and a rash that does not fade under a glass.
  emergency: {
    age: 16, sex: "male", expectLevel: "emergency", expectCause: "meningococcal_disease",
    story: {
      ...NO_DANGER_SIGNS, fever: true, blanches_on_pressure: false, size_pinpoint: true, color_purple: true,
      many_spots: true, loc_trunk: true, loc_lower_legs_feet: true, onset_sudden: true, spreading_rapidly: true, headache: true,
    },
  },
  // Tiny flat spots that do not fade, with bleeding gums; no fever, not unwell.
  urgent: {
    age: 34, sex: "female", expectLevel: "urgent", expectCause: "low_platelets",
    story: {
      ...NO_DANGER_SIGNS, feels_very_unwell: false, fever: false, blanches_on_pressure: false, size_pinpoint: true,
      many_spots: true, loc_lower_legs_feet: true, bleeding_gums_or_nose: true, raised: false, itchy: false, onset_sudden: true,
    },
  },
  // A 50-year-old with a few small bright red bumps that came slowly over years.
  self_care: {
    age: 50, sex: "male", expectLevel: "self_care", expectCause: "cherry_angioma",
    story: {
      ...NO_DANGER_SIGNS, feels_very_unwell: false, fever: false, blanches_on_pressure: true, raised: true,
      color_bright_red: true, size_small: true, single_or_few: true, loc_trunk: true, onset_gradual: true,
      present_over_3_weeks: true, itchy: false, painful_or_tender: false, changing_appearance: false, bleeds_easily: false,
      spreading_rapidly: false, unexplained_bruising: false, bleeding_gums_or_nose: false,
    },
  },
};

/**
 * What the person answers to a question { type, findings }:
 * { answer: "yes" | "no" | "unsure" | "none" } or { pick: finding } or { tick: [findings] }.
 */
export function decide(question, story) {
  const { type, findings } = question;
  if (type === "yes_no") {
    const f = findings[0];
    return { answer: !(f in story) ? "unsure" : story[f] ? "yes" : "no" };
  }
  const yes = findings.filter((f) => story[f] === true);
  if (type === "single") return yes.length ? { pick: yes[0] } : { answer: "unsure" };
  if (yes.length) return { tick: yes };
  return { answer: findings.every((f) => story[f] === false) ? "none" : "unsure" };
}
