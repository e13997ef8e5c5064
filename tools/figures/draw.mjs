#!/usr/bin/env node
// Draws Spotcheck's pictures: small SVG files, one per picture and skin tone,
// written to web/figures/<stem>-<tone>.svg (and a swatch per tone). Plain
// shapes from a seeded random scatter, so the output is the same on every
// run; nothing is fetched and no photo is traced.
//   node tools/figures/draw.mjs          writes web/figures/
//   import { drawAll } from "./draw.mjs" the files as { name: text }
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { TONES, FRAME, BACKDROP } from "./palette.mjs";

const W = 96, H = 72; // a close-up of skin, 4:3
const WIDE = 200;     // two panels side by side (the glass test, raised or flat)

const r1 = (x) => Math.round(x * 10) / 10;
const svg = (w, h, body) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}">${body}</svg>\n`;
// The picture's own background and border: it never relies on the page's colour.
const patch = (fill, w = W, h = H, x = 1) => `<rect x="${x}" y="1" width="${w - 2}" height="${h - 2}" rx="6" fill="${fill}" stroke="${FRAME}" stroke-width="2"/>`;

// Deterministic scatter (a small LCG): the same picture on every build.
function scatter(seed, count, { x0 = 8, y0 = 8, x1 = W - 8, y1 = H - 8 } = {}) {
  let s = seed;
  const next = () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
  return Array.from({ length: count }, () => [r1(x0 + next() * (x1 - x0)), r1(y0 + next() * (y1 - y0)), next()]);
}

// Round dots of one size and colour as one path ("M x y h0" with round caps).
const dots = (points, size, color, extra = "") =>
  `<path d="${points.map(([x, y]) => `M${x} ${y}h0`).join("")}" stroke="${color}" stroke-width="${size}" stroke-linecap="round"${extra}/>`;
const circle = (cx, cy, r, fill, extra = "") => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}"${extra}/>`;
const ellipse = (cx, cy, rx, ry, fill, extra = "") => `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${fill}"${extra}/>`;
const path = (d, attrs) => `<path d="${d}" ${attrs}/>`;
const stroke = (color, width, more = "") => `fill="none" stroke="${color}" stroke-width="${width}" stroke-linecap="round"${more}`;
// A few crease lines: skin, not a flat colour.
const creases = (t) => path("M10 20q20-4 40 1M50 56q18 3 36-2", stroke(t.shade, 1, ' opacity=".6"'));

// A blob with a wobbly outline around (cx, cy): hives, crusts, patches.
function blob(cx, cy, r, seed, points = 7) {
  const pts = scatter(seed, points, { x0: 0.75, x1: 1.2, y0: 0, y1: 1 }).map(([k], i) => {
    const a = (i / points) * 2 * Math.PI;
    return [r1(cx + Math.cos(a) * r * k), r1(cy + Math.sin(a) * r * k * 0.8)];
  });
  // Smooth closed curve through the midpoints.
  const mid = (a, b) => [r1((a[0] + b[0]) / 2), r1((a[1] + b[1]) / 2)];
  let d = `M${mid(pts[points - 1], pts[0]).join(" ")}`;
  for (let i = 0; i < points; i++) d += `Q${pts[i].join(" ")} ${mid(pts[i], pts[(i + 1) % points]).join(" ")}`;
  return d + "Z";
}

// Each picture: (tone colours) => SVG body in a W x H box unless wide.
const PICTURES = {
  // ---- size, each beside a thing of known size
  "size-pinpoint": (t) => patch(t.skin) + creases(t) + dots(scatter(3, 22, { x1: 62 }), 1.6, t.red)
    // a dressmaker's pin: its head is about 2 mm
    + path("M92 62L72 26", stroke("#5d646e", 1.4)) + circle(71, 24, 3.2, "#c9ced6", ` stroke="#5d646e" stroke-width="1"`),
  "size-small": (t) => patch(t.skin) + creases(t) + dots(scatter(5, 7, { x1: 54, y0: 14, y1: 58 }), 5, t.red)
    // a pea: about 7 mm
    + circle(76, 40, 8, "#6aa84f", ` stroke="#3f6f2c" stroke-width="1.2"`) + circle(73, 37, 2, "#a6d38a"),
  "size-large": (t) => patch(t.skin) + creases(t) + path(blob(32, 38, 22, 7, 9), `fill="${t.red}" opacity=".85"`)
    // a coin: about 2.3 cm
    + circle(76, 40, 13, "#c7cbd1", ` stroke="#6d737c" stroke-width="1.5"`) + circle(76, 40, 9.5, "none", ` stroke="#8f959e" stroke-width="1"`),

  // ---- colour
  "colour-red": (t) => patch(t.skin) + creases(t) + dots(scatter(11, 12), 5, t.red) + dots(scatter(12, 8), 3, t.red),
  "colour-purple": (t) => patch(t.skin) + creases(t) + dots(scatter(13, 14), 4, t.purple)
    + path(blob(62, 40, 12, 4), `fill="${t.purple}" opacity=".8"`),
  "colour-pink": (t) => patch(t.skin) + creases(t) + dots(scatter(15, 14), 6, t.pink, ' opacity=".9"'),
  "colour-darker": (t) => patch(t.skin) + creases(t) + dots(scatter(17, 14), 5, t.dark),

  // ---- what they look like
  wheals: (t) => patch(t.skin) + [[28, 26, 16, 21], [66, 44, 18, 22], [30, 56, 10, 23]].map(([x, y, r, s]) =>
    // a pale raised welt with a red flare around it
    path(blob(x, y, r + 4, s), `fill="${t.red}" opacity=".45"`) + path(blob(x, y, r, s), `fill="${t.hi}"`)).join(""),
  blisters: (t) => patch(t.skin) + scatter(21, 9).map(([x, y, k]) =>
    circle(x, y, 3.5 + k * 2, k > 0.7 ? t.pus : t.blister, ` stroke="${t.red}" stroke-width="1.2" fill-opacity=".85"`)
    + circle(r1(x - 1.2), r1(y - 1.4), 1, "#fff")).join(""),
  "blisters-crusting": (t) => patch(t.skin) + creases(t)
    + dots(scatter(23, 4, { x1: 40 }), 6, t.red)
    + scatter(24, 3, { x0: 40 }).map(([x, y]) => circle(x, y, 4.5, t.blister, ` stroke="${t.red}" stroke-width="1.2" fill-opacity=".85"`)).join("")
    + scatter(25, 4, { x0: 20, x1: 80 }).map(([x, y], i) => path(blob(x, y, 5, 30 + i, 6), `fill="${t.scab}"`)).join(""),
  "honey-crust": (t) => patch(t.skin) + path(blob(48, 36, 30, 41, 9), `fill="${t.red}" opacity=".5"`)
    + [[36, 30, 11], [58, 40, 12], [44, 48, 7]].map(([x, y, r], i) =>
      path(blob(x, y, r, 42 + i), `fill="${t.crust}" stroke="#8a5a12" stroke-width="1"`)).join(""),
  scale: (t) => patch(t.skin) + [[30, 30, 22], [72, 48, 16]].map(([x, y, r], i) =>
    path(blob(x, y, r, 51 + i), `fill="${t.pink}"`)
    // fine flakes, and a peeling edge
    + path(blob(x, y, r - 2, 51 + i), stroke(t.scale, 1.6, ' stroke-dasharray="3 3"'))
    + dots(scatter(53 + i, 7, { x0: x - r / 2, x1: x + r / 2, y0: y - r / 3, y1: y + r / 3 }), 2, t.scale)).join(""),
  rough: (t) => patch(t.skin) + creases(t) + dots(scatter(61, 70), 2.2, t.shade) + dots(scatter(62, 40), 1.4, t.hi),

  // ---- close up
  "around-hairs": (t) => patch(t.skin) + scatter(71, 8, { y0: 20 }).map(([x, y]) =>
    circle(x, y, 4, t.red, ' opacity=".8"') + circle(x, y, 1.6, t.pus) + path(`M${x} ${y}l6-14`, stroke("#2b1b14", 1.1))).join(""),
  "dimpled-bumps": (t) => patch(t.skin) + scatter(73, 6).map(([x, y, k]) => {
    const r = 4.5 + k * 2;
    // a shiny dome with a small dent in the middle
    return circle(x, y, r, t.hi, ` stroke="${t.shade}" stroke-width="1"`) + circle(r1(x - r / 2.5), r1(y - r / 2.5), 1.2, "#fff", ' opacity=".8"')
      + circle(x, y, 1.3, t.shade);
  }).join(""),
  blackheads: (t) => patch(t.skin) + creases(t) + dots(scatter(75, 7), 2.6, "#1d1410") + dots(scatter(76, 6), 3, "#fbf6e9")
    + dots(scatter(77, 4), 6, t.red, ' opacity=".7"'),
  "bite-mark": (t) => patch(t.skin) + [[28, 28], [60, 44], [74, 22]].map(([x, y]) =>
    circle(x, y, 9, t.red, ' opacity=".55"') + circle(x, y, 4.5, t.red) + circle(x, y, 1.2, "#1d1410")).join(""),
  spider: (t) => patch(t.skin) + path(Array.from({ length: 8 }, (_, i) => {
    const a = (i / 8) * 2 * Math.PI + 0.3, r = 17 + (i % 3) * 5;
    return `M48 36q${r1(Math.cos(a + 0.4) * r / 2)} ${r1(Math.sin(a + 0.4) * r / 2)} ${r1(Math.cos(a) * r)} ${r1(Math.sin(a) * r)}`;
  }).join(""), stroke(t.red, 1.2)) + circle(48, 36, 4, t.red),
  burrows: (t) => patch(t.skin) + creases(t) + [[14, 24], [40, 46], [54, 18]].map(([x, y]) =>
    // a short wavy line with a dot at one end
    path(`M${x} ${y}q5-5 10 0t10 0t10 0`, stroke(t.dark, 1.6)) + circle(x + 30, y, 1.8, t.dark)).join("")
    + dots(scatter(81, 5), 3, t.red, ' opacity=".6"'),

  // ---- shapes and places (a face or a body on a plain backdrop)
  band: (t) => patch(BACKDROP)
    // a body from the front; the band runs round one side only and stops at the middle
    + path("M30 8h36l6 24-4 36H28l-4-36z", `fill="${t.skin}" stroke="${t.shade}" stroke-width="1"`)
    + path("M48 8v60", stroke(t.shade, 0.8, ' stroke-dasharray="2 3"'))
    + dots(scatter(91, 22, { x0: 50, x1: 70, y0: 30, y1: 44 }), 3.2, t.red),
  clusters: (t) => patch(t.skin) + creases(t)
    // two tight groups and a short line of spots
    + dots([...scatter(97, 7, { x0: 12, x1: 32, y0: 14, y1: 32 }), ...scatter(98, 6, { x0: 56, x1: 76, y0: 40, y1: 58 })], 4, t.red)
    + dots([[16, 58], [24, 54], [32, 50], [40, 46]], 4, t.red),
  ring: (t) => patch(t.skin) + circle(46, 36, 24, "none", ` stroke="${t.red}" stroke-width="7" opacity=".8"`)
    + circle(46, 36, 10, t.red, ' opacity=".35"')
    // arrows: it grows outward over days
    + path("M76 36h12m-4-4 4 4-4 4M46 6V1", stroke(t.ink, 1.6)),
  "herald-patch": (t) => patch(t.skin) + ellipse(34, 32, 18, 12, t.pink, ` stroke="${t.scale}" stroke-width="1.5" transform="rotate(-20 34 32)"`)
    + scatter(93, 8, { x0: 56, y0: 12 }).map(([x, y]) => ellipse(x, y, 5, 3, t.pink, ` transform="rotate(-30 ${x} ${y})"`)).join(""),
  "slapped-cheeks": (t) => patch(BACKDROP) + ellipse(48, 38, 26, 30, t.skin)
    + ellipse(34, 46, 8, 6, t.red, ' opacity=".75"') + ellipse(62, 46, 8, 6, t.red, ' opacity=".75"')
    + dots([[38, 32], [58, 32]], 4, "#2b1b14") + path("M42 56q6 4 12 0", stroke("#2b1b14", 1.5)),
  "near-eye": (t) => patch(t.skin) + path("M20 40q28-22 56 0q-28 18-56 0z", `fill="#fbfaf7" stroke="${t.shade}" stroke-width="1.5"`)
    + circle(48, 38, 8, "#5a3a24") + circle(48, 38, 3.5, "#111") + path("M18 20q30-16 60 0", stroke("#3b2a20", 3))
    + scatter(95, 8, { x0: 22, x1: 74, y0: 24, y1: 30 }).map(([x, y]) => circle(x, y, 2.4, t.blister, ` stroke="${t.red}" stroke-width="1"`)).join(""),

  // ---- a cause's typical look (results page), where no finding's picture fits
  // pinpoint dots and small bruise-like patches: petechiae and purpura (DermNet "Purpura")
  petechiae: (t) => patch(t.skin) + creases(t) + dots(scatter(111, 26), 1.8, t.purple) + dots(scatter(112, 10), 2.4, t.red)
    + [[24, 50, 7], [70, 24, 6]].map(([x, y, r], i) => path(blob(x, y, r, 113 + i), `fill="${t.purple}" opacity=".7"`)).join(""),
  // flat spots that join into blotches: measles, viral and drug rashes (NHS "Measles")
  blotchy: (t) => patch(t.skin) + creases(t)
    + [[26, 24, 10], [56, 30, 13], [34, 52, 9], [74, 52, 8]].map(([x, y, r], i) => path(blob(x, y, r, 121 + i, 8), `fill="${t.red}" opacity=".5"`)).join("")
    + dots(scatter(125, 14), 4, t.red, ' opacity=".6"'),
  // many small drop-shaped spots with fine scale: guttate psoriasis (NHS "Psoriasis", DermNet)
  "scaly-drops": (t) => patch(t.skin) + creases(t) + scatter(141, 11).map(([x, y, k]) =>
    ellipse(x, y, r1(3.5 + k * 2), r1(3 + k * 1.5), t.pink, ` stroke="${t.scale}" stroke-width=".9" stroke-dasharray="2 1.5"`)).join(""),
  // a few small domed bumps, shiny on top: cherry angioma (DermNet "Cherry angioma")
  "cherry-bumps": (t) => patch(t.skin) + creases(t) + [[26, 28, 4.5], [60, 22, 3.5], [48, 48, 5], [76, 50, 3]].map(([x, y, r]) =>
    circle(x, y, r, t.red, ` stroke="${t.shade}" stroke-width=".8"`) + circle(r1(x - r / 3), r1(y - r / 3), r1(r / 3.5), "#fff", ' opacity=".6"')).join(""),
  // one shiny, moist lump with a collar of skin and a little blood: pyogenic granuloma (BAD leaflet)
  "red-lump": (t) => patch(t.skin) + creases(t) + ellipse(48, 40, 20, 16, t.shade)
    + circle(48, 38, 15, t.red) + ellipse(42, 32, 5, 3.5, "#fff", ' opacity=".45"') + path("M56 52q2 6-1 10", stroke(t.red, 2.4)),
  // an uneven patch of more than one shade with a ragged edge: a mole to get checked (NHS "Melanoma")
  "uneven-mole": (t) => patch(t.skin) + creases(t) + path(blob(46, 36, 17, 131, 9), `fill="${t.dark}"`)
    + path(blob(52, 32, 8, 132, 6), `fill="#1d1410" opacity=".75"`) + path(blob(38, 42, 5, 133, 6), `fill="${t.red}" opacity=".6"`),
};

// Two panels: the glass test, and raised or flat.
function glassPanel(t, x0, fades) {
  const spots = scatter(101, 16, { x0: x0 + 8, x1: x0 + 88, y0: 8, y1: 64 });
  const inGlass = ([x, y]) => x > x0 + 26 && x < x0 + 72 && y > 10 && y < 62;
  // The glass is tinted first; spots under it are drawn over the tint: pale
  // and nearly gone where they fade, as dark as outside where they do not.
  return patch(t.skin, W, H, x0 + 1)
    + `<rect x="${x0 + 24}" y="8" width="50" height="56" rx="6" fill="#eaf5fc" fill-opacity=".3"/>`
    + dots(spots.filter((p) => !(fades && inGlass(p))), 4, t.red)
    + (fades ? dots(spots.filter(inGlass), 4, t.hi, ' opacity=".6"') : "")
    + `<rect x="${x0 + 24}" y="8" width="50" height="56" rx="6" fill="none" stroke="#2f5b7c" stroke-width="2"/>`
    + path(`M${x0 + 32} 14v44`, stroke("#fff", 3, ' opacity=".8"'));
}

const FIGURES = {
  "glass-test": (t) => glassPanel(t, 0, true) + glassPanel(t, WIDE - W, false),
  "raised-or-flat": (t) => {
    // side views: the skin's surface, a bump on it (left), a flat mark in it (right)
    const side = (x0, bump) => patch(BACKDROP, W, H, x0 + 1)
      + path(`M${x0 + 4} 44H${x0 + 92}V68H${x0 + 4}z`, `fill="${t.skin}"`)
      + (bump ? path(`M${x0 + 30} 44q18-30 36 0z`, `fill="${t.red}"`) : path(`M${x0 + 30} 44h36v3H${x0 + 30}z`, `fill="${t.red}"`))
      + path(`M${x0 + 4} 44H${x0 + 92}`, stroke(t.shade, 1));
    return side(0, true) + side(WIDE - W, false);
  },
};

/** Every file: { "<stem>-<tone>.svg": text }, plus "tone-<tone>.svg" swatches. */
export function drawAll() {
  const files = {};
  for (const [tone, t] of Object.entries(TONES)) {
    for (const [stem, draw] of Object.entries(PICTURES)) files[`${stem}-${tone}.svg`] = svg(W, H, draw(t));
    for (const [stem, draw] of Object.entries(FIGURES)) files[`${stem}-${tone}.svg`] = svg(WIDE, H, draw(t));
    files[`tone-${tone}.svg`] = svg(48, 48, patch(t.skin, 48, 48) + creases(t));
  }
  return files;
}

/** The tones the pictures are drawn in. */
export const TONE_IDS = Object.keys(TONES);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "web", "figures");
  mkdirSync(out, { recursive: true });
  for (const old of readdirSync(out)) if (old.endsWith(".svg")) rmSync(join(out, old));
  const files = drawAll();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(out, name), text);
  const bytes = Object.values(files).reduce((n, text) => n + Buffer.byteLength(text), 0);
  console.log(`figures: ${Object.keys(files).length} files, ${bytes} bytes, in web/figures/`);
}
