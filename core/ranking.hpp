// Naive Bayes over the causes: age- and sex-dependent priors, one likelihood per
// answered finding (unanswered and "unsure" answers are not evidence).
#pragma once

#include <cmath>
#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

// log P(condition) + sum of log P(answer | condition), one per condition.
std::vector<double> log_joint(const KnowledgeBase& kb, const Case& kase);

// The change to one condition's log joint when `finding` is answered `yes`/no.
inline double log_evidence(const Condition& c, int finding, bool yes) {
  double p = c.p_true[finding];
  return std::log(yes ? p : 1.0 - p);
}

// Normalises log joints into scores that sum to 1.
std::vector<double> normalise(const std::vector<double>& log_joints);

// Shannon entropy (bits) of a score vector.
double entropy(const std::vector<double>& scores);

// Condition indices, best first; ties keep knowledge-base order so results are stable.
std::vector<int> rank_order(const std::vector<double>& scores);

}  // namespace spotcheck
