#include "triage.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>

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
Level level_at(const KnowledgeBase& kb, const Condition& cond, double score) {
  if (score >= kb.alarm_score(cond)) return cond.urgency;
  if (cond.urgency == Level::emergency && score >= kb.serious_cause_threshold) return Level::urgent;
  return Level::self_care;
}

Level level_from_cause(const KnowledgeBase& kb, const std::vector<double>& scores, int c) {
  return level_at(kb, kb.conditions[c], scores[c]);
}

// The lowest score at which a cause lifts the level above `best`, or 2 when
// no score can. level_at() steps only at these thresholds: keep them in step.
double raise_score(const KnowledgeBase& kb, const Condition& cond, Level best) {
  double lowest = 2;
  for (double t : {kb.alarm_score(cond), kb.serious_cause_threshold})
    if (t <= 1 && level_at(kb, cond, t) > best) lowest = std::min(lowest, t);
  return lowest;
}

// How far below the highest other log joint a cause's log joint may fall and
// its score still reach `raise` (its raise_score): a score is at most
// 1 / (1 + exp(l_o - l_c)), l_o the highest other log joint, which reaches r
// when l_o - l_c <= log(1 / r - 1). The threshold is lowered by a relative
// 1e-9, far wider than the rounding in normalise() (under 1e-12), so a cause
// is ruled out only when the full computation could not raise the level.
// +infinity: any score would do; -infinity: no score can (raise above 1).
double raise_gap(double raise) {
  if (raise > 1) return -std::numeric_limits<double>::infinity();
  double r = raise * (1 - 1e-9);
  return r <= 0 ? std::numeric_limits<double>::infinity() : std::log(1 / r - 1);
}

// Whether some cause could lift the level above `best` with these log joints,
// or with any more of the given answers [from, to) taken away, bounded
// without the exps of normalise() and without visiting those subsets. Taking
// answers T away moves l_o - l_c by -(sum over T of e[o] - e[c]); with o the
// cause's highest rival now, l_o - l_c can fall at most by the sum over every
// answer left of max(0, e[o] - e[c]). Rounding in the walk's subtractions is
// far below the 1e-6 kept in hand, so `false` means no subset could raise the
// level. `gaps` from prepare_triage(); evidence[i][c]: answer i's log evidence.
bool could_raise(const std::vector<double>& logs, const std::vector<std::array<double, kLevelCount>>& gaps, Level best,
                 const std::vector<std::vector<double>>& evidence, std::size_t from, std::size_t to) {
  const std::size_t n = logs.size();
  std::size_t top = 0, second = n > 1 ? 1 : 0;
  for (std::size_t c = 1; c < n; ++c)
    if (logs[c] > logs[top]) top = c;
  for (std::size_t c = 0; c < n; ++c)
    if (c != top && (second == top || logs[c] > logs[second])) second = c;
  for (std::size_t c = 0; c < n; ++c) {
    const double gap = gaps[c][static_cast<int>(best)];
    if (gap == -std::numeric_limits<double>::infinity()) continue;
    const std::size_t rival = c == top ? second : top;
    double fall = 0;
    for (std::size_t i = from; i < to; ++i) fall += std::max(0.0, evidence[i][rival] - evidence[i][c]);
    if (rival == c || logs[rival] - logs[c] - fall <= gap + 1e-6) return true;
  }
  return false;
}

Level cause_level(const KnowledgeBase& kb, const std::vector<double>& scores) {
  Level level = Level::self_care;
  for (std::size_t c = 0; c < kb.conditions.size(); ++c) level = std::max(level, level_from_cause(kb, scores, static_cast<int>(c)));
  return level;
}

// Bounds the subsets below (2^10 small evaluations); real cases give a few warning answers.
constexpr std::size_t kMaxWarningAnswers = 10;

// The case's warning answers (finding, answered yes?), without allocating.
struct Given {
  std::array<std::pair<int, bool>, kMaxWarningAnswers> items;
  std::size_t size = 0;
};

// The highest rule level over the case with any subset of `given` taken away.
// A rule reads only its own findings, so it is tried with the subsets of the
// given answers it reads (usually none): the same answer as trying every rule
// with every subset, at a fraction of the cost.
Level rule_level_over_subsets(const KnowledgeBase& kb, const Case& kase, const Given& given) {
  Level level = Level::self_care;
  // The case with answers taken away, copied only when a rule reads a warning
  // answer, into memory kept from call to call (the what-ifs call this often).
  thread_local Case scratch;
  Case* without = nullptr;
  std::array<int, kMaxWarningAnswers> read;  // indices into `given` of the answers this rule reads
  for (const Rule& rule : kb.rules) {
    if (rule.level <= level) continue;
    // Taking answers away never supplies an answer the rule needs.
    bool possible = true;
    for (auto [f, yes] : rule.required) possible = possible && kase.answers[f] == (yes ? Answer::yes : Answer::no);
    if (!possible) continue;
    std::size_t n = 0;
    for (std::size_t i = 0; i < given.size; ++i)
      if (std::binary_search(rule.findings.begin(), rule.findings.end(), given.items[i].first)) read[n++] = static_cast<int>(i);
    if (n == 0) {
      if (matches(rule.when, kase)) level = rule.level;
      continue;
    }
    if (!without) {
      scratch.age = kase.age, scratch.sex = kase.sex;
      scratch.answers.assign(kase.answers.begin(), kase.answers.end());
      without = &scratch;
    }
    for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
      for (std::size_t j = 0; j < n; ++j)
        if (mask & (1u << j)) without->answers[given.items[read[j]].first] = Answer::unasked;
      bool hit = matches(rule.when, *without);
      for (std::size_t j = 0; j < n; ++j) without->answers[given.items[read[j]].first] = kase.answers[given.items[read[j]].first];
      if (hit) {
        level = rule.level;
        break;
      }
    }
  }
  return level;
}

}  // namespace

void prepare_triage(KnowledgeBase& kb) {
  kb.raise_gaps.assign(kb.conditions.size(), {});
  for (std::size_t c = 0; c < kb.conditions.size(); ++c)
    for (int l = 0; l < kLevelCount; ++l) kb.raise_gaps[c][l] = raise_gap(raise_score(kb, kb.conditions[c], static_cast<Level>(l)));
}

// A warning sign must never make the advice calmer, yet a red-flag answer can
// shift the ranking from a worrying cause to a harmless one, or complete a
// rule's exception. So the level is the highest over the case and the case
// with any of its warning answers taken away: monotone by construction.
Level triage_level(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                   const std::vector<double>& log_joints) {
  Given given;
  for (auto [f, yes] : kb.warning_answers)
    if ((yes ? kase.is_yes(f) : kase.is_no(f)) && given.size < kMaxWarningAnswers) given.items[given.size++] = {f, yes};

  // The rules and the causes are taken apart: the highest of both over every subset.
  Level best = std::max(rule_level_over_subsets(kb, kase, given), cause_level(kb, scores));
  if (given.size == 0 || best == Level::emergency) return best;

  const std::size_t n = scores.size(), k = given.size;
  // Working memory kept from call to call: the interview's what-ifs call this
  // hundreds of times per answer.
  struct Scratch {
    std::vector<double> without_scores;
    std::vector<std::vector<double>> evidence, logs;
  };
  thread_local Scratch w;
  w.evidence.resize(kMaxWarningAnswers);
  w.logs.resize(kMaxWarningAnswers + 1);
  for (auto& v : w.evidence) v.resize(n);
  for (auto& v : w.logs) v.resize(n);
  // evidence[i]: each cause's log evidence for given answer i. logs[d]: the log
  // joints at depth d of a walk over the subsets, each one its parent minus
  // one more answer of higher index. Only differences of log joints matter
  // (could_raise and normalise), so the walk starts from the case's own.
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t c = 0; c < n; ++c) w.evidence[i][c] = log_evidence(kb.conditions[c], given.items[i].first, given.items[i].second);
  std::copy(log_joints.begin(), log_joints.end(), w.logs[0].begin());
  auto visit = [&](auto& self, std::size_t depth, std::size_t from) -> void {
    for (std::size_t i = from; i < k && best != Level::emergency; ++i) {
      const std::vector<double>& parent = w.logs[depth];
      std::vector<double>& child = w.logs[depth + 1];
      for (std::size_t c = 0; c < n; ++c) child[c] = parent[c] - w.evidence[i][c];
      if (could_raise(child, kb.raise_gaps, best, w.evidence, k, k)) {  // this subset alone
        normalise(child, w.without_scores);
        Level level = cause_level(kb, w.without_scores);
        best = std::max(best, level);
      }
      if (i + 1 < k && could_raise(child, kb.raise_gaps, best, w.evidence, i + 1, k)) self(self, depth + 1, i + 1);
    }
  };
  if (could_raise(w.logs[0], kb.raise_gaps, best, w.evidence, 0, k)) visit(visit, 0, 0);
  return best;
}

Triage decide_triage(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                     const std::vector<double>& log_joints) {
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
  t.reasons = most_urgent_first(std::move(t.reasons));
  if (!t.reasons.empty()) t.level = t.reasons.front().level;
  Level level = triage_level(kb, kase, scores, log_joints);
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
