#include "result_json.hpp"

#include <cstdlib>

#include "json.hpp"

namespace spotcheck {
namespace {

using json::Writer;

void finding_ids(Writer& w, std::string_view name, const KnowledgeBase& kb, const std::vector<int>& findings) {
  w.key(name).begin_array();
  for (int f : findings) w.value(kb.findings[f].id);
  w.end_array();
}

void question_ids(Writer& w, std::string_view name, const KnowledgeBase& kb, const std::vector<int>& questions) {
  w.key(name).begin_array();
  for (int q : questions) w.value(kb.questions[q].id);
  w.end_array();
}

// A drawing's members, inside the object of its option or figure (none when there is no picture).
void picture_members(Writer& w, const Picture& p) {
  if (p.empty()) return;
  w.member("picture", p.stem).member("alt", p.alt);
  if (!p.caption.empty()) w.member("caption", p.caption);
  if (p.alt_by_tone.empty()) return;
  w.key("alt_by_tone").begin_object();
  for (const auto& [tone, alt] : p.alt_by_tone) w.member(tone, alt);
  w.end_object();
}

// presentation: pictures and help per skin tone, for describe(); a result's
// next_question leaves them out (the page takes them from describe()).
void question(Writer& w, const KnowledgeBase& kb, const Question& q, bool presentation = false) {
  w.begin_object().member("id", q.id).member("type", question_type_id(q.type)).member("text", q.text);
  finding_ids(w, "findings", kb, q.findings);
  if (!q.help.empty()) w.member("help", q.help);
  if (presentation && !q.text_for.empty()) {
    w.key("text_for").begin_object();
    for (const auto& [subject, text] : q.text_for) w.member(subject, text);
    w.end_object();
  }
  if (presentation && !q.help_by_tone.empty()) {
    w.key("help_by_tone").begin_object();
    for (const ToneHelp& h : q.help_by_tone) w.key(h.tone).begin_object().member("text", h.text).string_list("sources", h.sources).end_object();
    w.end_object();
  }
  if (presentation && !q.figure.empty()) {
    w.key("figure").begin_object();
    picture_members(w, q.figure);
    w.end_object();
  }
  if (q.red_flag) w.member("red_flag", true);
  if (q.type != QuestionType::yes_no) {
    w.key("options").begin_array();
    for (std::size_t i = 0; i < q.findings.size(); ++i) {
      w.begin_object().member("finding", kb.findings[q.findings[i]].id).member("text", q.option_texts[i]);
      if (presentation) picture_members(w, q.option_pictures[i]);
      w.end_object();
    }
    w.end_array();
  }
  w.end_object();
}

// Who a cause can be at all (applies.hpp), for a page or a tool to show.
void applies_to(Writer& w, const KnowledgeBase& kb, const AppliesTo& a) {
  w.key("applies_to").begin_object();
  if (a.age_min > 0) w.member("age_min", a.age_min);
  if (a.age_max < 120) w.member("age_max", a.age_max);
  if (!a.sex.empty()) w.member("sex", a.sex);
  if (!a.needs.empty()) finding_ids(w, "needs", kb, a.needs);
  w.member("reason", a.reason).string_list("sources", a.sources).end_object();
}

void subjects(Writer& w, const Subjects& s) {
  if (s.options.empty()) return;
  w.key("subjects").begin_object().member("text", s.text).key("options").begin_array();
  for (const Subject& o : s.options) w.begin_object().member("id", o.id).member("text", o.text).member("title", o.title).end_object();
  w.end_array().end_object();
}

void skin_tones(Writer& w, const SkinTones& s) {
  if (s.tones.empty()) return;
  w.key("skin_tones").begin_object().member("text", s.text);
  if (!s.help.empty()) w.member("help", s.help);
  w.member("picture", s.picture).member("default", s.default_tone).key("tones").begin_array();
  for (const auto& [id, text] : s.tones) w.begin_object().member("id", id).member("text", text).end_object();
  w.end_array().end_object();
}

void triage(Writer& w, const KnowledgeBase& kb, const Assessment& a) {
  const Level level = a.triage.level;
  w.key("triage").begin_object().member("level", level_id(level)).member("advice", kb.advice[static_cast<int>(level)]);
  w.key("reasons").begin_array();
  for (const TriageReason& r : a.triage.reasons)
    if (r.level == level) w.value(r.text);
  w.end_array();
  w.key("reason_details").begin_array();
  for (const TriageReason& r : a.triage.reasons) {
    if (r.level != level) continue;
    // text_id and params: a language renders the text in its own words, with its own name for the cause.
    w.begin_object().member("level", level_id(r.level)).member("text", r.text).member("text_id", r.text_id);
    if (r.condition >= 0 && r.rule < 0) w.key("params").begin_object().member("condition", kb.conditions[r.condition].id).end_object();
    if (r.rule >= 0) w.member("rule", kb.rules[r.rule].id).string_list("sources", kb.rules[r.rule].sources);
    if (r.condition >= 0) w.member("condition", kb.conditions[r.condition].id);
    if (r.unexplained) w.member("unexplained", true).string_list("sources", kb.unexplained.sources);
    w.end_object();
  }
  w.end_array();
  w.key("escalates_if").begin_array();
  for (const Escalation& e : a.escalations)
    w.begin_object().member("finding", kb.findings[e.finding].id).member("level", level_id(e.level)).end_object();
  w.end_array();
  question_ids(w, "unanswered_red_flags", kb, a.unanswered_red_flags);
  question_ids(w, "unsure_red_flags", kb, a.unsure_red_flags);
  w.end_object();
}

// How well the known causes explain the answers (fit.hpp): the result says so
// in plain words when they do not, and which answers they leave unexplained.
void fit(Writer& w, const KnowledgeBase& kb, const Fit& f) {
  w.key("fit").begin_object().member("matches_known_causes", f.matches);
  if (!f.matches) w.member("message", kb.unexplained.message);
  finding_ids(w, "unexplained", kb, f.unexplained);
  w.key("case_fit").decimal(f.case_fit, 2).key("rash_fit").decimal(f.rash_fit, 2).end_object();
}

}  // namespace

std::string result_json(const KnowledgeBase& kb, const Assessment& a) {
  Writer w;
  w.begin_object();
  triage(w, kb, a);
  fit(w, kb, a.fit);
  w.key("conditions").begin_array();
  for (const RankedCondition& rc : a.conditions) {
    const Condition& c = kb.conditions[rc.condition];
    // Four decimals are plenty for a likelihood bar and keep results stable to compare.
    w.begin_object().member("id", c.id).member("name", c.name).key("score").decimal(rc.score, 4);
    w.member("urgency", level_id(c.urgency));
    finding_ids(w, "for", kb, rc.supporting);
    finding_ids(w, "against", kb, rc.opposing);
    w.end_object();
  }
  w.end_array().key("not_fitting").begin_array();
  for (int c : a.not_fitting) {
    const Condition& cond = kb.conditions[c];
    w.begin_object().member("id", cond.id).member("name", cond.name).member("reason", cond.applies_to.reason).end_object();
  }
  w.end_array().key("next_question");
  if (a.next_question >= 0) question(w, kb, kb.questions[a.next_question]);
  else w.null();
  if (a.questions_left >= 0) w.member("questions_left", a.questions_left);
  w.member("kb_version", kb.version).end_object();
  return w.take();
}

std::string error_json(const Error& e) {
  Writer w;
  w.begin_object().key("error").begin_object().member("code", e.code).member("message", e.message).member("path", e.path);
  w.member("text_id", e.text_id).key("params").begin_object();
  for (const ErrorParam& p : e.params) {
    w.key(p.name);
    // A number parameter is a whole number's text (case_parser.cpp number()):
    // read as an integer, not through strtod, which the wasm would carry.
    if (p.number) w.decimal(static_cast<double>(std::strtoll(p.value.c_str(), nullptr, 10)), 0);
    else w.value(p.value);
  }
  return w.end_object().end_object().end_object().take();
}

std::string describe_json(const KnowledgeBase& kb) {
  Writer w;
  w.begin_object().member("kb_version", kb.version).key("triage_levels").begin_array();
  for (int l = 0; l < kLevelCount; ++l)
    w.begin_object().member("id", level_id(static_cast<Level>(l))).member("advice", kb.advice[l]).end_object();
  const EmergencySigns& signs = kb.emergency_signs;
  w.end_array().key("emergency_signs").begin_object().member("title", signs.title).member("intro", signs.intro);
  w.string_list("items", signs.items).member("last", signs.last).string_list("sources", signs.sources).end_object();
  const ResultsNote& note = kb.results_note;
  w.key("results_note").begin_object().member("title", note.title).member("text", note.text);
  w.string_list("sources", note.sources).end_object();
  const EmergencyCall& call = kb.emergency_call;
  w.key("emergency_call").begin_object().member("title", call.title).string_list("steps", call.steps).key("numbers").begin_array();
  for (const EmergencyNumber& n : call.numbers)
    w.begin_object().member("number", n.number).member("place", n.place).string_list("regions", n.regions).end_object();
  w.end_array().member("default_number", call.default_number).string_list("sources", call.sources).end_object();
  w.key("cause_below_advice").begin_object().member("text", kb.cause_below_advice).end_object();
  w.key("findings").begin_array();
  for (const Finding& f : kb.findings) {
    w.begin_object().member("id", f.id).member("group", f.group);
    if (!f.label.empty()) w.member("label", f.label).member("text", f.text);  // else in spotcheck_texts.json
    w.end_object();
  }
  w.end_array();
  skin_tones(w, kb.skin_tones);
  subjects(w, kb.subjects);
  w.key("questions").begin_array();
  for (const Question& q : kb.questions) question(w, kb, q, true);
  w.end_array().key("conditions").begin_array();
  for (const Condition& c : kb.conditions) {
    // Without the longer texts when they are kept apart (spotcheck_texts.json,
    // merged in by spotcheck.mjs).
    w.begin_object().member("id", c.id).member("name", c.name);
    if (!c.description.empty()) w.member("description", c.description);
    if (!c.figure.empty()) {
      w.key("figure").begin_object();
      picture_members(w, c.figure);
      w.end_object();
    }
    w.member("urgency", level_id(c.urgency));
    if (c.applies_to.given) applies_to(w, kb, c.applies_to);
    if (!c.care.empty()) w.string_list("care", c.care).string_list("warning_signs", c.warning_signs);
    w.string_list("sources", c.sources).end_object();
  }
  // By id; the loader keeps them in id order. A source kept apart with the
  // texts (its id alone) comes with them (spotcheck.mjs merges it in).
  w.end_array().key("sources").begin_object();
  for (const Source& s : kb.sources)
    if (!s.title.empty()) w.key(s.id).begin_object().member("title", s.title).member("publisher", s.publisher).member("url", s.url).end_object();
  return w.end_object().end_object().take();
}

}  // namespace spotcheck
