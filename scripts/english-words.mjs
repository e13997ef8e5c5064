// The page's English words (data/i18n/en/ui.json) in two parts for the UI's
// bundle (bundle-ui.mjs): the words the first load may use, bundled with
// web/ui/i18n.js, and the words only the question and results screens' code
// uses, bundled with it in ui/screens.js (after the first screen: about
// 1.5 KB gzip the first load does without; README.md "Performance").
//
// An id goes with the screens only when nothing else names it: not its whole
// id anywhere in `firstLoadText` (code, comments or markup of every other file
// of web/), nor a prefix that could build it there: a template (`ui.level.${`)
// or a quoted prefix ("ui.level."). Anything in doubt stays in the first load.

// "ui.x." or `ui.x.${`: at least one part after "ui." (i18n.js's "ui." is a test, not a prefix).
const PREFIXES = [/`(ui\.[A-Za-z0-9_]+\.[A-Za-z0-9_.]*)\$\{/g, /["'](ui\.[A-Za-z0-9_]+\.(?:[A-Za-z0-9_]+\.)*)["']/g];

/** { first, later }: the words split as above (each id in exactly one part, in source order). */
export function splitEnglish(words, firstLoadText) {
  const prefixes = PREFIXES.flatMap((pattern) => [...firstLoadText.matchAll(pattern)].map((m) => m[1]));
  const first = {}, later = {};
  for (const [id, text] of Object.entries(words)) {
    const named = firstLoadText.includes(id) || prefixes.some((prefix) => id.startsWith(prefix));
    (named ? first : later)[id] = text;
  }
  return { first, later };
}
