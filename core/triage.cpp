#include "triage.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "applies.hpp"
#include "fit.hpp"
#include "ranking.hpp"
#include "rules.hpp"

namespace spotcheck {
namespace {

// A meta.json reason text with the cause's name in place of {condition}
// (the loader allows no other placeholder in them).
std::string with_condition(const std::string& tmpl, const std::string& name) {
  static const std::string kSlot = "{condition}";
  std::string out;
  std::size_t from = 0;
  for (std::size_t at; (at = tmpl.find(kSlot, from)) != std::string::npos; from = at + kSlot.size()) out.append(tmpl, from, at - from).append(name);
  return out.append(tmpl, from, std::string::npos);
}

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

// The case's warning answers (finding, answered yes?): every one of them,
// however many. No answer is ever left out of the walk below: one left out
// would be one the guarantee does not cover.
using Given = std::vector<std::pair<int, bool>>;

// The lowest set bit's index of a non-zero mask.
int lowest_bit(std::uint32_t mask) {
  int j = 0;
  while (!(mask & 1u)) mask >>= 1, ++j;
  return j;
}

// Whether `rule` matches the case with some subset of the given answers it
// reads taken away (given_mark: per finding, one of the given answers). A
// rule reads only its own findings, so it is tried with the subsets of the
// given answers it reads (usually none): the same answer as trying every rule
// with every subset, at a fraction of the cost. Those are at most the rule's
// findings that have a warning answer, which the loader keeps to
// kMaxRuleFindings: 2^20 subsets at the very most, whatever the case.
// `without`: a copy of the case made the first time a rule needs one
// (`copied`), given back as it was after each rule.
bool rule_hits_over_subsets(const Rule& rule, const Case& kase, const std::vector<char>& given_mark, Case& without, bool& copied) {
  // Taking answers away never supplies an answer the rule needs.
  for (auto [f, yes] : rule.required)
    if (kase.answers[f] != (yes ? Answer::yes : Answer::no)) return false;
  thread_local std::vector<int> read;  // the findings of the given answers this rule reads
  read.clear();
  for (int f : rule.findings)
    if (given_mark[f]) read.push_back(f);
  const std::size_t n = read.size();  // <= the rule's warning findings <= kMaxRuleFindings
  if (n == 0) return matches(rule.when, kase);
  if (!copied) {
    without.age = kase.age, without.sex = kase.sex, without.age_months = kase.age_months;
    without.answers.assign(kase.answers.begin(), kase.answers.end());
    copied = true;
  }
  // Every subset in Gray-code order: each step takes away or gives back one answer.
  bool hit = false;
  for (std::uint32_t step = 0; step < (std::uint32_t{1} << n) && !hit; ++step) {
    if (step > 0) {
      const int f = read[lowest_bit(step)];
      Answer& a = without.answers[f];
      a = a == Answer::unasked ? kase.answers[f] : Answer::unasked;
    }
    hit = matches(rule.when, without);
  }
  for (int f : read) without.answers[f] = kase.answers[f];
  return hit;
}

// The case with answers taken away, in memory kept from call to call (the
// what-ifs call this often).
Case& scratch_case() {
  thread_local Case without;
  return without;
}

// Per finding: one of the given answers.
const std::vector<char>& mark_given(const Case& kase, const Given& given) {
  thread_local std::vector<char> given_mark;
  given_mark.assign(kase.answers.size(), 0);
  for (auto [f, yes] : given) given_mark[f] = 1;
  return given_mark;
}

// The highest rule level over the case with any subset of `given` taken away.
// With `base` (the verdicts on a case this one differs from only in the
// findings `changed`), a rule that reads none of them keeps its verdict: only
// the rules that read a changed finding are tried again.
Level rule_level_over_subsets(const KnowledgeBase& kb, const Case& kase, const Given& given, const RuleVerdicts* base,
                              const std::vector<int>* changed) {
  const std::vector<char>& given_mark = mark_given(kase, given);
  Case& without = scratch_case();
  bool copied = false;
  Level level = Level::self_care;
  if (!base) {
    for (const Rule& rule : kb.rules)
      if (rule.level > level && rule_hits_over_subsets(rule, kase, given_mark, without, copied)) level = rule.level;
    return level;
  }
  thread_local std::vector<char> touched;  // per rule: reads a changed finding
  thread_local std::vector<int> again;
  touched.assign(kb.rules.size(), 0);
  again.clear();
  for (int f : *changed)
    for (int r : kb.rules_reading[f])
      if (!touched[r]) touched[r] = 1, again.push_back(r);
  for (int r : base->hits)  // most urgent first
    if (!touched[r]) {
      level = kb.rules[r].level;
      break;
    }
  for (int r : again)
    if (kb.rules[r].level > level && rule_hits_over_subsets(kb.rules[r], kase, given_mark, without, copied)) level = kb.rules[r].level;
  return level;
}

// The case's warning answers (finding, answered yes?).
void given_answers(const KnowledgeBase& kb, const Case& kase, Given& given) {
  given.clear();
  for (auto [f, yes] : kb.warning_answers)
    if (yes ? kase.is_yes(f) : kase.is_no(f)) given.push_back({f, yes});
}

// The highest level the causes reach over every subset of the given answers
// taken away, searched one cause at a time. A cause's level rises with its
// score alone, so the question per cause c is how high its score can get:
// score_c = 1 / (1 + F), F = sum over the other causes o of exp(z_o), where
// z_o = l_o - l_c, and taking answer i away moves z_o by -delta_i[o],
// delta_i[o] = e_i[o] - e_i[c]. The cause lifts the level above `best` when
// log F <= gap (raise_gap() of its raise score).
//  - An answer with every delta_i[o] >= 0 lowers or keeps every term when
//    taken away: some best subset takes it away. One with every delta_i[o]
//    <= 0 never helps: some best subset keeps it. Only the other, mixed
//    answers are branched on.
//  - A branch is cut when a lower bound on log F over every way of deciding
//    the answers left is above the gap: each term alone at its lowest (one
//    rival can rule the cause out), every term at its lowest at once, and the
//    convex relaxation (below), tight when the rivals must all fall together.
//    Each is compared with 1e-6 in hand, far above the rounding of its sums.
//  - It branches on the answer the relaxation is least sure of, the side it
//    leans to first, and tries the subset the relaxation rounds to at every
//    node: a subset that lifts the level, when there is one, comes early.
// Every subset reached is scored exactly as normalise() scores the case, from
// the case's log joints minus its answers' evidence in answer order, and
// judged by cause_level() over all causes. So the level is the highest over
// every subset, found by visiting few of them.
class CauseSearch {
 public:
  // Memory kept from call to call.
  struct Memory {
    std::vector<int> open;                    // the mixed answers not yet decided
    std::vector<char> away;                   // per answer: taken away in the subset at hand
    std::vector<double> z, reach;             // l_o - l_c with the decided answers; the most each term can still fall
    std::vector<std::vector<double>> deltas;  // per answer: delta_i[o] for the cause searched
    std::vector<double> x;                    // per answer: its share in the relaxation's point (kept as the next start)
    std::vector<double> w, zx, slopes;        // the rivals' shares of F at that point, z there, each answer's slope
    std::vector<double> logs, scores;         // a subset's log joints and scores
  };

  CauseSearch(const KnowledgeBase& kb, const std::vector<double>& log_joints, const std::vector<std::vector<double>>& evidence,
              std::size_t k, Memory& m)
      : kb_(kb), log_joints_(log_joints), evidence_(evidence), k_(k), n_(log_joints.size()), m_(m) {}

  Level run(Level best) {
    best_ = best;
    // The most urgent causes first: once one lifts the level, fewer causes can lift it further.
    for (int urgency = kLevelCount - 1; urgency > static_cast<int>(best_); --urgency)
      for (std::size_t c = 0; c < n_ && best_ != Level::emergency; ++c)
        if (static_cast<int>(kb_.conditions[c].urgency) == urgency) search_cause(c);
    return best_;
  }

 private:
  static constexpr double kInHand = 1e-6;

  double gap() const { return kb_.raise_gaps[c_][static_cast<int>(best_)]; }
  bool lifted_out() const { return best_ == Level::emergency || gap() == -std::numeric_limits<double>::infinity(); }

  void search_cause(std::size_t c) {
    c_ = c;
    if (gap() == -std::numeric_limits<double>::infinity()) return;
    m_.open.clear();
    m_.away.assign(k_, 0);
    m_.x.assign(k_, 0.0);
    m_.z.resize(n_), m_.reach.assign(n_, 0.0);
    for (std::size_t o = 0; o < n_; ++o) m_.z[o] = log_joints_[o] - log_joints_[c];
    if (m_.deltas.size() < k_) m_.deltas.resize(k_);
    for (std::size_t i = 0; i < k_; ++i) {
      std::vector<double>& d = m_.deltas[i];
      d.resize(n_);
      bool helps = false, hurts = false;
      for (std::size_t o = 0; o < n_; ++o) {
        d[o] = evidence_[i][o] - evidence_[i][c];
        helps = helps || d[o] > 0;
        hurts = hurts || d[o] < 0;
      }
      if (helps && !hurts) {
        m_.away[i] = 1;
        for (std::size_t o = 0; o < n_; ++o) m_.z[o] -= d[o];
      } else if (helps) {
        m_.open.push_back(static_cast<int>(i));
        for (std::size_t o = 0; o < n_; ++o) m_.reach[o] += std::max(0.0, d[o]);
      }
    }
    walk();
  }

  // log F at z, and w = each rival's share of F there.
  double log_f(const std::vector<double>& z, std::vector<double>& w) const {
    double top = -std::numeric_limits<double>::infinity();
    for (std::size_t o = 0; o < n_; ++o)
      if (o != c_) top = std::max(top, z[o]);
    if (top == -std::numeric_limits<double>::infinity()) {  // no rival at all
      w.assign(n_, 0.0);
      return top;
    }
    double sum = 0;
    for (std::size_t o = 0; o < n_; ++o) sum += w[o] = o == c_ ? 0.0 : std::exp(z[o] - top);
    for (double& share : w) share /= sum;
    return top + std::log(sum);
  }

  // Whether some way of deciding the open answers could lift cause c_ above
  // best_. Leaves m_.x at the relaxation's point for the open answers.
  bool possible() {
    const double g = gap();
    if (g == -std::numeric_limits<double>::infinity()) return false;
    if (g == std::numeric_limits<double>::infinity()) return true;
    // Each term alone at its lowest (no exp), then every term at its lowest at once.
    for (std::size_t o = 0; o < n_; ++o)
      if (o != c_ && m_.z[o] - m_.reach[o] > g + kInHand) return false;
    if (m_.open.empty()) return true;  // F itself: score_subset() judges it exactly
    double lowest = 0;
    for (std::size_t o = 0; o < n_; ++o)
      if (o != c_) lowest += std::exp(m_.z[o] - m_.reach[o] - g);
    if (lowest > 1 + kInHand) return false;
    // The terms fall together, with the same answers taken away. Relax
    // "taken away or not" to a share x_s in [0, 1] of each open answer: log F
    // is convex in x, so at any x, with w the rivals' shares of F there and
    // a_s = w.delta_s (how fast log F falls as x_s grows),
    //   log F >= log F(x) - sum over s of (max(0, a_s) - x_s a_s)
    // over the whole box (the tangent plane at x, at its lowest corner), so
    // at every subset. x starts where the last node left it and improves by
    // sweeps of one-answer Newton steps; each sweep gives a bound.
    std::vector<double>& w = m_.w;
    std::vector<double>& zx = m_.zx;
    w.resize(n_), zx.assign(m_.z.begin(), m_.z.end());
    for (int i : m_.open)
      for (std::size_t o = 0; o < n_; ++o) zx[o] -= m_.x[i] * m_.deltas[i][o];
    double lf = log_f(zx, w);
    for (int sweep = 0; sweep < 8; ++sweep) {
      double slack = 0;
      for (int i : m_.open) {
        const std::vector<double>& d = m_.deltas[i];
        double a = 0;
        for (std::size_t o = 0; o < n_; ++o) a += w[o] * d[o];
        slack += std::max(0.0, a) - m_.x[i] * a;
      }
      if (lf - slack > g + kInHand) return false;
      if (lf <= g || slack < 1e-9) break;  // the relaxation reaches the gap, or x is its lowest point
      for (int i : m_.open) {
        const std::vector<double>& d = m_.deltas[i];
        double mean = 0, square = 0;
        for (std::size_t o = 0; o < n_; ++o) mean += w[o] * d[o], square += w[o] * d[o] * d[o];
        const double curve = square - mean * mean;  // d2 log F / dx_i2
        double next = curve > 1e-12 ? m_.x[i] + mean / curve : (mean > 0 ? 1.0 : 0.0);
        next = std::min(1.0, std::max(0.0, next));
        if (next == m_.x[i]) continue;
        for (std::size_t o = 0; o < n_; ++o) zx[o] -= (next - m_.x[i]) * d[o];
        m_.x[i] = next;
        lf = log_f(zx, w);
      }
    }
    return true;
  }

  // Takes answer i away (or gives it back) in the subset at hand.
  void take_away(int i, bool away) {
    m_.away[i] = away;
    for (std::size_t o = 0; o < n_; ++o) m_.z[o] += away ? -m_.deltas[i][o] : m_.deltas[i][o];
  }

  // Decides the open answers; false once no subset can lift cause c_ any further.
  bool walk() {
    if (!possible()) return !lifted_out();
    if (m_.open.empty()) {
      score_subset();
      return !lifted_out();
    }
    // The subset the relaxation rounds to may already lift the level.
    const double g = gap();
    for (int i : m_.open) m_.away[i] = m_.x[i] >= 0.5;
    score_subset();
    for (int i : m_.open) m_.away[i] = 0;
    if (lifted_out()) return false;
    if (gap() != g && !possible()) return true;  // judged again against the new level
    // Branch on the answer the relaxation is least sure of.
    std::size_t pick = 0;
    for (std::size_t s = 1; s < m_.open.size(); ++s)
      if (std::fabs(m_.x[m_.open[s]] - 0.5) < std::fabs(m_.x[m_.open[pick]] - 0.5)) pick = s;
    const int i = m_.open[pick];
    std::swap(m_.open[pick], m_.open.back());
    m_.open.pop_back();
    for (std::size_t o = 0; o < n_; ++o) m_.reach[o] -= std::max(0.0, m_.deltas[i][o]);
    const bool away_first = m_.x[i] >= 0.5;
    bool more = true;
    for (int side = 0; side < 2 && more; ++side) {
      const bool away = (side == 0) == away_first;
      if (away) take_away(i, true);
      more = walk();
      if (away) take_away(i, false);
    }
    for (std::size_t o = 0; o < n_; ++o) m_.reach[o] += std::max(0.0, m_.deltas[i][o]);
    m_.open.push_back(i);
    std::swap(m_.open[pick], m_.open.back());
    return more;
  }

  // The subset at hand (none taken away is the case itself, already counted).
  void score_subset() {
    std::vector<double>& logs = m_.logs;
    logs.assign(log_joints_.begin(), log_joints_.end());
    bool any = false;
    for (std::size_t i = 0; i < k_; ++i)
      if (m_.away[i]) {
        any = true;
        for (std::size_t o = 0; o < n_; ++o) logs[o] -= evidence_[i][o];
      }
    if (!any || !could_raise(logs, kb_.raise_gaps, best_, evidence_, k_, k_)) return;
    normalise(logs, m_.scores);
    best_ = std::max(best_, cause_level(kb_, m_.scores));
  }

  const KnowledgeBase& kb_;
  const std::vector<double>& log_joints_;
  const std::vector<std::vector<double>>& evidence_;
  const std::size_t k_, n_;
  Memory& m_;
  Level best_ = Level::self_care;
  std::size_t c_ = 0;
};

}  // namespace

void prepare_triage(KnowledgeBase& kb) {
  kb.raise_gaps.assign(kb.conditions.size(), {});
  for (std::size_t c = 0; c < kb.conditions.size(); ++c)
    for (int l = 0; l < kLevelCount; ++l) kb.raise_gaps[c][l] = raise_gap(raise_score(kb, kb.conditions[c], static_cast<Level>(l)));
  kb.rules_requiring.assign(2 * kb.findings.size(), {});
  kb.rules_reading.assign(kb.findings.size(), {});
  for (std::size_t r = 0; r < kb.rules.size(); ++r)
    for (int f : kb.rules[r].findings) kb.rules_reading[f].push_back(static_cast<int>(r));  // findings: sorted, unique
  for (std::size_t r = 0; r < kb.rules.size(); ++r)
    for (auto [f, yes] : kb.rules[r].required) {
      std::vector<int>& rules = kb.rules_requiring[2 * f + yes];
      if (rules.empty() || rules.back() != static_cast<int>(r)) rules.push_back(static_cast<int>(r));
    }
}

// A warning sign must never make the advice calmer, yet a red-flag answer can
// shift the ranking from a worrying cause to a harmless one, or complete a
// rule's exception. So the level is the highest over the case and the case
// with any of its warning answers taken away: monotone by construction.
RuleVerdicts rule_verdicts(const KnowledgeBase& kb, const Case& kase) {
  Given given;
  given_answers(kb, kase, given);
  const std::vector<char>& given_mark = mark_given(kase, given);
  Case& without = scratch_case();
  bool copied = false;
  std::vector<int> hits;
  for (std::size_t r = 0; r < kb.rules.size(); ++r)
    if (rule_hits_over_subsets(kb.rules[r], kase, given_mark, without, copied)) hits.push_back(static_cast<int>(r));
  // Most urgent first, in rule order within a level (a pass per level: no
  // sort to carry in the wasm).
  RuleVerdicts verdicts;
  for (int level = kLevelCount - 1; level >= 0; --level)
    for (int r : hits)
      if (static_cast<int>(kb.rules[r].level) == level) verdicts.hits.push_back(r);
  return verdicts;
}

Level triage_level(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                   const std::vector<double>& log_joints, const RuleVerdicts* base, const std::vector<int>* changed) {
  // Working memory kept from call to call, grown to the largest case seen:
  // the interview's what-ifs call this hundreds of times per answer.
  struct Scratch {
    Given given;
    std::vector<std::vector<double>> evidence;
    CauseSearch::Memory search;
  };
  thread_local Scratch w;
  Given& given = w.given;
  given_answers(kb, kase, given);

  // The rules and the causes are taken apart: the highest of both over every subset.
  Level best = std::max(rule_level_over_subsets(kb, kase, given, base, changed), cause_level(kb, scores));
  // An unexplained rash with a systemic symptom: its rash part reads no warning
  // answer, so this floor too can only rise as warning answers are given (fit.hpp).
  best = std::max(best, unexplained_floor(kb, kase, best, /*local=*/false));
  if (given.empty() || best == Level::emergency) return best;

  const std::size_t n = scores.size(), k = given.size();
  // evidence[i]: each cause's log evidence for given answer i.
  if (w.evidence.size() < k) w.evidence.resize(k);
  for (std::size_t i = 0; i < k; ++i) {
    w.evidence[i].resize(n);
    for (std::size_t c = 0; c < n; ++c) w.evidence[i][c] = log_evidence(kb.conditions[c], given[i].first, given[i].second);
  }
  // The quick test first: usually no cause could rise far enough with every answer away.
  if (!could_raise(log_joints, kb.raise_gaps, best, w.evidence, 0, k)) return best;
  CauseSearch search(kb, log_joints, w.evidence, k, w.search);
  return search.run(best);
}

Triage decide_triage(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores,
                     const std::vector<double>& log_joints) {
  Triage t;
  for (std::size_t r = 0; r < kb.rules.size(); ++r)
    if (matches(kb.rules[r].when, kase))
      t.reasons.push_back({kb.rules[r].level, kb.rules[r].reason, static_cast<int>(r), -1, false, "rule." + kb.rules[r].id + ".reason"});
  const ReasonTexts& texts = kb.reason_texts;
  // A sentence of meta.json "reason_texts" about cause c (its key, its template).
  const auto about_cause = [&](Level level, const char* key, const std::string& tmpl, int c) {
    return TriageReason{level, with_condition(tmpl, kb.conditions[c].name), -1, c, false, std::string("meta.reason_texts.") + key};
  };
  int top = top_condition(scores);
  for (int c : rank_order(scores)) {
    const Condition& cond = kb.conditions[c];
    Level level = level_from_cause(kb, scores, c);
    if (level == Level::self_care) continue;
    t.reasons.push_back(level < cond.urgency ? about_cause(level, "cause_rule_out_today", texts.cause_rule_out_today, c)
                        : c == top           ? about_cause(level, "cause_best", texts.cause_best, c)
                                             : about_cause(level, "cause_needs_checking", texts.cause_needs_checking, c));
  }
  Level floor = unexplained_floor(kb, kase, Level::self_care);
  // One reason for the net when more than one applies: painful_urgent's when
  // it sets the level (a doctor sooner), else feeling ill, then lasting, then
  // painful: they say the same thing to do.
  if (floor > kb.unexplained.level)
    t.reasons.push_back({floor, kb.unexplained.painful_urgent.reason, -1, -1, true, "meta.unexplained.painful_urgent.reason"});
  else if (floor > Level::self_care)
    t.reasons.push_back(unexplained_systemic(kb, kase)  ? TriageReason{floor, kb.unexplained.reason, -1, -1, true, "meta.unexplained.reason"}
                        : unexplained_lasting(kb, kase) ? TriageReason{floor, kb.unexplained.reason_lasting, -1, -1, true, "meta.unexplained.reason_lasting"}
                                                        : TriageReason{floor, kb.unexplained.reason_painful, -1, -1, true, "meta.unexplained.reason_painful"});
  t.reasons = most_urgent_first(std::move(t.reasons));
  if (!t.reasons.empty()) t.level = t.reasons.front().level;
  Level level = triage_level(kb, kase, scores, log_joints);
  if (level > t.level) {
    t.level = level;
    t.reasons.insert(t.reasons.begin(), {level, texts.warning_signs_together, -1, -1, false, "meta.reason_texts.warning_signs_together"});
  }
  if (t.reasons.empty() && top >= 0) {
    // The calm reason names the best cause that can be this person's (applies.hpp).
    for (int c : rank_order(scores))
      if (applies_to_person(kb.conditions[c].applies_to, kase)) {
        top = c;
        break;
      }
    t.reasons.push_back(kb.conditions[top].urgency == Level::self_care ? about_cause(Level::self_care, "calm_harmless", texts.calm_harmless, top)
                                                                       : about_cause(Level::self_care, "calm_unclear", texts.calm_unclear, top));
  }
  return t;
}

}  // namespace spotcheck
