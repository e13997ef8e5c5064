// Who the check is for comes first (the questions' words follow it), then
// age (in years, or months under 2) and sex: they change which causes are
// likely. Then the skin tone (from the data's skin_tones): every picture is drawn on it.
import { h } from "./dom.js";
import { pictureImg } from "./pictures.js";

const SEXES = (t) => [["female", t("ui.about.sex_female")], ["male", t("ui.about.sex_male")], ["", t("ui.about.sex_none")]];
const UNITS = (t) => [["years", t("ui.about.unit_years")], ["months", t("ui.about.unit_months")]];

/**
 * The age as typed, in years (0 to 120) or months (0 to 23: the contract's
 * age_months), or empty for "not given"; anything else is a problem.
 * Returns { age, ageMonths } (ageMonths null for years) or { problem } (an id
 * of the page's words).
 */
export function parseAge(text, unit = "years") {
  // Digits as an Arabic or Persian keyboard types them (٣٠, ۳۰) are the same numbers.
  const t = text.trim().replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) & 0xf) % 10));
  if (t === "") return { age: null, ageMonths: null };
  if (unit === "months") {
    if (!/^\d{1,2}$/.test(t) || Number(t) > 23) return { problem: "ui.about.problem_months" };
    return { age: Math.floor(Number(t) / 12), ageMonths: Number(t) };
  }
  if (!/^\d{1,3}$/.test(t) || Number(t) > 120) return { problem: "ui.about.problem_years" };
  return { age: Number(t), ageMonths: null };
}

/** The about step's title for a subject id (from the data's subjects); the page's own when none is chosen. */
export function aboutTitle(subjects, subject, t) {
  return subjects?.options.find((o) => o.id === subject)?.title ?? t("ui.about.title");
}

// A group of radios; chosen: the value ticked, or null.
function radios(name, choices, chosen, idFor, testid) {
  return choices.map(([value, label]) => {
    const id = idFor(name);
    return h("div", { class: "sc-check" },
      h("input", { type: "radio", name, id, value, "data-testid": `${testid}-${value || "none"}`, checked: chosen !== null && chosen === value }),
      h("label", { for: id }, label));
  });
}

// One radio per tone: a swatch (decorative: the words say it) and the words.
function toneField(skinTones, chosen, base, idFor) {
  const legendId = idFor("tone-legend");
  const helpId = skinTones.help ? idFor("tone-help") : null;
  const name = idFor("tone");
  return h("fieldset", { class: "sc-field", "aria-labelledby": legendId, "aria-describedby": helpId, "data-testid": "tone" },
    h("legend", { id: legendId, class: "sc-label" }, skinTones.text),
    helpId ? h("p", { id: helpId, class: "sc-hint" }, skinTones.help) : null,
    h("div", { class: "sc-tones" }, skinTones.tones.map((t) => {
      const id = idFor("tone");
      return h("div", { class: "sc-check" },
        h("input", { type: "radio", name, id, value: t.id, "data-testid": `tone-${t.id}`, checked: chosen === t.id }),
        h("label", { for: id, class: "sc-pictured" },
          h("span", { class: "sc-option-text" }, t.text),
          pictureImg({ picture: skinTones.picture }, { base, tone: t.id, kind: "swatch", alt: "" })));
    })));
}

/**
 * skinTones: describe().skin_tones (or null: no tone asked); subjects:
 * describe().subjects (or null: not asked); base: the folder holding figures/.
 * onSave({ subject, age, ageMonths, sex, tone }).
 */
export function aboutScreen({ iv, onSave, onBack, idFor, t, skinTones = null, subjects = null, base = null }) {
  const ageId = idFor("age");
  const hintId = idFor("age-hint");
  const problemId = idFor("age-problem");
  const problem = h("p", { id: problemId, class: "sc-problem", role: "alert" });
  const inMonths = iv.ageMonths !== null;
  const age = h("input", {
    id: ageId, type: "text", inputmode: "numeric", autocomplete: "off", maxlength: "3", class: "sc-input sc-input-short",
    "aria-describedby": `${hintId} ${problemId}`, "data-testid": "age", value: (inMonths ? iv.ageMonths : iv.age) ?? "",
  });
  const sexName = idFor("sex");
  const unitName = idFor("age-unit");
  const subjectName = idFor("subject");
  const title = h("h1", { class: "sc-title", tabindex: "-1", "data-testid": "about-title" }, aboutTitle(subjects, iv.subject, t));
  const picked = (name) => form.querySelector(`input[name='${name}']:checked`)?.value ?? null;
  const submit = (e) => {
    e.preventDefault();
    const parsed = parseAge(age.value, picked(unitName) ?? "years");
    if (parsed.problem) {
      problem.textContent = t(parsed.problem);
      age.setAttribute("aria-invalid", "true");
      age.focus();
      return;
    }
    const tone = skinTones ? form.querySelector("[data-testid='tone'] input:checked")?.value ?? null : null;
    onSave({ subject: subjects ? picked(subjectName) : null, age: parsed.age, ageMonths: parsed.ageMonths, sex: picked(sexName) || null, tone });
  };
  const sexLegend = idFor("sex-legend");
  const unitLegend = idFor("unit-legend");
  const subjectLegend = idFor("subject-legend");
  const form = h("form", { class: "sc-about", novalidate: true, onsubmit: submit },
    title,
    subjects ? h("fieldset", { class: "sc-field", "aria-labelledby": subjectLegend, "data-testid": "subject",
      // The title and, on the next steps, the questions' words follow the choice.
      onchange: () => { title.textContent = aboutTitle(subjects, picked(subjectName), t); } },
    h("legend", { id: subjectLegend, class: "sc-label" }, subjects.text),
    h("div", { class: "sc-checks" }, radios(subjectName, subjects.options.map((o) => [o.id, o.text]), iv.subject, idFor, "subject"))) : null,
    h("p", {}, t("ui.about.intro")),
    h("div", { class: "sc-field" },
      h("label", { for: ageId, class: "sc-label" }, t("ui.about.age")),
      h("p", { id: hintId, class: "sc-hint" }, t("ui.about.age_hint")),
      // Before the box, so Tab from the age goes on to the sex.
      h("fieldset", { class: "sc-unit", "aria-labelledby": unitLegend },
        h("legend", { id: unitLegend, class: "sc-visually-hidden" }, t("ui.about.age_unit")),
        h("div", { class: "sc-checks" }, radios(unitName, UNITS(t), inMonths ? "months" : "years", idFor, "age-unit"))),
      age, problem),
    h("fieldset", { class: "sc-field", "aria-labelledby": sexLegend },
      h("legend", { id: sexLegend, class: "sc-label" }, t("ui.about.sex")),
      h("div", { class: "sc-checks" }, radios(sexName, SEXES(t), iv.sex === null ? null : iv.sex, idFor, "sex"))),
    skinTones ? toneField(skinTones, iv.tone, base, idFor) : null,
    h("div", { class: "sc-actions" },
      h("button", { type: "submit", class: "sc-button sc-primary", "data-testid": "about-continue" }, t("ui.common.continue")),
      h("button", { type: "button", class: "sc-button", "data-testid": "back", onclick: onBack }, t("ui.common.back"))));
  return form;
}
