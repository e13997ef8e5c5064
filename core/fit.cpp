#include "fit.hpp"

#include <algorithm>
#include <cmath>

#include "ranking.hpp"

namespace spotcheck {
namespace {

double log_sum_exp(const std::vector<double>& v) {
  if (v.empty()) return -INFINITY;
  double top = *std::max_element(v.begin(), v.end()), total = 0;
  for (double x : v) total += std::exp(x - top);
  return top + std::log(total);
}

// log P(answers | mixture of the known causes) - log P(answers | base rates),
// over the answered findings `use` keeps (given the answer: yes?). The priors
// weight the causes, so a rare cause explains little on its own. Memory kept
// from call to call: the triage's what-ifs reach this through unexplained_floor().
template <typename Keep>
double fit_over(const KnowledgeBase& kb, const Case& kase, Keep use, int& answers) {
  thread_local std::vector<double> log_priors, joint;
  log_priors.resize(kb.conditions.size());
  for (std::size_t c = 0; c < log_priors.size(); ++c) log_priors[c] = log_prior(kb.conditions[c], kase);
  joint.assign(log_priors.begin(), log_priors.end());
  double generic = 0;
  answers = 0;
  for (std::size_t f = 0; f < kase.answers.size(); ++f) {
    const Answer a = kase.answers[f];
    if ((a != Answer::yes && a != Answer::no) || !use(static_cast<int>(f), a == Answer::yes)) continue;
    if (a == Answer::no && kb.findings[f].sums_up) continue;  // no evidence (Finding::sums_up)
    const bool yes = a == Answer::yes;
    ++answers;
    const double base = kb.findings[f].base_rate;
    generic += std::log(yes ? base : 1 - base);
    for (std::size_t c = 0; c < joint.size(); ++c) joint[c] += log_evidence(kb.conditions[c], static_cast<int>(f), yes);
  }
  return log_sum_exp(joint) - log_sum_exp(log_priors) - generic;
}

bool any_yes(const Case& kase, const std::vector<int>& findings) {
  return std::any_of(findings.begin(), findings.end(), [&](int f) { return kase.is_yes(f); });
}

// The rash's own answers: not warning answers, and not the places left
// unticked (a person ticks where the spots are most; "not on the feet" beside
// "on the palms and soles" is no sign of a rash unlike the known causes).
bool is_rash_answer(const KnowledgeBase& kb, int f, bool yes) {
  if (kb.findings[f].warning_answer.has_value()) return false;
  const std::vector<bool>& left_out = kb.unexplained.fit_leaves_out_no;
  return yes || left_out.empty() || !left_out[f];
}

}  // namespace

bool unexplained_systemic(const KnowledgeBase& kb, const Case& kase) { return any_yes(kase, kb.unexplained.systemic); }
bool unexplained_lasting(const KnowledgeBase& kb, const Case& kase) { return any_yes(kase, kb.unexplained.lasting); }
bool unexplained_painful(const KnowledgeBase& kb, const Case& kase) { return any_yes(kase, kb.unexplained.painful); }

bool unexplained_painful_urgent(const KnowledgeBase& kb, const Case& kase) {
  const auto& u = kb.unexplained.painful_urgent;
  if (u.level == Level::self_care || !unexplained_painful(kb, kase)) return false;
  return std::all_of(u.needs.begin(), u.needs.end(), [&](int f) { return kase.is_yes(f); });
}

Level unexplained_floor(const KnowledgeBase& kb, const Case& kase, Level current, bool local) {
  const Unexplained& rule = kb.unexplained;
  const bool of_the_rash = local && (unexplained_lasting(kb, kase) || unexplained_painful(kb, kase));
  const Level net = local && unexplained_painful_urgent(kb, kase) ? std::max(rule.level, rule.painful_urgent.level) : rule.level;
  if (current >= net || !(unexplained_systemic(kb, kase) || of_the_rash)) return Level::self_care;
  int answers = 0;
  double rash = fit_over(kb, kase, [&](int f, bool yes) { return is_rash_answer(kb, f, yes); }, answers);
  return answers >= rule.min_answers && rash < rule.threshold ? net : Level::self_care;
}

Fit evidence_fit(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& scores) {
  const Unexplained& rule = kb.unexplained;
  Fit fit;
  int all_answers = 0;
  fit.case_fit = fit_over(kb, kase, [](int, bool) { return true; }, all_answers);
  // The rash part leaves out every finding with a warning answer, so giving a
  // warning answer never changes it: the floor below can only rise with them.
  fit.rash_fit = fit_over(kb, kase, [&](int f, bool yes) { return is_rash_answer(kb, f, yes); }, fit.rash_answers);
  const bool rash_unexplained = fit.rash_answers >= rule.min_answers && fit.rash_fit < rule.threshold;
  // Said in words only when the whole case fits poorly too and no single cause
  // stands out: a rare cause that fits well (IgA vasculitis) explains little
  // weighted by its prior.
  const double top = scores.empty() ? 0 : *std::max_element(scores.begin(), scores.end());
  fit.matches = !(rash_unexplained && fit.case_fit < rule.threshold && top < rule.max_top_score);

  if (!fit.matches) {
    // P(yes) under the causes as the case has them, against the base rate.
    for (std::size_t f = 0; f < kase.answers.size(); ++f) {
      if (!kase.is_yes(static_cast<int>(f))) continue;
      double p = 0;
      for (std::size_t c = 0; c < scores.size(); ++c) p += scores[c] * kb.conditions[c].p_true[f];
      if (p < kb.findings[f].base_rate) fit.unexplained.push_back(static_cast<int>(f));
    }
  }
  return fit;
}

}  // namespace spotcheck
