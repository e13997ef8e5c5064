// The triage guarantee for any number of warning answers: the optimised
// triage_level (core/triage.cpp: rules tried with the answers they read,
// causes searched one at a time with cuts) against a plain brute force over
// every subset of the case's warning answers, and the property the guarantee
// promises: one more warning answer never lowers the advice.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <random>

#include "fit.hpp"
#include "helpers.hpp"
#include "ranking.hpp"
#include "rules.hpp"
#include "triage.hpp"

using spotcheck::Answer;
using spotcheck::Case;
using spotcheck::KnowledgeBase;
using spotcheck::Level;

namespace {

// Sanitizer builds run the same cases slower; SPOTCHECK_TRIAGE_SCALE (a
// percentage) scales the case counts by hand. The share of cases with 15 or
// more warning answers stays the same.
int scaled(int count) {
#if defined(__SANITIZE_ADDRESS__)
  constexpr int kDefaultScale = 25;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
  constexpr int kDefaultScale = 25;
#else
  constexpr int kDefaultScale = 100;
#endif
#else
  constexpr int kDefaultScale = 100;
#endif
  int scale = kDefaultScale;
  if (const char* s = std::getenv("SPOTCHECK_TRIAGE_SCALE")) scale = std::max(1, std::atoi(s));
  return std::max(1, count * scale / 100);
}

// The level one cause implies, as README.md "How the engine decides" says:
// its urgency once its score reaches its alarm threshold; a doctor today when
// a cause needing emergency care has a score of at least the serious-cause
// threshold.
Level cause_level(const KnowledgeBase& kb, const std::vector<double>& scores) {
  Level level = Level::self_care;
  for (std::size_t c = 0; c < kb.conditions.size(); ++c) {
    const auto& cond = kb.conditions[c];
    Level l = Level::self_care;
    if (scores[c] >= kb.alarm_score(cond)) l = cond.urgency;
    else if (cond.urgency == Level::emergency && scores[c] >= kb.serious_cause_threshold) l = Level::urgent;
    level = std::max(level, l);
  }
  return level;
}

Level rule_level(const KnowledgeBase& kb, const Case& kase) {
  Level level = Level::self_care;
  for (const auto& rule : kb.rules)
    if (rule.level > level && spotcheck::matches(rule.when, kase)) level = rule.level;
  return level;
}

std::vector<double> plain_scores(const std::vector<double>& log_joints) {
  double top = *std::max_element(log_joints.begin(), log_joints.end()), total = 0;
  std::vector<double> scores;
  for (double l : log_joints) scores.push_back(std::exp(l - top)), total += scores.back();
  for (double& s : scores) s /= total;
  return scores;
}

// The case's warning answers (finding, answered yes?).
std::vector<std::pair<int, bool>> warning_answers_of(const KnowledgeBase& kb, const Case& kase) {
  std::vector<std::pair<int, bool>> out;
  for (auto [f, yes] : kb.warning_answers)
    if (kase.answers[f] == (yes ? Answer::yes : Answer::no)) out.push_back({f, yes});
  return out;
}

// The definition, written plainly: the highest over every subset S of the
// case's warning answers of the rules matched on the case without S, the
// level the causes' scores imply without S, and the safety net for an
// unexplained rash with a systemic symptom (fit.hpp) without S (the net for a
// lasting rash is not one of triage_level's what-ifs). The subsets are visited in
// Gray-code order, so each step takes away or gives back one answer and moves
// the log joints by one answer's evidence. It stops early only at emergency,
// the highest level there is.
Level reference_level(const KnowledgeBase& kb, const Case& kase) {
  const auto given = warning_answers_of(kb, kase);
  REQUIRE(given.size() < 31);
  Case without = kase;
  std::vector<double> logs = spotcheck::log_joint(kb, kase);
  Level best = Level::self_care;
  for (std::uint32_t step = 0; step < (std::uint32_t{1} << given.size()); ++step) {
    if (step > 0) {
      int j = 0;
      while (!(step & (std::uint32_t{1} << j))) ++j;
      auto [f, yes] = given[static_cast<std::size_t>(j)];
      bool away = without.answers[f] != Answer::unasked;
      without.answers[f] = away ? Answer::unasked : kase.answers[f];
      for (std::size_t c = 0; c < logs.size(); ++c) {
        double e = spotcheck::log_evidence(kb.conditions[c], f, yes);
        logs[c] += away ? -e : e;
      }
    }
    best = std::max({best, rule_level(kb, without), cause_level(kb, plain_scores(logs)),
                     spotcheck::unexplained_floor(kb, without, Level::self_care, /*local=*/false)});
    if (best == Level::emergency) break;
  }
  return best;
}

Level optimised_level(const KnowledgeBase& kb, const Case& kase) {
  std::vector<double> lj = spotcheck::log_joint(kb, kase);
  return spotcheck::triage_level(kb, kase, spotcheck::normalise(lj), lj);
}

// A random case with `warnings` of the warning answers in `pool` and up to
// `others` other answers (which never add a warning answer).
Case random_case(const KnowledgeBase& kb, std::mt19937& rng, std::vector<std::pair<int, bool>> pool, std::size_t warnings, int others) {
  Case kase;
  kase.answers.assign(kb.findings.size(), Answer::unasked);
  std::shuffle(pool.begin(), pool.end(), rng);
  for (std::size_t i = 0; i < warnings && i < pool.size(); ++i) kase.answers[pool[i].first] = pool[i].second ? Answer::yes : Answer::no;
  for (int n = static_cast<int>(rng() % static_cast<unsigned>(others + 1)); n > 0; --n) {
    int f = static_cast<int>(rng() % kb.findings.size());
    if (kase.answers[f] != Answer::unasked) continue;
    Answer a = rng() % 10 < 3 ? Answer::yes : rng() % 10 < 8 ? Answer::no : Answer::unsure;
    for (auto [wf, yes] : kb.warning_answers)
      if (wf == f && a == (yes ? Answer::yes : Answer::no)) a = Answer::unsure;  // keep the count of warning answers
    kase.answers[f] = a;
  }
  if (rng() % 5) kase.age = static_cast<int>(rng() % 100);
  if (rng() % 2) kase.sex = rng() % 2 ? spotcheck::Sex::female : spotcheck::Sex::male;
  return kase;
}

Case random_case(const KnowledgeBase& kb, std::mt19937& rng, std::size_t warnings, int others) {
  return random_case(kb, rng, kb.warning_answers, warnings, others);
}

std::string describe(const KnowledgeBase& kb, const Case& kase) {
  std::string out = "age " + (kase.age ? std::to_string(*kase.age) : std::string("-")) + ", sex " +
                    (kase.sex ? (*kase.sex == spotcheck::Sex::female ? "female" : "male") : "-") + ":";
  for (std::size_t f = 0; f < kase.answers.size(); ++f)
    if (kase.answers[f] != Answer::unasked)
      out += " " + kb.findings[f].id + "=" + (kase.answers[f] == Answer::yes ? "yes" : kase.answers[f] == Answer::no ? "no" : "unsure");
  return out;
}

}  // namespace

TEST_CASE("triage_level agrees with a brute force over every subset of the warning answers") {
  const KnowledgeBase& kb = test::kb();
  const std::size_t all = kb.warning_answers.size();
  REQUIRE_MESSAGE(all >= 15, "the knowledge base declares only " << all << " warning answers");
  std::mt19937 rng(20261201);
  int checked = 0, heavy = 0, heavy_not_emergency = 0;
  int levels[spotcheck::kLevelCount] = {};
  auto check = [&](const Case& kase) {
    Level expected = reference_level(kb, kase);
    CAPTURE(describe(kb, kase));
    CHECK(spotcheck::level_id(optimised_level(kb, kase)) == std::string(spotcheck::level_id(expected)));
    ++checked, ++levels[static_cast<int>(expected)];
    if (warning_answers_of(kb, kase).size() >= 15) heavy += 1, heavy_not_emergency += expected != Level::emergency;
  };
  // Typical cases: up to 14 warning answers among other answers.
  for (int i = 0, n = scaled(4000); i < n; ++i) check(random_case(kb, rng, rng() % 15, 25));
  // Warning-heavy cases: 15 to 17 warning answers (the brute force doubles
  // with each), a few up to 20. Most are emergencies found at once; the ones
  // that are not make the search prove that no subset lifts the level.
  for (int i = 0, n = scaled(1200); i < n; ++i) {
    std::size_t k = 15 + rng() % 3;
    if (i % 50 == 0) k = std::min<std::size_t>(all, 18 + rng() % 3);
    check(random_case(kb, rng, k, 10));
  }
  // Warning-heavy cases that no rule makes an emergency: warning answers
  // added in random order, each kept only if the rules stay below emergency,
  // so the causes decide and the search must prove that no subset lifts the
  // level (the brute force visits all 2^k subsets).
  int calm = 0;
  for (int i = 0, n = scaled(400); i < n; ++i) {
    Case kase = random_case(kb, rng, 0, 10);
    auto pool = kb.warning_answers;
    std::shuffle(pool.begin(), pool.end(), rng);
    const std::size_t want = 15 + rng() % 2;
    std::size_t have = warning_answers_of(kb, kase).size();
    for (auto [f, yes] : pool) {
      if (have == want) break;
      if (kase.answers[f] != Answer::unasked) continue;
      kase.answers[f] = yes ? Answer::yes : Answer::no;
      if (rule_level(kb, kase) == Level::emergency) kase.answers[f] = Answer::unasked;
      else ++have;
    }
    if (have < want) continue;  // the knowledge base has too few such answers
    ++calm;
    check(kase);
  }
  MESSAGE(calm << " warning-heavy cases below emergency by the rules");
  MESSAGE(checked << " cases, " << heavy << " with 15 or more warning answers (" << heavy_not_emergency
                  << " not emergencies); levels self_care..emergency: " << levels[0] << " " << levels[1] << " " << levels[2] << " "
                  << levels[3]);
  CHECK(heavy >= scaled(1000));
}

namespace {

// A small random knowledge base: random likelihoods, priors, urgencies,
// thresholds and rules over random warning answers. Far more varied than the
// real one: answers that help a cause against every rival, causes just at
// their thresholds, rules with exceptions.
test::json random_knowledge_base(std::mt19937& rng) {
  using test::json;
  auto uniform = [&](double lo, double hi) { return lo + (hi - lo) * std::uniform_real_distribution<double>(0, 1)(rng); };
  const int findings = 6 + static_cast<int>(rng() % 12), conditions = 2 + static_cast<int>(rng() % 7);
  const char* levels[] = {"self_care", "consult", "urgent", "emergency"};
  json meta = {{"version", "random"}, {"triage_levels", json::array()}, {"serious_cause_threshold", uniform(0.02, 0.3)},
               {"cause_thresholds", {{"consult", uniform(0.1, 0.8)}, {"urgent", uniform(0.1, 0.8)}, {"emergency", uniform(0.1, 0.8)}}}};
  for (const char* l : levels) meta["triage_levels"].push_back({{"id", l}, {"advice", "Advice."}});
  std::vector<std::string> systemic = {"f0"};
  test::add_meta_texts(meta, levels[1 + rng() % 2], uniform(-2, 3), 1 + static_cast<int>(rng() % 3), systemic);
  json finding_list = json::array(), questions = json::array();
  std::vector<std::pair<std::string, bool>> warnings;
  std::vector<std::string> plain;
  for (int f = 0; f < findings; ++f) {
    std::string id = "f" + std::to_string(f);
    json item = {{"id", id}, {"group", "g"}, {"label", "Label"}, {"text", "Text."}, {"base_rate", uniform(0.02, 0.7)}};
    if (f == 0 || rng() % 3) {  // f0: a warning answer yes, for the safety net's systemic findings
      bool yes = f == 0 || rng() % 4 != 0;
      item["warning_answer"] = yes;
      warnings.push_back({id, yes});
    } else {
      plain.push_back(id);
    }
    finding_list.push_back(item);
    questions.push_back({{"id", "q" + std::to_string(f)}, {"type", "yes_no"}, {"text", "Question?"}, {"findings", {id}}});
  }
  json bundle = {{"meta.json", meta},
                 {"sources.json", {{"s", {{"title", "Title"}, {"publisher", "Publisher"}, {"url", ""}}}}},
                 {"findings.json", {{"sources", {"s"}}, {"findings", finding_list}}},
                 {"questions.json", {{"sources", {"s"}}, {"questions", questions}}}};
  for (int c = 0; c < conditions; ++c) {
    std::string id = "c" + std::to_string(c);
    json likelihoods = json::object();
    for (int f = 0; f < findings; ++f)
      if (rng() % 4) likelihoods["f" + std::to_string(f)] = rng() % 3 ? uniform(0.02, 0.98) : (rng() % 2 ? uniform(0.001, 0.05) : uniform(0.9, 0.999));
    json cond = {{"id", id}, {"name", "Cause"}, {"description", "Description."}, {"urgency", levels[rng() % 4]},
                 {"prior", {{"base", uniform(0.01, 0.5)}}}, {"likelihoods", likelihoods}, {"care", {"Care."}},
                 {"warning_signs", {"Sign."}}, {"sources", {"s"}}};
    if (rng() % 4 == 0) cond["alarm_score"] = uniform(0.05, 0.9);
    bundle["conditions/" + id + ".json"] = cond;
  }
  json rules = json::array();
  for (int r = 0, n = 1 + static_cast<int>(rng() % 5); r < n && !warnings.empty(); ++r) {
    json all = json::array();
    for (int t = 0, m = 1 + static_cast<int>(rng() % 3); t < m; ++t) {
      auto [id, yes] = warnings[rng() % warnings.size()];
      all.push_back({{"finding", id}, {"is", yes}});
    }
    if (!plain.empty() && rng() % 3 == 0) all.push_back({{"not", {{"finding", plain[rng() % plain.size()]}}}});
    rules.push_back({{"id", "r" + std::to_string(r)}, {"level", levels[1 + rng() % 3]}, {"reason", "A reason long enough to read."},
                     {"when", {{"all", all}}}, {"sources", {"s"}}});
  }
  if (rules.empty())
    rules.push_back({{"id", "r0"}, {"level", "consult"}, {"reason", "A reason long enough to read."}, {"when", {{"age_min", 200 - 100}}},
                     {"sources", {"s"}}});
  bundle["red_flags.json"] = {{"rules", rules}};
  return bundle;
}

}  // namespace

TEST_CASE("triage_level agrees with the brute force on many small random knowledge bases") {
  std::mt19937 rng(20261204);
  int checked = 0, raised_by_subsets = 0;
  for (int round = 0, n = scaled(300); round < n; ++round) {
    test::json bundle = random_knowledge_base(rng);
    auto loaded = test::load_bundle(bundle);
    std::string problems;
    for (const auto& p : loaded.problems) problems += p.to_string() + "\n";
    INFO(problems);
    REQUIRE(loaded.ok());
    const KnowledgeBase& kb = loaded.kb;
    for (int i = 0; i < 40; ++i) {
      Case kase = random_case(kb, rng, rng() % (kb.warning_answers.size() + 1), 6);
      std::vector<double> lj = spotcheck::log_joint(kb, kase);
      Level expected = reference_level(kb, kase);
      CAPTURE(bundle.dump());
      CAPTURE(describe(kb, kase));
      CHECK(spotcheck::level_id(optimised_level(kb, kase)) == std::string(spotcheck::level_id(expected)));
      raised_by_subsets += expected > std::max({rule_level(kb, kase), cause_level(kb, spotcheck::normalise(lj)),
                                                 spotcheck::unexplained_floor(kb, kase, Level::self_care, /*local=*/false)});
      ++checked;
    }
  }
  MESSAGE(checked << " cases on random knowledge bases, " << raised_by_subsets << " raised by a subset");
  CHECK(raised_by_subsets > checked / 50);
}

TEST_CASE("one more warning answer never lowers the level, with up to every warning answer the knowledge base has") {
  const KnowledgeBase& kb = test::kb();
  const std::size_t all = kb.warning_answers.size();
  std::mt19937 rng(20261202);
  int pairs = 0, most = 0;
  for (int i = 0, n = scaled(200); i < n; ++i) {
    // From none to every warning answer, evenly.
    Case kase = random_case(kb, rng, static_cast<std::size_t>(i) % (all + 1), 15);
    const int before = static_cast<int>(optimised_level(kb, kase));
    most = std::max(most, static_cast<int>(warning_answers_of(kb, kase).size()));
    for (auto [f, yes] : kb.warning_answers) {
      if (kase.answers[f] != Answer::unasked) continue;  // adding, not changing, an answer
      Case more = kase;
      more.answers[f] = yes ? Answer::yes : Answer::no;
      for (int g : kb.findings[f].implies) more.answers[g] = Answer::yes;  // as the case parser does
      CAPTURE(describe(kb, more));
      CHECK(static_cast<int>(optimised_level(kb, more)) >= before);
      ++pairs;
    }
  }
  CHECK(most == static_cast<int>(all));
  MESSAGE(pairs << " pairs");
}

TEST_CASE("the reported advice has the guarantee too: the whole assessment with many warning answers") {
  // Through the text API: the level a person sees, not just triage_level.
  const KnowledgeBase& kb = test::kb();
  std::mt19937 rng(20261203);
  for (int i = 0, n = scaled(60); i < n; ++i) {
    Case kase = random_case(kb, rng, 11 + rng() % (kb.warning_answers.size() - 10), 10);
    test::json findings = test::json::object();
    for (std::size_t f = 0; f < kase.answers.size(); ++f)
      if (kase.answers[f] != Answer::unasked)
        findings[kb.findings[f].id] = kase.answers[f] == Answer::unsure ? test::json("unknown") : test::json(kase.answers[f] == Answer::yes);
    test::json j = {{"findings", findings}};
    if (kase.age) j["age"] = *kase.age;
    int before = test::level_rank(test::level(test::assess(j)));
    if (warning_answers_of(kb, test::parse(j)).size() <= 16) CHECK(before == static_cast<int>(reference_level(kb, test::parse(j))));
    for (auto [f, yes] : kb.warning_answers) {
      if (findings.contains(kb.findings[f].id)) continue;
      test::json more = j;
      more["findings"][kb.findings[f].id] = yes;
      CAPTURE(more.dump());
      CHECK(test::level_rank(test::level(test::assess(more))) >= before);
    }
  }
}

// The interview's what-ifs keep the rules' verdicts on the case and try again
// only the rules that read a changed finding (triage_level with a base): the
// level must be the one the full triage gives, on random cases and random
// changes of a few answers, warning answers included.
TEST_CASE("a what-if judged from the case's rule verdicts gets the full triage's level") {
  const auto& kb = test::kb();
  std::mt19937 rng(20261203);
  int compared = 0;
  for (int i = 0; i < scaled(1500); ++i) {
    Case kase = random_case(kb, rng, rng() % 12, 30);
    const spotcheck::RuleVerdicts verdicts = spotcheck::rule_verdicts(kb, kase);
    for (int k = 0; k < 4; ++k) {
      Case what_if = kase;
      std::vector<int> changed;
      const int n = 1 + static_cast<int>(rng() % 4);
      for (int j = 0; j < n; ++j) {
        const int f = static_cast<int>(rng() % kb.findings.size());
        if (std::find(changed.begin(), changed.end(), f) != changed.end()) continue;
        const int pick = static_cast<int>(rng() % 4);
        what_if.answers[f] = pick == 0 ? Answer::yes : pick == 1 ? Answer::no : pick == 2 ? Answer::unsure : Answer::unasked;
        changed.push_back(f);
      }
      const auto log_joints = spotcheck::log_joint(kb, what_if);
      const auto scores = spotcheck::normalise(log_joints);
      INFO(describe(kb, what_if));
      CHECK(spotcheck::triage_level(kb, what_if, scores, log_joints, &verdicts, &changed) ==
            spotcheck::triage_level(kb, what_if, scores, log_joints));
      ++compared;
    }
  }
  CHECK(compared == 4 * scaled(1500));
}
