// The safety net for a lasting rash (data/meta.json "unexplained",
// "lasting_findings"): a rash that no known cause explains and that has lasted
// more than 3 weeks gets a GP appointment, with or without feeling ill. The
// lasting rashes Spotcheck does not name (lichen planus, plaque psoriasis,
// lupus) each have NHS advice to see a GP: NHS Lichen planus, "See a GP if you
// have..."; NHS Psoriasis; NHS Lupus. The net is for the advice the interview
// ends on, not a what-if the questions are chosen by (fit.hpp).
#include <doctest/doctest.h>

#include "fit.hpp"
#include "helpers.hpp"
#include "ranking.hpp"
#include "triage.hpp"

namespace {

using spotcheck::Level;
using test::json;

// NHS Lichen planus: shiny, raised, purple-red blotches on the wrists, white
// patches in the mouth, for weeks; no fever, spots fade when pressed.
json lichen_planus(bool lasting) {
  return {{"age", 45},
          {"findings",
           {{"color_purple", true}, {"itchy", true}, {"loc_forearms_hands", true}, {"raised", true},
            {"present_over_3_weeks", lasting}, {"loc_mouth", true}, {"fever", false}, {"blanches_on_pressure", true}}}};
}

using test::net_reasons;
using test::unexplained_meta;

}  // namespace

TEST_CASE("a lasting rash no known cause explains needs a GP, and says why (NHS Lichen planus, 'See a GP if')") {
  const json& meta = unexplained_meta();
  REQUIRE(meta.contains("lasting_findings"));
  const json r = test::assess(lichen_planus(true));
  CHECK(test::level_rank(test::level(r)) >= test::level_rank(meta["level"]));
  CHECK(r["fit"]["rash_fit"].get<double>() < meta["threshold"].get<double>());
  bool said = false;
  for (const json& d : r["triage"]["reason_details"])
    if (d.contains("unexplained")) {
      CHECK(d["text_id"] == "meta.unexplained.reason_lasting");
      CHECK(d["text"] == meta["reason_lasting"]);
      CHECK(d["level"] == meta["level"]);
      said = true;
    }
  CHECK(said);
}

TEST_CASE("with a systemic symptom as well, the net gives one reason: the one about feeling ill") {
  json kase = lichen_planus(true);
  kase["findings"]["fatigue"] = true;
  CHECK(net_reasons(test::assess(kase)) == std::vector<std::string>{"meta.unexplained.reason"});
}

TEST_CASE("the same rash, there for less than 3 weeks and with no systemic symptom, is not raised by the net") {
  const json r = test::assess(lichen_planus(false));
  CHECK(net_reasons(r).empty());
  CHECK(test::level(r) == "self_care");
}

TEST_CASE("the lasting net is left out of the interview's what-ifs, so it cannot settle the advice early") {
  // A changing, bleeding spot on the shin for three months (skin cancer) is
  // first a poor fit; were the net in the what-ifs, the advice would already
  // be a GP appointment and "has it changed or bled?" would be worth nothing.
  const auto& kb = test::kb();
  const spotcheck::Case kase = test::parse(lichen_planus(true));
  const std::vector<double> lj = spotcheck::log_joint(kb, kase);
  const std::vector<double> scores = spotcheck::normalise(lj);
  CHECK(spotcheck::unexplained_floor(kb, kase, Level::self_care, /*local=*/false) == Level::self_care);
  CHECK(spotcheck::unexplained_floor(kb, kase, Level::self_care) > Level::self_care);
  CHECK(spotcheck::triage_level(kb, kase, scores, lj) == Level::self_care);
  CHECK(spotcheck::decide_triage(kb, kase, scores, lj).level > Level::self_care);
}

TEST_CASE("each net of the rash itself (lasting, painful) must name known findings, and needs its reason") {
  for (const auto& [list, reason] : {std::pair{"lasting_findings", "reason_lasting"}, std::pair{"painful_findings", "reason_painful"}}) {
    CAPTURE(list);
    auto bundle = test::data_bundle();
    auto& u = bundle["meta.json"]["unexplained"];
    const json named = u[list];
    REQUIRE(!named.empty());
    u[list] = json::array({"no_such_finding"});
    CHECK(test::mentions(test::problem_texts(bundle), "unknown finding 'no_such_finding'"));
    u[list] = named;
    u.erase(reason);
    CHECK(test::mentions(test::problem_texts(bundle), std::string("$.unexplained.") + reason + ": missing field"));
    u[list] = named[0];
    CHECK(test::mentions(test::problem_texts(bundle), std::string("$.unexplained.") + list + ": expected an array"));
  }
}
