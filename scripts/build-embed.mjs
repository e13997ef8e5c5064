// dist/spotcheck.js is the one-tag embed: the classic script from
// web/embed/spotcheck.js, moved to the root of dist/ so every URL it builds
// from its own address (spotcheck.mjs, ui/, embed/) resolves as in web/.
import { renameSync } from "node:fs";
import { join } from "node:path";

export function buildEmbed(distDir) {
  renameSync(join(distDir, "embed", "spotcheck.js"), join(distDir, "spotcheck.js"));
}
