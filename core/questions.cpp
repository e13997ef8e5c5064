#include "questions.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "ranking.hpp"
#include "rules.hpp"
#include "triage.hpp"

namespace spotcheck {
namespace {

// Tuning, chosen for the whole interview rather than any one story:
// - an answer that would raise the advice weighs more than one that changes the
//   ranking, because a missed warning sign costs more than a longer interview,
//   and it weighs more for each level it would raise: missing "get help today"
//   costs more than missing "book an appointment"; a rule the answer leaves one
//   answer short of matching counts half (one_answer_short);
// - for the ranking, what counts is how much more likely the top cause is to be
//   the right one after the answer (the expected highest score after it, minus
//   the highest score now: the value of the answer for naming one cause), not
//   merely whether the top cause could change, which a near tie between two
//   harmless causes makes likely and worth little;
// - information gain (bits over the causes) breaks ties toward questions that
//   sharpen the ranking;
// - a question is worth asking only when its expected effect passes kStop, and
//   each question already answered raises that bar by kBurden: people tire, and
//   the results page lists the remaining warning signs to watch for anyway.
//   A question that could reveal an emergency is judged on its own (below);
// - the interview also stops once it is settled (settled, questions.hpp): no
//   question is likely to change the advice or the cause on top.
constexpr double kRaiseWeight = 4.0;  // per level raised
constexpr double kLowerWeight = 1.0;
// A rule one answer short after this answer is worth half a raise now: it
// takes two answers, and the person may stop before the second.
constexpr double kTwoStepWeight = 0.5 * kRaiseWeight;
// An exemption one answer away is worth half a lowering now, for the same reason.
constexpr double kTwoStepLowerWeight = 0.5 * kLowerWeight;
constexpr double kTopGainWeight = 5.0;
constexpr double kInformationWeight = 1.0;
constexpr double kStop = 0.06;
constexpr double kBurden = 0.02;
constexpr double kCannotTell = 0.1;
constexpr double kAnswerRate = 0.5;

using Outcome = std::vector<std::pair<int, bool>>;  // finding, answered yes?

// The options of a question not yet answered.
std::vector<int> open_findings(const Question& q, const Case& kase) {
  std::vector<int> open;
  for (int f : q.findings)
    if (!kase.is_answered(f)) open.push_back(f);
  return open;
}

// The answers a person could give to the open options, as the advice sees
// them, each outcome's answers in the order of `open`. Multiple choice is
// approximated by "none" and each option alone: enough to see what each option
// would do to the advice (the ranking uses TickTree below).
std::vector<Outcome> outcomes_of(const Question& q, const std::vector<int>& open) {
  std::vector<Outcome> out;
  if (q.type == QuestionType::yes_no) {
    out.push_back({{open[0], true}});
    out.push_back({{open[0], false}});
    return out;
  }
  for (int chosen : open) {
    Outcome o;
    for (int f : open) o.push_back({f, f == chosen});
    out.push_back(std::move(o));
  }
  if (q.type == QuestionType::multiple) {
    Outcome none;
    for (int f : open) none.push_back({f, false});
    out.push_back(std::move(none));
  }
  return out;
}

// What a tick-all-that-apply answer is worth to the ranking, computed over
// every combination of ticks rather than over the few outcomes the advice is
// judged on (outcomes_of): findings that come together (red eyes, cracked lips
// and a strawberry tongue in Kawasaki disease) are ticked together, and an
// option alone, the others No, would make such a cause look unlikely and the
// question worth little. The combinations are a true partition of the
// answers, so the expected top score after the answer never falls below the
// top score now. Only the kEnumerated options that tell the likely causes
// apart most (spread of their chances over the causes) are enumerated
// (kTickOptionsEnumerated): the rest are treated as not yet answered.

struct RankingWorth {
  double top_after = 0;      // expected highest score after the answer
  double entropy_after = 0;  // expected entropy over the causes after it, in bits
  double top_change = 0;     // chance the answer puts another cause on top
};

class TickTree {
 public:
  RankingWorth worth(const KnowledgeBase& kb, const std::vector<int>& open, const std::vector<double>& scores,
                     const std::vector<double>& log_joints) {
    const std::size_t n = scores.size();
    // The options that matter most: the variance of P(option | cause) over the causes, by score.
    candidates_.clear(), spreads_.clear();
    for (int f : open) {
      // An option that sums up the others tells the ranking only by its yes
      // (Finding::sums_up): left unasked here, as the options not enumerated.
      if (kb.findings[f].sums_up) continue;
      double mean = 0, var = 0;
      for (std::size_t c = 0; c < n; ++c) mean += scores[c] * kb.conditions[c].p_true[f];
      for (std::size_t c = 0; c < n; ++c) var += scores[c] * (kb.conditions[c].p_true[f] - mean) * (kb.conditions[c].p_true[f] - mean);
      candidates_.push_back(f), spreads_.push_back(var);
    }
    // Widest spread first; equal spreads keep the question's order (rank_order is stable).
    options_.clear();
    for (int i : rank_order(spreads_))
      if (options_.size() < kTickOptionsEnumerated) options_.push_back(candidates_[i]);
    // Causes with a negligible score (below kNegligible) cannot be on top after
    // one answer and add nothing measurable to the entropy: left out, which
    // after a few answers is most of them.
    const std::size_t t = static_cast<std::size_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    causes_.clear();
    for (std::size_t c = 0; c < n; ++c)
      if (scores[c] >= kNegligible || c == t) causes_.push_back(static_cast<int>(c));
    n_ = causes_.size();
    const std::size_t depth = options_.size();
    w_.resize((depth + 1) * n_), lw_.resize((depth + 1) * n_);
    // log score = log joint - log of their sum; the top cause gives that sum with one log.
    const double log_total = log_joints[t] - std::log(scores[t]);
    for (std::size_t i = 0; i < n_; ++i) {
      if (static_cast<std::size_t>(causes_[i]) == t) top_now_ = i;
      w_[i] = scores[causes_[i]], lw_[i] = log_joints[causes_[i]] - log_total;
    }
    // Each option's chances and log evidence per cause followed, in the
    // order walk() reads them: the tree visits them 2^depth times.
    p_yes_.resize(depth * n_), p_no_.resize(depth * n_), log_yes_.resize(depth * n_), log_no_.resize(depth * n_);
    for (std::size_t d = 0; d < depth; ++d)
      for (std::size_t i = 0; i < n_; ++i) {
        const Condition& cond = kb.conditions[causes_[i]];
        const int f = options_[d];
        p_yes_[d * n_ + i] = cond.p_true[f], p_no_[d * n_ + i] = 1 - cond.p_true[f];
        log_yes_[d * n_ + i] = log_evidence(cond, f, true), log_no_[d * n_ + i] = log_evidence(cond, f, false);
      }
    result_ = {};
    walk(0);
    result_.entropy_after /= std::log(2.0);
    return result_;
  }

 private:
  void walk(std::size_t d) {
    const double* w = &w_[d * n_];
    const double* lw = &lw_[d * n_];
    if (d == options_.size()) return leaf(w, lw, nullptr, nullptr);  // nothing enumerated
    double* w_next = &w_[(d + 1) * n_];
    double* lw_next = &lw_[(d + 1) * n_];
    for (bool yes : {true, false}) {
      const double* chance = &(yes ? p_yes_ : p_no_)[d * n_];
      const double* log_chance = &(yes ? log_yes_ : log_no_)[d * n_];
      if (d + 1 == options_.size()) {
        leaf(w, lw, chance, log_chance);  // the last tick, read straight into the leaf
        continue;
      }
      for (std::size_t i = 0; i < n_; ++i) w_next[i] = w[i] * chance[i], lw_next[i] = lw[i] + log_chance[i];
      walk(d + 1);
    }
  }

  // One combination of ticks: w and lw before the last tick, whose chances are
  // `chance` and `log_chance` (null: none).
  void leaf(const double* w, const double* lw, const double* chance, const double* log_chance) {
    double total = 0, top = 0, weighted_log = 0;
    std::size_t top_cause = 0;
    for (std::size_t c = 0; c < n_; ++c) {
      const double wc = chance ? w[c] * chance[c] : w[c], lwc = log_chance ? lw[c] + log_chance[c] : lw[c];
      total += wc, weighted_log += wc * lwc;
      if (wc > top) top = wc, top_cause = c;
    }
    result_.top_after += top;
    if (top_cause != top_now_) result_.top_change += total;
    // total x the entropy of w / total, in nats.
    if (total > 0) result_.entropy_after += total * std::log(total) - weighted_log;
  }

  std::size_t n_ = 0, top_now_ = 0;
  static constexpr double kNegligible = 1e-10;
  std::vector<int> candidates_, options_;  // the open options; those enumerated, widest spread first
  std::vector<double> spreads_;           // each candidate's spread of chances over the causes
  std::vector<int> causes_;     // the causes followed down the tree (not negligible)
  std::vector<double> w_, lw_;  // per depth, per cause: score x chance of the ticks so far, and its log
  std::vector<double> p_yes_, p_no_, log_yes_, log_no_;  // per option enumerated, per cause followed
  RankingWorth result_;
};

}  // namespace

double chance_of_an_answer(const KnowledgeBase& kb, const Case& kase) {
  // Any answer other than "Not sure" shows the person can answer. "Not sure"
  // counts against it only on the questions chosen for their value (about the
  // rash, their health and history), not on the red-flag ones asked of
  // everyone first, which a person often has not checked yet.
  int unsure = 0;
  for (const Question& q : kb.questions) {
    bool touched = false;
    for (int f : q.findings) {
      if (kase.is_yes(f) || kase.is_no(f)) return 1;
      touched = touched || kase.is_answered(f);
    }
    unsure += touched && !q.red_flag;
  }
  // Two kinds of people: those who can answer (each question, with chance
  // kAnswerRate) and those who cannot tell (a share kCannotTell of all). After
  // `unsure` answers of "Not sure" and none other, Bayes' rule gives the chance
  // that this person is one who can.
  const double can = (1 - kCannotTell) * std::pow(1 - kAnswerRate, unsure);
  return can / (can + kCannotTell);
}

bool is_done(const Question& q, const Case& kase) {
  bool all_answered = true;
  for (int f : q.findings) {
    if (q.type == QuestionType::single && kase.is_yes(f)) return true;
    if (!kase.is_answered(f)) all_answered = false;
  }
  return all_answered;
}

namespace {
// The chance of answer `yes` to finding f under the causes' scores.
double chance_of_answer(const KnowledgeBase& kb, const std::vector<double>& scores, int f, bool yes) {
  double chance = 0;
  for (std::size_t c = 0; c < scores.size(); ++c) chance += scores[c] * (yes ? kb.conditions[c].p_true[f] : 1 - kb.conditions[c].p_true[f]);
  return chance;
}
}  // namespace

double one_answer_short(const KnowledgeBase& kb, Case& what_if, const std::vector<std::pair<int, bool>>& outcome,
                        const std::vector<double>& scores, Level level_now) {
  // Only rules the outcome supplies a required answer of can count: those
  // listed under its answers (kb.rules_requiring), each tried once.
  thread_local std::vector<int> candidates;
  thread_local std::vector<char> listed;  // per rule: in candidates
  candidates.clear();
  listed.assign(kb.rules.size(), 0);
  for (auto [g, given] : outcome)
    for (int r : kb.rules_requiring[2 * g + given])
      if (!listed[r]) listed[r] = 1, candidates.push_back(r);
  double best = 0;
  for (int r : candidates) {
    const Rule& rule = kb.rules[r];
    if (rule.level <= level_now) continue;
    bool possible = true;
    int missing = -1, missing_count = 0;
    bool missing_yes = true;
    for (auto [f, yes] : rule.required) {
      const Answer a = what_if.answers[f];
      if (a == Answer::unasked) ++missing_count, missing = f, missing_yes = yes;
      else if (a != (yes ? Answer::yes : Answer::no)) possible = false;
    }
    if (!possible || missing_count != 1) continue;
    what_if.answers[missing] = missing_yes ? Answer::yes : Answer::no;
    const bool fires = matches(rule.when, what_if);
    what_if.answers[missing] = Answer::unasked;
    if (!fires) continue;
    best = std::max(best, chance_of_answer(kb, scores, missing, missing_yes) * (static_cast<int>(rule.level) - static_cast<int>(level_now)));
  }
  return best;
}

double one_answer_short_of_lowering(const KnowledgeBase& kb, Case& what_if, const std::vector<std::pair<int, bool>>& outcome,
                                    const std::vector<double>& scores, const std::vector<double>& log_joints, Level level_now) {
  if (level_now < Level::urgent) return 0;
  double best = 0;
  std::vector<std::pair<int, bool>> probed;  // an answer two rules exempt on is tried once
  for (const Rule& rule : kb.rules) {
    if (rule.level != level_now || rule.exempting.empty()) continue;
    // The outcome must give part of the exemption: one that needs only a
    // later answer is that answer's own question's worth, not this one's.
    bool supplied = false;
    for (const auto& answer : outcome)
      supplied = supplied || std::binary_search(rule.exempting.begin(), rule.exempting.end(), answer);
    if (!supplied || !matches(rule.when, what_if)) continue;
    for (const auto& answer : rule.exempting) {
      const auto [f, yes] = answer;
      if (what_if.answers[f] != Answer::unasked || std::find(probed.begin(), probed.end(), answer) != probed.end()) continue;
      probed.push_back(answer);
      what_if.answers[f] = yes ? Answer::yes : Answer::no;
      const Level level = triage_level(kb, what_if, scores, log_joints);
      what_if.answers[f] = Answer::unasked;
      if (level >= level_now) continue;
      best = std::max(best, chance_of_answer(kb, scores, f, yes) * (static_cast<int>(level_now) - static_cast<int>(level)));
    }
  }
  return best;
}

std::vector<QuestionValue> score_questions(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints) {
  const std::vector<double> scores = normalise(log_joints);
  const double h_now = entropy(scores);
  const auto top = std::max_element(scores.begin(), scores.end());
  const double top_score_now = *top;
  const std::ptrdiff_t top_now = top - scores.begin();
  const Level level_now = triage_level(kb, kase, scores, log_joints);
  const std::size_t n = kb.conditions.size();

  const double answerable = chance_of_an_answer(kb, kase);
  std::vector<QuestionValue> values;
  Case what_if = kase;
  std::vector<double> weight;
  // Per outcome, the log joints and scores after it; reused: the vectors keep
  // their memory from question to question.
  std::vector<std::vector<double>> after_lj, after;
  std::vector<double> option_p, option_log_yes, option_log_no, delta, likelihood, not_evidence;
  TickTree ticks;
  // The rules' verdicts on the case: an outcome changes a few answers, and
  // only the rules that read them need trying again (triage_level()).
  const RuleVerdicts verdicts = rule_verdicts(kb, kase);
  std::vector<int> changed;
  for (std::size_t qi = 0; qi < kb.questions.size(); ++qi) {
    const Question& q = kb.questions[qi];
    if (q.red_flag || is_done(q, kase)) continue;
    const std::vector<int> open = open_findings(q, kase);
    std::vector<Outcome> outcomes = outcomes_of(q, open);
    weight.assign(outcomes.size(), 0.0);
    if (after.size() < outcomes.size()) after.resize(outcomes.size()), after_lj.resize(outcomes.size());
    // Per open option, each cause's chance of a yes and its log evidence,
    // gathered once: every outcome below reads them (outcome answer j is
    // about open[j], outcomes_of()).
    option_p.resize(open.size() * n), option_log_yes.resize(open.size() * n), option_log_no.resize(open.size() * n);
    for (std::size_t j = 0; j < open.size(); ++j)
      for (std::size_t c = 0; c < n; ++c) {
        const Condition& cond = kb.conditions[c];
        option_p[j * n + c] = cond.p_true[open[j]];
        option_log_yes[j * n + c] = cond.log_yes[open[j]], option_log_no[j * n + c] = cond.log_no[open[j]];
      }
    double total = 0;
    for (std::size_t o = 0; o < outcomes.size(); ++o) {
      // P(outcome) = sum over causes of P(cause) * P(outcome | cause), and the
      // scores after it are those terms normalised: Bayes without an exp.
      std::vector<double>& lj = after_lj[o];
      std::vector<double>& next = after[o];
      lj.resize(n), next.resize(n);
      // The chance of the outcome counts every answer in it; the scores after
      // it only the answers that are evidence (a No to an option that sums up
      // the others is not: Finding::sums_up). Summed per cause in answer order.
      delta.assign(n, 0.0), likelihood.assign(n, 1.0), not_evidence.assign(n, 1.0);
      for (std::size_t j = 0; j < outcomes[o].size(); ++j) {
        const bool yes = outcomes[o][j].second;
        const bool sums_up = !yes && kb.findings[open[j]].sums_up;
        const double* p = &option_p[j * n];
        const double* log_chance = &(yes ? option_log_yes : option_log_no)[j * n];
        for (std::size_t c = 0; c < n; ++c) {
          delta[c] += log_chance[c];
          likelihood[c] *= yes ? p[c] : 1 - p[c];
          if (sums_up) not_evidence[c] *= 1 - p[c];
        }
      }
      double evidence_total = 0;
      for (std::size_t c = 0; c < n; ++c) {
        lj[c] = log_joints[c] + delta[c];
        weight[o] += scores[c] * likelihood[c];
        evidence_total += next[c] = scores[c] * likelihood[c] / not_evidence[c];
      }
      for (double& s : next) s /= evidence_total;
      total += weight[o];
    }
    QuestionValue value{static_cast<int>(qi), 0, h_now};
    RankingWorth ranking;
    if (q.type == QuestionType::multiple) ranking = ticks.worth(kb, open, scores, log_joints);
    value.answerable = answerable;
    double advice = 0, top_gain = -top_score_now;
    for (std::size_t o = 0; o < outcomes.size(); ++o) {
      double p = weight[o] / total;
      changed.clear();
      for (auto [f, yes] : outcomes[o]) what_if.answers[f] = yes ? Answer::yes : Answer::no, changed.push_back(f);
      Level level = triage_level(kb, what_if, after[o], after_lj[o], &verdicts, &changed);
      const double two_step = level > level_now ? 0 : one_answer_short(kb, what_if, outcomes[o], after[o], level_now);
      const double two_step_lower = level == level_now ? one_answer_short_of_lowering(kb, what_if, outcomes[o], after[o], after_lj[o], level_now) : 0;
      for (auto [f, yes] : outcomes[o]) what_if.answers[f] = kase.answers[f];
      advice += p * kTwoStepWeight * two_step + p * kTwoStepLowerWeight * two_step_lower;
      if (level > level_now) advice += p * kRaiseWeight * (static_cast<int>(level) - static_cast<int>(level_now));
      if (level == Level::emergency && level_now != Level::emergency) value.emergency += p;
      else if (level < level_now) advice += p * kLowerWeight;
      if (level != level_now || two_step > 0) value.advice_change += p;
      else value.advice_change += p * std::min(1.0, two_step_lower);  // the chance of the exempting answer, at least
      if (q.type == QuestionType::multiple) continue;  // the ranking's worth is computed over every tick combination
      const auto top_after = std::max_element(after[o].begin(), after[o].end());
      if (top_after - after[o].begin() != top_now) value.top_change += p;
      top_gain += p * *top_after;
      value.information -= p * entropy(after[o], after_lj[o]);
    }
    if (q.type == QuestionType::multiple) {
      top_gain += ranking.top_after, value.information -= ranking.entropy_after, value.top_change = ranking.top_change;
    }
    value.top_gain = top_gain;
    // The expected value over the person's two ways to reply: an answer (with
    // chance `answerable`), worth what it could do for the advice and the
    // ranking, or "Not sure", which tells the ranking nothing but can still
    // raise the advice through a rule that reads it ("Not sure" is never
    // reassurance). The chance of an emergency is kept as if answered, so a
    // question that could reveal one is asked of everyone (next_question).
    double advice_if_unsure = 0;
    if (answerable < 1) {
      for (auto [f, yes] : outcomes[0]) what_if.answers[f] = Answer::unsure;
      const Level level = triage_level(kb, what_if, scores, log_joints);
      for (auto [f, yes] : outcomes[0]) what_if.answers[f] = kase.answers[f];
      if (level > level_now) advice_if_unsure = kRaiseWeight * (static_cast<int>(level) - static_cast<int>(level_now));
    }
    value.if_answered = advice + kTopGainWeight * top_gain, value.if_unsure = advice_if_unsure;
    value.relevance = answerable * value.if_answered + (1 - answerable) * value.if_unsure;
    value.information *= answerable;
    values.push_back(value);
  }
  return values;
}

double asking_bar(const KnowledgeBase& kb, const Case& kase) {
  int answered = 0;
  for (const Question& q : kb.questions) answered += !q.red_flag && is_done(q, kase);
  return kStop + kBurden * answered;
}

namespace {
// A question that keeps the interview from being settled (settled, questions.hpp).
bool unsettling(const QuestionValue& v) {
  return v.answerable * v.top_change >= kSettledTopChange || v.advice_change >= kSettledAdviceChange;
}
}  // namespace

bool settled(const std::vector<QuestionValue>& values) { return std::none_of(values.begin(), values.end(), unsettling); }

NextQuestion choose_question(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints) {
  NextQuestion next;
  for (std::size_t qi = 0; qi < kb.questions.size(); ++qi)
    if (kb.questions[qi].red_flag && !is_done(kb.questions[qi], kase)) {
      if (next.question < 0) next.question = static_cast<int>(qi);
      ++next.worth_asking;
    }
  const double stop = asking_bar(kb, kase);
  double best_value = 0;
  int best = -1;
  std::vector<QuestionValue> values = score_questions(kb, kase, log_joints);
  const bool done = settled(values);
  for (const QuestionValue& v : values) {
    bool could_be_emergency = v.emergency >= kEmergencyWorthAsking;
    if ((v.relevance < stop || done) && !could_be_emergency) continue;
    // Single choice is approximated (each option alone), which can make the gain slightly negative.
    double value = v.relevance + kInformationWeight * std::max(0.0, v.information);
    if (value > best_value) best_value = value, best = v.question;
  }
  if (next.question < 0) next.question = best;
  if (next.question < 0) return next;  // the interview is over
  // The questions left, were their values to stay as they are: asked from the
  // most valuable down, each answer raises the bar by kBurden, so the k-th is
  // asked only if its value passes the bar as it will be then, and only the
  // questions that keep the interview from settling are counted: once they
  // are answered, it stops (settled). Counted for
  // each kind of person (chance_of_an_answer): one who can tell, for whom a
  // question is worth what its answer could do, and one who cannot, for whom
  // it is worth what "Not sure" could do; weighted by the chance of each.
  std::vector<double> worths(values.size());
  auto left_for = [&](double QuestionValue::*worth) {
    for (std::size_t i = 0; i < values.size(); ++i) worths[i] = values[i].*worth;
    int k = 0;
    for (int i : rank_order(worths)) {
      const QuestionValue& v = values[i];
      if (v.emergency >= kEmergencyWorthAsking || (!done && unsettling(v) && v.*worth >= stop + kBurden * k)) ++k;
    }
    return k;
  };
  const double can_tell = values.empty() ? 1 : values.front().answerable;
  const double left = can_tell * left_for(&QuestionValue::if_answered) +
                      (can_tell < 1 ? (1 - can_tell) * left_for(&QuestionValue::if_unsure) : 0);
  // The question about to be asked is in the count at least.
  next.worth_asking += std::max(next.worth_asking > 0 ? 0 : 1, static_cast<int>(std::lround(left)));
  return next;
}

int next_question(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints) {
  // The red-flag questions come first whatever the values: no need to score
  // the others for the question alone (assess scores them for questions_left).
  for (std::size_t qi = 0; qi < kb.questions.size(); ++qi)
    if (kb.questions[qi].red_flag && !is_done(kb.questions[qi], kase)) return static_cast<int>(qi);
  return choose_question(kb, kase, log_joints).question;
}

}  // namespace spotcheck
