// The glass test, drawn: the same spots under a pressed glass, fading (left)
// and staying visible (right, a non-blanching rash).
import { h, s } from "./dom.js";

const SPOTS = [[18, 22], [34, 70], [22, 98], [52, 36], [60, 84], [76, 52], [70, 104], [92, 26], [96, 76], [84, 92],
  [118, 40], [126, 96], [132, 64], [108, 58], [48, 60]];
const GLASS = { x: 40, y: 10, w: 72, h: 100 };

function insideGlass([x, y]) {
  return x > GLASS.x + 3 && x < GLASS.x + GLASS.w - 3 && y > GLASS.y + 3 && y < GLASS.y + GLASS.h - 3;
}

const glassBox = { x: GLASS.x, y: GLASS.y, width: GLASS.w, height: GLASS.h, rx: 8 };

function panel(x0, fades, label) {
  return s("g", { transform: `translate(${x0} 0)` },
    s("rect", { class: "sc-glass-skin", x: 0, y: 0, width: 150, height: 120, rx: 10 }),
    // The glass is tinted, then the spots are drawn over the tint: seen through
    // the glass they fade (left) or stay as dark as outside it (right).
    s("rect", { class: "sc-glass-body", ...glassBox }),
    SPOTS.map((p) => s("circle", {
      class: fades && insideGlass(p) ? "sc-glass-spot-faded" : "sc-glass-spot",
      cx: p[0], cy: p[1], r: 4,
    })),
    s("rect", { class: "sc-glass-rim", ...glassBox }),
    s("path", { class: "sc-glass-shine", d: `M${GLASS.x + 12} ${GLASS.y + 12} v${GLASS.h - 24}` }),
    s("text", { class: "sc-glass-label", x: 75, y: 140, "text-anchor": "middle" }, label));
}

/** A figure explaining the glass test; its caption carries the meaning for everyone. */
export function glassFigure(id) {
  return h("figure", { class: "sc-glass" },
    s("svg", { class: "sc-glass-art", viewBox: "0 0 320 150", role: "img", "aria-labelledby": `${id}-caption` },
      panel(0, true, "Fades"),
      panel(170, false, "Still visible")),
    h("figcaption", { id: `${id}-caption`, class: "sc-glass-caption" },
      h("span", {}, h("strong", {}, "Fades: "), "under the glass the spots turn pale or disappear."),
      " ",
      h("span", {}, h("strong", {}, "Still visible: "), "you can still see the spots through the glass (a non-blanching rash). With a fever, this is an emergency.")));
}
