// The safety net's measure of the rash (data/meta.json "unexplained",
// "fit_leaves_out_no_of"): the places a person did not tick are left
// out of how well the known causes explain the rash. People tick where the
// spots are most. NHS Hand, foot and mouth disease ("Check if you or your
// child has it": spots on the hands and feet, ulcers in the mouth, a high
// temperature) is a child's illness to look after at home; a parent who ticks
// "palms and soles" and leaves "hands", "feet" and "mouth" unticked must not
// have those unticked places turn it into "a rash Spotcheck does not know".
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "helpers.hpp"

namespace {

using test::json;

// NHS Hand, foot and mouth disease: a toddler with a fever, ulcers in the
// mouth and blisters on the palms and soles, drinking and playing.
json hand_foot_mouth(bool places_unticked) {
  json kase = {{"age", 1},
               {"age_months", 20},
               {"findings",
                {{"fever", true}, {"feels_very_unwell", false}, {"mouth_ulcers", true}, {"spots_on_palms_soles", true},
                 {"fluid_filled", true}, {"blisters_crusting", false}, {"wheals", false}}}};
  if (places_unticked) {
    // Every other option of the places question, unticked.
    for (const auto& q : test::kb().questions)
      if (q.id == "q_location")
        for (int f : q.findings)
          if (test::kb().findings[f].id != "spots_on_palms_soles") kase["findings"][test::kb().findings[f].id] = false;
  }
  return kase;
}

std::vector<std::string> questions_left_out() {
  return test::unexplained_meta().value("fit_leaves_out_no_of", std::vector<std::string>{});
}

}  // namespace

TEST_CASE("the places left unticked are not counted against the known causes (NHS Hand, foot and mouth disease)") {
  const auto left_out = questions_left_out();
  REQUIRE(std::find(left_out.begin(), left_out.end(), "q_location") != left_out.end());
  const json ticked_only = test::assess(hand_foot_mouth(false));
  const json with_unticked = test::assess(hand_foot_mouth(true));
  CHECK(with_unticked["fit"]["rash_fit"].get<double>() == doctest::Approx(ticked_only["fit"]["rash_fit"].get<double>()));
  CHECK(test::net_reasons(with_unticked).empty());
  CHECK(with_unticked["conditions"][0]["id"] == "hand_foot_mouth_disease");
}

// "Near the eye" is a place the places question asks of everyone (session 32:
// an eyelid is where a parent says the spots are; in the pattern question it
// could go unasked, and with it the eye rules: NHS Shingles, NHS Molluscum
// contagiosum "spots near the eye"): like the other places, left unticked it
// is not counted against the known causes.
TEST_CASE("'near the eye' is asked with the places, and left unticked it is not counted in the rash's fit (NHS Molluscum contagiosum)") {
  const auto& kb = test::kb();
  const auto places = std::find_if(kb.questions.begin(), kb.questions.end(), [](const auto& q) { return q.id == "q_location"; });
  REQUIRE(places != kb.questions.end());
  CHECK(std::find(places->findings.begin(), places->findings.end(), kb.find_finding("near_eye")) != places->findings.end());
  json kase = hand_foot_mouth(false);
  const double before = test::assess(kase)["fit"]["rash_fit"].get<double>();
  kase["findings"]["near_eye"] = false;
  CHECK(test::assess(kase)["fit"]["rash_fit"].get<double>() == doctest::Approx(before));
}

TEST_CASE("a place that is ticked still counts in the rash's fit") {
  json kase = hand_foot_mouth(false);
  const double before = test::assess(kase)["fit"]["rash_fit"].get<double>();
  kase["findings"]["loc_scalp"] = true;  // an odd place for hand, foot and mouth disease
  CHECK(test::assess(kase)["fit"]["rash_fit"].get<double>() < before);
}
