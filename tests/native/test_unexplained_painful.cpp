// The safety net for a painful rash (data/meta.json "unexplained",
// "painful_findings"): a rash that no known cause explains and that hurts gets
// a GP appointment, with or without feeling ill, and a doctor today for the
// people NHS Cellulitis names ("painful_urgent", at the end). NHS Cellulitis: "See a GP if
// your skin is red, hot and painful"; NHS Lumps: "See a GP if your lump is
// painful, red or hot". Cellulitis is not among the known causes; a painful
// rash a known cause explains (shingles) is left to that cause.
#include <doctest/doctest.h>

#include "fit.hpp"
#include "helpers.hpp"
#include "ranking.hpp"
#include "triage.hpp"

namespace {

using spotcheck::Level;
using test::json;

// NHS Cellulitis: a red, painful patch around a scratch on the shin, no
// temperature, feeling well otherwise.
json cellulitis(bool painful) {
  return {{"age", 58},
          {"findings",
           {{"tampon_or_wound", true}, {"size_large", true}, {"single_or_few", true}, {"painful_or_tender", painful},
            {"loc_lower_legs_feet", true}, {"onset_sudden", true}, {"itchy", false}, {"fever", false},
            {"feels_very_unwell", false}}}};
}

using test::net_reasons;
using test::unexplained_meta;

}  // namespace

TEST_CASE("a painful rash no known cause explains needs a GP, and says why (NHS Cellulitis, 'See a GP if your skin is red, hot and painful')") {
  const json& meta = unexplained_meta();
  REQUIRE(meta.contains("painful_findings"));
  const json r = test::assess(cellulitis(true));
  CHECK(test::level_rank(test::level(r)) >= test::level_rank(meta["level"]));
  CHECK(r["fit"]["rash_fit"].get<double>() < meta["threshold"].get<double>());
  CHECK(net_reasons(r) == std::vector<std::string>{"meta.unexplained.reason_painful"});
  for (const json& d : r["triage"]["reason_details"])
    if (d.contains("unexplained")) CHECK(d["text"] == meta["reason_painful"]);
}

TEST_CASE("the same patch without pain, feeling ill or weeks behind it is not raised by the net") {
  const json r = test::assess(cellulitis(false));
  CHECK(net_reasons(r).empty());
}

TEST_CASE("painful and lasting as well: one reason, the one about lasting") {
  json kase = cellulitis(true);
  kase["findings"]["present_over_3_weeks"] = true;
  kase["findings"]["onset_sudden"] = false;
  const json r = test::assess(kase);
  CHECK(net_reasons(r) == std::vector<std::string>{"meta.unexplained.reason_lasting"});
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

// NHS Cellulitis, urgent advice: "get advice from 111 now if your face or the
// area around your eye is affected; your symptoms are rapidly getting worse;
// you have a weakened immune system; a young child or elderly person has
// possible cellulitis". The findings and ages are data/meta.json's.
TEST_CASE("the same painful patch in someone NHS Cellulitis names needs a doctor today (NHS Cellulitis, urgent advice)") {
  const json& urgent = unexplained_meta()["painful_urgent"];
  REQUIRE(urgent.is_object());
  const auto is_urgent_net = [&](const json& r) {
    return test::level(r) == urgent["level"] && net_reasons(r) == std::vector<std::string>{"meta.unexplained.painful_urgent.reason"};
  };
  for (const json& finding : urgent["findings"]) {
    CAPTURE(finding);
    json kase = cellulitis(true);
    kase["findings"][finding.get<std::string>()] = true;
    const json r = test::assess(kase);
    // Either the net, or a known cause the finding brings in, asks for a doctor today or sooner.
    CHECK(test::level_rank(test::level(r)) >= test::level_rank(urgent["level"]));
    if (!net_reasons(r).empty()) CHECK(is_urgent_net(r));
  }
  json older = cellulitis(true), child = cellulitis(true), adult = cellulitis(true);
  older["age"] = urgent["age_from"].get<int>();
  child["age"] = urgent["age_under"].get<int>() - 1;
  adult["age"] = urgent["age_from"].get<int>() - 1;
  CHECK(is_urgent_net(test::assess(older)));
  CHECK(is_urgent_net(test::assess(child)));
  // Between the ages, the painful net's GP appointment.
  const json r = test::assess(adult);
  CHECK(test::level(r) == unexplained_meta()["level"]);
  CHECK(net_reasons(r) == std::vector<std::string>{"meta.unexplained.reason_painful"});
}

TEST_CASE("small painful spots in an older person keep the GP appointment: cellulitis is a patch (NHS Cellulitis, chilblains)") {
  const json& urgent = unexplained_meta()["painful_urgent"];
  REQUIRE(urgent["needs"] == json::array({"size_large"}));
  // Burning, itchy swellings on the toes after the cold, at the older age.
  const json r = test::assess({{"age", urgent["age_from"]},
                               {"findings",
                                {{"loc_lower_legs_feet", true}, {"itchy", true}, {"painful_or_tender", true}, {"raised", true},
                                 {"size_small", true}, {"color_purple", true}, {"onset_sudden", true}, {"fever", false}}}});
  CHECK(net_reasons(r) != std::vector<std::string>{"meta.unexplained.painful_urgent.reason"});
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
