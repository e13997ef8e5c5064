// The safety net for a painful rash (data/meta.json "unexplained",
// "painful_findings"): a rash that no known cause explains and that hurts gets
// a GP appointment, with or without feeling ill (NHS Lumps: "See a GP if your
// lump is painful, red or hot"), and a painful patch larger than 1 cm a doctor
// today ("painful_urgent"; NHS Cellulitis, reviewed 2024: "Get advice from 111
// now if your skin is painful, hot and swollen"). Cellulitis is not among the
// known causes; a painful rash a known cause explains (shingles) is left to
// that cause.
#include <doctest/doctest.h>

#include "fit.hpp"
#include "helpers.hpp"
#include "ranking.hpp"
#include "triage.hpp"

namespace {

using spotcheck::Level;
using test::json;

// NHS Cellulitis: a red, painful patch the size of a palm around a scratch on
// the shin, no temperature, feeling well otherwise.
json cellulitis(bool painful) {
  return {{"age", 58},
          {"findings",
           {{"tampon_or_wound", true}, {"size_large", true}, {"single_or_few", true}, {"painful_or_tender", painful},
            {"loc_lower_legs_feet", true}, {"onset_sudden", true}, {"itchy", false}, {"fever", false},
            {"feels_very_unwell", false}}}};
}

// Small burning, itchy swellings on the toes after the cold (chilblains, not
// a known cause): painful spots, not a patch.
json small_painful_spots() {
  return {{"age", 71},
          {"findings",
           {{"loc_lower_legs_feet", true}, {"itchy", true}, {"painful_or_tender", true}, {"raised", true}, {"size_small", true},
            {"color_purple", true}, {"onset_sudden", true}, {"fever", false}}}};
}

using test::net_reasons;
using test::unexplained_meta;

}  // namespace

TEST_CASE("a painful patch no known cause explains needs a doctor today, and says why (NHS Cellulitis, 'Get advice from 111 now if your skin is painful, hot and swollen')") {
  const json& meta = unexplained_meta();
  const json& urgent = meta["painful_urgent"];
  REQUIRE(urgent.is_object());
  REQUIRE(urgent["needs"] == json::array({"size_large"}));
  const json r = test::assess(cellulitis(true));
  CHECK(test::level(r) == urgent["level"]);
  CHECK(r["fit"]["rash_fit"].get<double>() < meta["threshold"].get<double>());
  CHECK(net_reasons(r) == std::vector<std::string>{"meta.unexplained.painful_urgent.reason"});
  for (const json& d : r["triage"]["reason_details"])
    if (d.contains("unexplained")) CHECK(d["text"] == urgent["reason"]);
}

TEST_CASE("small painful spots no known cause explains keep a GP appointment: cellulitis is a patch (NHS Lumps, chilblains)") {
  const json& meta = unexplained_meta();
  for (int age : {40, 71}) {
    json kase = small_painful_spots();
    kase["age"] = age;
    const json r = test::assess(kase);
    CHECK(test::level(r) == meta["level"]);
    CHECK(net_reasons(r) == std::vector<std::string>{"meta.unexplained.reason_painful"});
  }
}

TEST_CASE("the same patch without pain, feeling ill or weeks behind it is not raised by the net") {
  const json r = test::assess(cellulitis(false));
  CHECK(net_reasons(r).empty());
}

TEST_CASE("painful and lasting as well: one reason, the one about lasting, or a painful patch's when it asks for sooner") {
  json spots = small_painful_spots();
  spots["findings"]["present_over_3_weeks"] = true;
  spots["findings"]["onset_sudden"] = false;
  CHECK(net_reasons(test::assess(spots)) == std::vector<std::string>{"meta.unexplained.reason_lasting"});
  json patch = cellulitis(true);
  patch["findings"]["present_over_3_weeks"] = true;
  patch["findings"]["onset_sudden"] = false;
  CHECK(net_reasons(test::assess(patch)) == std::vector<std::string>{"meta.unexplained.painful_urgent.reason"});
}

TEST_CASE("a painful rash a known cause explains is left to that cause (NHS Shingles)") {
  // A one-sided band of painful blisters on the chest at 70, the pain first.
  const json r = test::assess({{"age", 70},
                               {"findings",
                                {{"one_sided_band", true}, {"painful_or_tender", true}, {"pain_before_rash", true},
                                 {"fluid_filled", true}, {"loc_trunk", true}, {"fever", false}}}});
  CHECK(test::top_cause(r) == "shingles");
  CHECK(net_reasons(r).empty());
}

TEST_CASE("the painful net is left out of the interview's what-ifs, as the lasting one is") {
  const auto& kb = test::kb();
  const spotcheck::Case kase = test::parse(cellulitis(true));
  const std::vector<double> lj = spotcheck::log_joint(kb, kase);
  const std::vector<double> scores = spotcheck::normalise(lj);
  CHECK(spotcheck::unexplained_floor(kb, kase, Level::self_care, /*local=*/false) == Level::self_care);
  CHECK(spotcheck::unexplained_floor(kb, kase, Level::self_care) > Level::self_care);
  CHECK(spotcheck::decide_triage(kb, kase, scores, lj).level > Level::self_care);
}

TEST_CASE("painful_urgent: a level above the net's, known findings, and painful_findings beside it") {
  auto bundle = test::data_bundle();
  auto& u = bundle["meta.json"]["unexplained"];
  const json kept = u;
  u["painful_urgent"]["level"] = u["level"];
  CHECK(test::mentions(test::problem_texts(bundle), "$.unexplained.painful_urgent.level: must be above the net's level"));
  u = kept;
  u["painful_urgent"]["needs"] = json::array({"no_such_finding"});
  CHECK(test::mentions(test::problem_texts(bundle), "unknown finding 'no_such_finding'"));
  u = kept;
  u["painful_findings"] = json::array();
  CHECK(test::mentions(test::problem_texts(bundle), "$.unexplained.painful_urgent: needs painful_findings"));
  u = kept;
  u["painful_urgent"].erase("reason");
  CHECK(test::mentions(test::problem_texts(bundle), "$.unexplained.painful_urgent.reason: missing field"));
  u = kept;
  CHECK(test::problem_texts(bundle).empty());
}
