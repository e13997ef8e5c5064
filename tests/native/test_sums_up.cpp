// An option that sums up the other options of its tick-all question
// (findings.json "sums_up": "Widespread: on many parts of the body", among the
// places). A person who ticks the chest and the back, and not "widespread",
// has said twice that the rash is not everywhere: once by each place left
// unticked, once by "widespread". Counting both, the ranking pushed every
// cause of a widespread rash (chickenpox, a viral rash, a drug rash) down twice
// for one fact. Its No is no evidence; its Yes is.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "helpers.hpp"
#include "questions.hpp"
#include "ranking.hpp"

namespace {

// The findings that sum up others, from data/ (never typed in).
std::vector<int> summing_up(const spotcheck::KnowledgeBase& kb) {
  std::vector<int> out;
  for (std::size_t f = 0; f < kb.findings.size(); ++f)
    if (kb.findings[f].sums_up) out.push_back(static_cast<int>(f));
  return out;
}

}  // namespace

TEST_CASE("a No to an option that sums up the others is no evidence, and a Yes is evidence") {
  const auto& kb = test::kb();
  const std::vector<int> sums = summing_up(kb);
  REQUIRE(!sums.empty());  // "widespread" among the places
  for (int s : sums) {
    const auto& q = test::question_of(s);
    INFO(kb.findings[s].id << " in " << q.id);
    CHECK(q.type == spotcheck::QuestionType::multiple);
    // One other option ticked, the rest No: with and without the No to the summing-up option.
    const int ticked = q.findings.front() == s ? q.findings[1] : q.findings.front();
    spotcheck::Case without = test::parse({{"age", 30}});
    for (int f : q.findings) without.answers[f] = f == ticked ? spotcheck::Answer::yes : spotcheck::Answer::no;
    without.answers[s] = spotcheck::Answer::unasked;
    spotcheck::Case with_no = without;
    with_no.answers[s] = spotcheck::Answer::no;
    const auto a = spotcheck::log_joint(kb, without), b = spotcheck::log_joint(kb, with_no);
    for (std::size_t c = 0; c < a.size(); ++c) CHECK(a[c] == doctest::Approx(b[c]));
    // A Yes tells: it raises the causes that give it most over those that give it least.
    spotcheck::Case with_yes = without;
    with_yes.answers[s] = spotcheck::Answer::yes;
    const auto y = spotcheck::normalise(spotcheck::log_joint(kb, with_yes)), n = spotcheck::normalise(a);
    std::size_t most = 0, least = 0;
    for (std::size_t c = 0; c < kb.conditions.size(); ++c) {
      if (kb.conditions[c].p_true[s] > kb.conditions[most].p_true[s]) most = c;
      if (kb.conditions[c].p_true[s] < kb.conditions[least].p_true[s]) least = c;
    }
    CHECK(y[most] / y[least] > n[most] / n[least]);
  }
}

TEST_CASE("a No to an option that sums up the others is not named against a cause") {
  const auto& kb = test::kb();
  for (int s : summing_up(kb)) {
    test::json findings = test::json::object();
    findings[kb.findings[s].id] = false;
    const test::json result = test::assess({{"age", 30}, {"findings", findings}});
    for (const auto& c : result["conditions"]) {
      REQUIRE(c.contains("against"));
      const auto& against = c["against"];
      CHECK(std::find(against.begin(), against.end(), kb.findings[s].id) == against.end());
    }
  }
}

TEST_CASE("the interview's outcomes read a No to an option that sums up the others as no evidence") {
  // The scores the question valuing expects after "one place, the rest No" are
  // the scores the ranking gives that answer: the same Bayes on both sides.
  const auto& kb = test::kb();
  for (int s : summing_up(kb)) {
    const auto& q = test::question_of(s);
    spotcheck::Case kase = test::parse({{"age", 30}});
    const auto lj = spotcheck::log_joint(kb, kase);
    bool found = false;
    for (const auto& v : spotcheck::score_questions(kb, kase, lj))
      if (&kb.questions[v.question] == &q) {
        found = true;
        CHECK(std::isfinite(v.relevance));
        CHECK(v.top_gain >= -1e-12);
      }
    CHECK(found);
  }
}

TEST_CASE("an option that sums up others must be in a tick-all question") {
  auto bundle = test::data_bundle();
  auto& findings = bundle["findings.json"]["findings"];
  // The first finding asked by a yes/no question, marked as summing up.
  std::string id;
  for (const auto& q : bundle["questions.json"]["questions"])
    if (q["type"] == "yes_no") {
      id = q["findings"][0].get<std::string>();
      break;
    }
  REQUIRE(!id.empty());
  for (auto& f : findings)
    if (f["id"] == id) f["sums_up"] = true;
  CHECK(test::mentions(test::problem_texts(bundle), "finding '" + id + "' sums up other options"));
  for (auto& f : findings)
    if (f["id"] == id) f["sums_up"] = "yes";
  CHECK(test::mentions(test::problem_texts(bundle), "sums_up: expected true or false"));
}

// Found by the fuzzer (seed edits_remove_finding.json): a question option whose
// finding is gone is an unknown finding (-1), which the sums-up check must
// skip, not read (ASan saw findings[-1]).
TEST_CASE("a question naming a finding that is gone is reported, and the sums-up check skips it") {
  auto bundle = test::data_bundle();
  auto& findings = bundle["findings.json"]["findings"];
  const std::string gone = findings[0]["id"].get<std::string>();
  findings.erase(findings.begin());
  CHECK(test::mentions(test::problem_texts(bundle), "unknown finding '" + gone + "'"));
}
