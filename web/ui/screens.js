// The question and results screens' code: loaded by mount.js with the
// interview's words as the person leaves the start screen (esbuild makes it a
// chunk of its own: scripts/bundle-ui.mjs), so it is not part of the first load.
export { questionScreen } from "./question-screen.js";
export { questionsAfter } from "./progress.js";
export { resultsScreen } from "./results.js";
export { printSummary } from "./summary.js";
