// The Spotcheck page: loads the engine, mounts the app into <main>, opens
// case links (#case=...), remembers answers only when the person ticks the
// box, and registers the service worker for offline use.
import { createChecker } from "./spotcheck.mjs";
import { mount } from "./ui/mount.js";
import { remembered, remember, forget } from "./remember.js";
import { registerServiceWorker } from "./sw-register.js";

const rememberBox = document.querySelector("#remember");
const forgetButton = document.querySelector("#forget");
const rememberStatus = document.querySelector("#remember-status");
const saved = remembered();
rememberBox.checked = saved !== null;

const app = mount(document.querySelector("#app"), {
  checker: createChecker(),
  assetBase: new URL("./", import.meta.url),
  linkBase: location.href.split("#")[0],
  hash: location.hash,
  onAnswersChange(kase) {
    if (rememberBox.checked) remember(kase);
  },
});

// A case link wins over remembered answers: it is what the person just opened.
if (saved && !location.hash.includes("#case=") && (saved.age !== undefined || Object.keys(saved.findings ?? {}).length)) {
  app.openCase(saved);
}

addEventListener("hashchange", () => app.openHash(location.hash));

rememberBox.addEventListener("change", () => {
  if (rememberBox.checked) {
    rememberStatus.textContent = remember(app.getCase())
      ? "Your answers will be remembered on this device."
      : "This browser does not allow saving. Nothing was stored.";
    if (!remembered()) rememberBox.checked = false;
  } else {
    forget();
    rememberStatus.textContent = "Nothing is saved on this device.";
  }
});

forgetButton.addEventListener("click", () => {
  forget();
  rememberBox.checked = false;
  rememberStatus.textContent = "Your saved answers were forgotten. Nothing is saved on this device.";
});

registerServiceWorker();
