// The case travels in the URL fragment (#case=base64url(JSON)): browsers never
// send the fragment to a server, so a shared link keeps the answers private.
// The skin tone the pictures are drawn on follows as "&tone=<id>", and who
// the check is for (the questions' wording) as "&for=<id>": neither is an
// answer (the case stays the contract's, in no language; a baby's age in
// months is the case's own age_months), and links without them still open.
const PREFIX = "#case=";
const MAX_LINK_CHARS = 64 * 1024;

function toBase64Url(bytes) {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error("bad characters");
  const base64 = text.replace(/-/g, "+").replace(/_/g, "/") + "===".slice((text.length + 3) % 4);
  const binary = atob(base64);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The fragment for a case, with the skin tone and who it is for if chosen: "#case=...&tone=dark&for=child" */
export function caseFragment(kase, tone = null, subject = null) {
  const link = PREFIX + toBase64Url(new TextEncoder().encode(JSON.stringify(kase)));
  const named = new URLSearchParams({ ...(tone ? { tone } : {}), ...(subject ? { for: subject } : {}) }).toString();
  return named ? `${link}&${named}` : link;
}

/** True when a fragment (or whole URL) carries a case. */
export function hasCaseFragment(hashOrUrl) {
  return typeof hashOrUrl === "string" && hashOrUrl.includes(PREFIX);
}

/**
 * Reads the case from "#case=..." (or a URL holding it). Returns { case, json, tone, subject }
 * or { problem } with the id of a plain-words reason (the page's words); never throws. `json` is the text as
 * the link carried it: the engine reads it again, strictly (a key given twice
 * is an error there, where JSON.parse keeps the last value). `tone` is the
 * link's "&tone=" or null, `subject` its "&for=" or null (the caller checks
 * each is one it knows).
 */
export function readCaseFragment(hashOrUrl) {
  const at = hashOrUrl.indexOf(PREFIX);
  // base64url has no "&": what follows the first one are named values.
  const [payload, ...rest] = hashOrUrl.slice(at + PREFIX.length).split("&");
  const named = new URLSearchParams(rest.join("&"));
  const tone = named.get("tone");
  const subject = named.get("for");
  if (payload.length === 0) return { problem: "ui.link.empty" };
  if (payload.length > MAX_LINK_CHARS) return { problem: "ui.link.too_long" };
  let json;
  try {
    json = new TextDecoder("utf-8", { fatal: true }).decode(fromBase64Url(payload));
  } catch {
    return { problem: "ui.link.damaged" };
  }
  let kase;
  try {
    kase = JSON.parse(json);
  } catch {
    return { problem: "ui.link.unreadable" };
  }
  if (kase === null || typeof kase !== "object" || Array.isArray(kase)) return { problem: "ui.link.not_answers" };
  return { case: kase, json, tone, subject };
}
