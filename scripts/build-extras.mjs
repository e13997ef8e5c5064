// The build steps that run after web/ and the wasm module are in dist/:
// icons, the embed script, the package's types and, last, the service
// worker, whose precache list and cache name cover everything before it.
import { join } from "node:path";
import { buildIcons } from "./build-icons.mjs";
import { buildEmbed } from "./build-embed.mjs";
import { buildPackageTypes } from "./build-package.mjs";
import { writeServiceWorker } from "./build-sw.mjs";

export function buildExtras(root, distDir) {
  buildIcons(join(root, "web"), distDir);
  buildEmbed(distDir);
  buildPackageTypes(root, distDir);
  const sw = writeServiceWorker(distDir);
  console.log(`build: sw.js precaches ${sw.files.length} URLs as ${sw.cache}`);
}
