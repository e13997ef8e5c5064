#include "engine.hpp"

#include <algorithm>
#include <cmath>

#include "applies.hpp"
#include "questions.hpp"
#include "ranking.hpp"

namespace spotcheck {
namespace {

// How far an answer moves a cause against the average person with red spots:
// log of P(answer | cause) / P(answer | any cause). Below kExplains it is noise.
constexpr double kExplains = 0.4;  // a likelihood ratio of about 1.5

void explain(const KnowledgeBase& kb, const Case& kase, RankedCondition& rc) {
  const Condition& c = kb.conditions[rc.condition];
  std::vector<double> effects, strengths;
  std::vector<int> findings;
  for (std::size_t f = 0; f < kase.answers.size(); ++f) {
    if (kase.answers[f] != Answer::yes && kase.answers[f] != Answer::no) continue;
    bool yes = kase.answers[f] == Answer::yes;
    if (!yes && kb.findings[f].sums_up) continue;  // no evidence (Finding::sums_up)
    double base = kb.findings[f].base_rate;
    double effect = std::log(yes ? c.p_true[f] / base : (1 - c.p_true[f]) / (1 - base));
    if (std::fabs(effect) < kExplains) continue;
    effects.push_back(effect), strengths.push_back(std::fabs(effect)), findings.push_back(static_cast<int>(f));
  }
  // Strongest first (rank_order: the engine's one stable sort, see most_urgent_first).
  for (int i : rank_order(strengths)) (effects[i] > 0 ? rc.supporting : rc.opposing).push_back(findings[i]);
}

// Unanswered findings that, answered yes, would raise the advice.
std::vector<Escalation> escalations(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints,
                                    const std::vector<double>& now_scores, Level now) {
  std::vector<Escalation> out;
  if (now == Level::emergency) return out;  // nothing is higher
  Case what_if = kase;
  std::vector<double> lj(log_joints.size()), scores(log_joints.size());
  for (std::size_t f = 0; f < kase.answers.size(); ++f) {
    if (kase.is_answered(static_cast<int>(f))) continue;
    what_if.answers[f] = Answer::yes;
    // Bayes on the current scores: P(cause | yes) is proportional to P(cause) * P(yes | cause).
    double total = 0;
    for (std::size_t c = 0; c < lj.size(); ++c) {
      lj[c] = log_joints[c] + log_evidence(kb.conditions[c], static_cast<int>(f), true);
      scores[c] = now_scores[c] * kb.conditions[c].p_true[f];
    }
    // And what the yes implies, as the case parser would set it (findings.json
    // "implies"): yes in place of the answer given, if any.
    for (int g : kb.findings[f].implies) {
      if (kase.is_yes(g)) continue;
      const bool was_no = kase.is_no(g);
      what_if.answers[g] = Answer::yes;
      for (std::size_t c = 0; c < lj.size(); ++c) {
        const Condition& cond = kb.conditions[c];
        lj[c] += log_evidence(cond, g, true) - (was_no ? log_evidence(cond, g, false) : 0.0);
        scores[c] *= was_no ? std::exp(log_evidence(cond, g, true) - log_evidence(cond, g, false)) : cond.p_true[g];
      }
    }
    for (double s : scores) total += s;
    for (double& s : scores) s /= total;
    Level level = triage_level(kb, what_if, scores, lj);
    what_if.answers[f] = Answer::unasked;
    for (int g : kb.findings[f].implies) what_if.answers[g] = kase.answers[g];
    if (level > now) out.push_back({static_cast<int>(f), level});
  }
  return most_urgent_first(std::move(out));  // in finding order within a level
}

// A cause that raised the advice: never left out of the list.
bool sets_triage(const Triage& triage, int condition) {
  for (const TriageReason& r : triage.reasons)
    if (r.condition == condition && r.level > Level::self_care) return true;
  return false;
}

}  // namespace

Assessment assess(const KnowledgeBase& kb, const Case& kase, AssessOptions options) {
  Assessment a;
  std::vector<double> lj = log_joint(kb, kase);
  std::vector<double> scores = normalise(lj);
  a.triage = decide_triage(kb, kase, scores, lj);
  for (int c : rank_order(scores)) {
    if (!applies_to_person(kb.conditions[c].applies_to, kase) && !sets_triage(a.triage, c)) {
      a.not_fitting.push_back(c);
      continue;
    }
    RankedCondition rc{c, scores[c], {}, {}};
    explain(kb, kase, rc);
    a.conditions.push_back(std::move(rc));
  }
  a.escalations = escalations(kb, kase, lj, scores, a.triage.level);
  for (std::size_t q = 0; q < kb.questions.size(); ++q) {
    const Question& question = kb.questions[q];
    if (!question.red_flag) continue;
    if (!is_done(question, kase)) a.unanswered_red_flags.push_back(static_cast<int>(q));
    bool unsure = false;
    for (int f : question.findings) unsure = unsure || kase.answers[f] == Answer::unsure;
    if (unsure) a.unsure_red_flags.push_back(static_cast<int>(q));
  }
  if (options.questions_left) {
    const NextQuestion next = choose_question(kb, kase, lj);
    a.next_question = next.question, a.questions_left = next.worth_asking;
  } else {
    a.next_question = next_question(kb, kase, lj);
  }
  a.fit = evidence_fit(kb, kase, scores);
  return a;
}

}  // namespace spotcheck
