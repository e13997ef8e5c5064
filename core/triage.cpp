#include "triage.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "ranking.hpp"
#include "rules.hpp"

namespace spotcheck {
namespace {

int top_condition(const std::vector<double>& scores) {
  return scores.empty() ? -1 : static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
}

// The level one cause implies. A cause raises the triage to its own urgency
// when its score reaches its alarm threshold. A cause needing emergency care,
// with a smaller but real score, still means a doctor today: a dangerous cause
// need not be the likeliest.
Level level_from_cause(const KnowledgeBase& kb, const std::vector<double>& scores, int c) {
  const Condition& cond = kb.conditions[c];
  if (scores[c] >= kb.alarm_score(cond)) return cond.urgency;
  if (cond.urgency == Level::emergency && scores[c] >= kb.serious_cause_threshold) return Level::urgent;
  return Level::self_care;
}

Level cause_level(const KnowledgeBase& kb, const std::vector<double>& scores) {
  Level level = Level::self_care;
  for (std::size_t c = 0; c < kb.conditions.size(); ++c) level = std::max(level, level_from_cause(kb, scores, static_cast<int>(c)));
  return level;
}

Level rule_level(const KnowledgeBase& kb, const Case& kase) {
  Level level = Level::self_care;
  for (const Rule& rule : kb.rules)
    if (rule.level > level && matches(rule.when, kase)) level = rule.level;
  return level;
}

// Bounds the subsets below (2^10 small evaluations); real cases give a few warning answers.
constexpr std::size_t kMaxWarningAnswers = 10;

}  // namespace

// A warning sign must never make the advice calmer, yet a red-flag answer can
// shift the ranking from a worrying cause to a harmless one, or complete a
// rule's exception. So the level is the highest over the case and the case
// with any of its warning answers taken away: monotone by construction.
Level triage_level(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores) {
  std::vector<std::pair<int, bool>> given;
  for (auto [f, yes] : kb.warning_answers)
    if ((yes ? kase.is_yes(f) : kase.is_no(f)) && given.size() < kMaxWarningAnswers) given.push_back({f, yes});
  std::vector<double> base_logs(scores.size()), logs(scores.size());
  for (std::size_t c = 0; c < scores.size(); ++c) base_logs[c] = std::log(std::max(scores[c], 1e-300));

  Level best = Level::self_care;
  Case without = kase;
  for (std::uint32_t mask = 0; mask < (1u << given.size()) && best != Level::emergency; ++mask) {
    logs = base_logs;
    for (std::size_t i = 0; i < given.size(); ++i) {
      if (!(mask & (1u << i))) continue;
      auto [f, yes] = given[i];
      without.answers[f] = Answer::unasked;
      for (std::size_t c = 0; c < logs.size(); ++c) logs[c] -= log_evidence(kb.conditions[c], f, yes);
    }
    best = std::max({best, rule_level(kb, without), cause_level(kb, mask ? normalise(logs) : scores)});
    for (auto [f, yes] : given) without.answers[f] = kase.answers[f];
  }
  return best;
}

Triage decide_triage(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores) {
  Triage t;
  for (std::size_t r = 0; r < kb.rules.size(); ++r)
    if (matches(kb.rules[r].when, kase))
      t.reasons.push_back({kb.rules[r].level, kb.rules[r].reason, static_cast<int>(r), -1});
  int top = top_condition(scores);
  for (int c : rank_order(scores)) {
    const Condition& cond = kb.conditions[c];
    Level level = level_from_cause(kb, scores, c);
    if (level == Level::self_care) continue;
    std::string text = level < cond.urgency ? "Your answers could fit " + cond.name + ". It is not the most likely cause, but a doctor should rule it out today."
                       : c == top           ? "Your answers fit " + cond.name + " best."
                                            : "Your answers could fit " + cond.name + ", which needs checking.";
    t.reasons.push_back({level, text, -1, c});
  }
  std::stable_sort(t.reasons.begin(), t.reasons.end(),
                   [](const TriageReason& a, const TriageReason& b) { return a.level > b.level; });
  if (!t.reasons.empty()) t.level = t.reasons.front().level;
  Level level = triage_level(kb, kase, scores);
  if (level > t.level) {
    t.level = level;
    t.reasons.insert(t.reasons.begin(), {level, "Some of your answers on their own point to a cause that needs a doctor. The other warning signs you gave do not make that less likely.", -1, -1});
  }
  if (t.reasons.empty() && top >= 0) {
    const Condition& best = kb.conditions[top];
    std::string fit = best.urgency == Level::self_care ? ", which is usually harmless." : ", but not clearly enough to need a doctor yet.";
    t.reasons.push_back({Level::self_care, "No warning signs so far. Your answers fit " + best.name + " best" + fit, -1, top});
  }
  return t;
}

}  // namespace spotcheck
