// Explanations: the answers for and against each cause, and the triage's reasons.
#include <algorithm>

#include "helpers.hpp"

using test::json;

namespace {
bool lists(const json& list, const std::string& id) { return std::find(list.begin(), list.end(), id) != list.end(); }

const json& condition(const json& result, const std::string& id) {
  for (const auto& c : result["conditions"])
    if (c["id"] == id) return c;
  FAIL("condition not ranked: " << id);
  return result;
}
}  // namespace

TEST_CASE("the answers that raised and lowered a cause are listed, only answered ones") {
  json r = test::assess({{"age", 50},
                         {"findings", {{"color_bright_red", true}, {"raised", true}, {"onset_gradual", true}, {"fever", false},
                                       {"itchy", "unknown"}}}});
  const json& cherry = condition(r, "cherry_angioma");
  CHECK(lists(cherry["for"], "color_bright_red"));
  CHECK(lists(cherry["for"], "onset_gradual"));
  const json& viral = condition(r, "viral_rash");
  CHECK(lists(viral["against"], "onset_gradual"));
  for (const auto& c : r["conditions"]) {
    CHECK(!lists(c["for"], "itchy"));  // "not sure" is no evidence either way
    CHECK(!lists(c["against"], "itchy"));
    CHECK(!lists(c["for"], "headache"));  // never asked
  }
}

TEST_CASE("a 'no' answer can argue for or against a cause") {
  json r = test::assess({{"findings", {{"blanches_on_pressure", false}}}});
  CHECK(lists(condition(r, "low_platelets")["for"], "blanches_on_pressure"));
  CHECK(lists(condition(r, "urticaria")["against"], "blanches_on_pressure"));
}

TEST_CASE("scores are in [0, 1], ranked best first, and sum to about 1") {
  json r = test::assess({{"age", 8}, {"findings", {{"fever", true}, {"recent_viral_illness", true}}}});
  double total = 0, previous = 1.0;
  for (const auto& c : r["conditions"]) {
    double s = c["score"];
    CHECK(s >= 0.0);
    CHECK(s <= previous + 1e-12);
    previous = s;
    total += s;
  }
  CHECK(total == doctest::Approx(1.0).epsilon(0.01));
}

TEST_CASE("the triage reasons say in plain words which answers set the level") {
  json r = test::assess({{"findings", {{"blanches_on_pressure", false}, {"fever", true}}}});
  REQUIRE(!r["triage"]["reasons"].empty());
  CHECK(r["triage"]["reasons"][0].get<std::string>().find("do not fade") != std::string::npos);
  CHECK(r["triage"]["advice"].get<std::string>().find("ambulance") != std::string::npos);
  for (const auto& d : r["triage"]["reason_details"]) CHECK(d["level"] == "emergency");
}

TEST_CASE("what would raise the advice is listed for unanswered warning signs") {
  json r = test::assess({{"age", 50}, {"findings", {{"color_bright_red", true}, {"raised", true}}}});
  bool breathing = false;
  for (const auto& e : r["triage"]["escalates_if"])
    if (e["finding"] == "difficulty_breathing") breathing = e["level"] == "emergency";
  CHECK(breathing);
  json answered = test::assess({{"findings", {{"difficulty_breathing", false}}}});
  for (const auto& e : answered["triage"]["escalates_if"]) CHECK(e["finding"] != "difficulty_breathing");
}
