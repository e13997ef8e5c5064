// The language menu, on every screen: each language by its own name (with
// its lang), so a person finds theirs whatever the page is in. Shown only
// when the build offers more than one language.
import { h } from "./dom.js";
import { LANGUAGES } from "./i18n.js";

/** { element, show(t) }: onPick(lang) when the person picks; show(t) relabels it in t's language and marks t.lang. */
export function languagePicker({ idFor, onPick }) {
  const id = idFor("language");
  const label = h("label", { for: id, class: "sc-language-label" });
  const select = h("select", { id, class: "sc-input sc-language-select", "data-testid": "language",
    onchange: () => onPick(select.value) },
  LANGUAGES.map((l) => h("option", { value: l.id, lang: l.id, dir: l.dir }, l.name)));
  const element = h("div", { class: "sc-language sc-noprint", hidden: LANGUAGES.length < 2 }, label, select);
  return {
    element,
    show(t) {
      label.textContent = t("ui.language.label");
      select.value = t.lang;
    },
  };
}
