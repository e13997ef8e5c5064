// web/ui/spotcheck.css states the dark palette twice: under
// prefers-color-scheme (theme auto) and under [data-theme="dark"]. CSS cannot
// share one declaration block between the two, and generating one from the
// other at build time would save nothing served (gzip already folds the copy
// to about 20 bytes), so the copies stay and this test keeps them equal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

const css = readFileSync(new URL("../../web/ui/spotcheck.css", import.meta.url), "utf8");

// The declarations of the first rule whose selector contains `selector`.
function declarations(selector) {
  const at = css.indexOf(selector);
  assert.ok(at >= 0, `spotcheck.css has ${selector}`);
  const open = css.indexOf("{", at);
  return css.slice(open + 1, css.indexOf("}", open)).split(";").map((d) => d.trim()).filter(Boolean);
}

test("the dark palette is the same for theme auto (system dark) and theme dark", () => {
  const auto = declarations('.sc-app:not([data-theme="light"])');
  const dark = declarations('.sc-app[data-theme="dark"]');
  assert.ok(auto.length >= 10 && auto.includes("color-scheme: dark"), "the auto block is the palette");
  assert.deepEqual(auto, dark);
});
