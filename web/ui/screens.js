// The question and results screens' code: loaded by mount.js as the person
// leaves the start screen (esbuild makes it a chunk of its own:
// scripts/bundle-ui.mjs), so it is not part of the first load. The about
// step's code stays in mount.js: it shows at once on Start, on a slow phone too.
export { questionScreen } from "./question-screen.js";
export { questionsAfter } from "./progress.js";
export { resultsScreen } from "./results.js";
export { printSummary } from "./summary.js";
// The English words only these screens use (bundled: scripts/english-words.mjs;
// unbundled, every English word), for mount.js to add (i18n.js addEnglish).
export { default as englishWords } from "../../data/i18n/en/ui.json" with { type: "json" };
