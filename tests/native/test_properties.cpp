// Properties over many random cases: safety monotonicity, determinism, order
// independence, and no question asked twice.
#include <algorithm>
#include <random>

#include "helpers.hpp"
#include "ranking.hpp"
#include "triage.hpp"

using test::json;

namespace {

constexpr int kCases = 400;
// The safety property reads only the triage (triage_of), so it affords more.
constexpr int kMonotonicCases = 2000;

// The triage as assess() decides it (decide_triage() over the case's scores),
// without the rest of a result: the next question, which this property does
// not read, was most of the time spent, above all under the sanitizers. Each
// case's own level is checked against the text API's once, so the shortcut
// stays the same decision.
spotcheck::Level triage_of(const spotcheck::Case& kase) {
  const auto& kb = test::kb();
  const std::vector<double> log_joints = spotcheck::log_joint(kb, kase);
  return spotcheck::decide_triage(kb, kase, spotcheck::normalise(log_joints), log_joints).level;
}

}  // namespace

TEST_CASE("adding a red-flag answer never lowers the triage") {
  std::mt19937 rng(20261123);
  const auto& kb = test::kb();
  for (int i = 0; i < kMonotonicCases; ++i) {
    json kase = test::random_case(rng);
    const int before = static_cast<int>(triage_of(test::parse(kase)));
    CAPTURE(kase.dump());
    REQUIRE(test::level_rank(test::level(test::assess(kase))) == before);
    for (auto [f, yes] : kb.warning_answers) {
      if (kase["findings"].contains(kb.findings[f].id)) continue;  // adding, not changing, an answer
      json more = kase;
      more["findings"][kb.findings[f].id] = yes;
      CAPTURE(more.dump());
      CHECK(static_cast<int>(triage_of(test::parse(more))) >= before);
    }
  }
}

TEST_CASE("the same case always gives the same result") {
  std::mt19937 rng(7);
  for (int i = 0; i < kCases; ++i) {
    std::string text = test::random_case(rng).dump();
    CHECK(test::checker().assess(text) == test::checker().assess(text));
  }
}

TEST_CASE("the order of the answers does not matter") {
  std::mt19937 rng(11);
  for (int i = 0; i < kCases; ++i) {
    json kase = test::random_case(rng);
    // Rewrite the findings object with its keys in reverse order.
    std::vector<std::string> parts;
    for (auto it = kase["findings"].begin(); it != kase["findings"].end(); ++it) parts.push_back(json(it.key()).dump() + ":" + it.value().dump());
    std::reverse(parts.begin(), parts.end());
    std::string reversed = "{";
    for (std::size_t k = 0; k < parts.size(); ++k) reversed += (k ? "," : "") + parts[k];
    reversed += "}";
    std::string text = "{\"findings\":" + reversed + (kase.contains("age") ? ",\"age\":" + kase["age"].dump() : "") + "}";
    json original = kase;
    original.erase("sex");
    CHECK(test::checker().assess(text) == test::checker().assess(original.dump()));
  }
}

TEST_CASE("a question whose findings are all answered is never asked again") {
  std::mt19937 rng(13);
  for (int i = 0; i < kCases; ++i) {
    json kase = test::random_case(rng);
    json r = test::assess(kase);
    REQUIRE(r.contains("next_question"));
    if (r["next_question"].is_null()) continue;
    bool all_answered = true;
    for (const auto& f : r["next_question"]["findings"]) all_answered = all_answered && kase["findings"].contains(f.get<std::string>());
    CAPTURE(kase.dump());
    CHECK(!all_answered);
  }
}

// rank_order is the engine's one sort (the ranking, the tick questions'
// options, the count of questions left): it must give std::stable_sort's
// order, highest first and ties in index order, so every platform ranks and
// asks alike.
TEST_CASE("rank_order gives the stable highest-first order") {
  std::mt19937 rng(20261204);
  for (int n = 0; n <= 70; ++n)
    for (int round = 0; round < 8; ++round) {
      // Few distinct values, so ties are common.
      std::uniform_int_distribution<int> value(0, round % 2 ? 3 : 1000);
      std::vector<double> scores(static_cast<std::size_t>(n));
      for (double& s : scores) s = value(rng) / 4.0;
      std::vector<int> expected(scores.size());
      for (int i = 0; i < n; ++i) expected[static_cast<std::size_t>(i)] = i;
      std::stable_sort(expected.begin(), expected.end(), [&](int a, int b) { return scores[a] > scores[b]; });
      CHECK(spotcheck::rank_order(scores) == expected);
    }
}
