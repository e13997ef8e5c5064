// Types for Spotcheck's JavaScript entry point (spotcheck.mjs); the case and
// result shapes are the shared contract (shared/spec/CONTRACT.md).
//
//   import { createChecker, type Case } from "spotcheck";
//   const checker = await createChecker();
//   const result = checker.assess({ age: 16, findings: { blanches_on_pressure: false, fever: true } });
//   if ("error" in result) console.error(result.error.message); else result.triage.level;

/** Triage levels, most urgent first. */
export type TriageLevel = "emergency" | "urgent" | "consult" | "self_care";

/** Yes, No, or asked and Not sure (which is not evidence either way). */
export type Answer = boolean | "unknown";

/** What a person has answered. A finding that is not listed has not been asked. */
export interface Case {
  /** Whole years, 0 to 120. */
  age?: number;
  /**
   * Whole months, 0 to 23, for babies and toddlers. Alone it implies `age`
   * (`floor(age_months / 12)`); with `age` the two must agree.
   */
  age_months?: number;
  sex?: "female" | "male";
  /** Finding id (see `describe().findings`) to its answer. */
  findings?: Record<string, Answer>;
}

/** A skin tone id of `describe().skin_tones.tones`, e.g. "light", "medium" or "dark". */
export type SkinTone = string;

/**
 * A drawing: the file `figures/<picture>-<tone>.svg` next to the page, for
 * every skin tone. Only in `describe()`.
 */
export interface Picture {
  /** A plain file stem (lower-case letters, digits and hyphens). */
  picture: string;
  /** What the drawing shows, in words. */
  alt: string;
  /** Tones whose drawing is described differently, e.g. colours on dark skin. */
  alt_by_tone?: Record<SkinTone, string>;
}

export interface QuestionOption extends Partial<Picture> {
  finding: string;
  text: string;
}

/** One drawing for a whole question (the glass test), with words shown under it. */
export interface Figure extends Picture {
  caption?: string;
}

/** Help for one skin tone, shown in place of `help`. */
export interface ToneHelp {
  text: string;
  /** Source ids (keys of `describe().sources`). */
  sources: string[];
}

/** How an answer maps onto findings: see CONTRACT.md, "next_question". */
export type QuestionType = "yes_no" | "single" | "multiple";

export interface Question {
  id: string;
  type: QuestionType;
  text: string;
  /** Extra guidance shown under the question. */
  help?: string;
  /** The findings this question answers, in option order. */
  findings: string[];
  /** For `single` and `multiple`: each option's finding and its label. */
  options?: QuestionOption[];
  /** Asked first: a danger sign, fever or the glass test. */
  red_flag?: boolean;
  /** Only in `describe()`: a drawing for the whole question. */
  figure?: Figure;
  /** Only in `describe()`: help for a skin tone, in place of `help`. */
  help_by_tone?: Record<SkinTone, ToneHelp>;
  /**
   * Only in `describe()`: the question worded for who the check is for (a
   * subject id of `describe().subjects`), in place of `text`; a subject
   * without its own wording uses `text`.
   */
  text_for?: Partial<Record<SubjectId, string>>;
}

/** A subject id of `describe().subjects.options`: "self", "child" or "other". */
export type SubjectId = "self" | "child" | "other" | (string & {});

/** Who the check is for, asked before the about step: the questions follow it (`Question.text_for`). */
export interface Subjects {
  text: string;
  /** Each choice's words, and the about step's title for it ("About your child"). */
  options: { id: SubjectId; text: string; title: string }[];
}

export interface ConditionResult {
  id: string;
  name: string;
  /** Relative likelihood in [0, 1]. */
  score: number;
  /** The urgency this cause implies on its own. */
  urgency: TriageLevel;
  /** Answered findings that raised the score. */
  for: string[];
  /** Answered findings that lowered the score. */
  against: string[];
}

/** A cause left out of the ranked list, with why in plain words. */
export interface NotFitting {
  id: string;
  name: string;
  reason: string;
}

/** Who a cause can be at all: outside it, the cause is left out of the ranked list. */
export interface AppliesTo {
  /** Whole years, inclusive. */
  age_min?: number;
  age_max?: number;
  sex?: "female" | "male";
  /** Findings the cause needs: an answer of No rules it out. */
  needs?: string[];
  reason: string;
  sources: string[];
}

/** Why the triage is what it is: a red-flag rule or a cause that needs checking. */
export interface ReasonDetail {
  level: TriageLevel;
  text: string;
  /** The red-flag rule id, when a rule set this level. */
  rule?: string;
  /** The cause id, when a likely cause set this level. */
  condition?: string;
  /** Source ids (keys of `describe().sources`). */
  sources?: string[];
  /** Set when the safety net set this level: the rash fits none of the known causes. */
  unexplained?: true;
  /**
   * The catalog id of `text`: "rule.<rule>.reason", "meta.reason_texts.<key>",
   * or the safety net's "meta.unexplained.reason" (feeling ill),
   * "meta.unexplained.reason_lasting", "meta.unexplained.reason_painful" or
   * "meta.unexplained.painful_urgent.reason" (a painful patch, which NHS
   * Cellulitis sends to 111).
   * A language renders it with `params`.
   */
  text_id: string;
  /** For a text about a cause: its id (not its name), in place of `{condition}`. */
  params?: { condition: string };
}

/** How well the known causes explain the answers (the safety net for causes the knowledge base does not know). */
export interface Fit {
  matches_known_causes: boolean;
  /** In plain words, when the answers do not match the known causes. */
  message?: string;
  /** Finding ids answered Yes that the known causes explain worse than a rash in general. */
  unexplained: string[];
  case_fit: number;
  rash_fit: number;
}

/** An unanswered finding that would raise the advice to `level` if answered Yes. */
export interface Escalation {
  finding: string;
  level: TriageLevel;
}

export interface Triage {
  level: TriageLevel;
  advice: string;
  /** In plain words, which answers set the level. */
  reasons: string[];
  reason_details: ReasonDetail[];
  escalates_if: Escalation[];
  /**
   * Ids of the red-flag questions (`describe().questions` with `red_flag`)
   * not yet answered for this case. While any is left, the advice is
   * incomplete: a warning sign may not have been asked about.
   */
  unanswered_red_flags: string[];
  /**
   * Ids of the red-flag questions with at least one finding answered
   * "unknown" (Not sure). They count as answered, but those warning signs are
   * unknown: the advice is incomplete about them.
   */
  unsure_red_flags: string[];
}

export interface Result {
  triage: Triage;
  /** Ranked, best first. */
  conditions: ConditionResult[];
  /**
   * Causes that cannot be this person's (their age, sex or an answer of No
   * to what the cause needs: `ConditionInfo.applies_to`), left out of
   * `conditions`, best first. A cause that raises the advice is never left out.
   */
  not_fitting: NotFitting[];
  /** The question to ask next, or null when more answers would not change the advice or the ranking. */
  next_question: Question | null;
  /**
   * Only with `assess(kase, { questionsLeft: true })`: an estimate of the
   * questions left, next_question included: those worth asking with the
   * answers so far (answers change it). 0 when next_question is null. It
   * values every open question, which the next question alone needs only
   * once the warning-sign questions are done: ask for it when it is shown.
   */
  questions_left?: number;
  fit: Fit;
  kb_version: string;
}

export type ErrorCode =
  | "invalid_json"
  | "not_an_object"
  | "unknown_field"
  | "unknown_finding"
  | "invalid_value"
  | "age_out_of_range"
  | "too_large"
  | "duplicate_key"
  | "internal_error"
  | "not_ready"
  | "language_not_loaded"
  | "texts_not_loaded";

/** Bad input: never a partial result. */
export interface ErrorResult {
  error: {
    code: ErrorCode | (string & {});
    message: string;
    /** Where in the case, e.g. "findings.fevr"; "" for the whole case. */
    path: string;
    /** The message's catalog id, "engine.error.<something>" (English templates: data/i18n/en/engine.json). */
    text_id: string;
    /** The values the message names (the bad key, a suggestion, sizes, limits), for the template's `{name}`s. */
    params: Record<string, string | number>;
  };
}

/** A language id with a catalog ("en" is built in), e.g. "es" or "ar". */
export type LanguageId = string;

/** A flat catalog: catalog id (e.g. "condition.measles.name") to text. */
export type Catalog = Readonly<Record<string, string>>;

/** A call's language: one already loaded (`setLanguage`, `loadCatalog` or `createChecker({ lang })`); English always is. */
export interface LanguageOption {
  lang?: LanguageId;
}

export interface AssessOptions extends LanguageOption {
  /** Add `questions_left` to the result (the page's progress). */
  questionsLeft?: boolean;
}

export interface FindingInfo {
  id: string;
  /** A short label, e.g. "Fades when pressed" (like a cause's longer texts: see `ConditionInfo.description`). */
  label?: string;
  /** The full meaning of a Yes. */
  text?: string;
  group: string;
}

export interface ConditionInfo {
  id: string;
  name: string;
  /**
   * The longer texts: always there from a checker made without `deferTexts`;
   * with it, there once `loadTexts()` has resolved.
   */
  description?: string;
  /** A typical look, shown on the cause's card (loaded with the longer texts). */
  figure?: Picture;
  urgency: TriageLevel;
  /** Only for a cause some people cannot have (e.g. children): see `Result.not_fitting`. */
  applies_to?: AppliesTo;
  care?: string[];
  warning_signs?: string[];
  sources: string[];
}

export interface Source {
  title: string;
  publisher: string;
  url: string;
}

export interface TriageLevelInfo {
  id: TriageLevel;
  advice: string;
}

/** What to show before any question: when to call for help now. */
export interface EmergencySigns {
  title: string;
  /** Ends with a colon: each item finishes its sentence. */
  intro: string;
  items: string[];
  last: string;
  /** Source ids (keys of `describe().sources`). */
  sources: string[];
}

/** When to get help whatever the advice, shown under every result. */
export interface ResultsNote {
  title: string;
  text: string;
  /** Source ids (keys of `describe().sources`). */
  sources: string[];
}

/** One emergency number and where it is used. */
export interface EmergencyNumber {
  /** Digits only, e.g. "999": for a tel: link. */
  number: string;
  /** Where it is the number, in words ("the UK"). */
  place: string;
  /** ISO 3166 alpha-2 codes (e.g. "GB"), as in a language tag's region ("en-GB"). */
  regions: string[];
}

/** Under emergency advice: the number to call for the person's region and what to do while waiting. */
export interface EmergencyCall {
  title: string;
  steps: string[];
  numbers: EmergencyNumber[];
  /** The number when no region matches (one of `numbers`). */
  default_number: string;
  /** Source ids (keys of `describe().sources`). */
  sources: string[];
}

/** Shown on a cause whose own urgency is lower than the advice. */
export interface CauseBelowAdvice {
  text: string;
}

/** The skin tones the pictures are drawn on, offered before the questions. */
export interface SkinTones {
  text: string;
  help?: string;
  /** The swatch of each tone: `figures/<picture>-<tone>.svg`. */
  picture: string;
  /** The tone drawn until the person chooses one. */
  default: SkinTone;
  tones: { id: SkinTone; text: string }[];
}

/** Everything a user interface shows, from the compiled-in knowledge base. */
export interface Description {
  kb_version: string;
  findings: FindingInfo[];
  questions: Question[];
  conditions: ConditionInfo[];
  /** By id. With `deferTexts`, until `loadTexts()`: only those `emergency_signs` cites. */
  sources: Record<string, Source>;
  triage_levels: TriageLevelInfo[];
  emergency_signs: EmergencySigns;
  results_note: ResultsNote;
  emergency_call: EmergencyCall;
  cause_below_advice: CauseBelowAdvice;
  skin_tones?: SkinTones;
  subjects?: Subjects;
}

export interface Checker {
  /**
   * A case (object or JSON text) in; a result or an error object out, in the
   * checker's language or `options.lang` (error `language_not_loaded` when
   * that one is not loaded; `texts_not_loaded` from a checker made with
   * `deferTexts` until `loadTexts()` has resolved). Never throws.
   */
  assess(kase: Case | string, options?: AssessOptions): Result | ErrorResult;
  /**
   * A fresh copy of the knowledge base's texts, questions, conditions and
   * sources, in the checker's language or `options.lang`. When that one is
   * not loaded it throws an `Error` with the fields of `ErrorResult.error`
   * (`code` "language_not_loaded", `text_id`, `params: { lang }`).
   */
  describe(options?: LanguageOption): Description;
  /** Loads a language's catalog and makes it the checker's; rejects, keeping the language as it was, when it has none. */
  setLanguage(lang: LanguageId): Promise<void>;
  /** The language of results and `describe()` when a call names none. */
  readonly language: LanguageId;
  /** The wasm heap size in bytes. */
  heapBytes(): number;
  /**
   * Loads the texts shown after the start screen when the checker was made
   * with `deferTexts`: the interview's words (spotcheck_interview_texts.json:
   * the questions' wording, help and pictures, the rules' reasons) and the
   * results' texts (spotcheck_texts.json: the causes' longer texts, the
   * findings' labels, the sources); resolves once `describe()` and `assess()`
   * have them. `{ results: false }` loads only the interview's words, all
   * `assess()` needs. Rejects (and may be called again) if a file cannot be read.
   */
  loadTexts(options?: { results?: boolean }): Promise<void>;
}

export interface CreateCheckerOptions {
  /**
   * Resolve as soon as the engine is ready, before the causes' longer texts
   * (description, care, warning signs), the findings' labels, the sources
   * (but those the emergency signs cite), the rules' reasons and the
   * questions' words have loaded: a page shows its start screen and about
   * step sooner and waits for `loadTexts({ results: false })` before it asks
   * a question (`describe().questions` lack their words and `assess()`
   * answers `texts_not_loaded` until then), and for `loadTexts()` before it
   * shows the causes' texts.
   */
  deferTexts?: boolean;
  /** A knowledge-base bundle (data/ files by name) in place of the built-in one, texts included. */
  knowledgeBase?: object | string;
  /** The language of results and `describe()` ("en" unless given); rejects when it has no catalog. */
  lang?: LanguageId;
}

/** Loads the engine once per page or process; every checker shares it. */
export function createChecker(options?: CreateCheckerOptions): Promise<Checker>;

/**
 * A language's catalog (i18n/<lang>.json beside the module, and with `causes`
 * i18n/<lang>.causes.json too), loaded once per page or process. "en" resolves
 * to an empty catalog; a language without one rejects.
 */
export function loadCatalog(lang: LanguageId, options?: { causes?: boolean }): Promise<Catalog>;
