// How well the causes the knowledge base knows explain a case: the safety net
// for the causes it does not know (data/README.md, "When nothing fits").
#pragma once

#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

struct Fit {
  // log P(answers | the known causes, weighted by their priors) minus
  // log P(answers | a generic rash, each finding at its base rate): how many
  // nats better the known causes explain the answers than no cause in particular.
  double case_fit = 0;
  // The same over the answers about the rash itself (findings without a
  // warning answer): what the spots look like, where, how they came.
  double rash_fit = 0;
  int rash_answers = 0;
  bool matches = true;               // false: the pattern does not match the known causes
  std::vector<int> unexplained;      // answered-yes findings the known causes explain worse than a generic rash
};

// `scores`: the causes' scores for this case (ranking.hpp), as assess() has them.
Fit evidence_fit(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores);

// What makes an unexplained rash need a doctor: a systemic symptom
// (kb.unexplained.systemic), or the rash itself: it has lasted
// (kb.unexplained.lasting) or it hurts (kb.unexplained.painful).
bool unexplained_systemic(const KnowledgeBase& kb, const Case& kase);
bool unexplained_lasting(const KnowledgeBase& kb, const Case& kase);
bool unexplained_painful(const KnowledgeBase& kb, const Case& kase);
// A painful one that kb.unexplained.painful_urgent sends to a doctor sooner.
bool unexplained_painful_urgent(const KnowledgeBase& kb, const Case& kase);

// kb.unexplained.level when the rash is unexplained and comes with a systemic
// symptom, has lasted or hurts (painful_urgent's level when that applies),
// else self-care; cheap when `current` is already as high.
//
// `local`: whether the nets of the rash itself count (lasting, painful). The
// interview's what-ifs leave them out: they are nets for the advice it ends
// on, and were one to settle the advice at a GP appointment early, the
// questions that find a cause with the same advice (a changing, bleeding
// spot: skin cancer) would no longer be worth asking.
Level unexplained_floor(const KnowledgeBase& kb, const Case& kase, Level current, bool local = true);

}  // namespace spotcheck
