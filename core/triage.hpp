// The triage: the most urgent of the matched red-flag rules and of the urgency
// the ranked causes imply. Never less urgent than a matched red flag.
#pragma once

#include <string>
#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

struct TriageReason {
  Level level;
  std::string text;
  int rule = -1;       // index into kb.rules, or -1 when a cause set it
  int condition = -1;  // index into kb.conditions when a cause set it
};

struct Triage {
  Level level = Level::self_care;
  std::vector<TriageReason> reasons;  // most urgent first
};

// Just the level: what the interview needs to compare outcomes cheaply.
Level triage_level(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores);

// The level with its plain-language reasons.
Triage decide_triage(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores);

}  // namespace spotcheck
