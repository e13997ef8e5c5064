// The only place Spotcheck stores anything, and only when the person ticks
// "remember my answers on this device". Nothing else in the app may touch
// cookies, localStorage or IndexedDB.
//
//   import { remembered, rememberedTone, remember, forget } from "./remember.js";
//   const saved = remembered();      // the saved case, or null
//   rememberedTone();                // the skin tone saved with it, or null
//   rememberedSubject();             // who the check is for, saved with it, or null
//   remember(kase, { tone, subject, lang }); // after each answer, only while the box is ticked
//   (lang, the page's language, is read back by lang-first.js before the page paints)
//   forget();                        // the "forget" button, and unticking the box

const KEY = "spotcheck:answers";
const FORMAT = 1;

function store() {
  try {
    return globalThis.localStorage ?? null; // throws in some sandboxed frames
  } catch {
    return null;
  }
}

function saved() {
  try {
    const value = JSON.parse(store()?.getItem(KEY) ?? "null");
    return value && value.format === FORMAT ? value : null;
  } catch {
    return null;
  }
}

/** The case saved on this device, or null when there is none (or it is unreadable). */
export function remembered() {
  const kase = saved()?.case;
  return kase && typeof kase === "object" && !Array.isArray(kase) ? kase : null;
}

/** The skin tone saved with the case (the pictures' tone), or null. */
export function rememberedTone() {
  const tone = saved()?.tone;
  return typeof tone === "string" ? tone : null;
}

/** Who the check is for, saved with the case ("self", "child", "other"), or null. */
export function rememberedSubject() {
  const subject = saved()?.subject;
  return typeof subject === "string" ? subject : null;
}

/** Saves the case (age, sex, findings), the skin tone, who it is for and the language if chosen; returns false when the browser refuses. */
export function remember(kase, { tone = null, subject = null, lang = null } = {}) {
  try {
    const s = store();
    if (!s) return false;
    s.setItem(KEY, JSON.stringify({ format: FORMAT, case: kase, ...(tone ? { tone } : {}), ...(subject ? { subject } : {}), ...(lang ? { lang } : {}) }));
    return true;
  } catch {
    return false; // quota, private mode, storage disabled
  }
}

/** Removes everything Spotcheck saved on this device. */
export function forget() {
  try {
    const s = store();
    if (!s) return;
    // Every key of ours, including ones an older version may have used.
    for (let i = s.length - 1; i >= 0; i--) {
      const key = s.key(i);
      if (key?.startsWith("spotcheck")) s.removeItem(key);
    }
  } catch {
    // Nothing was readable, so nothing of ours is there.
  }
}
