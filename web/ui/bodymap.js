// A body map, front and back, for the "where are the spots?" question. Each
// body part is a checkbox (click, or Tab into a figure, arrows to move, Space
// to tick), kept in step with the list of checkboxes beside it.
import { h, s } from "./dom.js";

const rect = (x, y, width, height, rx) => s("rect", { x, y, width, height, rx });
const ellipse = (cx, cy, rx, ry) => s("ellipse", { cx, cy, rx, ry });
const mirrored = (make) => [make(0), make(1)];
const armX = (side, x) => (side ? 120 - x : x);

// Shapes in a 120 x 280 figure; each region lists the shapes of one finding.
const REGION_SHAPES = {
  loc_face: () => [ellipse(60, 26, 17, 21)],
  loc_neck: () => [rect(52, 45, 16, 14, 3)],
  loc_trunk: () => [rect(34, 58, 52, 86, 12)],
  loc_upper_arms: () => mirrored((side) => rect(armX(side, 17) - (side ? 15 : 0), 62, 15, 50, 7)),
  loc_forearms_hands: () => mirrored((side) => [rect(armX(side, 13) - (side ? 14 : 0), 114, 14, 50, 7),
    ellipse(armX(side, 20), 173, 7, 9)]),
  loc_buttocks_thighs: () => mirrored((side) => rect(side ? 62 : 36, 146, 22, 62, 9)),
  loc_lower_legs_feet: () => mirrored((side) => [rect(side ? 64 : 38, 210, 18, 54, 8), ellipse(side ? 75 : 45, 270, 10, 5)]),
};

const FIGURES = [
  { name: "front", regions: ["loc_face", "loc_neck", "loc_trunk", "loc_upper_arms", "loc_forearms_hands", "loc_buttocks_thighs", "loc_lower_legs_feet"] },
  { name: "back", head: true, regions: ["loc_neck", "loc_trunk", "loc_upper_arms", "loc_forearms_hands", "loc_buttocks_thighs", "loc_lower_legs_feet"] },
];

function moveFocus(regions, from, key) {
  const i = regions.indexOf(from);
  const next = { ArrowDown: i + 1, ArrowRight: i + 1, ArrowUp: i - 1, ArrowLeft: i - 1, Home: 0, End: regions.length - 1 }[key];
  if (next === undefined) return false;
  const target = regions[(next + regions.length) % regions.length];
  for (const r of regions) r.setAttribute("tabindex", r === target ? "0" : "-1");
  target.focus();
  return true;
}

/**
 * options: the question's options; isChecked(finding); onToggle(finding); t: the page's words.
 * Returns { element, sync } where sync() repaints the ticks.
 */
export function bodyMap({ options, isChecked, onToggle, t }) {
  const textOf = new Map(options.map((o) => [o.finding, o.text]));
  const all = [];
  const figures = FIGURES.map((figure) => {
    const regions = figure.regions.filter((f) => textOf.has(f)).map((finding) => {
      const region = s("g", {
        class: "sc-map-region", role: "checkbox", tabindex: "-1", "aria-label": textOf.get(finding),
        "data-region-finding": finding, "data-testid": `map-${figure.name}-${finding}`,
      }, REGION_SHAPES[finding]().flat());
      region.addEventListener("click", () => onToggle(finding));
      region.addEventListener("keydown", (e) => {
        if (e.key === " " || e.key === "Enter") onToggle(finding);
        else if (!moveFocus(regions, region, e.key)) return;
        e.preventDefault();
      });
      all.push(region);
      return region;
    });
    if (regions.length) regions[0].setAttribute("tabindex", "0");
    return h("div", { class: "sc-map-figure" },
      s("svg", { class: "sc-map-art", viewBox: "0 0 120 280", role: "group", "aria-label": t(`ui.bodymap.${figure.name}_label`) },
        figure.head ? s("g", { class: "sc-map-inert", "aria-hidden": "true" }, ellipse(60, 26, 17, 21)) : null,
        regions),
      h("p", { class: "sc-map-name", "aria-hidden": "true" }, t(`ui.bodymap.${figure.name}`)));
  });
  const sync = () => {
    for (const region of all) {
      const on = isChecked(region.getAttribute("data-region-finding"));
      region.setAttribute("aria-checked", String(on));
    }
  };
  sync();
  const element = h("div", { class: "sc-map", "data-testid": "body-map" },
    h("p", { class: "sc-hint" }, t("ui.bodymap.hint")),
    h("div", { class: "sc-map-figures" }, figures));
  return { element, sync };
}
