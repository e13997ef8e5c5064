// One assessment: ranked causes with their explanations, the triage, what
// would raise it, and the next question.
#pragma once

#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"
#include "fit.hpp"
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
  // Causes that cannot be this person's (applies.hpp), left out of
  // `conditions`, best first; a cause that sets the triage is never left out.
  std::vector<int> not_fitting;
  std::vector<Escalation> escalations;
  // Red-flag questions (kb.questions with red_flag) not yet done for this
  // case (is_done), and those with at least one finding answered "not sure":
  // done, but their warning signs are unknown. The advice is incomplete
  // while either list is not empty. Indices into kb.questions, in file order.
  std::vector<int> unanswered_red_flags, unsure_red_flags;
  int next_question = -1;
  // An estimate, next_question included (NextQuestion::worth_asking); -1 when
  // not asked for (AssessOptions): it values every open question, which the
  // next question alone needs only once the warning-sign questions are done.
  int questions_left = -1;
  Fit fit;
};

struct AssessOptions {
  bool questions_left = false;  // estimate the questions left (the page's progress)
};

Assessment assess(const KnowledgeBase& kb, const Case& kase, AssessOptions options = {});

}  // namespace spotcheck
