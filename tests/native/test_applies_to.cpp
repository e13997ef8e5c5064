// Causes that cannot be the person's (conditions/<id>.json "applies_to") are
// left out of the ranked list and named in "not_fitting", unless they set the
// triage; unknown age, sex or answers never leave a cause out.
#include <algorithm>

#include "helpers.hpp"

using test::json;

namespace {

bool listed(const json& list, const std::string& id) {
  return std::any_of(list.begin(), list.end(), [&](const json& c) { return c.at("id") == id; });
}

}  // namespace

TEST_CASE("every shipped cause with an age limit is left out below and above it, with its reason, and kept inside it") {
  int limited = 0;
  for (const auto& c : test::kb().conditions) {
    const auto& a = c.applies_to;
    if (!a.given || (a.age_min == 0 && a.age_max == 120)) continue;
    ++limited;
    INFO(c.id);
    if (a.age_min > 0) {
      json r = test::assess({{"age", a.age_min - 1}, {"findings", json::object()}});
      CHECK_FALSE(listed(r["conditions"], c.id));
      REQUIRE(listed(r["not_fitting"], c.id));
      for (const auto& n : r["not_fitting"])
        if (n["id"] == c.id) CHECK(n["reason"] == a.reason);
      CHECK(listed(test::assess({{"age", a.age_min}, {"findings", json::object()}})["conditions"], c.id));
    }
    if (a.age_max < 120) CHECK(listed(test::assess({{"age", a.age_max + 1}, {"findings", json::object()}})["not_fitting"], c.id));
    // No age given: nothing is ruled out by age.
    CHECK(listed(test::assess({{"findings", json::object()}})["conditions"], c.id));
  }
  CHECK(limited > 0);  // the review's 3-year-old shown age-related purpura (actinic_purpura: StatPearls, epidemiology)
}

TEST_CASE("a cause that needs an answer is left out when it is No, kept when Yes, not sure or not asked") {
  int needing = 0;
  for (const auto& c : test::kb().conditions) {
    for (int f : c.applies_to.needs) {
      ++needing;
      const std::string finding = test::kb().findings[f].id;
      INFO(c.id << " needs " << finding);
      CHECK(listed(test::assess({{"findings", {{finding, false}}}})["not_fitting"], c.id));
      CHECK(listed(test::assess({{"findings", {{finding, true}}}})["conditions"], c.id));
      CHECK(listed(test::assess({{"findings", {{finding, "unknown"}}}})["conditions"], c.id));
      CHECK(listed(test::assess({{"findings", json::object()}})["conditions"], c.id));
    }
  }
  CHECK(needing > 0);  // blood-thinner bleeding needs a blood thinner (NHS anticoagulants: side effects)
}

TEST_CASE("a cause that sets the triage stays in the list even where it does not apply") {
  json bundle = test::tiny_bundle();
  // "two" needs consult at a score of 0.3; finding a is evidence for "one" (0.8) over "two" (0.2).
  bundle["conditions/two.json"]["applies_to"] = {{"age_min", 50}, {"reason", "Only older people get this."}, {"sources", {"s"}}};
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error);
  INFO(error);
  REQUIRE(checker);
  json drives = json::parse(checker->assess(R"({"age":10,"findings":{"a":false}})"));
  REQUIRE(drives["triage"]["level"] == "consult");
  CHECK(listed(drives["conditions"], "two"));
  CHECK(drives["not_fitting"].empty());
  json calm = json::parse(checker->assess(R"({"age":10,"findings":{"a":true}})"));
  CHECK(calm["triage"]["level"] == "self_care");
  CHECK_FALSE(listed(calm["conditions"], "two"));
  CHECK(listed(calm["not_fitting"], "two"));
  json female = json::parse(checker->assess(R"({"sex":"female","findings":{"a":true}})"));
  CHECK(listed(female["conditions"], "two"));
}

TEST_CASE("applies_to: sex, needs, bounds, a reason and sources are checked, and unknown keys refused") {
  json bundle = test::tiny_bundle();
  bundle["conditions/one.json"]["applies_to"] = {{"sex", "male"}, {"needs", {"b"}}, {"reason", "Only men who have b get this."}, {"sources", {"s"}}};
  CHECK(test::problem_texts(bundle).empty());
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error);
  REQUIRE(checker);
  json female = json::parse(checker->assess(R"({"sex":"female","findings":{"a":true}})"));
  CHECK(listed(female["not_fitting"], "one"));
  // The calm advice names the best cause that can be the person's, not the one left out.
  CHECK(female["triage"]["reason_details"][0]["condition"] == "two");
  CHECK(listed(json::parse(checker->assess(R"({"sex":"male","findings":{"a":true}})"))["conditions"], "one"));
  CHECK(listed(json::parse(checker->assess(R"({"findings":{"b":false}})"))["not_fitting"], "one"));
  json describe = json::parse(checker->describe());
  for (const auto& c : describe["conditions"])
    if (c["id"] == "one") CHECK(c["applies_to"] == json{{"sex", "male"}, {"needs", {"b"}}, {"reason", "Only men who have b get this."}, {"sources", {"s"}}});

  bundle["conditions/one.json"]["applies_to"] = {{"age_min", 60}, {"age_max", 50}, {"sex", "other"}, {"needs", {"zz"}}, {"sources", {"nowhere"}}, {"ages", 1}};
  auto problems = test::problem_texts(bundle);
  CHECK(test::mentions(problems, "$.applies_to: age_min is greater than age_max"));
  CHECK(test::mentions(problems, "$.applies_to.sex: expected \"female\" or \"male\""));
  CHECK(test::mentions(problems, "$.applies_to.needs[0]: unknown finding 'zz'"));
  CHECK(test::mentions(problems, "$.applies_to.reason: missing field"));
  CHECK(test::mentions(problems, "$.applies_to.sources[0]: unknown source 'nowhere'"));
  CHECK(test::mentions(problems, "$.applies_to.ages: unknown field"));
  bundle["conditions/one.json"]["applies_to"] = {{"reason", "Nothing."}, {"sources", {"s"}}};
  CHECK(test::mentions(test::problem_texts(bundle), "$.applies_to: says nothing"));
}
