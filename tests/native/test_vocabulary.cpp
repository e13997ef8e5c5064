// Every id of the shared contract vocabulary is known to the knowledge base.
#include "helpers.hpp"

TEST_CASE("every vocabulary finding, condition and triage level is known") {
  test::json vocabulary = test::json::parse(test::read_text(SPOTCHECK_VOCABULARY));
  const auto& kb = test::kb();
  for (const auto& f : vocabulary["findings"]) {
    CAPTURE(f["id"]);
    CHECK(kb.find_finding(f["id"].get<std::string>()) >= 0);
  }
  for (const auto& c : vocabulary["conditions"]) {
    CAPTURE(c["id"]);
    CHECK(kb.condition_index.count(c["id"].get<std::string>()) == 1);
  }
  for (const auto& l : vocabulary["triage_levels"]) {
    spotcheck::Level level;
    CAPTURE(l["id"]);
    REQUIRE(spotcheck::parse_level(l["id"], level));
    CHECK(!kb.advice[static_cast<int>(level)].empty());  // reworded to grade 8 (tests/js/readability.test.mjs)
  }
}

TEST_CASE("every vocabulary condition can be ranked first by some case") {
  // Each condition's most characteristic answers should put it first: the
  // knowledge base can tell every cause apart from the others.
  const auto& kb = test::kb();
  for (const auto& c : kb.conditions) {
    CAPTURE(c.id);
    test::json findings = test::json::object();
    for (std::size_t f = 0; f < kb.findings.size(); ++f) {
      double ratio = c.p_true[f] / kb.findings[f].base_rate;
      if (ratio >= 2.0) findings[kb.findings[f].id] = true;
      else if (ratio <= 0.3) findings[kb.findings[f].id] = false;
    }
    test::json r = test::assess({{"findings", findings}});
    REQUIRE(r.contains("conditions"));
    CHECK(test::top_cause(r) == c.id);
  }
}
