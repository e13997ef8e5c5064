// Renders the app icons drawn in web/icons/*.svg into the PNG sizes the web
// app manifest lists (browsers and launchers want PNGs at 192 and 512 px).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";

export const ICONS = [
  { svg: "icon.svg", sizes: [192, 512], name: (s) => `icon-${s}.png` },
  { svg: "icon-maskable.svg", sizes: [192, 512], name: (s) => `icon-maskable-${s}.png` },
];

/** Writes dist/icons/*.png from the SVGs in web/icons/; returns the paths written. */
export function buildIcons(webDir, distDir) {
  const out = join(distDir, "icons");
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const icon of ICONS) {
    const svg = readFileSync(join(webDir, "icons", icon.svg));
    for (const size of icon.sizes) {
      const png = new Resvg(svg, { fitTo: { mode: "width", value: size } }).render().asPng();
      const path = join(out, icon.name(size));
      writeFileSync(path, png);
      written.push(path);
    }
  }
  return written;
}
