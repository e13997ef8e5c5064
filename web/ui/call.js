// Under emergency advice: a tap-to-call link with the number for the person's
// region, the other numbers, and what to do while waiting. The numbers, their
// regions and the steps are data (describe().emergency_call, from
// data/meta.json with its sources); only the region comes from here, read
// from the browser's language setting ("en-GB" -> GB).
import { h } from "./dom.js";
import { foldedSources } from "./notes.js";

/** The first region (ISO 3166 alpha-2, upper case) in a list of language tags, or null. */
export function regionOf(languages) {
  for (const tag of languages ?? []) {
    if (typeof tag !== "string") continue;
    let region = null;
    try {
      region = new Intl.Locale(tag).region ?? null;
    } catch {
      region = /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag)?.[1] ?? null;
    }
    if (region && /^[A-Za-z]{2}$/.test(region)) return region.toUpperCase();
  }
  return null;
}

/** The number for a region, or the default one. */
export function numberFor(call, region) {
  return call.numbers.find((n) => n.regions.includes(region))
    ?? call.numbers.find((n) => n.number === call.default_number) ?? call.numbers[0];
}

/** kb: prepared describe() data; languages: the browser's language tags (navigator.languages); t: the page's words. */
export function emergencyCall(kb, languages, t) {
  const call = kb.emergencyCall;
  if (!call?.numbers?.length) return null;
  const main = numberFor(call, regionOf(languages));
  const others = call.numbers.filter((n) => n !== main);
  return h("div", { class: "sc-call", "data-testid": "emergency-call" },
    h("a", { class: "sc-call-link", href: `tel:${main.number}`, "data-testid": "call-link" }, t("ui.call.call", { number: main.number })),
    h("p", { class: "sc-call-where" }, t("ui.call.where", { place: main.place })),
    others.length ? h("p", { class: "sc-call-others", "data-testid": "call-others" }, t("ui.call.elsewhere"), " ",
      others.map((n, i) => [i ? t("ui.common.list_separator") : "", h("a", { href: `tel:${n.number}`, dir: "ltr" }, n.number), " ", t("ui.call.in_place", { place: n.place })])) : null,
    h("h2", { class: "sc-call-title" }, call.title),
    h("ul", { class: "sc-call-steps", "data-testid": "call-steps" }, call.steps.map((t) => h("li", {}, t))),
    foldedSources(kb.sources, call.sources, t));
}
