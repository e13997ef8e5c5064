// One assessment: ranked causes with their explanations, the triage, what
// would raise it, and the next question.
#pragma once

#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"
#include "triage.hpp"

namespace spotcheck {

struct RankedCondition {
  int condition;
  double score;
  std::vector<int> supporting;  // answered findings that raised it, strongest first
  std::vector<int> opposing;    // answered findings that lowered it, strongest first
};

struct Escalation {
  int finding;  // an unanswered finding that, answered yes, would raise the advice
  Level level;
};

struct Assessment {
  Triage triage;
  std::vector<RankedCondition> conditions;  // best first
  std::vector<Escalation> escalations;
  int next_question = -1;
};

Assessment assess(const KnowledgeBase& kb, const Case& kase);

}  // namespace spotcheck
