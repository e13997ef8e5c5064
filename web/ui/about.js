// Age and sex come first: they change which causes are likely. Then the
// skin tone (from the data's skin_tones): every picture is drawn on it.
import { h } from "./dom.js";
import { pictureImg } from "./pictures.js";

const SEXES = [["female", "Female"], ["male", "Male"], ["", "Prefer not to say"]];

/** Whole years 0 to 120, or empty for "not given"; anything else is a problem. */
export function parseAge(text) {
  const t = text.trim();
  if (t === "") return { age: null };
  if (!/^\d{1,3}$/.test(t) || Number(t) > 120) return { problem: "Enter the age as a whole number of years from 0 to 120, or leave it empty." };
  return { age: Number(t) };
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

/** skinTones: describe().skin_tones (or null: no tone asked); base: the folder holding figures/. */
export function aboutScreen({ iv, onSave, onBack, idFor, skinTones = null, base = null }) {
  const ageId = idFor("age");
  const hintId = idFor("age-hint");
  const problemId = idFor("age-problem");
  const problem = h("p", { id: problemId, class: "sc-problem", role: "alert" });
  const age = h("input", {
    id: ageId, type: "text", inputmode: "numeric", autocomplete: "off", maxlength: "3", class: "sc-input sc-input-short",
    "aria-describedby": `${hintId} ${problemId}`, "data-testid": "age", value: iv.age ?? "",
  });
  const groupName = idFor("sex");
  const radios = SEXES.map(([value, label]) => {
    const id = idFor("sex");
    return h("div", { class: "sc-check" },
      h("input", { type: "radio", name: groupName, id, value, "data-testid": `sex-${value || "none"}`, checked: iv.sex !== null && iv.sex === value }),
      h("label", { for: id }, label));
  });
  const submit = (e) => {
    e.preventDefault();
    const parsed = parseAge(age.value);
    if (parsed.problem) {
      problem.textContent = parsed.problem;
      age.setAttribute("aria-invalid", "true");
      age.focus();
      return;
    }
    const sex = form.querySelector(`input[name='${groupName}']:checked`)?.value || null;
    const tone = skinTones ? form.querySelector("[data-testid='tone'] input:checked")?.value ?? null : null;
    onSave(parsed.age, sex, tone);
  };
  const legendId = idFor("sex-legend");
  const form = h("form", { class: "sc-about", novalidate: true, onsubmit: submit },
    h("h1", { class: "sc-title", tabindex: "-1" }, "About the person with the spots"),
    h("p", {}, "Age and sex change which causes are likely. You can leave any of these out."),
    h("div", { class: "sc-field" },
      h("label", { for: ageId, class: "sc-label" }, "Age in years"),
      h("p", { id: hintId, class: "sc-hint" }, "For a baby under one year old, enter 0."),
      age, problem),
    h("fieldset", { class: "sc-field", "aria-labelledby": legendId },
      h("legend", { id: legendId, class: "sc-label" }, "Sex"),
      h("div", { class: "sc-checks" }, radios)),
    skinTones ? toneField(skinTones, iv.tone, base, idFor) : null,
    h("div", { class: "sc-actions" },
      h("button", { type: "submit", class: "sc-button sc-primary", "data-testid": "about-continue" }, "Continue"),
      h("button", { type: "button", class: "sc-button", "data-testid": "back", onclick: onBack }, "Back")));
  return form;
}
