#include "ranking.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace spotcheck {

double log_prior(const Condition& c, const Case& kase) {
  double prior = c.prior_base;
  if (kase.age) {
    for (const AgeBand& band : c.by_age)
      if (*kase.age >= band.min && *kase.age <= band.max) {
        prior *= band.factor;
        break;
      }
  }
  if (kase.sex) prior *= *kase.sex == Sex::female ? c.female_factor : c.male_factor;
  return std::log(std::max(prior, 1e-12));
}

std::vector<double> log_joint(const KnowledgeBase& kb, const Case& kase) {
  // The answered findings once, then each cause reads only those.
  std::vector<std::pair<int, bool>> answered;
  answered.reserve(kase.answers.size());
  for (std::size_t f = 0; f < kase.answers.size(); ++f)
    if (kase.answers[f] == Answer::yes || kase.answers[f] == Answer::no) answered.push_back({static_cast<int>(f), kase.answers[f] == Answer::yes});
  std::vector<double> out;
  out.reserve(kb.conditions.size());
  for (const Condition& c : kb.conditions) {
    double lj = log_prior(c, kase);
    for (auto [f, yes] : answered) lj += log_evidence(c, f, yes);
    out.push_back(lj);
  }
  return out;
}

std::vector<double> normalise(const std::vector<double>& log_joints) {
  std::vector<double> scores;
  normalise(log_joints, scores);
  return scores;
}

void normalise(const std::vector<double>& log_joints, std::vector<double>& scores) {
  scores.resize(log_joints.size());
  if (log_joints.empty()) return;
  double top = *std::max_element(log_joints.begin(), log_joints.end());
  double total = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) total += scores[i] = std::exp(log_joints[i] - top);
  for (double& s : scores) s /= total;
}

double entropy(const std::vector<double>& scores) {
  double h = 0;
  for (double p : scores)
    if (p > 0) h -= p * std::log2(p);
  return h;
}

double entropy(const std::vector<double>& scores, const std::vector<double>& log_joints) {
  if (scores.empty()) return 0;
  // log p_c = l_c - top - log(total), and total = 1 / p_top: one log, not one per cause.
  std::size_t t = static_cast<std::size_t>(std::max_element(log_joints.begin(), log_joints.end()) - log_joints.begin());
  double sum = 0;
  for (std::size_t c = 0; c < scores.size(); ++c) sum += scores[c] * (log_joints[c] - log_joints[t]);
  return std::max(0.0, -std::log(scores[t]) - sum) / std::log(2.0);
}

std::vector<int> rank_order(const std::vector<double>& scores) {
  // A bottom-up merge sort, stable like std::stable_sort: one small function
  // where std::stable_sort and the std::sorts it replaced in questions.cpp
  // were a template copy each in the wasm (3.9 KB gzip; README.md "Performance").
  const std::size_t n = scores.size();
  std::vector<int> order(n), merged(n);
  std::iota(order.begin(), order.end(), 0);
  for (std::size_t width = 1; width < n; width *= 2) {
    for (std::size_t lo = 0; lo < n; lo += 2 * width) {
      const std::size_t mid = std::min(lo + width, n), hi = std::min(lo + 2 * width, n);
      std::size_t i = lo, j = mid, k = lo;
      // The right run's item goes first only when strictly better: ties keep their order.
      while (i < mid && j < hi) merged[k++] = scores[order[j]] > scores[order[i]] ? order[j++] : order[i++];
      while (i < mid) merged[k++] = order[i++];
      while (j < hi) merged[k++] = order[j++];
    }
    order.swap(merged);
  }
  return order;
}

}  // namespace spotcheck
