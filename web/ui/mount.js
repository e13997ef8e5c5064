// Spotcheck's user interface: mount(root, options) renders the whole app
// (start, interview, results) into an element or a ShadowRoot and touches
// nothing outside it. Used by index.html (app.js) and by the <spot-check>
// embed.
//
//   const app = mount(root, { checker, assetBase, onResult, hash, linkBase, theme, compact });
//
// checker: a checker or a promise of one (the start screen shows at once; its
//   emergency signs, from checker.describe(), and its start button once loaded).
// startData: { emergency_signs, sources, skin_tones, subjects } from describe(), known
//   before the checker has loaded (the build writes them into index.html):
//   the start screen then shows whole at once, and Start opens the about step
//   while the checker loads (its Continue waits for it).
// assetBase: URL of the folder holding ui/ and index.html (default: this
//   file's parent folder); a ShadowRoot gets ui/spotcheck.css linked from it
//   (unless styles: false, when its host links it), and every root gets
//   ui/screens.css, the screens' styles, once the person leaves the start screen.
// onResult(result, case): called whenever the results screen shows a result.
// hash: a location.hash to open ("#case=..." shows that case's results).
// linkBase: the page URL that "copy link" adds "#case=..." to, or a function
//   giving it (default: assetBase + index.html).
// onAnswersChange(case, { tone, subject }): called after every change to the
//   answers, the skin tone or who the check is for (for a "remember my answers" option; mount itself stores
//   nothing).
// onStateChange(state, { push }): called after every screen shown once the
//   checker is loaded, with a plain-data state (the answers and where the
//   person is); push is true when the person moved to another screen or
//   question (a new history entry), false when the same place was shown again.
// languages: language tags whose region picks the emergency number to call
//   (default navigator.languages: "en-GB" -> 999, from describe().emergency_call).
// lang: the language to show ("es"; default: the first of navigator.languages
//   the build offers, else English). Not English: the app stays hidden until
//   its words (i18n/<lang>.json) and the engine's are here, so no English shows.
// onLanguageChange(lang, { dir, name }): after the app is drawn in a language
//   (the person's pick in the language menu, or the first). The answers are
//   the same in every language; the page keeps the choice (app.js).
// state: a state from onStateChange (e.g. kept for the tab), or a list of them
//   (the tab's, then its history entry's), to open once loaded; see showState.
// Returns { ready, openHash(hash), openCase(case, { tone, subject }), showState(...states), getCase(), getTone(), getSubject(),
//   setOptions({ theme, compact }), setLanguage(lang), getLanguage(), unmount() };
// ready resolves to true once the checker is loaded, false if it failed (the
// app then says so in place of the start screen).
import { h, idMaker } from "./dom.js";
import { caseFragment, hasCaseFragment, readCaseFragment } from "./caselink.js";
import { newInterview, toCase, fromCase, answerFindings, recordAnswer, answerFor, interviewFrom } from "./interview.js";
import { levelInfo } from "./levels.js";
import { startScreen, fillStartScreen } from "./start.js";
import { aboutScreen } from "./about.js";
import { toneFor } from "./pictures.js";
import { translator, loadUiWords, chooseLanguage, languageInfo, addEnglish } from "./i18n.js";
import { languagePicker } from "./language.js";

// For the page (app.js): its own words and the language rule, from the one bundle.
export { translator, chooseLanguage, LANGUAGES } from "./i18n.js";

// What the start and about screens show: from describe(), or from the same
// parts of it given before the engine has loaded (options.startData).
function startPart(d) {
  return { emergencySigns: d.emergency_signs ?? null, sources: d.sources ?? {}, skinTones: d.skin_tones ?? null, subjects: d.subjects ?? null };
}

// lang: the page's language, asked for on every call (an embedded app may
// share its checker with another in another language).
function prepare(checker, lang, d = checker.describe({ lang })) {
  return {
    ...startPart(d),
    checker,
    version: d.kb_version,
    questions: d.questions,
    questionsById: new Map(d.questions.map((q) => [q.id, q])),
    findingsById: new Map(d.findings.map((f) => [f.id, f])),
    conditionsById: new Map(d.conditions.map((c) => [c.id, c])),
    resultsNote: d.results_note ?? null,
    emergencyCall: d.emergency_call ?? null,
    causeBelowAdvice: d.cause_below_advice ?? null,
    // The engine's levels, calmest first: a level's index is its urgency.
    levelOrder: d.triage_levels.map((l) => l.id),
  };
}

async function copyText(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission or no clipboard: the person copies from the box
  }
}

export function mount(root, options = {}) {
  const base = new URL(options.assetBase ?? new URL("../", import.meta.url), document.baseURI);
  const linkBase = options.linkBase ?? new URL("index.html", base).href;
  const idFor = idMaker();
  const isShadow = typeof ShadowRoot !== "undefined" && root instanceof ShadowRoot;

  const live = h("div", { class: "sc-visually-hidden", role: "status", "aria-live": "polite", "data-testid": "live" });
  const alertRegion = h("div", { class: "sc-notice-area", role: "alert", "data-testid": "error-area" });
  const noticeArea = h("div", { class: "sc-notice-area", "data-testid": "notice-area" });
  const screen = h("div", { class: "sc-screen" });
  const summary = h("div", { class: "sc-print-only" });
  // The page's words: English until another language's have loaded (setLanguage).
  let t = translator("en");
  const picker = languagePicker({ idFor, onPick: (lang) => setLanguage(lang) });
  const app = h("div", { class: "sc-app", "data-testid": "spotcheck", "data-screen": "start", lang: "en", dir: "ltr" },
    live, alertRegion, noticeArea, picker.element, screen, summary);
  const firstLang = chooseLanguage([options.lang, ...(options.lang ? [] : globalThis.navigator?.languages ?? [])]);
  // Hidden until its styles (in a shadow root) and, for another language, its
  // words are here: nothing unstyled, and nothing English, shows meanwhile.
  let stylesIn = !(isShadow && options.styles !== false);
  let wordsIn = firstLang === "en";
  const reveal = () => { app.hidden = !(stylesIn && wordsIn); };
  reveal();
  const added = [app];
  // A style sheet linked into the app's root (its element or shadow root):
  // resolves once it applies; rejects, and goes, if it cannot come.
  function linkStyleSheet(path) {
    return new Promise((resolve, reject) => {
      const link = h("link", { rel: "stylesheet", href: new URL(path, base).href });
      link.addEventListener("load", resolve, { once: true });
      link.addEventListener("error", () => { link.remove(); reject(new Error(`could not load ${link.href}`)); }, { once: true });
      root.append(link);
      added.push(link);
    });
  }
  if (isShadow && options.styles !== false) {
    // Hidden until its styles arrive (or cannot), so nothing shows unstyled meanwhile.
    const show = () => { stylesIn = true; reveal(); };
    linkStyleSheet("ui/spotcheck.css").then(show, show);
  }
  root.append(app);

  let kb = null;
  // The start data is English (drawn at build): used only while the page is.
  const startKbEnglish = options.startData ? startPart(options.startData) : null;
  let startKb = firstLang === "en" ? startKbEnglish : null;
  let printLang = null; // the doctor's summary: null (the page's language) or "en"
  let loadProblem = null;
  let iv = newInterview();
  let screenName = "start";
  let renders = 0;
  let announcedLevel = null;
  let lastResultKey = null;
  let memo = { key: null, result: null };
  let shownAt = null; // where the last state told (onStateChange) was
  let quiet = false; // showing a state given back (history): no new entry
  let replaceNext = false; // a link or saved answers opened on a fresh page: no new entry

  const ready = Promise.resolve(options.checker).then(async (checker) => {
    if (!checker || typeof checker.assess !== "function") throw new Error("mount() needs a checker (from createChecker()).");
    // The first language, or the one picked while the checker loaded: its
    // words (the page's and the engine's) before anything is drawn in it.
    const lang = wordsIn ? t.lang : firstLang;
    let wordsMissing = false;
    if (lang !== "en") {
      try {
        await Promise.all([loadUiWords(lang, base), checker.language === lang ? null : checker.setLanguage?.(lang)]);
        t = translator(lang);
      } catch {
        // Its catalog could not load (offline before it was cached): English, and say so.
        t = translator("en");
        startKb = startKbEnglish;
        wordsMissing = true;
      }
      showLanguage();
    }
    kb = prepare(checker, t.lang);
    // Left the start screen while the engine loaded: the interview's words now, not at Continue.
    if (screenName !== "start") askForTexts();
    // The start screen showed at once (in English, from the start data): its
    // emergency signs are the engine's. In another language it waited for them.
    if (screenName === "start" && startKb) fillStartScreen(screen, { kb, onStart: actions.start, idFor, t });
    else if (screenName === "start") render(false);
    wordsIn = true;
    reveal();
    if (wordsMissing) showNotice(t("ui.notice.language_failed"), { error: true });
    tellState();
    // The tab's interview, once the texts are here (as for a link), so its
    // questions or results can be drawn; unless the person has moved on meanwhile.
    // A fresh start screen has nothing to bring back: it is not drawn again.
    const states = [options.state ?? []].flat().filter((st) => st && (st.screen !== "start" || st.iv?.answers?.length || st.iv?.age != null || st.iv?.subject != null));
    if (states.length) {
      const drawn = renders;
      Promise.all([askForTexts(), askForResultTexts()]).then(() => { if (renders === drawn) showState(...states); });
    }
  }).catch((e) => {
    loadProblem = e;
    showLoadProblem();
    wordsIn = true;
    reveal();
  });

  // ---- the language: the page's words, the engine's, <… lang dir>

  function showLanguage() {
    const info = languageInfo(t.lang);
    app.setAttribute("lang", t.lang);
    app.setAttribute("dir", info.dir);
    picker.show(t);
    options.onLanguageChange?.(t.lang, info);
  }

  let languageMoves = 0;
  /** Shows the app in another language (an id the build offers), on the same screen with every answer. */
  async function setLanguage(wanted) {
    const lang = chooseLanguage([wanted]);
    const move = ++languageMoves;
    try {
      await loadUiWords(lang, base);
      // Another language needs the engine's words too: once the checker is here
      // (the about step may show from the English start data meanwhile).
      if (!kb && lang !== "en" && !loadProblem) await ready;
      if (kb && kb.checker.language !== undefined && kb.checker.language !== lang) await kb.checker.setLanguage(lang);
    } catch {
      if (move === languageMoves) showNotice(t("ui.notice.language_failed"), { error: true });
      picker.show(t);
      return false;
    }
    if (move !== languageMoves) return false; // another pick came after this one
    t = translator(lang);
    startKb = lang === "en" ? startKbEnglish : null;
    memo = { key: null, result: null };
    if (kb) kb = prepare(kb.checker, t.lang);
    printLang = null;
    showLanguage();
    clearNotices();
    if (screenName === "error") showLoadProblem();
    else render(false);
    return true;
  }

  // ---- what the engine says about the current answers

  function assess() {
    const kase = toCase(iv);
    const key = JSON.stringify([t.lang, kase]);
    if (memo.key !== key) memo = { key, result: kb.checker.assess(kase, { lang: t.lang, questionsLeft: true }) };
    return memo.result;
  }

  // ---- notices: errors never replace the screen, so no answer is lost

  function showNotice(text, { error = false, action = null } = {}) {
    const area = error ? alertRegion : noticeArea;
    area.replaceChildren(h("div", { class: ["sc-notice", error && "sc-notice-error"], "data-testid": error ? "error" : "notice" },
      h("p", {}, text),
      h("div", { class: "sc-actions" },
        action ? h("button", { type: "button", class: "sc-button", onclick: () => { clearNotices(); action.run(); } }, action.label) : null,
        h("button", { type: "button", class: "sc-button", onclick: clearNotices }, t("ui.common.dismiss")))));
    if (!error) live.textContent = text;
  }

  function clearNotices() {
    alertRegion.replaceChildren();
    noticeArea.replaceChildren();
  }

  function showLoadProblem() {
    screenName = "error";
    app.dataset.screen = "error";
    screen.replaceChildren(h("div", { class: "sc-start" },
      h("h1", { class: "sc-title", tabindex: "-1" }, t("ui.load.title")),
      h("p", {}, t("ui.load.text")),
      h("p", { class: "sc-hint" }, String(loadProblem?.message ?? loadProblem))));
  }

  function answersChanged() {
    options.onAnswersChange?.(toCase(iv), { tone: iv.tone, subject: iv.subject });
  }

  // A tone the data offers, or null (a link or saved answers may carry anything).
  function knownTone(tone) {
    return (kb ?? startKb)?.skinTones?.tones.some((t) => t.id === tone) ? tone : null;
  }

  // Who the check is for, as the data offers it ("self", "child", "other"), or null.
  function knownSubject(subject) {
    return (kb ?? startKb)?.subjects?.options.some((o) => o.id === subject) ? subject : null;
  }

  // Where the data's pictures come from, and the tone to draw them on.
  function pictures() {
    return kb.skinTones ? { base, tone: toneFor(iv.tone, kb.skinTones) } : null;
  }

  // ---- moving between screens

  function go(name, { focus = true } = {}) {
    if ((name === "question" || name === "results") && !textsHere()) return afterTexts(() => go(name, { focus }));
    clearNotices();
    // No question left to ask (e.g. after an undo): the results are next.
    screenName = name === "question" && !currentQuestion() ? "results" : name;
    render(focus);
  }

  function nextStep() {
    if (!textsHere()) return afterTexts(nextStep);
    if (iv.cursor < iv.answers.length) return go("question");
    const result = assess();
    if (result.error) return showNotice(t("ui.notice.not_checked", { problem: result.error.message }), { error: true });
    go(result.next_question ? "question" : "results");
  }

  function currentQuestion() {
    if (iv.asking) return kb.questionsById.get(iv.asking);
    if (iv.cursor < iv.answers.length) return kb.questionsById.get(iv.answers[iv.cursor].questionId);
    const next = assess().next_question;
    return next ? kb.questionsById.get(next.id) ?? next : null;
  }

  function snapshot() {
    return { iv: structuredClone(iv), screenName };
  }

  function restore(saved) {
    iv = saved.iv;
    answersChanged();
    go(saved.screenName);
  }

  // ---- the state a page keeps for its history and the tab (onStateChange)

  const SCREENS = ["start", "about", "question", "results"];

  function tellState() {
    // Before the checker: only the start and about steps drawn from the start data.
    if ((!kb && !startKb) || !SCREENS.includes(screenName)) return;
    const at = JSON.stringify([iv.id, screenName, iv.cursor, iv.asking, iv.returnTo]);
    const push = !quiet && !replaceNext && shownAt !== null && at !== shownAt;
    shownAt = at;
    replaceNext = false;
    options.onStateChange?.({ format: 1, screen: screenName, iv: structuredClone(iv) }, { push });
  }

  // Takes one state's interview: within the same interview only the place
  // changes (every answer given since is kept); another interview (e.g. the
  // one before "Start again") comes back whole. False when it cannot be read.
  function adopt(state) {
    if (!state || state.format !== 1 || !SCREENS.includes(state.screen)) return false;
    const read = interviewFrom(state.iv, kb.questionsById);
    if (!read) return false;
    if (read.id === iv.id) {
      iv.cursor = Math.min(read.cursor, iv.answers.length);
      iv.asking = read.asking;
      iv.returnTo = read.returnTo;
      return true;
    }
    if (kb.checker.assess(toCase(read)).error) return false;
    iv = read;
    announcedLevel = null;
    return true;
  }

  /** Shows the last readable of the states (e.g. the tab's, then a history entry's) without adding an entry. */
  function showState(...states) {
    if (!kb) return false;
    let shown = null;
    for (const state of states) if (adopt(state)) shown = state.screen;
    if (!shown) return false;
    answersChanged();
    quiet = true;
    try {
      go(shown);
    } finally {
      quiet = false;
    }
    return true;
  }

  const actions = {
    async start() {
      if (!kb && !startKb && !loadProblem) {
        live.textContent = t("ui.notice.loading");
        screen.querySelector("[data-testid='start']")?.setAttribute("aria-busy", "true");
      }
      if (!startKb) await ready;
      if ((kb || startKb) && !loadProblem && screenName === "start") go("about"); // unless a link opened meanwhile
    },
    async saveAbout({ subject, age, ageMonths, sex, tone }) {
      iv.subject = knownSubject(subject);
      iv.age = age;
      iv.ageMonths = ageMonths;
      iv.sex = sex;
      iv.tone = knownTone(tone);
      if (!kb) {
        // Opened from the start data while the checker loads: the questions need it.
        if (!loadProblem) live.textContent = t("ui.notice.loading");
        await ready;
        if (!kb || screenName !== "about") return;
      }
      answersChanged();
      const returnTo = iv.returnTo;
      iv.returnTo = null;
      if (returnTo === "results") return go("results");
      if (returnTo === "end") iv.cursor = iv.answers.length;
      nextStep();
    },
    answer(choice) {
      const question = currentQuestion();
      const index = recordAnswer(iv, question.id, answerFindings(question, choice));
      answersChanged();
      if (iv.asking) {
        // Answering the warning-sign questions the results listed: the next
        // one the engine still lists, then back to the results.
        const next = assess().triage?.unanswered_red_flags?.find((id) => id !== question.id && kb.questionsById.has(id));
        iv.cursor = iv.answers.length;
        iv.asking = next ?? null;
        if (next) return go("question");
        iv.returnTo = null;
        return go("results");
      }
      const returnTo = iv.returnTo;
      iv.returnTo = null;
      if (returnTo === "results") {
        iv.cursor = iv.answers.length;
        return go("results");
      }
      iv.cursor = returnTo === "end" ? iv.answers.length : index + 1;
      nextStep();
    },
    back() {
      if (iv.asking) return actions.resultsNow();
      const returnTo = iv.returnTo;
      iv.returnTo = null;
      if (screenName === "about") {
        if (returnTo === "results") return go("results");
        if (returnTo !== "end") return go("start");
        iv.cursor = iv.answers.length;
        return nextStep();
      }
      if (iv.cursor > 0) {
        iv.cursor -= 1;
        return go("question");
      }
      go("about");
    },
    change(index, from) {
      iv.asking = null;
      iv.returnTo = from === "results" ? "results" : "end";
      if (index === "about") return go("about");
      iv.cursor = index;
      go("question");
    },
    resultsNow() {
      iv.asking = null;
      iv.returnTo = null;
      iv.cursor = iv.answers.length;
      go("results");
    },
    continueQuestions() {
      iv.asking = null;
      iv.cursor = iv.answers.length;
      nextStep();
    },
    // From the results: the warning-sign questions not answered yet, in the
    // engine's order, then back to the results.
    answerWarnings() {
      const first = assess().triage?.unanswered_red_flags?.find((id) => kb.questionsById.has(id));
      if (!first) return go("results");
      iv.asking = first;
      iv.returnTo = "results";
      iv.cursor = iv.answers.length;
      go("question");
    },
    restart() {
      const saved = snapshot();
      iv = newInterview();
      announcedLevel = null;
      answersChanged();
      go("start");
      showNotice(t("ui.notice.cleared"), { action: { label: t("ui.notice.undo"), run: () => restore(saved) } });
    },
  };

  // ---- rendering

  // The texts shown after the start screen (a checker made with deferTexts),
  // so they are not part of the first load: the interview's words (the
  // questions', the rules' reasons) and the question and results screens'
  // code (./screens.js), asked for once the person leaves the start screen;
  // the causes' longer texts, once the first question shows.
  let textsIn = false;
  let screens = null;
  const deferred = () => typeof kb.checker.loadTexts === "function";
  const textsHere = () => Boolean(kb) && screens !== null && (textsIn || !deferred());

  // A load asked for once and shared, then `arrived` with what it gave;
  // forgotten if it fails (offline before it was cached), so the next try
  // asks again. Resolves to whether it came.
  function askedOnce(load, arrived) {
    let asked = null;
    return () => (asked ??= load().then((value) => {
      arrived(value);
      return true;
    }, () => {
      asked = null;
      return false;
    }));
  }
  // The screens' styles, linked beside the app (whatever options.styles says
  // of spotcheck.css) and waited for, so no question or result shows
  // unstyled; linked once, but again after a failure (a retry).
  let screensStyled = false;
  const linkScreensStyles = () => (screensStyled ? Promise.resolve()
    : linkStyleSheet("ui/screens.css").then(() => { screensStyled = true; }));
  const askForScreens = askedOnce(() => Promise.all([import("./screens.js"), linkScreensStyles()]).then(([code]) => code), (code) => {
    addEnglish(code.englishWords);
    screens = code;
  });
  const askForWords = askedOnce(() => kb.checker.loadTexts({ results: false }), () => {
    textsIn = true;
    kb = prepare(kb.checker, t.lang);
  });
  // The results show without the causes' longer texts if they are late, and again once here.
  const askForCausesTexts = askedOnce(() => kb.checker.loadTexts(), () => {
    kb = prepare(kb.checker, t.lang);
    if (screenName === "results") render(false);
  });

  function askForTexts() {
    if (!kb) return Promise.resolve(false);
    return Promise.all([deferred() ? askForWords() : true, askForScreens()]).then(([words, code]) => words && code);
  }
  function askForResultTexts() {
    return !kb || !deferred() ? Promise.resolve() : askForCausesTexts();
  }

  // No question or result is drawn without those texts (no advice without
  // its reasons): a step there waits for them, and says so when they cannot
  // come, keeping every answer. Dropped if the person moves on meanwhile.
  function afterTexts(step) {
    if (loadProblem) return;
    const drawn = renders;
    live.textContent = t("ui.notice.loading");
    Promise.resolve(kb ?? ready).then(askForTexts).then((here) => {
      if (renders !== drawn || !kb) return;
      if (here) return step();
      textsFailed(() => afterTexts(step));
    });
  }

  function render(focus) {
    if (screenName !== "start") askForTexts();
    if (screenName === "question" || screenName === "results") askForResultTexts();
    app.dataset.screen = screenName;
    app.dataset.render = String(++renders);
    summary.replaceChildren();
    if (screenName === "start") {
      screen.replaceChildren(startScreen({ kb: kb ?? startKb, onStart: actions.start, idFor, t }));
    } else if (screenName === "about") {
      screen.replaceChildren(aboutScreen({ iv, onSave: actions.saveAbout, onBack: actions.back, idFor, t, skinTones: (kb ?? startKb).skinTones, subjects: (kb ?? startKb).subjects, base }));
    } else if (screenName === "question") {
      renderQuestion();
    } else if (screenName === "results") {
      renderResults();
    }
    if (focus) screen.querySelector("[tabindex='-1']")?.focus();
    tellState();
  }

  function renderQuestion() {
    const question = currentQuestion();
    const result = assess();
    const { level, advice } = result.triage ?? {};
    app.dataset.level = level ?? "";
    if (level === "emergency" && announcedLevel !== "emergency") {
      live.textContent = `${t("ui.interview.could_be_emergency")} ${advice}`;
      announcedLevel = level;
    }
    screen.replaceChildren(screens.questionScreen({
      iv, question, previous: answerFor(iv, question.id)?.findings, level, advice, idFor, t, questionsById: kb.questionsById,
      questionsAfter: screens.questionsAfter(iv, result),
      returnToResults: iv.returnTo === "results", pictures: pictures(),
      actions: { answer: actions.answer, back: actions.back, resultsNow: actions.resultsNow, change: (i) => actions.change(i, "interview") },
    }));
  }

  function renderResults() {
    const kase = toCase(iv);
    const result = assess();
    if (result.error) {
      screenName = "start";
      render(true);
      return showNotice(t("ui.notice.not_checked", { problem: result.error.message }), { error: true });
    }
    const level = result.triage.level;
    app.dataset.level = level;
    screen.replaceChildren(screens.resultsScreen({
      kb, iv, kase, result, idFor, t, questionsById: kb.questionsById, languages: options.languages ?? navigator.languages, pictures: pictures(),
      actions: {
        change: (i) => actions.change(i, "results"),
        continueQuestions: actions.continueQuestions,
        answerWarnings: actions.answerWarnings,
        restart: actions.restart,
        print: () => window.print(),
        printLanguage: () => printLang ?? t.lang,
        setPrintLanguage: (lang) => {
          printLang = lang === t.lang ? null : lang;
          summary.replaceChildren(doctorSummary());
        },
        copy: copyText,
        link: () => (typeof linkBase === "function" ? linkBase() : linkBase).split("#")[0] + caseFragment(kase, iv.tone, iv.subject),
      },
    }));
    summary.replaceChildren(doctorSummary());
    const title = levelInfo(level, t).title;
    live.textContent = t(announcedLevel === null || announcedLevel === level ? "ui.live.results" : "ui.live.updated", { title });
    announcedLevel = level;
    const key = memo.key;
    if (key !== lastResultKey) {
      lastResultKey = key;
      options.onResult?.(result, kase);
    }
  }

  // The doctor's summary in the page's language, or in English when chosen
  // (the engine's English words: a per-call language, describe() and assess()).
  function doctorSummary() {
    if (printLang !== "en" || t.lang === "en") return screens.printSummary({ kb, iv, result: assess(), t });
    const english = kb.checker.language === undefined ? kb : prepare(kb.checker, "en");
    const result = kb.checker.language === undefined ? assess() : kb.checker.assess(toCase(iv), { lang: "en" });
    return screens.printSummary({ kb: english, iv, result, t: translator("en") });
  }

  // ---- case links

  // Replaces the answers with a case's; the person's own can be brought back.
  function replaceAnswers(kase, { where, notice, source, text, tone = null, subject = null }) {
    // The link's own text when there is one: the engine's reader refuses what JSON.parse would quietly drop.
    const problem = kb.checker.assess(text ?? kase, { lang: t.lang }).error?.message;
    if (problem) {
      const kept = iv.answers.length ? ` ${t("ui.notice.own_kept")}` : "";
      showNotice(`${t(source === "link" ? "ui.notice.link_not_opened" : "ui.notice.saved_not_opened")} ${problem}${kept}`, { error: true });
      return false;
    }
    const saved = iv.answers.length || iv.age !== null ? snapshot() : null;
    replaceNext = !saved && screenName === "start";
    iv = fromCase(kase, kb.questions);
    iv.tone = knownTone(tone);
    iv.subject = knownSubject(subject);
    announcedLevel = null;
    answersChanged();
    if (where === "results") go("results");
    else nextStep();
    // Say so when the person's own answers were replaced (and offer them
    // back); a fresh page opens straight at the advice, with nothing above it.
    if (saved) showNotice(t(notice), { action: { label: t("ui.notice.own_back"), run: () => restore(saved) } });
    else if (where !== "results") showNotice(t(notice));
    return true;
  }

  function textsFailed(retry) {
    showNotice(t("ui.notice.texts_failed"), { error: true, action: { label: t("ui.notice.try_again"), run: retry } });
    return false;
  }

  /** Opens "#case=..." at its results; anything else in the hash is ignored. */
  async function openHash(hash) {
    if (!hasCaseFragment(hash)) return false;
    await ready;
    if (!kb) return false;
    const read = readCaseFragment(hash);
    if (read.problem) {
      const kept = iv.answers.length ? ` ${t("ui.notice.own_kept")}` : "";
      showNotice(`${t("ui.notice.link_not_opened")} ${t(read.problem)}${kept}`, { error: true });
      return false;
    }
    if (!(await askForTexts())) return textsFailed(() => openHash(hash));
    await askForResultTexts(); // the results drawn once, with the causes' texts, unless those fail
    return replaceAnswers(read.case, { where: "results", notice: "ui.notice.from_link", source: "link", text: read.json, tone: read.tone, subject: read.subject });
  }

  /** Opens a case object (e.g. remembered answers, with their skin tone) where it left off. */
  async function openCase(kase, { notice = "ui.notice.saved_back", tone = null, subject = null } = {}) {
    await ready;
    if (!kb) return false;
    if (kase === null || typeof kase !== "object" || Array.isArray(kase)) return false;
    if (!(await askForTexts())) return textsFailed(() => openCase(kase, { notice, tone, subject }));
    await askForResultTexts();
    return replaceAnswers(kase, { where: "resume", notice, source: "saved", tone, subject });
  }

  function setOptions({ theme, compact } = {}) {
    if (theme !== undefined) app.dataset.theme = ["light", "dark"].includes(theme) ? theme : "auto";
    if (compact !== undefined) app.classList.toggle("sc-compact", Boolean(compact));
  }

  setOptions({ theme: options.theme ?? "auto", compact: options.compact ?? false });
  picker.show(t);
  render(false);
  if (hasCaseFragment(options.hash)) openHash(options.hash);

  return {
    ready: ready.then(() => !loadProblem),
    openHash,
    openCase,
    showState,
    getCase: () => toCase(iv),
    getTone: () => iv.tone,
    getSubject: () => iv.subject,
    setOptions,
    setLanguage,
    getLanguage: () => t.lang,
    unmount() {
      for (const el of added) el.remove();
    },
  };
}
