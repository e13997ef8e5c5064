// The triage: the most urgent of the matched red-flag rules and of the urgency
// the ranked causes imply. Never less urgent than a matched red flag.
#pragma once

#include <string>
#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"
#include "ranking.hpp"

namespace spotcheck {

struct TriageReason {
  Level level;
  std::string text;
  int rule = -1;       // index into kb.rules, or -1 when a cause set it
  int condition = -1;  // index into kb.conditions when a cause set it
  bool unexplained = false;  // the safety net for causes the knowledge base does not know (fit.hpp)
  // The catalog id of `text` ("rule.<id>.reason", "meta.reason_texts.<key>",
  // "meta.unexplained.reason"); {condition} in it is the cause at `condition`.
  std::string text_id;
};

struct Triage {
  Level level = Level::self_care;
  std::vector<TriageReason> reasons;  // most urgent first
};

// `items` (anything with a `level`) most urgent first, in their own order
// within a level; rank_order() is the engine's one stable sort (each
// std::stable_sort with its own comparator is another copy in the wasm).
template <typename T>
std::vector<T> most_urgent_first(std::vector<T> items) {
  std::vector<double> levels;
  for (const T& item : items) levels.push_back(static_cast<double>(item.level));
  std::vector<T> ordered;
  for (int i : rank_order(levels)) ordered.push_back(std::move(items[i]));
  return ordered;
}

// Fills kb.raise_gaps, kb.rules_requiring and kb.rules_reading; the loader and the byte reader
// call it once the knowledge base is valid.
void prepare_triage(KnowledgeBase& kb);

// The rules a case matches (each over the subsets of the warning answers it
// reads, as triage_level() tries them), most urgent first: kept by the
// interview to judge its what-ifs, which change a few answers of the case.
struct RuleVerdicts {
  std::vector<int> hits;
};
RuleVerdicts rule_verdicts(const KnowledgeBase& kb, const Case& kase);

// Just the level: what the interview needs to compare outcomes cheaply.
// `scores` are the causes' scores and `log_joints` the log joints they were
// normalised from (ranking.hpp), up to a constant. With `base`, the verdicts
// on a case this one differs from only in the findings `changed`: the rules
// that read none of them are not tried again (the same level, sooner).
Level triage_level(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                   const std::vector<double>& log_joints, const RuleVerdicts* base = nullptr,
                   const std::vector<int>* changed = nullptr);

// The level with its plain-language reasons.
Triage decide_triage(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                     const std::vector<double>& log_joints);

}  // namespace spotcheck
