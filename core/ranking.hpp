// Naive Bayes over the causes: age- and sex-dependent priors, one likelihood per
// answered finding (unanswered and "unsure" answers are not evidence).
#pragma once

#include <cmath>
#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

// log P(condition) for this case's age and sex.
double log_prior(const Condition& c, const Case& kase);

// log P(condition) + sum of log P(answer | condition), one per condition.
std::vector<double> log_joint(const KnowledgeBase& kb, const Case& kase);

// The change to one condition's log joint when `finding` is answered `yes`/no:
// log(p) or log(1 - p), from the loader's tables.
inline double log_evidence(const Condition& c, int finding, bool yes) { return yes ? c.log_yes[finding] : c.log_no[finding]; }

// Normalises log joints into scores that sum to 1.
std::vector<double> normalise(const std::vector<double>& log_joints);
// The same into `scores` (resized), for loops that would otherwise allocate each time.
void normalise(const std::vector<double>& log_joints, std::vector<double>& scores);

// Shannon entropy (bits) of a score vector.
double entropy(const std::vector<double>& scores);
// The same from the log joints the scores were normalised from, with one log
// in place of one per cause (the interview computes it for every what-if).
double entropy(const std::vector<double>& scores, const std::vector<double>& log_joints);

// Indices of `scores` (conditions, or any values to rank), highest first; ties
// keep index order (knowledge-base order), so results are the same everywhere.
std::vector<int> rank_order(const std::vector<double>& scores);

}  // namespace spotcheck
