// The drawings named in the data (describe(): skin_tones, a question's
// figure, an option's picture): figures/<picture>-<tone>.svg next to the app.
// Plain <img> elements made when their question is shown, so a picture is
// fetched only then (and the service worker has them all for offline use).
// The words beside them stay: no answer depends on seeing a picture.
import { h } from "./dom.js";

/** The tone to draw: the person's choice, else the data's default; null when the data has no tones. */
export function toneFor(chosen, skinTones) {
  if (!skinTones) return null;
  return skinTones.tones.some((t) => t.id === chosen) ? chosen : skinTones.default;
}

/** The URL of a picture on a tone. base: the folder holding figures/. */
export function pictureUrl(base, stem, tone) {
  return new URL(`figures/${stem}-${tone}.svg`, base).href;
}

/** What the picture shows on that tone, in words. */
export function pictureAlt(p, tone) {
  return p.alt_by_tone?.[tone] ?? p.alt;
}

// width and height give the box before the file arrives: nothing moves when it does.
const SIZES = { option: [96, 72], cause: [96, 72], figure: [200, 72], swatch: [48, 48] };

/** <img> of p ({ picture, alt, alt_by_tone }) on `tone`; alt "" makes it decorative (a swatch beside its words). */
export function pictureImg(p, { base, tone, kind = "option", alt = pictureAlt(p, tone) }) {
  const [width, height] = SIZES[kind];
  return h("img", {
    class: `sc-picture sc-picture-${kind}`, src: pictureUrl(base, p.picture, tone), alt, width, height,
    decoding: "async", "data-picture": p.picture, "data-tone": tone,
  });
}

/** A question's figure: the drawing and, under it, its caption from the data. */
export function questionFigure(figure, { base, tone }) {
  return h("figure", { class: "sc-figure", "data-testid": "question-figure" },
    pictureImg(figure, { base, tone, kind: "figure" }),
    figure.caption ? h("figcaption", { class: "sc-figure-caption" }, figure.caption) : null);
}

/**
 * A cause's typical look inside its closed-by-default <details>: the <img> is
 * made when the details first opens, so a card never opened fetches nothing.
 */
export function lazyCauseFigure(details, figure, pictures) {
  if (!figure?.picture || !pictures) return null;
  const slot = h("div", { class: "sc-cause-look", "data-testid": "cause-look" });
  const fill = () => {
    if (details.open && !slot.firstChild) slot.append(pictureImg(figure, { ...pictures, kind: "cause" }));
  };
  details.addEventListener("toggle", fill);
  queueMicrotask(fill); // a card that starts open shows it at once
  return slot;
}
