// Puts the npm package's TypeScript declarations beside its entry point.
import { cpSync } from "node:fs";
import { join } from "node:path";

export function buildPackageTypes(root, distDir) {
  cpSync(join(root, "wasm", "spotcheck.d.ts"), join(distDir, "spotcheck.d.ts"));
}
