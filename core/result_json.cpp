#include "result_json.hpp"

#include <cmath>

namespace spotcheck {

using nlohmann::json;

namespace {

json finding_ids(const KnowledgeBase& kb, const std::vector<int>& findings) {
  json out = json::array();
  for (int f : findings) out.push_back(kb.findings[f].id);
  return out;
}

// Four decimals are plenty for a likelihood bar and keep results stable to compare.
double rounded(double score) { return std::round(score * 10000.0) / 10000.0; }

}  // namespace

json question_to_json(const KnowledgeBase& kb, const Question& q) {
  json out = {{"id", q.id}, {"type", question_type_id(q.type)}, {"text", q.text}, {"findings", finding_ids(kb, q.findings)}};
  if (!q.help.empty()) out["help"] = q.help;
  if (q.red_flag) out["red_flag"] = true;
  if (q.type != QuestionType::yes_no) {
    json options = json::array();
    for (std::size_t i = 0; i < q.findings.size(); ++i)
      options.push_back({{"finding", kb.findings[q.findings[i]].id}, {"text", q.option_texts[i]}});
    out["options"] = std::move(options);
  }
  return out;
}

json result_to_json(const KnowledgeBase& kb, const Assessment& a) {
  json reasons = json::array(), reason_details = json::array();
  for (const TriageReason& r : a.triage.reasons) {
    if (r.level != a.triage.level) continue;
    reasons.push_back(r.text);
    json detail = {{"level", level_id(r.level)}, {"text", r.text}};
    if (r.rule >= 0) detail["rule"] = kb.rules[r.rule].id, detail["sources"] = kb.rules[r.rule].sources;
    if (r.condition >= 0) detail["condition"] = kb.conditions[r.condition].id;
    reason_details.push_back(std::move(detail));
  }
  json escalations = json::array();
  for (const Escalation& e : a.escalations) escalations.push_back({{"finding", kb.findings[e.finding].id}, {"level", level_id(e.level)}});

  json conditions = json::array();
  for (const RankedCondition& rc : a.conditions) {
    const Condition& c = kb.conditions[rc.condition];
    conditions.push_back({{"id", c.id}, {"name", c.name}, {"score", rounded(rc.score)}, {"urgency", level_id(c.urgency)},
                          {"for", finding_ids(kb, rc.supporting)}, {"against", finding_ids(kb, rc.opposing)}});
  }
  return {{"triage", {{"level", level_id(a.triage.level)}, {"advice", kb.advice[static_cast<int>(a.triage.level)]},
                      {"reasons", std::move(reasons)}, {"reason_details", std::move(reason_details)},
                      {"escalates_if", std::move(escalations)}}},
          {"conditions", std::move(conditions)},
          {"next_question", a.next_question >= 0 ? question_to_json(kb, kb.questions[a.next_question]) : json(nullptr)},
          {"kb_version", kb.version}};
}

json error_to_json(const Error& e) { return {{"error", {{"code", e.code}, {"message", e.message}, {"path", e.path}}}}; }

json describe_to_json(const KnowledgeBase& kb) {
  json levels = json::array();
  for (int l = 0; l < kLevelCount; ++l) levels.push_back({{"id", level_id(static_cast<Level>(l))}, {"advice", kb.advice[l]}});
  json findings = json::array();
  for (const Finding& f : kb.findings) findings.push_back({{"id", f.id}, {"group", f.group}, {"label", f.label}, {"text", f.text}});
  json questions = json::array();
  for (const Question& q : kb.questions) questions.push_back(question_to_json(kb, q));
  json conditions = json::array();
  for (const Condition& c : kb.conditions)
    conditions.push_back({{"id", c.id}, {"name", c.name}, {"description", c.description}, {"urgency", level_id(c.urgency)},
                          {"care", c.care}, {"warning_signs", c.warning_signs}, {"sources", c.sources}});
  json sources = json::object();
  for (const Source& s : kb.sources) sources[s.id] = {{"title", s.title}, {"publisher", s.publisher}, {"url", s.url}};
  return {{"kb_version", kb.version}, {"triage_levels", std::move(levels)}, {"findings", std::move(findings)},
          {"questions", std::move(questions)}, {"conditions", std::move(conditions)}, {"sources", std::move(sources)}};
}

}  // namespace spotcheck
