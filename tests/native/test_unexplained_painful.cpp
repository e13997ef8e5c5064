// The safety net for a painful rash (data/meta.json "unexplained",
// "painful_findings"): a rash that no known cause explains and that hurts gets
// a GP appointment, with or without feeling ill. NHS Cellulitis: "See a GP if
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
