// Runs before the page paints (a classic script in <head>): picks the page's
// language and, when it is not English, hides the prerendered English start
// screen until app.js has drawn the page in that language (page.css), so no
// English flashes. The languages offered are written into <html
// data-languages> at build. The first of: ?lang=, this tab's choice, the
// choice saved with remembered answers, the browser's languages (as
// web/ui/i18n.js chooseLanguage, which the embed uses).
(() => {
  "use strict";
  const root = document.documentElement;
  const offered = (root.getAttribute("data-languages") || "en").split(" ");
  const read = (store, key) => {
    try {
      return JSON.parse(window[store].getItem(key));
    } catch {
      return null; // storage disabled or unreadable: not a choice
    }
  };
  const wanted = [new URLSearchParams(location.search).get("lang"), read("sessionStorage", "spotcheck:lang"),
    (read("localStorage", "spotcheck:answers") || {}).lang, ...(navigator.languages || [navigator.language])];
  let lang = "en";
  for (const tag of wanted) {
    const primary = typeof tag === "string" ? tag.toLowerCase().split(/[-_]/)[0] : "";
    if (primary && offered.includes(primary)) {
      lang = primary;
      break;
    }
  }
  root.setAttribute("data-lang", lang);
  if (lang !== "en") root.setAttribute("data-lang-pending", "");
})();
