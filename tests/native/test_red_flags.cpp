// Every red-flag rule: reachable by some case, and that case's triage is at
// least the rule's level with the rule's reason shown. Then the named rules
// of NICE/NHS and the seed articles, as a clinician would check them.
#include <initializer_list>
#include <random>
#include <utility>
#include <vector>

#include "helpers.hpp"
#include "rule_solver.hpp"
#include "rules.hpp"
#include "triage.hpp"

using test::json;

namespace {

json case_json(const spotcheck::Partial& p) {
  json findings = json::object();
  const auto& kb = test::kb();
  const spotcheck::Case kase = p.with_age();
  for (std::size_t f = 0; f < kb.findings.size(); ++f) {
    auto a = kase.answers[f];
    if (a == spotcheck::Answer::yes) findings[kb.findings[f].id] = true;
    if (a == spotcheck::Answer::no) findings[kb.findings[f].id] = false;
    if (a == spotcheck::Answer::unsure) findings[kb.findings[f].id] = "unknown";
  }
  json out = {{"findings", findings}};
  if (kase.age_months) out["age_months"] = *kase.age_months;
  else if (kase.age) out["age"] = *kase.age;
  if (kase.sex) out["sex"] = *kase.sex == spotcheck::Sex::female ? "female" : "male";
  return out;
}

json assess_findings(json findings, int age = -1) {
  json kase = {{"findings", std::move(findings)}};
  if (age >= 0) kase["age"] = age;
  json r = test::assess(kase);
  REQUIRE_MESSAGE(r.contains("triage"), r.dump());
  return r;
}

// Whether a result shows rule `id`'s reason among the triage's reasons.
bool shows_rule(const json& result, const char* id) {
  const auto& kb = test::kb();
  const auto rule = std::find_if(kb.rules.begin(), kb.rules.end(), [&](const auto& r) { return r.id == id; });
  REQUIRE_MESSAGE(rule != kb.rules.end(), id);
  for (const auto& reason : result["triage"]["reasons"])
    if (reason == rule->reason) return true;
  return false;
}

// Each of `answers` answered Yes on its own, beside `findings`, takes rule
// `id`'s reason off the result: the rule's exclusions, one at a time.
void check_each_yes_takes_off(const json& findings, int age, const char* id, std::initializer_list<const char*> answers) {
  for (const char* answer : answers) {
    CAPTURE(answer);
    json with = findings;
    with[answer] = true;
    CHECK_FALSE(shows_rule(assess_findings(with, age), id));
  }
}

// Each of `answers` answered No on its own, in place of its Yes in `findings`,
// takes rule `id`'s reason off the result: the answers the rule needs.
void check_each_no_takes_off(const json& findings, int age, const char* id, std::initializer_list<const char*> answers) {
  for (const char* answer : answers) {
    CAPTURE(answer);
    json with = findings;
    with[answer] = false;
    CHECK_FALSE(shows_rule(assess_findings(with, age), id));
  }
}

// The result for `findings` of a person of `age` years and `sex`.
json assess_person(json findings, int age, const char* sex) {
  json r = test::assess({{"age", age}, {"sex", sex}, {"findings", std::move(findings)}});
  REQUIRE_MESSAGE(r.contains("triage"), r.dump());
  return r;
}

// `findings` with every option of the tick-all-that-apply question that asks
// about `finding` answered "unknown": a Not sure to the whole list.
json whole_list_not_sure(json findings, const char* finding) {
  const spotcheck::Question& q = test::question_of(finding);
  REQUIRE(q.findings.size() > 1);
  for (int option : q.findings) findings[test::kb().findings[option].id] = "unknown";
  return findings;
}

json assess_months(json findings, int months) {
  json r = test::assess({{"age_months", months}, {"findings", std::move(findings)}});
  REQUIRE_MESSAGE(r.contains("triage"), r.dump());
  return r;
}

}  // namespace

TEST_CASE("every red-flag rule is reachable and sets at least its level") {
  const auto& kb = test::kb();
  for (const auto& rule : kb.rules) {
    CAPTURE(rule.id);
    spotcheck::Partial start;
    start.kase.answers.assign(kb.findings.size(), spotcheck::Answer::unasked);
    auto found = spotcheck::satisfy(rule.when, true, start);
    REQUIRE_MESSAGE(found, "no case can match rule " << rule.id);
    json kase = case_json(*found);
    CAPTURE(kase.dump());
    REQUIRE(spotcheck::matches(rule.when, test::parse(kase)));
    json r = test::assess(kase);
    CHECK(test::level_rank(test::level(r)) >= static_cast<int>(rule.level));
    if (test::level(r) == spotcheck::level_id(rule.level)) {
      bool shown = false;
      for (const auto& reason : r["triage"]["reasons"]) shown = shown || reason == rule.reason;
      CHECK_MESSAGE(shown, "the reason of rule " << rule.id << " is not shown");
    }
  }
}

TEST_CASE("a rule's required answers hold whenever the rule matches (the triage's quick test)") {
  const auto& kb = test::kb();
  std::mt19937 rng(11);
  const spotcheck::Answer answers[] = {spotcheck::Answer::unasked, spotcheck::Answer::yes, spotcheck::Answer::no, spotcheck::Answer::unsure};
  std::size_t with_required = 0, matched = 0;
  for (const auto& rule : kb.rules) {
    with_required += !rule.required.empty();
    for (int i = 0; i < 3000; ++i) {
      spotcheck::Case kase;
      kase.age = static_cast<int>(rng() % 100);
      kase.sex = rng() % 2 ? spotcheck::Sex::female : spotcheck::Sex::male;
      kase.answers.resize(kb.findings.size());
      // Answer the rule's own findings at random, the rest mostly not at all.
      for (std::size_t f = 0; f < kb.findings.size(); ++f) kase.answers[f] = answers[rng() % (rng() % 4 == 0 ? 4 : 1)];
      for (int f : rule.findings) kase.answers[f] = answers[rng() % 4];
      if (!spotcheck::matches(rule.when, kase)) continue;
      ++matched;
      for (auto [f, yes] : rule.required) CHECK(kase.answers[f] == (yes ? spotcheck::Answer::yes : spotcheck::Answer::no));
    }
  }
  CHECK(with_required >= kb.rules.size() / 2);
  CHECK(matched > 1000);
}

TEST_CASE("every rule carries a source and a plain reason") {
  for (const auto& rule : test::kb().rules) {
    CAPTURE(rule.id);
    CHECK(!rule.sources.empty());
    CHECK(rule.reason.size() > 20);
  }
}

TEST_CASE("non-blanching spots with fever, feeling very unwell or a stiff neck are an emergency") {
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"fever", true}})) == "emergency");
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"feels_very_unwell", true}})) == "emergency");
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"stiff_neck", true}})) == "emergency");
}

TEST_CASE("an early meningococcal rash can still blanch: fever and very unwell is an emergency") {
  CHECK(test::level(assess_findings({{"blanches_on_pressure", true}, {"fever", true}, {"feels_very_unwell", true}})) == "emergency");
  CHECK(test::level(assess_findings({{"fever", true}, {"spreading_rapidly", true}, {"feels_very_unwell", true}})) == "emergency");
}

TEST_CASE("a rash with difficulty breathing or facial swelling is an emergency") {
  CHECK(test::level(assess_findings({{"difficulty_breathing", true}})) == "emergency");
  CHECK(test::level(assess_findings({{"swelling_face_lips_tongue", true}, {"wheals", true}})) == "emergency");
}

// An adult's (NICE NG12 1.12: a very urgent blood count); a child's with being
// very unwell not ruled out is 999 (child_nonblanching_fever_or_unwell_not_known).
TEST_CASE("non-blanching spots with bleeding, or with no clear cause, are urgent") {
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"unexplained_bruising", true}, {"fever", false}}, 30)) == "urgent");
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"bleeding_gums_or_nose", true}, {"fever", false}}, 30)) == "urgent");
  CHECK(test::level(assess_findings({{"blanches_on_pressure", false}, {"fever", false}, {"feels_very_unwell", false}})) == "urgent");
  // A clear cause (hard coughing or vomiting) in someone who is well is not urgent.
  json strain = assess_findings({{"blanches_on_pressure", false}, {"recent_strain", true}, {"size_pinpoint", true},
                                 {"loc_face", true}, {"fever", false}, {"feels_very_unwell", false}}, 30);
  CHECK(test::level_rank(test::level(strain)) <= test::level_rank("consult"));
}

// No ';' in a test name: CMake splits the name there and ctest then runs a
// filter that matches nothing (this case did not run for that reason).
TEST_CASE("fast spreading spots need a GP and a glass test, an emergency when they do not fade (NHS rashes, NICE NG240)") {
  // spreading_quickly (consult: "do a glass test"), with the glass test still to ask.
  json spreading = assess_findings({{"spreading_rapidly", true}});
  CHECK(test::level(spreading) == "consult");
  bool asks_glass_test = false;
  for (const auto& q : spreading["triage"]["unanswered_red_flags"]) asks_glass_test |= q == "q_glass_test";
  CHECK(asks_glass_test);
  CHECK(test::level(assess_findings({{"spreading_rapidly", true}, {"blanches_on_pressure", false}})) == "emergency");
}

TEST_CASE("purpura with tummy pain, joint pain or blood in urine is urgent (NHS IgA vasculitis)") {
  for (const char* f : {"abdominal_pain", "joint_pain", "blood_in_urine_or_stool"}) {
    CAPTURE(f);
    CHECK(test::level_rank(test::level(assess_findings({{"color_purple", true}, {f, true}}))) >= test::level_rank("urgent"));
  }
}

TEST_CASE("sore or swollen joints with a fever are urgent, joint pain alone is not (NHS Arthritis, urgent advice)") {
  // A teenager after a sore throat (rheumatic fever) and a young adult (a gonococcal infection): neither is a known cause.
  json child = assess_findings({{"fever", true}, {"joint_pain", true}, {"sore_throat_recent", true}, {"loc_trunk", true}}, 9);
  CHECK(test::level(child) == "urgent");
  CHECK(shows_rule(child, "fever_with_joint_pain"));
  json adult = assess_findings({{"fever", true}, {"joint_pain", true}, {"fluid_filled", true}, {"loc_forearms_hands", true},
                                {"painful_or_tender", true}}, 23);
  CHECK(test::level_rank(test::level(adult)) >= test::level_rank("urgent"));
  CHECK(shows_rule(adult, "fever_with_joint_pain"));
  // Joint pain with no fever: not this rule (as specific as its source).
  CHECK_FALSE(shows_rule(assess_findings({{"fever", false}, {"joint_pain", true}, {"loc_trunk", true}}, 40), "fever_with_joint_pain"));
}


TEST_CASE("a fever in a baby under 6 months is urgent, from 6 months the age alone is not (NICE NG143 table 1, NHS fever in children)") {
  const json viral = {{"fever", true}, {"blanches_on_pressure", true}, {"loc_trunk", true}, {"cough_runny_nose", true}};
  // 3 to 6 months at 39 °C or more is amber; the answer does not say how high.
  json four_months = assess_months(viral, 4);
  CHECK(test::level_rank(test::level(four_months)) >= test::level_rank("urgent"));
  CHECK(shows_rule(four_months, "baby_fever"));
  // Age 0 without months could be under 6 months (or under 3: baby_under_3_months_fever).
  CHECK(test::level_rank(test::level(assess_findings(viral, 0))) >= test::level_rank("urgent"));
  // 6 to 11 months: no NG143 feature by age, so not this rule (green: care at home with the warning signs).
  CHECK_FALSE(shows_rule(assess_months(viral, 6), "baby_fever"));
  CHECK_FALSE(shows_rule(assess_months(viral, 11), "baby_fever"));
  // ...while a feature of its own still raises it (NG143 amber: poor feeding).
  json not_feeding = viral;
  not_feeding["poor_fluid_intake"] = true;
  CHECK(test::level_rank(test::level(assess_months(not_feeding, 9))) >= test::level_rank("urgent"));
}

TEST_CASE("itching in pregnancy is a GP or midwife check, even with no rash (NHS itching and intrahepatic cholestasis of pregnancy)") {
  // Not worse at night: that is the same day (itching_at_night_in_pregnancy, below).
  const json itch = {{"pregnant", true}, {"itchy", true}, {"itch_worse_at_night", false}, {"loc_forearms_hands", true}};
  json pregnant = test::assess({{"age", 31}, {"sex", "female"}, {"findings", itch}});
  CHECK(test::level_rank(test::level(pregnant)) >= test::level_rank("consult"));
  CHECK(shows_rule(pregnant, "itching_in_pregnancy"));
  // The same itch not in pregnancy, or a pregnancy without itching: not this rule.
  json not_pregnant = itch;
  not_pregnant["pregnant"] = false;
  CHECK_FALSE(shows_rule(test::assess({{"age", 31}, {"sex", "female"}, {"findings", not_pregnant}}), "itching_in_pregnancy"));
  json no_itch = itch;
  no_itch["itchy"] = false;
  no_itch.erase("itch_worse_at_night");
  CHECK_FALSE(shows_rule(test::assess({{"age", 31}, {"sex", "female"}, {"findings", no_itch}}), "itching_in_pregnancy"));
}

TEST_CASE("spider-like spots in pregnancy are not a new rash, but a fever with them still is (DermNet spider naevus, UKHSA rash in pregnancy)") {
  const json spiders = {{"pregnant", true}, {"spider_pattern", true}, {"single_or_few", true}, {"loc_trunk", true}, {"loc_face", true},
                        {"blanches_on_pressure", true}, {"fever", false}};
  CHECK_FALSE(shows_rule(test::assess({{"age", 26}, {"sex", "female"}, {"findings", spiders}}), "pregnant_new_rash"));
  // Without the spider pattern, the same spots on the chest are a new rash in pregnancy.
  json spots = spiders;
  spots.erase("spider_pattern");
  CHECK(shows_rule(test::assess({{"age", 26}, {"sex", "female"}, {"findings", spots}}), "pregnant_new_rash"));
  json feverish = spiders;
  feverish["fever"] = true;
  json r = test::assess({{"age", 26}, {"sex", "female"}, {"findings", feverish}});
  CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
  CHECK(shows_rule(r, "pregnant_new_rash"));
}

TEST_CASE("sores in the mouth after a new medicine are an emergency, white patches of thrush after antibiotics are not (NHS Stevens-Johnson syndrome)") {
  const json sores = {{"new_medication", true}, {"mouth_ulcers", true}, {"loc_trunk", true}, {"fever", true}};
  json r = assess_findings(sores, 40);
  CHECK(test::level(r) == "emergency");
  CHECK(shows_rule(r, "medicine_skin_or_mouth_sores"));
  // A baby after amoxicillin: a red nappy rash into the creases and white patches in the mouth, well, no fever.
  json thrush = test::assess({{"age_months", 9},
                              {"findings",
                               {{"new_medication", true}, {"color_bright_red", true}, {"many_spots", true}, {"loc_skin_folds", true},
                                {"loc_buttocks_thighs", true}, {"loc_mouth", true}, {"fever", false}, {"poor_fluid_intake", false}}}});
  CHECK_FALSE(shows_rule(thrush, "medicine_skin_or_mouth_sores"));
  CHECK(test::level(thrush) != "emergency");
}

TEST_CASE("a rash after a new medicine: consult, with fever: urgent") {
  CHECK(test::level(assess_findings({{"new_medication", true}, {"itchy", true}, {"many_spots", true}, {"fever", false}})) == "consult");
  CHECK(test::level(assess_findings({{"new_medication", true}, {"fever", true}, {"blanches_on_pressure", true}})) == "urgent");
}

TEST_CASE("a sudden rash lasting more than three weeks, or a spot that changes or bleeds: consult") {
  CHECK(test::level(assess_findings({{"present_over_3_weeks", true}, {"onset_sudden", true}, {"itchy", true}})) == "consult");
  // Spots that came on slowly are expected to last: a child's spider naevus is still self-care.
  CHECK(test::level(assess_findings({{"present_over_3_weeks", true}, {"spider_pattern", true}, {"single_or_few", true},
                                     {"blanches_on_pressure", true}, {"loc_face", true}}, 7)) == "self_care");
  CHECK(test::level(assess_findings({{"changing_appearance", true}, {"color_bright_red", true}, {"raised", true}})) == "consult");
  CHECK(test::level(assess_findings({{"bleeds_easily", true}, {"color_bright_red", true}, {"raised", true}}, 50)) == "consult");
}

TEST_CASE("harmless patterns are not sent to a doctor") {
  // Cherry angiomas in a 50-year-old: the second-worst failure is frightening them.
  json cherry = assess_findings({{"color_bright_red", true}, {"raised", true}, {"single_or_few", true}, {"loc_trunk", true},
                                 {"onset_gradual", true}, {"fever", false}, {"blanches_on_pressure", true},
                                 {"difficulty_breathing", false}, {"feels_very_unwell", false}}, 50);
  CHECK(test::level(cherry) == "self_care");
  CHECK(test::top_cause(cherry) == "cherry_angioma");
  json kp = assess_findings({{"rough_texture", true}, {"follicle_centered", true}, {"loc_upper_arms", true},
                             {"worse_in_dry_weather", true}, {"onset_gradual", true}}, 14);
  CHECK(test::level(kp) == "self_care");
  CHECK(test::top_cause(kp) == "keratosis_pilaris");
}

TEST_CASE("a dangerous cause with a meaningful probability raises the triage without any rule") {
  // Easy bruising-like purple spots, tiredness, weight loss and infections in a child:
  // no rule about bleeding is answered, but leukaemia is likely enough to need a doctor soon.
  json r = assess_findings({{"fatigue", true}, {"weight_loss_or_night_sweats", true}, {"frequent_infections", true},
                            {"size_pinpoint", true}, {"loc_lower_legs_feet", true}}, 5);
  CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
  bool by_cause = false;
  for (const auto& d : r["triage"]["reason_details"]) by_cause = by_cause || d.contains("condition");
  CHECK(by_cause);
}

TEST_CASE("age_months_max / age_months_min: known from the months, or from the whole years, and an unknown age is neither") {
  using spotcheck::Expr;
  auto expr = [](Expr::Kind kind, int n) {
    Expr e;
    e.kind = kind;
    e.age = n;
    return e;
  };
  auto with = [](std::optional<int> age, std::optional<int> months) {
    spotcheck::Case kase;
    kase.age = age, kase.age_months = months;
    return kase;
  };
  for (int n = 0; n <= 60; ++n) {
    CAPTURE(n);
    const Expr at_most = expr(Expr::Kind::age_months_max, n), at_least = expr(Expr::Kind::age_months_min, n);
    for (int m = 0; m <= 23; ++m) {
      CAPTURE(m);
      CHECK(spotcheck::matches(at_most, with(m / 12, m)) == (m <= n));
      CHECK(spotcheck::matches(at_least, with(m / 12, m)) == (m >= n));
    }
    for (int a = 0; a <= 120; ++a) {
      CAPTURE(a);  // a whole year is 12a to 12a + 11 months
      CHECK(spotcheck::matches(at_most, with(a, std::nullopt)) == (12 * a + 11 <= n));
      CHECK(spotcheck::matches(at_least, with(a, std::nullopt)) == (12 * a >= n));
    }
    CHECK_FALSE(spotcheck::matches(at_most, with(std::nullopt, std::nullopt)));
    CHECK_FALSE(spotcheck::matches(at_least, with(std::nullopt, std::nullopt)));
  }
  // Years from months: age_max and age_min read the age the months imply.
  CHECK(spotcheck::matches(expr(Expr::Kind::age_max, 1), test::parse({{"age_months", 23}})));
  CHECK_FALSE(spotcheck::matches(expr(Expr::Kind::age_min, 2), test::parse({{"age_months", 23}})));
}

TEST_CASE("a rule on months through the whole engine: a fever under 3 months") {
  json bundle = test::tiny_bundle();
  bundle["red_flags.json"]["rules"].push_back({{"id", "young_baby_a"}, {"level", "emergency"}, {"reason", "A reason long enough to read."},
                                               {"when", {{"all", {{{"finding", "a"}}, {{"age_months_max", 2}}}}}}, {"sources", {"s"}}});
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error);
  INFO(error);
  REQUIRE(checker);
  auto level = [&](json kase) { return test::level(json::parse(checker->assess(kase.dump()))); };
  CHECK(level({{"age_months", 2}, {"findings", {{"a", true}}}}) == "emergency");
  CHECK(level({{"age_months", 0}, {"age", 0}, {"findings", {{"a", true}}}}) == "emergency");
  CHECK(level({{"age_months", 3}, {"findings", {{"a", true}}}}) != "emergency");
  CHECK(level({{"age", 0}, {"findings", {{"a", true}}}}) != "emergency");  // 0 years: 0 to 11 months, not known to be under 3
  CHECK(level({{"findings", {{"a", true}}}}) != "emergency");
}

TEST_CASE("the rule solver finds a case for every age bound, in months or years, wanted true or false") {
  using spotcheck::Expr;
  // Every age a case can state: months 0 to 23 exactly, or whole years.
  std::vector<spotcheck::Case> ages;
  for (int m = 0; m <= 23; ++m) ages.push_back({m / 12, std::nullopt, {}, m});
  for (int a = 0; a <= 120; ++a) ages.push_back({a, std::nullopt, {}, std::nullopt});
  for (auto kind : {Expr::Kind::age_months_max, Expr::Kind::age_months_min, Expr::Kind::age_max, Expr::Kind::age_min}) {
    const bool months = kind == Expr::Kind::age_months_max || kind == Expr::Kind::age_months_min;
    for (int n = 0; n <= (months ? spotcheck::kMaxRuleMonths : 120); n += (n < 60 ? 1 : 7)) {
      Expr e;
      e.kind = kind;
      e.age = n;
      for (bool want : {true, false}) {
        CAPTURE(static_cast<int>(kind));
        CAPTURE(n);
        CAPTURE(want);
        bool possible = false;
        for (const auto& kase : ages) possible = possible || spotcheck::matches(e, kase) == want;
        spotcheck::Partial start;
        auto found = spotcheck::satisfy(e, want, start);
        CHECK(found.has_value() == possible);
        if (found) CHECK(spotcheck::matches(e, found->with_age()) == want);
      }
    }
  }
}

namespace {
bool rule_set_level(const json& result, const std::string& rule) {
  for (const auto& d : result["triage"]["reason_details"])
    if (d.value("rule", "") == rule) return true;
  return false;
}

// The result for `findings` at `age`, checked to give at least `level` with
// rule `rule` among the reasons that set it.
json assess_raised_by(const json& findings, int age, const std::string& rule, const char* level) {
  json r = assess_findings(findings, age);
  CHECK_MESSAGE(test::level_rank(test::level(r)) >= test::level_rank(level), rule);
  CHECK_MESSAGE(rule_set_level(r, rule), rule);
  return r;
}
}  // namespace

// NHS cellulitis, "Urgent advice: get advice from 111 now": skin painful, hot
// and swollen, or rapidly getting worse. With a fever, a painful patch that
// spreads fast is urgent; without one, the spreading rule alone decides.
TEST_CASE("a painful patch spreading fast with a fever is urgent (NHS cellulitis)") {
  json findings = {{"spreading_rapidly", true}, {"painful_or_tender", true}, {"single_or_few", true}, {"size_large", true},
                   {"loc_lower_legs_feet", true}, {"blanches_on_pressure", true}, {"feels_very_unwell", false}};
  findings["fever"] = true;
  assess_raised_by(findings, 50, "painful_spreading_with_fever", "urgent");
  findings["fever"] = false;
  CHECK(!rule_set_level(assess_findings(findings, 50), "painful_spreading_with_fever"));
  findings["fever"] = true, findings["painful_or_tender"] = false;
  CHECK(!rule_set_level(assess_findings(findings, 50), "painful_spreading_with_fever"));
}

// NHS lupus ("See a GP if you often get joint and muscle pain ... rashes")
// and NHS psoriatic arthritis (persistent joint pain, with or without known
// psoriasis): a rash lasting over 3 weeks with joint pain is a GP appointment;
// a short rash with aching joints is not sent by this rule.
TEST_CASE("a rash lasting over 3 weeks with joint pain is a GP appointment (NHS lupus, NHS psoriatic arthritis)") {
  json findings = {{"present_over_3_weeks", true}, {"joint_pain", true}, {"loc_face", true}, {"onset_gradual", true},
                   {"fever", false}, {"blanches_on_pressure", true}};
  assess_raised_by(findings, 30, "lasting_rash_with_joint_pain", "consult");
  findings["present_over_3_weeks"] = false;
  CHECK(!rule_set_level(assess_findings(findings, 30), "lasting_rash_with_joint_pain"));
}

// NHS Psoriasis, Symptoms ("You should see a GP if you think you may have
// psoriasis"; guttate psoriasis sometimes follows a streptococcal throat
// infection) and NHS Pityriasis rosea ("scaly spots could be psoriasis ... Do
// not try to diagnose the problem yourself"): many scaly spots after a sore
// throat are a GP appointment even when pityriasis rosea (self-care) ranks
// first; without the sore throat, or with one scaly spot, the rule is silent.
TEST_CASE("many scaly spots after a sore throat are a GP appointment whichever cause ranks first (NHS Psoriasis, NHS Pityriasis rosea)") {
  json findings = {{"scaly", true}, {"many_spots", true}, {"sore_throat_recent", true}, {"loc_trunk", true}, {"herald_patch", true},
                   {"fever", false}, {"blanches_on_pressure", true}};
  CHECK(test::top_cause(assess_raised_by(findings, 24, "scaly_spots_after_sore_throat", "consult")) == "pityriasis_rosea");
  findings["sore_throat_recent"] = false;
  CHECK(!shows_rule(assess_findings(findings, 24), "scaly_spots_after_sore_throat"));
  CHECK(test::level(assess_findings(findings, 24)) == "self_care");
  findings["sore_throat_recent"] = true, findings["many_spots"] = false, findings["single_or_few"] = true;
  CHECK(!shows_rule(assess_findings(findings, 24), "scaly_spots_after_sore_throat"));
}

// NHS Erythema multiforme ("Urgent advice ... if you think you have erythema
// multiforme and the rash is inside your mouth or on your lips ... the rash is
// painful"; usually after the herpes simplex virus, on the hands first): a
// rash on the hands after a cold sore, with mouth sores or pain, is urgent.
// Hand, foot and mouth disease looks the same without the cold sore.
TEST_CASE("round spots on the hands after a cold sore, with mouth sores, are urgent (NHS Erythema multiforme)") {
  json findings = {{"contact_cold_sore", true}, {"spots_on_palms_soles", true}, {"loc_forearms_hands", true}, {"raised", true},
                   {"mouth_ulcers", true}, {"fever", false}, {"new_medication", false}};
  assess_raised_by(findings, 22, "rash_after_cold_sore", "urgent");
  findings["contact_cold_sore"] = false;
  CHECK(!shows_rule(assess_findings(findings, 22), "rash_after_cold_sore"));
  findings["contact_cold_sore"] = true, findings["mouth_ulcers"] = false, findings["painful_or_tender"] = false;
  CHECK(!shows_rule(assess_findings(findings, 22), "rash_after_cold_sore"));
  // "... you have a high temperature": a fever alone with the spots is enough.
  findings["fever"] = true;
  CHECK(rule_set_level(assess_findings(findings, 22), "rash_after_cold_sore"));
}

// NHS Bullous pemphigoid (mainly over 60; "See a GP if ... you have blisters
// that keep coming back"): blisters over more than 3 weeks in someone over
// 60 are a GP appointment; the same blisters at 40, or new this week, are
// not this rule.
TEST_CASE("blisters that keep coming for over 3 weeks after 60 are a GP appointment (NHS Bullous pemphigoid)") {
  json findings = {{"itchy", true}, {"fluid_filled", true}, {"size_large", true}, {"loc_buttocks_thighs", true},
                   {"present_over_3_weeks", true}, {"fever", false}, {"blanches_on_pressure", true}};
  assess_raised_by(findings, 82, "older_person_blisters", "consult");
  CHECK(!shows_rule(assess_findings(findings, 40), "older_person_blisters"));
  // Spots around hairs (folliculitis) are not this rule.
  json hairs = findings;
  hairs["follicle_centered"] = true;
  CHECK(!shows_rule(assess_findings(hairs, 82), "older_person_blisters"));
  // Blisters that dry into scabs while new ones come, for over 3 weeks: this
  // rule, and not chickenpox's (NHS Chickenpox: it passes in 1 to 2 weeks).
  json scabs = findings;
  scabs.erase("fluid_filled");
  scabs["blisters_crusting"] = true;
  json lasting = assess_findings(scabs, 75);
  CHECK(rule_set_level(lasting, "older_person_blisters"));
  CHECK(!shows_rule(lasting, "adult_chickenpox"));
  findings["present_over_3_weeks"] = false;
  CHECK(!shows_rule(assess_findings(findings, 82), "older_person_blisters"));
}

// NHS Granuloma annulare ("See a GP if you have bumps or lumps on your skin
// that do not go away in a few weeks"), NHS Ringworm and NHS Lyme disease: a
// ring that has lasted more than 3 weeks is a GP appointment; a new one is
// left to the ranking.
TEST_CASE("a ring-shaped patch lasting over 3 weeks is a GP appointment (NHS Granuloma annulare, NHS Ringworm)") {
  json findings = {{"expanding_ring", true}, {"raised", true}, {"loc_forearms_hands", true}, {"present_over_3_weeks", true},
                   {"onset_gradual", true}, {"itchy", false}, {"scaly", false}};
  assess_raised_by(findings, 12, "lasting_ring", "consult");
  findings["present_over_3_weeks"] = false;
  CHECK(!shows_rule(assess_findings(findings, 12), "lasting_ring"));
}

// NHS Rosacea ("See a GP if you have symptoms of rosacea": small red bumps,
// sometimes with yellowish liquid) and DermNet Periorificial dermatitis: pus
// spots on the face over 3 weeks without blackheads (No or Not sure) are a GP appointment;
// with blackheads they are acne, which the ranking and acne's own rule decide.
TEST_CASE("pus spots on the face over 3 weeks with no blackheads are a GP appointment, with a red eye the same day (NHS Rosacea, DermNet periorificial dermatitis)") {
  json findings = {{"loc_face", true}, {"fluid_filled", true}, {"raised", true}, {"many_spots", true}, {"present_over_3_weeks", true},
                   {"onset_gradual", true}, {"blackheads", false}};
  assess_raised_by(findings, 48, "lasting_face_spots_not_acne", "consult");
  // NHS Rosacea, urgent advice: with a red, sore or gritty eye, the same day.
  json eye = findings;
  eye["red_eyes"] = true;
  assess_raised_by(eye, 48, "rosacea_like_spots_sore_eye", "urgent");
  // Not sure about blackheads is not a No: rosacea cannot be ruled out.
  findings["blackheads"] = "unknown";
  assess_raised_by(findings, 48, "lasting_face_spots_not_acne", "consult");
  findings["blackheads"] = true;
  json acne = assess_findings(findings, 17);
  CHECK(!shows_rule(acne, "lasting_face_spots_not_acne"));
  CHECK(test::level(acne) == "self_care");
}

// NHS Necrotising fasciitis ("Call 999 or go to A&E if ... black, purple or
// grey blotches or blisters near a cut or wound, or a red or swollen area of
// skin"; "... a red or swollen area of skin, and ... a high temperature"):
// a painful purple patch with a fever is an emergency. Raised tender lumps
// with a fever are erythema nodosum (NHS: a pharmacist or GP), not this rule,
// and a painful red patch with a fever keeps same-day care.
TEST_CASE("a painful purple patch with a fever is an emergency, raised tender lumps are not this rule (NHS Necrotising fasciitis, NHS Erythema nodosum)") {
  json findings = {{"painful_or_tender", true}, {"color_purple", true}, {"size_large", true}, {"single_or_few", true},
                   {"loc_skin_folds", true}, {"fever", true}, {"onset_sudden", true}};
  json r = assess_findings(findings, 63);
  CHECK(test::level(r) == "emergency");
  CHECK(rule_set_level(r, "painful_dark_patch_with_fever"));
  json lumps = findings;
  lumps["raised"] = true, lumps["loc_skin_folds"] = false, lumps["loc_lower_legs_feet"] = true;
  CHECK(!shows_rule(assess_findings(lumps, 31), "painful_dark_patch_with_fever"));
  json red = findings;
  red["color_purple"] = false, red["color_bright_red"] = true;
  CHECK(!shows_rule(assess_findings(red, 63), "painful_dark_patch_with_fever"));
  // On dark skin the patch may look darker than the skin, not purple.
  json dark = findings;
  dark["color_purple"] = false, dark["color_darker_than_skin"] = true;
  CHECK(rule_set_level(assess_findings(dark, 63), "painful_dark_patch_with_fever"));
  // A swollen patch is often answered "raised": with a wound or blisters it still counts.
  json wound = lumps;
  wound["tampon_or_wound"] = true;
  CHECK(rule_set_level(assess_findings(wound, 45), "painful_dark_patch_with_fever"));
}

// NHS Cellulitis ("Get advice from 111 now if ... the area around your eye is
// affected") and NHS Insect bites ("urgent GP appointment or NHS 111 if ...
// bitten or stung near your eyes"): a swollen eye that hurts or comes with a
// fever is urgent even when the glass test is fine; the reason names the A&E
// signs of orbital cellulitis the check does not ask about.
TEST_CASE("swelling around the eye with pain or a fever is urgent after a normal glass test (NHS Cellulitis, NHS Insect bites)") {
  json findings = {{"near_eye", true}, {"swelling_face_lips_tongue", true}, {"loc_face", true}, {"color_bright_red", true},
                   {"size_large", true}, {"fever", true}, {"blanches_on_pressure", true}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 6, "swelling_around_eye", "urgent");
  findings["fever"] = false;
  CHECK(!shows_rule(assess_findings(findings, 6), "swelling_around_eye"));
  findings["painful_or_tender"] = true;
  CHECK(shows_rule(assess_findings(findings, 6), "swelling_around_eye"));
}

// "Not sure" is not a No (the clinical review; NICE NG143 1.1: a parent's sense
// that the child is feverish is taken as valid). A baby under 6 months whose
// fever is "Not sure" gets the same day, and the reason says how to find out.
TEST_CASE("a baby under 6 months with a fever answered Not sure gets the same day (NICE NG143, NHS fever in children)") {
  json findings = {{"size_pinpoint", true}, {"loc_trunk", true}, {"color_bright_red", true}, {"feels_very_unwell", false},
                   {"poor_fluid_intake", false}, {"fever", "unknown"}};
  json baby = assess_months(findings, 1);
  CHECK(test::level_rank(test::level(baby)) >= test::level_rank("urgent"));
  CHECK(rule_set_level(baby, "baby_fever_not_sure"));
  CHECK(rule_set_level(assess_months(findings, 5), "baby_fever_not_sure"));
  CHECK_FALSE(rule_set_level(assess_months(findings, 7), "baby_fever_not_sure"));
  findings["fever"] = false;
  CHECK_FALSE(rule_set_level(assess_months(findings, 1), "baby_fever_not_sure"));
}

// NICE NG143 table 1: a fever for 5 days or more is amber; "Not sure" how long
// with a fever is not a No.
TEST_CASE("a fever whose length is Not sure gets the same day (NICE NG143 fever for 5 days)") {
  json findings = {{"fever", true}, {"color_pink_or_skin", true}, {"loc_trunk", true}, {"blanches_on_pressure", true},
                   {"feels_very_unwell", false}, {"fever_5_days_or_more", "unknown"}};
  assess_raised_by(findings, 2, "fever_5_days_not_sure", "urgent");
  findings["fever_5_days_or_more"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 2), "fever_5_days_not_sure"));
}

// NHS Meningitis: fever, headache, stiff neck, dislike of bright light ("Call
// NHS 111 if you're not sure"). A headache with a stiff neck answered "Not
// sure" is the same day; a fever with the whole list "Not sure" is not.
TEST_CASE("a headache with a stiff neck answered Not sure gets the same day (NHS Meningitis, NICE NG143)") {
  json findings = {{"fever", true}, {"headache", true}, {"blanches_on_pressure", true}, {"color_pink_or_skin", true},
                   {"loc_trunk", true}, {"feels_very_unwell", false}, {"stiff_neck", "unknown"}};
  assess_raised_by(findings, 10, "stiff_neck_not_sure", "urgent");
  // A "Not sure" to the whole list with a fever alone is not this rule (safety case A20, chickenpox).
  findings["headache"] = "unknown";
  CHECK_FALSE(rule_set_level(assess_findings(findings, 10), "stiff_neck_not_sure"));
  findings["headache"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 10), "stiff_neck_not_sure"));
}

// NHS Hives ("Call 999 if your lips, mouth, throat or tongue suddenly become
// swollen") and NHS Anaphylaxis: soon after a trigger, swelling answered "Not
// sure" is the same day; hives that come with faintness are 999.
TEST_CASE("swelling answered Not sure after an allergy trigger is the same day, hives with faintness 999 (NHS Hives, NHS Anaphylaxis)") {
  json findings = {{"wheals", true}, {"itchy", true}, {"loc_widespread", true}, {"allergen_exposure_recent", true},
                   {"difficulty_breathing", false}, {"dizziness_or_fainting", false}, {"swelling_face_lips_tongue", "unknown"}};
  assess_raised_by(findings, 9, "allergy_swelling_not_sure", "urgent");
  findings["allergen_exposure_recent"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 9), "allergy_swelling_not_sure"));
  findings["dizziness_or_fainting"] = true;
  assess_raised_by(findings, 9, "allergy_fainting", "emergency");
}

// NHS Cellulitis, "get advice from 111 now if your skin is painful, hot and
// swollen" (bacteria get in through broken skin; redness is harder to see on
// brown or black skin): one painful patch by a new wound is urgent, an itchy
// rash by one is not this rule.
TEST_CASE("one painful patch by a new wound is urgent (NHS Cellulitis)") {
  json findings = {{"tampon_or_wound", true}, {"painful_or_tender", true}, {"size_large", true}, {"color_purple", true},
                   {"loc_lower_legs_feet", true}, {"fever", false}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 72, "painful_patch_after_wound", "urgent");
  findings["itchy"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 72), "painful_patch_after_wound"));
}

// NHS Insect bites and stings, "urgent GP appointment or NHS 111 if": pus or
// increasing pain, or a high temperature or swollen glands.
TEST_CASE("a bite with pus and pain, or with a fever, is urgent (NHS Insect bites and stings)") {
  json findings = {{"bite_mark", true}, {"insect_exposure", true}, {"loc_lower_legs_feet", true}, {"painful_or_tender", true},
                   {"fluid_filled", true}, {"size_large", true}, {"fever", false}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 9, "infected_bite", "urgent");
  // Small blisters on bites are common: with pain, they count over an area larger than 1 cm.
  findings["size_large"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 9), "infected_bite"));
  findings["size_large"] = true;
  findings["fluid_filled"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 9), "infected_bite"));
  findings["fever"] = true;
  assess_raised_by(findings, 9, "infected_bite", "urgent");
}

// NHS Erythema multiforme: "See a GP if you have symptoms" (spots on the hands
// and feet, often after a cold sore); urgent if it is painful, in the mouth,
// hard to eat or pee, with a high temperature or after a new medicine.
TEST_CASE("spots on the hands after a cold sore see a GP, and the same day when hard to eat or drink (NHS Erythema multiforme)") {
  json findings = {{"contact_cold_sore", true}, {"loc_forearms_hands", true}, {"spots_on_palms_soles", true}, {"raised", true},
                   {"itchy", true}, {"mouth_ulcers", false}, {"fever", false}, {"painful_or_tender", false}, {"new_medication", false}};
  assess_raised_by(findings, 25, "rash_after_cold_sore_see_gp", "consult");
  CHECK_FALSE(rule_set_level(assess_findings(findings, 25), "rash_after_cold_sore"));
  findings["poor_fluid_intake"] = true;
  assess_raised_by(findings, 25, "rash_after_cold_sore", "urgent");
}

// NHS Syphilis, symptoms: a rash on the palms of the hands and the soles of
// the feet that can spread all over the body, not usually itchy; get tested
// at a sexual health clinic or GP (the vocabulary has no
// sexual history, so the rash is read alone). A new, non-itchy rash on the
// palms or soles and the body in an adult is a GP appointment; not in a child,
// not itchy (scabies, pompholyx) and not blistered (hand, foot and mouth).
TEST_CASE("an adult's non-itchy rash on the palms or soles and the body sees a GP (NHS Syphilis)") {
  json findings = {{"spots_on_palms_soles", true}, {"loc_trunk", true}, {"many_spots", true}, {"raised", false}, {"itchy", false}};
  json result = assess_raised_by(findings, 31, "adult_rash_palms_soles", "consult");
  CHECK(test::level(result) == "consult");
  // Not asked about the itch or blisters: still a GP ("not asked" is no reassurance).
  assess_raised_by({{"spots_on_palms_soles", true}, {"loc_trunk", true}}, 40, "adult_rash_palms_soles", "consult");
  CHECK_FALSE(shows_rule(assess_findings(findings, 10), "adult_rash_palms_soles"));
  for (const char* ruled_out : {"itchy", "fluid_filled"}) {
    json other = findings;
    other[ruled_out] = true;
    CHECK_FALSE(shows_rule(assess_findings(other, 31), "adult_rash_palms_soles"));
  }
  // Palms or soles alone, even with many spots there (hand, foot and mouth),
  // are not this rule; with spots all over the body they are.
  json hands_only = {{"spots_on_palms_soles", true}, {"loc_trunk", false}, {"many_spots", true}, {"itchy", false}};
  CHECK_FALSE(shows_rule(assess_findings(hands_only, 31), "adult_rash_palms_soles"));
  hands_only["loc_widespread"] = true;
  assess_raised_by(hands_only, 31, "adult_rash_palms_soles", "consult");
}

// UKHSA Viral rash in pregnancy: "a rash compatible with a systemic viral
// illness". A new rash on the face with a cold is one (rubella starts there).
TEST_CASE("a new rash with a cold in pregnancy is the same day (UKHSA viral rash in pregnancy)") {
  json findings = {{"pregnant", true}, {"liver_disease_or_pregnancy", true}, {"loc_face", true}, {"loc_neck", true},
                   {"color_pink_or_skin", true}, {"size_small", true}, {"cough_runny_nose", true}};
  assess_raised_by(findings, 19, "pregnant_new_rash", "urgent");
  findings["cough_runny_nose"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 19), "pregnant_new_rash"));
}

// NICE CG89 and the RCPCH bruising review: bruises over the shins are common
// once a child walks; bruising in a baby who cannot crawl, or without a knock,
// is not. A few bruises from knocks on a well toddler's shins, with no fever,
// are not a non-fading rash; any answer that is not a clear No keeps the rules.
TEST_CASE("a few bruises from knocks on a well walking toddler's shins are not a non-fading rash (NICE CG89, NICE NG240)") {
  json findings = {{"loc_lower_legs_feet", true}, {"color_purple", true}, {"size_large", true}, {"single_or_few", true},
                   {"blanches_on_pressure", false}, {"unexplained_bruising", false}, {"bleeding_gums_or_nose", false},
                   {"blood_in_urine_or_stool", false}, {"fever", false}, {"feels_very_unwell", false}};
  json toddler = assess_findings(findings, 2);
  CHECK_FALSE(rule_set_level(toddler, "nonblanching_purpura"));
  CHECK_FALSE(rule_set_level(toddler, "child_nonblanching"));
  // What is left is the causes' own advice (IgA vasculitis looks alike: a doctor today).
  CHECK(test::level_rank(test::level(toddler)) < test::level_rank("emergency"));
  for (const char* not_a_clear_no : {"fever", "feels_very_unwell", "unexplained_bruising"}) {
    CAPTURE(not_a_clear_no);
    json unsure = findings;
    unsure[not_a_clear_no] = "unknown";
    CHECK(rule_set_level(assess_findings(unsure, 2), "nonblanching_purpura"));
  }
  json on_the_tummy = findings;
  on_the_tummy["loc_trunk"] = true;
  CHECK(rule_set_level(assess_findings(on_the_tummy, 2), "nonblanching_purpura"));
  json tiny = findings;
  tiny["size_large"] = false, tiny["size_pinpoint"] = true;
  CHECK(rule_set_level(assess_findings(tiny, 2), "child_nonblanching"));
  CHECK(test::level_rank(test::level(assess_months(findings, 8))) >= test::level_rank("urgent"));
  CHECK(rule_set_level(assess_months(findings, 14), "nonblanching_purpura"));  // may not walk yet
}

// NHS Healthier Together, My baby has a rash (under 3 months), red: a rash
// that does not disappear with pressure means A&E or 999, with no fever or
// illness needed. An older child who seems well stays at a doctor now (NHS
// HSP: a non-fading rash in a child who does not feel unwell can be HSP,
// 111 or an urgent GP).
TEST_CASE("a baby under 3 months with spots that do not fade is an emergency even without a fever (Healthier Together, NHS Rashes in babies and children)") {
  json findings = {{"blanches_on_pressure", false}, {"size_pinpoint", true}, {"loc_trunk", true}, {"fever", false},
                   {"feels_very_unwell", false}};
  for (int months : {0, 1, 2}) {
    CAPTURE(months);
    json baby = assess_months(findings, months);
    CHECK(test::level(baby) == "emergency");
    CHECK(shows_rule(baby, "young_baby_nonblanching"));
  }
  CHECK(shows_rule(assess_findings(findings, 0), "young_baby_nonblanching"));  // 0 years, months not given: could be under 3 months
  CHECK_FALSE(rule_set_level(assess_months(findings, 4), "young_baby_nonblanching"));
  json well_child = assess_findings(findings, 4);
  CHECK(test::level(well_child) == "urgent");
  CHECK(shows_rule(well_child, "child_nonblanching"));
  findings["blanches_on_pressure"] = true;
  CHECK_FALSE(rule_set_level(assess_months(findings, 1), "young_baby_nonblanching"));
}

// SDCEP angioedema and NHS Anaphylaxis: swelling of the face or lips after a
// new medicine (an ACE inhibitor, weeks after it was started) is the same day;
// 999 stays for hives or a known allergy trigger with the lips not ruled out
// (a new medicine alone would send puffy eyelids on an antibiotic to 999).
TEST_CASE("swelling of the lips after starting a new medicine is the same day (SDCEP angioedema, NHS Anaphylaxis)") {
  json findings = {{"swelling_face_lips_tongue", true}, {"new_medication", true}, {"onset_sudden", true}, {"itchy", false},
                   {"wheals", false}, {"difficulty_breathing", false}};
  json r = assess_raised_by(findings, 66, "swelling_after_trigger", "urgent");
  CHECK_FALSE(rule_set_level(r, "swelling_after_trigger_lips_not_ruled_out"));
  findings["wheals"] = true;
  assess_raised_by(findings, 66, "swelling_after_trigger_lips_not_ruled_out", "emergency");
}

// NHS Toxic shock syndrome, "When to get medical advice": GP, out-of-hours or
// 111 as soon as possible with a high temperature and a rash, especially with
// tampons or a wound; 999 when sick, faint or the rash is all over (toxic_shock).
TEST_CASE("a fever with a rash while using a period cup is the same day, and 999 with being sick (NHS Toxic shock syndrome)") {
  json findings = {{"tampon_or_wound", true}, {"fever", true}, {"headache", true}, {"loc_neck", true}, {"loc_trunk", true},
                   {"dizziness_or_fainting", false}};
  assess_raised_by(findings, 24, "toxic_shock_possible", "urgent");
  findings["vomiting_or_diarrhoea"] = true;
  assess_raised_by(findings, 24, "toxic_shock", "emergency");
  findings["tampon_or_wound"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 24), "toxic_shock_possible"));
}

// NHS Necrotising fasciitis, "Call 999 or go to A&E if": black, purple or grey
// blotches or blisters near a cut or wound, or a wound with a high
// temperature. Without blisters and with a fever answered No, NHS Cellulitis's
// same day stands (painful_patch_after_wound).
TEST_CASE("a painful purple patch by a wound with a blister or a fever not known is 999 (NHS Necrotising fasciitis)") {
  json findings = {{"tampon_or_wound", true}, {"painful_or_tender", true}, {"loc_lower_legs_feet", true}, {"color_purple", true},
                   {"fluid_filled", true}, {"fever", "unknown"}};
  assess_raised_by(findings, 58, "dark_blotch_by_wound", "emergency");
  findings["fluid_filled"] = false;
  assess_raised_by(findings, 58, "dark_blotch_by_wound", "emergency");
  findings["fever"] = false;
  findings["size_large"] = true;
  json cellulitis = assess_findings(findings, 72);
  CHECK_FALSE(rule_set_level(cellulitis, "dark_blotch_by_wound"));
  CHECK(rule_set_level(cellulitis, "painful_patch_after_wound"));
  // Spreading fast counts as a blister or a fever does (the page: the infection can spread quickly).
  findings["spreading_rapidly"] = true;
  assess_raised_by(findings, 72, "dark_blotch_by_wound", "emergency");
}

// NHS Insect bites and stings, "urgent GP appointment or NHS 111 if": symptoms
// of a skin infection such as increasing pain, swelling or redness. One painful
// patch over 1 cm round a bite that keeps spreading counts without pus; new
// bites appearing (many spots) or a sting in the last hours do not (NICE NG182:
// a rapid-onset skin reaction is likely inflammatory or allergic).
TEST_CASE("a painful bite that keeps spreading is urgent (NHS Insect bites and stings: increasing pain or redness)") {
  json findings = {{"bite_mark", true}, {"insect_exposure", true}, {"loc_lower_legs_feet", true}, {"painful_or_tender", true},
                   {"spreading_rapidly", true}, {"size_large", true}, {"fever", false}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 40, "infected_bite", "urgent");
  findings["spreading_rapidly"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 40), "infected_bite"));
  findings["spreading_rapidly"] = true, findings["painful_or_tender"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 40), "infected_bite"));
  findings["painful_or_tender"] = true, findings["many_spots"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 40), "infected_bite"));
  findings.erase("many_spots"), findings["allergen_exposure_recent"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 40), "infected_bite"));
}

// NHS Diagnosing molluscum contagiosum (a GP may refer to a specialist when
// the spots are near the eye) and NHS Complications (eyelid spots can cause
// eye problems): dimpled bumps near the eye are a GP appointment, whatever
// the eye looks like; the same bumps elsewhere stay self-care.
TEST_CASE("dimpled bumps near the eye are a GP appointment (NHS Diagnosing molluscum contagiosum)") {
  json findings = {{"raised", true}, {"central_dimple", true}, {"color_pink_or_skin", true}, {"loc_face", true}, {"near_eye", true},
                   {"loc_trunk", true}, {"present_over_3_weeks", true}, {"painful_or_tender", false}, {"fever", false}};
  assess_raised_by(findings, 7, "molluscum_near_eye", "consult");
  findings["near_eye"] = false;
  json elsewhere = assess_findings(findings, 7);
  CHECK_FALSE(rule_set_level(elsewhere, "molluscum_near_eye"));
  CHECK(test::level(elsewhere) == "self_care");
}

namespace {
// The exclusions the spider rules share (DermNet Spider naevus; the patterns
// pregnancy_ruled_out_for_spider_spots and thread_lines_on_legs_only): `rule`,
// set by `spots` in a man of `age`, is off for a child's spots, for a woman
// of 15 to 50 whose pregnancy is not ruled out, and for lines on the legs
// alone; a woman who answered not pregnant keeps it.
void check_spider_rule_exclusions(const json& spots, int age, const char* rule) {
  CHECK(rule_set_level(assess_person(spots, age, "male"), rule));
  CHECK_FALSE(rule_set_level(assess_person(spots, 9, "male"), rule));
  CHECK_FALSE(rule_set_level(assess_person(spots, 30, "female"), rule));
  json not_pregnant = spots;
  not_pregnant["pregnant"] = false;
  CHECK(rule_set_level(assess_person(not_pregnant, 30, "female"), rule));
  json legs = spots;
  for (const char* upper : {"loc_face", "loc_neck", "loc_trunk", "loc_upper_arms", "loc_forearms_hands"}) legs.erase(upper);
  legs["loc_lower_legs_feet"] = true;
  CHECK_FALSE(rule_set_level(assess_person(legs, age, "male"), rule));
}
}  // namespace

// DermNet Spider naevus: one or a few are common in healthy children, adults
// and pregnancy; many in an adult can be a sign of liver disease. "Not sure"
// about the liver is no reassurance, so the liver answer is not needed.
TEST_CASE("many spider-like spots in an adult who is not pregnant are a GP appointment (DermNet Spider naevus)") {
  const json many = {{"spider_pattern", true}, {"many_spots", true}, {"loc_trunk", true}, {"liver_disease_or_pregnancy", "unknown"}};
  json man = assess_person(many, 55, "male");
  CHECK(rule_set_level(man, "many_spider_spots_adult"));
  CHECK(test::level_rank(test::level(man)) >= test::level_rank("consult"));
  // A few spots, or a child's, are common and stay with the causes' own advice.
  json few = many;
  few.erase("many_spots"), few["single_or_few"] = true;
  CHECK_FALSE(rule_set_level(assess_person(few, 55, "male"), "many_spider_spots_adult"));
  check_spider_rule_exclusions(many, 55, "many_spider_spots_adult");
}

// DermNet Spider naevus: a single spider naevus is common (10 to 15% of
// children and adults); many, or any with liver disease, need a GP and a blood
// test (many_spider_spots_adult, spiders_with_liver_disease). With the liver
// answer Not sure and the number not known, neither can be ruled out, so the
// advice is theirs (the guide); one or a few answered, or a liver answer of No
// or none, leaves the causes' advice (the clinical review, session 37).
TEST_CASE("spider-like spots with the liver Not sure and the number not known are a GP appointment, one or a few are not (DermNet Spider naevus)") {
  const json spots = {{"spider_pattern", true}, {"loc_trunk", true}, {"loc_face", true}, {"liver_disease_or_pregnancy", "unknown"}};
  assess_raised_by(spots, 52, "spiders_number_and_liver_not_known", "consult");
  json number_not_sure = spots;
  number_not_sure["single_or_few"] = "unknown", number_not_sure["many_spots"] = "unknown";
  assess_raised_by(number_not_sure, 52, "spiders_number_and_liver_not_known", "consult");
  json few = spots;
  few["single_or_few"] = true, few["many_spots"] = false;
  json few_result = assess_person(few, 52, "male");
  CHECK_FALSE(rule_set_level(few_result, "spiders_number_and_liver_not_known"));
  CHECK(test::level(few_result) == "self_care");
  for (const json& answer : {json(false), json(nullptr)}) {
    json answered = spots;
    if (answer.is_null()) answered.erase("liver_disease_or_pregnancy");
    else answered["liver_disease_or_pregnancy"] = answer;
    json result = assess_person(answered, 52, "male");
    CHECK_FALSE(rule_set_level(result, "spiders_number_and_liver_not_known"));
    CHECK(test::level(result) == "self_care");
  }
  check_spider_rule_exclusions(spots, 52, "spiders_number_and_liver_not_known");
}

// NHS Cellulitis (bacteria get in through a break in the skin such as a bite;
// 111 now for skin that is painful, hot and swollen) and NHS Insect bites and
// stings (urgent: increasing pain, swelling or redness; a large red, swollen
// area): one painful patch over 1 cm by a bite, not itchy, is urgent. An
// itchy bite, or many bites, is the usual reaction.
TEST_CASE("a painful patch over 1 cm round a bite that does not itch is urgent (NHS Cellulitis, NHS Insect bites and stings)") {
  json findings = {{"insect_exposure", true}, {"painful_or_tender", true}, {"size_large", true}, {"single_or_few", true},
                   {"loc_lower_legs_feet", true}, {"fever", false}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 46, "painful_patch_after_bite", "urgent");
  findings["itchy"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "painful_patch_after_bite"));
  findings["itchy"] = false, findings["size_large"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "painful_patch_after_bite"));
  findings["size_large"] = true, findings.erase("single_or_few"), findings["many_spots"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "painful_patch_after_bite"));
  // A sting in the last few hours is painful and swollen; infection comes days later.
  findings.erase("many_spots"), findings["single_or_few"] = true, findings["allergen_exposure_recent"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "painful_patch_after_bite"));
}

// "Not sure" is not a No (the guide), with UKHSA Viral rash in pregnancy and
// NHS Pityriasis rosea (call the midwife, GP or 111 if pregnant with a new
// rash): a woman unsure whether she is pregnant gets the pregnancy advice.
// A "Not sure" to the whole list of groups says nothing about pregnancy.
TEST_CASE("a new rash with pregnancy answered Not sure is urgent, a Not sure to the whole groups list is not (UKHSA Viral rash in pregnancy)") {
  const auto& kb = test::kb();
  json rash = {{"herald_patch", true}, {"scaly", true}, {"many_spots", true}, {"loc_trunk", true}, {"itchy", true},
               {"feels_very_unwell", false}, {"pregnant", "unknown"}};
  const auto woman = [](const json& findings, int age) { return assess_person(findings, age, "female"); };
  json unsure = woman(rash, 25);
  CHECK(rule_set_level(unsure, "pregnant_not_sure_new_rash"));
  CHECK(test::level_rank(test::level(unsure)) >= test::level_rank("urgent"));
  CHECK_FALSE(rule_set_level(woman(rash, 60), "pregnant_not_sure_new_rash"));
  // The question that asks about pregnancy, answered Not sure as a whole.
  const json whole_list = whole_list_not_sure(rash, "pregnant");
  CHECK_FALSE(rule_set_level(woman(whole_list, 25), "pregnant_not_sure_new_rash"));
  rash["pregnant"] = false;
  CHECK_FALSE(rule_set_level(woman(rash, 25), "pregnant_not_sure_new_rash"));
  // Contact with a rash illness is the indication itself (UKHSA: exposure in
  // pregnancy), whatever the woman's own rash: a lasting one counts too.
  const json contact = {{"contact_similar_rash", true}, {"scaly", true}, {"single_or_few", true}, {"loc_forearms_hands", true},
                        {"present_over_3_weeks", true}, {"pregnant", "unknown"}};
  CHECK(rule_set_level(woman(contact, 25), "pregnant_not_sure_new_rash"));
}

// NHS Chickenpox ("urgent GP appointment or 111 if you think your newborn
// baby has chickenpox") and NICE CKS Chickenpox (a newborn in contact needs
// specialist advice): new spots under 4 weeks after contact with a similar rash.
TEST_CASE("new spots in a baby under 4 weeks after contact with a similar rash are urgent (NHS Chickenpox)") {
  json findings = {{"contact_similar_rash", true}, {"single_or_few", true}, {"size_small", true}, {"loc_trunk", true},
                   {"fever", false}, {"poor_fluid_intake", false}};
  json r = assess_months(findings, 0);
  CHECK(rule_set_level(r, "newborn_rash_after_contact"));
  CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
  CHECK_FALSE(rule_set_level(assess_months(findings, 2), "newborn_rash_after_contact"));
  // An age of 0 years, months not given, cannot rule out a baby under 1 month.
  CHECK(rule_set_level(assess_findings(findings, 0), "newborn_rash_after_contact"));
  findings["contact_similar_rash"] = false;
  CHECK_FALSE(rule_set_level(assess_months(findings, 0), "newborn_rash_after_contact"));
}

// NHS Hives ("See a GP if the rash keeps coming back") and NICE CKS
// Urticaria (hives for more than 6 weeks is chronic urticaria, for the GP).
TEST_CASE("hives that have lasted over 3 weeks are a GP appointment (NHS Hives, NICE CKS Urticaria)") {
  json findings = {{"wheals", true}, {"itchy", true}, {"loc_widespread", true}, {"present_over_3_weeks", true},
                   {"swelling_face_lips_tongue", false}, {"difficulty_breathing", false}};
  assess_raised_by(findings, 41, "lasting_hives", "consult");
  findings["present_over_3_weeks"] = false;
  json recent = assess_findings(findings, 41);
  CHECK_FALSE(rule_set_level(recent, "lasting_hives"));
  CHECK(test::level(recent) == "self_care");
}

// NHS Contact dermatitis (see a GP when it does not improve or the cause is
// unknown; patch testing) and NICE CKS Contact dermatitis (refer when the
// cause cannot be found or it does not respond).
TEST_CASE("a rash from a skin product that has lasted over 3 weeks is a GP appointment (NHS Contact dermatitis)") {
  json findings = {{"itchy", true}, {"fluid_filled", true}, {"raised", true}, {"loc_forearms_hands", true},
                   {"new_skin_product", true}, {"present_over_3_weeks", true}};
  assess_raised_by(findings, 30, "lasting_skin_product_rash", "consult");
  findings["present_over_3_weeks"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 30), "lasting_skin_product_rash"));
}

// CDC Dengue, "Warning signs of severe dengue": they usually begin in the 24
// to 48 hours after the fever has gone away (belly pain, vomiting, bleeding
// from the nose or gums, blood in the stool): go to an emergency room.
TEST_CASE("after travel, bleeding with tummy pain or vomiting is an emergency once the fever has gone (CDC Dengue warning signs)") {
  json findings = {{"travel_abroad_recent", true}, {"fever", false}, {"abdominal_pain", true}, {"vomiting_or_diarrhoea", true},
                   {"bleeding_gums_or_nose", true}, {"size_pinpoint", true}, {"loc_lower_legs_feet", true}};
  assess_raised_by(findings, 46, "travel_bleeding_with_tummy_pain_or_vomiting", "emergency");
  findings["travel_abroad_recent"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "travel_bleeding_with_tummy_pain_or_vomiting"));
  // Two warning signs together: tummy pain and being sick without bleeding is not enough.
  findings["travel_abroad_recent"] = true, findings["bleeding_gums_or_nose"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "travel_bleeding_with_tummy_pain_or_vomiting"));
  // Blood in the stool with cramps after travel is more often dysentery (the clinical review).
  findings["blood_in_urine_or_stool"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 46), "travel_bleeding_with_tummy_pain_or_vomiting"));
  // Being sick (or diarrhoea) counts with feeling very unwell, not alone.
  findings["blood_in_urine_or_stool"] = false, findings["bleeding_gums_or_nose"] = true, findings["abdominal_pain"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 8), "travel_bleeding_with_tummy_pain_or_vomiting"));
  findings["feels_very_unwell"] = true;
  assess_raised_by(findings, 46, "travel_bleeding_with_tummy_pain_or_vomiting", "emergency");
}

// NHS Toxic shock syndrome (a high temperature, being sick or diarrhoea,
// feeling faint, a sunburn-like rash; take a tampon out; a GP or 111 as soon
// as possible, 999 when severe), with the guide's "Not sure is not a No": the
// tampon or wound answer Not sure, from 12.
TEST_CASE("toxic shock's picture with the tampon or wound answered Not sure is same-day care from 12 years (NHS Toxic shock syndrome)") {
  const auto& kb = test::kb();
  json findings = {{"fever", true}, {"vomiting_or_diarrhoea", true}, {"dizziness_or_fainting", true}, {"loc_widespread", true},
                   {"color_bright_red", true}, {"red_eyes", true}, {"tampon_or_wound", "unknown"}};
  const json r = assess_person(findings, 24, "female");
  CHECK(rule_set_level(r, "toxic_shock_not_sure"));
  CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
  // The question that asks about tampons and wounds, answered Not sure as a
  // whole: the rest of the picture is toxic shock's, so it counts too.
  const json whole_list = whole_list_not_sure(findings, "tampon_or_wound");
  CHECK(rule_set_level(assess_person(whole_list, 14, "female"), "toxic_shock_not_sure"));
  // A child under 12 with a fever and a rash all over is not sent to 999 by it.
  CHECK_FALSE(rule_set_level(assess_person(whole_list, 8, "female"), "toxic_shock_not_sure"));
  // The rash all over and being sick or faint are both needed.
  findings["loc_widespread"] = false;
  CHECK_FALSE(rule_set_level(assess_person(findings, 24, "female"), "toxic_shock_not_sure"));
  findings["loc_widespread"] = true, findings["vomiting_or_diarrhoea"] = false, findings["dizziness_or_fainting"] = false;
  CHECK_FALSE(rule_set_level(assess_person(findings, 24, "female"), "toxic_shock_not_sure"));
  findings["vomiting_or_diarrhoea"] = true, findings["tampon_or_wound"] = false;
  CHECK_FALSE(rule_set_level(assess_person(findings, 24, "female"), "toxic_shock_not_sure"));
}

// StatPearls Actinic purpura: up to 30% of people over 75 have it, flat
// purple patches on the backs of the forearms and hands from aged,
// sun-damaged skin. At 75 or more, not very unwell, the age stands for the
// sun answer many older people cannot give.
TEST_CASE("typical actinic purpura at 75 or more, not very unwell, is not sent to 999 without the sun answer (StatPearls Actinic purpura)") {
  json findings = {{"color_purple", true}, {"size_large", true}, {"loc_forearms_hands", true}, {"blanches_on_pressure", false},
                   {"raised", false}, {"takes_blood_thinner", false}, {"bleeding_gums_or_nose", false}, {"feels_very_unwell", false}};
  const json old = assess_person(findings, 81, "female");
  CHECK_FALSE(rule_set_level(old, "nonblanching_purpura"));
  CHECK_FALSE(rule_set_level(old, "adult_nonblanching"));
  CHECK(test::level(old) == "self_care");
  // Younger, the sun or steroid answer is still needed.
  CHECK(rule_set_level(assess_person(findings, 70, "female"), "nonblanching_purpura"));
  // Very unwell, or not answered, keeps the emergency.
  findings["feels_very_unwell"] = true;
  CHECK(rule_set_level(assess_person(findings, 81, "female"), "nonblanching_purpura"));
  findings.erase("feels_very_unwell");
  CHECK(rule_set_level(assess_person(findings, 81, "female"), "nonblanching_purpura"));
  // Beyond the forearms and hands, it is not the typical picture.
  findings["feels_very_unwell"] = false, findings["loc_trunk"] = true;
  CHECK(rule_set_level(assess_person(findings, 81, "female"), "nonblanching_purpura"));
  // Nor are many small spots with a fever Not sure (the clinical review).
  findings.erase("loc_trunk"), findings["size_large"] = false, findings["size_small"] = true, findings["many_spots"] = true;
  findings["fever"] = "unknown";
  CHECK(rule_set_level(assess_person(findings, 80, "female"), "nonblanching_purpura"));
  findings["size_large"] = true, findings["size_small"] = false, findings["many_spots"] = false;
  CHECK(rule_set_level(assess_person(findings, 80, "female"), "nonblanching_purpura"));
}

// NICE NG240 and NG143 (a non-blanching rash with a fever is a red feature in
// a child), NHS Meningitis (harder to see on brown or black skin): purple
// spots in a child with a fever, the glass test answered Not sure, are 999;
// spots of another colour keep same-day care (fever_glass_test_not_sure).
TEST_CASE("a child with a fever and purple spots the glass test could not check is an emergency (NICE NG240, NHS Meningitis)") {
  json findings = {{"fever", true}, {"color_purple", true}, {"blanches_on_pressure", "unknown"}, {"loc_trunk", true}, {"onset_sudden", true}};
  assess_raised_by(findings, 3, "child_fever_purple_glass_not_sure", "emergency");
  CHECK_FALSE(rule_set_level(assess_findings(findings, 30), "child_fever_purple_glass_not_sure"));
  findings["color_purple"] = false, findings["color_bright_red"] = true;
  const json red = assess_findings(findings, 3);
  CHECK_FALSE(rule_set_level(red, "child_fever_purple_glass_not_sure"));
  CHECK(rule_set_level(red, "fever_glass_test_not_sure"));
  findings["color_bright_red"] = false, findings["color_purple"] = true, findings["fluid_filled"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 3), "child_fever_purple_glass_not_sure"));
  // A fever Not sure does not count: the public story of eczema on black skin
  // that looks purple (fever and glass test not mentioned) must stay calm.
  findings.erase("fluid_filled"), findings["fever"] = "unknown";
  CHECK_FALSE(rule_set_level(assess_findings(findings, 3), "child_fever_purple_glass_not_sure"));
}

// NHS Acne: see a GP for severe acne (painful deep lumps that can scar, or
// leave dark marks on brown or black skin). Painful raised lumps on the face
// for more than 3 weeks need a GP whatever the blackheads answer.
TEST_CASE("painful raised lumps on the face for over 3 weeks are a GP appointment, blackheads or not (NHS Acne)") {
  json findings = {{"painful_or_tender", true}, {"raised", true}, {"loc_face", true}, {"present_over_3_weeks", true},
                   {"blackheads", "unknown"}, {"fever", false}};
  assess_raised_by(findings, 35, "lasting_painful_face_lumps", "consult");
  findings["present_over_3_weeks"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 35), "lasting_painful_face_lumps"));
  findings["present_over_3_weeks"] = true, findings["painful_or_tender"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 35), "lasting_painful_face_lumps"));
}

// NHS Diarrhoea and vomiting ("urgent GP appointment or 111": worried about
// a baby under 12 months, stops breast or bottle feeding) and NICE NG143
// (poor feeding in infants is amber): a baby being sick or with diarrhoea
// whose drinking is answered Not sure is seen the same day.
TEST_CASE("a baby under 1 being sick, drinking answered Not sure, is seen the same day (NHS Diarrhoea and vomiting)") {
  json findings = {{"spots_on_palms_soles", true}, {"mouth_ulcers", true}, {"vomiting_or_diarrhoea", true}, {"poor_fluid_intake", "unknown"}};
  const json baby = assess_months(findings, 10);
  CHECK(rule_set_level(baby, "baby_being_sick_drinking_not_sure"));
  CHECK(test::level_rank(test::level(baby)) >= test::level_rank("urgent"));
  CHECK_FALSE(rule_set_level(assess_months(findings, 14), "baby_being_sick_drinking_not_sure"));
  findings["poor_fluid_intake"] = false;
  CHECK_FALSE(rule_set_level(assess_months(findings, 10), "baby_being_sick_drinking_not_sure"));
  findings["poor_fluid_intake"] = "unknown", findings["vomiting_or_diarrhoea"] = false;
  CHECK_FALSE(rule_set_level(assess_months(findings, 10), "baby_being_sick_drinking_not_sure"));
}

// NHS Chickenpox ("Speak to a GP if the skin around the blisters is red, hot
// or painful": signs of infection) and NHS Impetigo: scabbing spots that hurt
// are a GP appointment; itchy scabbing chickenpox stays self-care.
TEST_CASE("scabbing blisters that hurt are a GP appointment, itchy ones are not (NHS Chickenpox)") {
  json findings = {{"blisters_crusting", true}, {"fluid_filled", true}, {"painful_or_tender", true}, {"loc_trunk", true},
                   {"itchy", true}, {"feels_very_unwell", false}, {"fever", false}};
  assess_raised_by(findings, 5, "painful_scabbing_spots", "consult");
  findings["painful_or_tender"] = false;
  const json itchy = assess_findings(findings, 5);
  CHECK_FALSE(rule_set_level(itchy, "painful_scabbing_spots"));
  CHECK(test::level(itchy) == "self_care");
}

// Healthier Together (NHS) Chickenpox, amber: increasing pain and redness
// between the spots (GP or 111 today); NHS Chickenpox: red, hot or painful
// skin around the blisters is a sign of infection. Scabbing blisters that
// hurt, with a fever, are seen the same day; with no fever they stay a GP
// appointment (painful_scabbing_spots), and itchy chickenpox with a fever,
// the usual picture, is neither.
TEST_CASE("scabbing blisters that hurt, with a fever, a fever Not sure or not asked, are seen the same day (Healthier Together Chickenpox, NHS Chickenpox)") {
  json findings = {{"blisters_crusting", true}, {"painful_or_tender", true}, {"fever", true}, {"loc_trunk", true},
                   {"feels_very_unwell", false}, {"poor_fluid_intake", false}};
  assess_raised_by(findings, 4, "painful_scabbing_spots_with_fever", "urgent");
  findings["fever"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 4), "painful_scabbing_spots_with_fever"));
  // A fever answered Not sure cannot be ruled out: the same day until it is checked.
  findings["fever"] = "unknown";
  assess_raised_by(findings, 4, "painful_scabbing_spots_with_fever", "urgent");
  // Nor can a fever not asked (session 35).
  findings.erase("fever");
  assess_raised_by(findings, 4, "painful_scabbing_spots_with_fever", "urgent");
  findings["fever"] = true, findings["painful_or_tender"] = false, findings["itchy"] = true;
  CHECK_FALSE(shows_rule(assess_findings(findings, 4), "painful_scabbing_spots_with_fever"));
}

// NHS Chickenpox ("ask for an urgent GP appointment if you have a weakened
// immune system and you've been near someone with chickenpox") and UKHSA
// post-exposure prophylaxis: a contact answered Not sure cannot be ruled out.
// A Not sure to the whole contacts list says nothing about this contact.
TEST_CASE("a weak immune system with a contact answered Not sure is seen the same day, but not with Not sure to the whole list (NHS Chickenpox)") {
  json findings = {{"immunosuppressed", true}, {"itchy", true}, {"single_or_few", true}, {"loc_trunk", true},
                   {"fever", false}, {"contact_similar_rash", "unknown"}};
  assess_raised_by(findings, 7, "weak_immunity_contact_not_sure", "urgent");
  CHECK_FALSE(shows_rule(assess_findings(whole_list_not_sure(findings, "contact_similar_rash"), 7), "weak_immunity_contact_not_sure"));
  json lasting = findings;  // spots there for weeks: not a new rash from a contact (the clinical review)
  lasting["present_over_3_weeks"] = true;
  CHECK_FALSE(shows_rule(assess_findings(lasting, 7), "weak_immunity_contact_not_sure"));
  findings["contact_similar_rash"] = false;
  CHECK_FALSE(shows_rule(assess_findings(findings, 7), "weak_immunity_contact_not_sure"));
}

// NICE NG143 traffic-light table (poor feeding in infants, reduced urine
// output: amber, seen the same day) and NHS Roseola ("urgent GP appointment
// or 111 if your child is refusing fluids or feeds"): a child under 5 with a
// fever, a rash after a fever or mouth sores, drinking answered Not sure, is
// seen the same day. Not at 5 or over, not for a Not sure to the whole
// serious-signs list, and not once drinking is answered No.
TEST_CASE("a child under 5 with a fever or mouth sores, drinking answered Not sure, is seen the same day (NICE NG143, NHS Roseola)") {
  json roseola = {{"rash_after_fever_settled", true}, {"fever", false}, {"color_pink_or_skin", true}, {"many_spots", true},
                  {"loc_trunk", true}, {"blanches_on_pressure", true}, {"poor_fluid_intake", "unknown"}};
  CHECK(rule_set_level(assess_months(roseola, 14), "child_fever_drinking_not_sure"));
  json mouth = {{"mouth_ulcers", true}, {"spots_on_palms_soles", true}, {"fever", true}, {"blanches_on_pressure", true},
                {"poor_fluid_intake", "unknown"}};
  assess_raised_by(mouth, 3, "child_fever_drinking_not_sure", "urgent");
  CHECK_FALSE(shows_rule(assess_findings(mouth, 5), "child_fever_drinking_not_sure"));
  CHECK_FALSE(shows_rule(assess_findings(mouth), "child_fever_drinking_not_sure"));  // the age must be known
  CHECK_FALSE(shows_rule(assess_findings(whole_list_not_sure(mouth, "poor_fluid_intake"), 3), "child_fever_drinking_not_sure"));
  mouth["poor_fluid_intake"] = false;
  CHECK_FALSE(shows_rule(assess_findings(mouth, 3), "child_fever_drinking_not_sure"));
}

// NHS Blisters (current nhs.uk: "Get help from NHS 111 if a blister is very
// painful or keeps coming back ... several blisters have appeared for no
// reason"; older versions: "See a GP if"): blisters that dry into scabs while
// new ones come, for more than 3 weeks, need a GP at any age (chickenpox
// passes in 1 to 2 weeks); kept at a GP appointment by the clinical review,
// as they need a diagnosis rather than same-day care. With sores in the mouth
// (the page's "unusual place"), the same day. Pus spots for months (acne,
// folliculitis: fluid_filled) are not blisters that keep coming back.
TEST_CASE("scabbing blisters that keep coming for more than 3 weeks are a GP appointment at any age, the same day with mouth sores (NHS Blisters)") {
  json findings = {{"blisters_crusting", true}, {"present_over_3_weeks", true}, {"raised", true}, {"size_small", true},
                   {"many_spots", true}, {"loc_trunk", true}, {"itchy", true}, {"feels_very_unwell", false}};
  for (int age : {8, 16, 40}) assess_raised_by(findings, age, "lasting_or_returning_blisters", "consult");
  json mouth = findings;
  mouth["mouth_ulcers"] = true;
  assess_raised_by(mouth, 40, "lasting_blisters_mouth_sores", "urgent");
  mouth["present_over_3_weeks"] = false;  // new blisters with mouth sores: not this rule
  CHECK_FALSE(rule_set_level(assess_findings(mouth, 40), "lasting_blisters_mouth_sores"));
  findings["present_over_3_weeks"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 16), "lasting_or_returning_blisters"));
  json pus = {{"fluid_filled", true}, {"present_over_3_weeks", true}, {"loc_face", true}, {"blackheads", true}, {"raised", true}};
  CHECK_FALSE(shows_rule(assess_findings(pus, 17), "lasting_or_returning_blisters"));
}

// NHS Blisters (most heal within a week), NHS Pompholyx (itchy blisters that
// usually heal within a few weeks; a GP if pharmacy treatment does not work),
// Coeliac UK Dermatitis herpetiformis (intensely itchy blisters on the elbows,
// knees and buttocks, diagnosed by a skin biopsy): itchy tiny blisters for
// more than 3 weeks are a GP appointment. A Yes to blackheads (acne), to
// spots around hairs (folliculitis) or to a tiny dent (molluscum) leaves them
// to those causes' advice (the clinical review, session 37).
TEST_CASE("itchy tiny blisters for more than 3 weeks are a GP appointment (NHS Blisters, NHS Pompholyx, Coeliac UK)") {
  json findings = {{"fluid_filled", true}, {"itchy", true}, {"in_clusters", true}, {"present_over_3_weeks", true},
                   {"loc_buttocks_thighs", true}, {"loc_forearms_hands", true}, {"fatigue", true}};
  assess_raised_by(findings, 34, "lasting_itchy_blisters", "consult");
  check_each_no_takes_off(findings, 34, "lasting_itchy_blisters", {"fluid_filled", "itchy", "present_over_3_weeks"});
  check_each_yes_takes_off(findings, 34, "lasting_itchy_blisters", {"blackheads", "follicle_centered", "central_dimple"});
}

// NHS Atopic eczema ("urgent GP appointment or 111 if it's blistered, crusty,
// leaking fluid or has spots filled with pus": signs of infection): yellow
// crusts on known eczema are seen the same day, without pain or a fever.
TEST_CASE("yellow crusts on known eczema are same-day care (NHS Atopic eczema)") {
  json findings = {{"known_eczema", true}, {"honey_coloured_crust", true}, {"itchy", true}, {"loc_forearms_hands", true},
                   {"fever", false}, {"feels_very_unwell", false}, {"contact_cold_sore", false}};
  assess_raised_by(findings, 3, "eczema_yellow_crusts", "urgent");
  findings["known_eczema"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 3), "eczema_yellow_crusts"));
}

// Safer pregnancy, Itchy skin: "call your midwife within 24 hours" (ICP); NHS
// Itching and ICP: itching "possibly worse at night", on the palms and soles.
// Itching worse at night in pregnancy is the same day; an itchy heat rash in
// pregnancy stays a GP or midwife appointment (itching_in_pregnancy).
TEST_CASE("itching worse at night in pregnancy is the same day, other itching a GP or midwife appointment (Safer pregnancy, NHS ICP)") {
  json findings = {{"pregnant", true}, {"liver_disease_or_pregnancy", true}, {"itchy", true}, {"fever", false},
                   {"itch_worse_at_night", false}};
  json itchy = assess_person(findings, 30, "female");
  CHECK(shows_rule(itchy, "itching_in_pregnancy"));
  CHECK(test::level(itchy) == "consult");
  findings["itch_worse_at_night"] = true;
  json night = assess_person(findings, 30, "female");
  CHECK(test::level(night) == "urgent");
  CHECK(rule_set_level(night, "itching_at_night_in_pregnancy"));
  findings["pregnant"] = false, findings["liver_disease_or_pregnancy"] = false;
  CHECK_FALSE(shows_rule(assess_person(findings, 30, "female"), "itching_at_night_in_pregnancy"));
}

// NHS Slapped cheek syndrome: "Ask for an urgent appointment if you have very
// pale skin, shortness of breath, extreme tiredness, fainting" (severe
// anaemia, mostly with a blood disorder). Slapped cheek in a well child is
// self-care; with fainting it is the same day.
TEST_CASE("slapped cheek with fainting is seen the same day (NHS Slapped cheek syndrome)") {
  json findings = {{"slapped_cheeks", true}, {"loc_face", true}, {"loc_upper_arms", true}, {"fever", false},
                   {"feels_very_unwell", false}, {"dizziness_or_fainting", false}};
  CHECK(test::level(assess_findings(findings, 9)) == "self_care");
  findings["dizziness_or_fainting"] = true;
  assess_raised_by(findings, 9, "slapped_cheek_fainting", "urgent");
}

// NHS Heat rash: "See a GP if you have heat rash that does not improve after a
// few days". A rash from heat or sweating that has lasted over 3 weeks gets a
// GP appointment; a new one stays self-care.
TEST_CASE("a heat rash that has lasted over 3 weeks gets a GP appointment (NHS Heat rash)") {
  json findings = {{"hot_humid_or_sweating", true}, {"itchy", true}, {"size_pinpoint", true}, {"loc_skin_folds", true},
                   {"fever", false}, {"feels_very_unwell", false}, {"present_over_3_weeks", false}};
  CHECK(test::level(assess_findings(findings, 33)) == "self_care");
  findings["present_over_3_weeks"] = true;
  assess_raised_by(findings, 33, "lasting_heat_rash", "consult");
}

// NHS Atopic eczema: an urgent GP appointment or 111 if eczema "suddenly gets
// worse or gets bigger" or comes with a high temperature (infected eczema,
// eczema herpeticum). Spots that came suddenly or spread fast stand for the
// sudden worsening. Eczema that is itchy and slow stays a GP appointment, and
// so does sore, cracked eczema (the clinical review: pain alone is ordinary).
TEST_CASE("eczema that suddenly gets worse or spreads, or comes with a fever, is same-day care (NHS Atopic eczema)") {
  json settled = {{"known_eczema", true}, {"itchy", true}, {"loc_upper_arms", true}, {"loc_trunk", true},
                  {"onset_gradual", true}, {"fever", false}, {"feels_very_unwell", false}, {"painful_or_tender", false}};
  CHECK_FALSE(rule_set_level(assess_findings(settled, 2), "eczema_flare_or_infection_signs"));
  CHECK(test::level_rank(test::level(assess_findings(settled, 2))) < test::level_rank("urgent"));
  json sore = settled;
  sore["painful_or_tender"] = true;
  // With the other infection signs answered No (pain with one not ruled out: the test below).
  for (const char* no : {"spreading_rapidly", "fluid_filled", "blisters_crusting"}) sore[no] = false;
  CHECK_FALSE(shows_rule(assess_findings(sore, 2), "eczema_flare_or_infection_signs"));
  for (std::string sign : {"onset_sudden", "fever", "spreading_rapidly"}) {
    CAPTURE(sign);
    json flare = settled;
    flare[sign] = true;
    if (sign == "onset_sudden") flare["onset_gradual"] = false;
    assess_raised_by(flare, 2, "eczema_flare_or_infection_signs", "urgent");
    flare["known_eczema"] = false;
    CHECK_FALSE(shows_rule(assess_findings(flare, 2), "eczema_flare_or_infection_signs"));
  }
}

// NHS Hives: "Ask for an urgent GP appointment or get help from NHS 111 if
// ... the rash is spreading". Hives that are not spreading stay self-care, and
// hives that have lasted over 3 weeks (new wheals within hours are usual then)
// a GP appointment (lasting_hives; the clinical review, session 31).
TEST_CASE("hives that are spreading are same-day care, unless they have lasted weeks (NHS Hives)") {
  json findings = {{"wheals", true}, {"itchy", true}, {"raised", true}, {"spreading_rapidly", true},
                   {"swelling_face_lips_tongue", false}, {"difficulty_breathing", false}, {"fever", false}};
  assess_raised_by(findings, 67, "spreading_hives", "urgent");
  json lasting = findings;
  lasting["present_over_3_weeks"] = true;
  CHECK_FALSE(rule_set_level(assess_findings(lasting, 67), "spreading_hives"));
  CHECK(rule_set_level(assess_findings(lasting, 67), "lasting_hives"));
  findings["spreading_rapidly"] = false;
  json settled = assess_findings(findings, 67);
  CHECK_FALSE(rule_set_level(settled, "spreading_hives"));
  CHECK(test::level(settled) == "self_care");
}

// NHS Rubella (german measles): a spotty rash that starts on the face or behind the ears, with
// swollen glands in the neck or behind the ears; "very unlikely to be rubella
// if you have had both doses of the MMR vaccine"; "Call a GP if you or your
// child have symptoms of rubella" (non-urgent). Both MMR doses: no rule.
TEST_CASE("a rash starting on the face with swollen glands and MMR not complete is a GP call (NHS Rubella)") {
  json findings = {{"mmr_not_complete", true}, {"loc_face", true}, {"loc_trunk", true}, {"swollen_glands", true},
                   {"color_pink_or_skin", true}, {"size_small", true}, {"many_spots", true}, {"blanches_on_pressure", true},
                   {"fever", false}, {"cough_runny_nose", false}, {"red_eyes", false}, {"feels_very_unwell", false}};
  assess_raised_by(findings, 5, "possible_rubella", "consult");
  // "starts on the face or behind the ears": the neck alone will do.
  json neck = findings;
  neck.erase("loc_face");
  neck["loc_neck"] = true;
  assess_raised_by(neck, 5, "possible_rubella", "consult");
  // "Fewer than 2 doses of the MMR vaccine, or not sure" (the finding itself):
  // Not sure is that answer, not a gap (a stand-in story, session 40).
  json unsure = findings;
  unsure["mmr_not_complete"] = "unknown";
  assess_raised_by(unsure, 24, "possible_rubella", "consult");
  // A Not sure to the whole list of groups says nothing about the MMR jabs (the clinical review, session 40).
  CHECK_FALSE(rule_set_level(assess_findings(whole_list_not_sure(unsure, "mmr_not_complete"), 24), "possible_rubella"));
  findings["mmr_not_complete"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 5), "possible_rubella"));
  findings["mmr_not_complete"] = true;
  findings["swollen_glands"] = false;
  CHECK_FALSE(rule_set_level(assess_findings(findings, 5), "possible_rubella"));
}

// NHS Sunburn: "Get advice from 111 now if you have sunburn and ... a high
// temperature, headache or feel sick" (heat exhaustion); NHS Heat exhaustion
// and heatstroke. A rash after heat without a fever (heat rash, even with tiny
// blisters: NHS Heat rash) does not meet it.
TEST_CASE("a rash after heat or sun with a fever and a headache, sickness or dizziness is same-day care (NHS Sunburn, Heat exhaustion)") {
  json findings = {{"hot_humid_or_sweating", true}, {"fluid_filled", true}, {"painful_or_tender", true}, {"loc_trunk", true},
                   {"loc_upper_arms", true}, {"onset_sudden", true}, {"blanches_on_pressure", true}, {"fever", true}};
  for (std::string sign : {"headache", "vomiting_or_diarrhoea", "dizziness_or_fainting"}) {
    CAPTURE(sign);
    json unwell = findings;
    unwell[sign] = true;
    assess_raised_by(unwell, 7, "heat_with_fever_and_headache", "urgent");
    unwell["fever"] = false;
    CHECK_FALSE(rule_set_level(assess_findings(unwell, 7), "heat_with_fever_and_headache"));
  }
  CHECK_FALSE(rule_set_level(assess_findings(findings, 7), "heat_with_fever_and_headache"));
}

// NHS Meningitis, "Meningitis rash": it "usually starts as small, red
// pinpricks" and then "spreads over the body quickly and turns into red or
// purple blotches"; do not wait for a rash or a glass test to call 999. Tiny
// purple spots spreading fast are 999 with the fever and the glass test not
// known; only a glass test showing they fade keeps this rule off.
TEST_CASE("tiny purple spots spreading fast are 999 before any fever or glass test (NHS Meningitis, meningitis rash)") {
  json findings = {{"size_pinpoint", true}, {"color_purple", true}, {"spreading_rapidly", true}, {"onset_sudden", true},
                   {"vomiting_or_diarrhoea", true}, {"loc_trunk", true}, {"loc_upper_arms", true}};
  json result = assess_raised_by(findings, 9, "spreading_pinprick_purple_spots", "emergency");
  CHECK(test::level(result) == "emergency");
  json not_sure = findings;
  not_sure["blanches_on_pressure"] = "unknown", not_sure["fever"] = "unknown";
  assess_raised_by(not_sure, 9, "spreading_pinprick_purple_spots", "emergency");
  // A glass test that shows they fade takes this rule off (the others still judge).
  json fading = findings;
  fading["blanches_on_pressure"] = true;
  CHECK_FALSE(shows_rule(assess_findings(fading, 9), "spreading_pinprick_purple_spots"));
  // Not spreading, no fever known: left to the other rules and the ranking.
  json still = findings;
  still["spreading_rapidly"] = false;
  CHECK_FALSE(shows_rule(assess_findings(still, 9), "spreading_pinprick_purple_spots"));
}

// NHS Chickenpox: "Ask for an urgent GP appointment if you're an adult and
// have chickenpox"; the medicine is taken "within 24 hours of the spots coming
// out", when the spots may still be few. A few blisters with a fever at 14 or
// over are this rule; a few on both the hands and the feet (or the palms or
// soles) with spots in the mouth are hand, foot and mouth disease's pattern
// (NHS Hand, foot and mouth disease) and need many spots to be read as chickenpox.
TEST_CASE("a few blisters with a fever in an adult are same-day care, unless hand, foot and mouth (NHS Chickenpox)") {
  json findings = {{"fluid_filled", true}, {"fever", true}, {"single_or_few", true}, {"raised", true}, {"loc_trunk", true},
                   {"loc_face", true}, {"present_over_3_weeks", false}};
  assess_raised_by(findings, 34, "adult_chickenpox", "urgent");
  CHECK_FALSE(shows_rule(assess_findings(findings, 9), "adult_chickenpox"));
  json hand_foot_mouth = {{"fluid_filled", true}, {"fever", true}, {"size_small", true}, {"loc_mouth", true},
                          {"loc_forearms_hands", true}, {"loc_lower_legs_feet", true}, {"itchy", false}};
  CHECK_FALSE(shows_rule(assess_findings(hand_foot_mouth, 32), "adult_chickenpox"));
  hand_foot_mouth["many_spots"] = true;
  CHECK(shows_rule(assess_findings(hand_foot_mouth, 32), "adult_chickenpox"));
  // A mouth sore with a blister on the forearm only is not that pattern (the clinical review, session 32).
  json mouth_and_arm = {{"fluid_filled", true}, {"fever", true}, {"size_small", true}, {"loc_mouth", true}, {"loc_forearms_hands", true}};
  assess_raised_by(mouth_and_arm, 32, "adult_chickenpox", "urgent");
}

// NHS Cellulitis: "Get advice from 111 now if your skin is painful, hot and
// swollen"; NHS Insect bites and stings: urgent GP or 111 if a large area
// around a bite becomes swollen, red and painful. A painful patch larger than
// 1 cm, not itchy and not one of many spots, is same-day care whatever cause
// ranks first (no bite seen); scabbing blisters, a one-sided band, blackheads
// and a fresh sting are left to their own rules, small painful spots to the GP.
TEST_CASE("a painful patch larger than 1 cm is same-day care, bite seen or not (NHS Cellulitis, NHS Insect bites)") {
  json findings = {{"painful_or_tender", true}, {"size_large", true}, {"loc_lower_legs_feet", true}, {"onset_sudden", true},
                   {"fever", false}, {"feels_very_unwell", false}};
  json result = assess_raised_by(findings, 90, "painful_large_patch", "urgent");
  CHECK(test::level(result) == "urgent");
  check_each_yes_takes_off(findings, 90, "painful_large_patch",
                           {"itchy", "many_spots", "allergen_exposure_recent", "blisters_crusting", "one_sided_band", "blackheads"});
  json small = findings;
  small["size_large"] = false, small["size_small"] = true;
  CHECK_FALSE(shows_rule(assess_findings(small, 90), "painful_large_patch"));
  // Pus or blisters keep it: cellulitis can blister (the clinical review, session 32).
  json blistered = findings;
  blistered["fluid_filled"] = true;
  assess_raised_by(blistered, 90, "painful_large_patch", "urgent");
}

// NHS Nosebleed, "Go to A&E if ... you're feeling weak or dizzy". The
// vocabulary has nosebleeds and bleeding gums as one finding, not tied in time
// to the dizziness: bleeding with dizziness or fainting is 999 or A&E, on a
// blood thinner or not, unless every calming answer is given (no blood thinner,
// no long nosebleed or knock to the head, no bruises without a knock, spots
// that fade); then gum_or_nose_bleeding's same day (the clinical review, session 33).
TEST_CASE("bleeding from the nose or gums with dizziness or fainting is 999 or A&E (NHS Nosebleed)") {
  json findings = {{"takes_blood_thinner", true}, {"bleeding_gums_or_nose", true}, {"dizziness_or_fainting", true},
                   {"color_purple", true}, {"size_large", true}, {"loc_forearms_hands", true}, {"present_over_3_weeks", true}};
  json result = assess_raised_by(findings, 82, "bleeding_with_faintness", "emergency");
  CHECK(test::level(result) == "emergency");
  json no_thinner = findings;
  no_thinner["takes_blood_thinner"] = false;
  assess_raised_by(no_thinner, 45, "bleeding_with_faintness", "emergency");
  json steady = findings;
  steady["dizziness_or_fainting"] = false;
  json steady_result = assess_findings(steady, 82);
  CHECK_FALSE(shows_rule(steady_result, "bleeding_with_faintness"));
  CHECK(test::level_rank(test::level(steady_result)) < test::level_rank("emergency"));
  json calm = no_thinner;
  calm["long_nosebleed_or_head_injury"] = false, calm["unexplained_bruising"] = false, calm["blanches_on_pressure"] = true;
  json calm_result = assess_findings(calm, 45);
  CHECK_FALSE(shows_rule(calm_result, "bleeding_with_faintness"));
  CHECK(rule_set_level(calm_result, "gum_or_nose_bleeding"));
  for (const char* worry : {"long_nosebleed_or_head_injury", "unexplained_bruising"}) {
    CAPTURE(worry);
    json not_calm = calm;
    not_calm[worry] = "unknown";
    assess_raised_by(not_calm, 45, "bleeding_with_faintness", "emergency");
  }
}

// healthdirect Blood in stool: blood in the stools with feeling faint, dizzy or
// light-headed "may be an emergency"; NHS Bleeding from the bottom: A&E or 999
// for a lot of blood. Without the faintness, blood in pee or poo stays a
// doctor today (NHS HSP; Healthier Together, Diarrhoea and vomiting: amber).
TEST_CASE("blood in pee or poo with feeling faint is 999 or A&E, without it a doctor today (healthdirect Blood in stool, NHS Bleeding from the bottom)") {
  json findings = {{"blood_in_urine_or_stool", true}, {"dizziness_or_fainting", true}, {"takes_blood_thinner", false},
                   {"color_purple", true}, {"raised", true}, {"loc_lower_legs_feet", true}, {"joint_pain", true}};
  assess_raised_by(findings, 67, "blood_in_urine_or_stool_with_faintness", "emergency");
  assess_raised_by(findings, 9, "blood_in_urine_or_stool_with_faintness", "emergency");
  json steady = findings;
  steady["dizziness_or_fainting"] = false;
  json steady_result = assess_findings(steady, 67);
  CHECK_FALSE(shows_rule(steady_result, "blood_in_urine_or_stool_with_faintness"));
  CHECK(test::level(steady_result) == "urgent");
  CHECK(rule_set_level(steady_result, "blood_in_urine_or_stool"));
  json no_blood = findings;
  no_blood["blood_in_urine_or_stool"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_blood, 67), "blood_in_urine_or_stool_with_faintness"));
}

// NHS Stevens-Johnson syndrome: it "needs to be treated immediately in
// hospital"; the rash usually starts on the upper body and spreads quickly,
// is not usually itchy; blisters and sores in the mouth and on the eyes; "In
// children ... can sometimes be caused by infections like cold or flu, cold
// sores". With a rash on the body or spreading fast, not itchy: 999 without a
// new medicine. Otherwise mouth sores and red eyes with blisters, or with a
// painful rash and a fever, are same-day care (NHS Erythema multiforme, NHS
// Blisters): hand, foot and mouth disease with sore eyes, early chickenpox.
TEST_CASE("mouth sores, red eyes and skin blisters are 999 with a rash on the body, else same day (NHS Stevens-Johnson syndrome, NHS Erythema multiforme)") {
  json findings = {{"mouth_ulcers", true}, {"red_eyes", true}, {"fluid_filled", true}, {"fever", true}, {"new_medication", false},
                   {"recent_viral_illness", true}, {"loc_trunk", true}, {"loc_forearms_hands", true}};
  json result = assess_raised_by(findings, 9, "mouth_and_eye_sores_with_blisters", "emergency");
  CHECK(test::level(result) == "emergency");
  for (const char* rule : {"mouth_and_eye_sores_with_blisters", "mouth_and_eye_sores_today"})
    check_each_yes_takes_off(findings, 9, rule, {"blisters_crusting", "present_over_3_weeks"});
  for (const char* part : {"mouth_ulcers", "red_eyes", "fluid_filled", "fever"}) {
    CAPTURE(part);
    json without = findings;
    without[part] = false;
    CHECK_FALSE(shows_rule(assess_findings(without, 9), "mouth_and_eye_sores_with_blisters"));
  }
  json painful_no_fever = findings;
  painful_no_fever["fever"] = false, painful_no_fever["painful_or_tender"] = true;
  assess_raised_by(painful_no_fever, 9, "mouth_and_eye_sores_with_blisters", "emergency");
  // Itchy, or on the hands and feet only: same day, not 999.
  json itchy = findings;
  itchy["itchy"] = true;
  json hands_feet = {{"mouth_ulcers", true}, {"red_eyes", true}, {"fluid_filled", true}, {"fever", true}, {"loc_forearms_hands", true},
                     {"spots_on_palms_soles", true}, {"loc_trunk", false}, {"itchy", false}};
  for (const json& same_day : {itchy, hands_feet}) {
    json r = assess_raised_by(same_day, 2, "mouth_and_eye_sores_today", "urgent");
    CHECK_FALSE(shows_rule(r, "mouth_and_eye_sores_with_blisters"));
    CHECK(test::level(r) == "urgent");
  }
  // Before any blisters: a painful rash with a fever, mouth sores and red eyes.
  json early = {{"mouth_ulcers", true}, {"red_eyes", true}, {"fever", true}, {"painful_or_tender", true}, {"itchy", false}, {"fluid_filled", false}};
  assess_raised_by(early, 30, "mouth_and_eye_sores_today", "urgent");
}

// NHS Necrotising fasciitis, "Call 999 or go to A&E if: ... you have a cut or
// wound, or red or swollen area of skin, and get symptoms like a high
// temperature, headache, tiredness and muscle aches; ... feel dizzy"; "Do not
// drive to A&E". A painful patch larger than 1 cm with a wound (or a tampon or
// a recent birth: toxic shock) and a fever with a headache or tiredness (each
// counts unless answered No), or with dizziness, is 999; a fever with No to
// both stays the same day (NHS Cellulitis; the clinical review, session 33).
TEST_CASE("a painful patch by a wound with a fever and feeling ill, or dizziness, is 999 (NHS Necrotising fasciitis)") {
  json findings = {{"tampon_or_wound", true}, {"painful_or_tender", true}, {"size_large", true}, {"fever", true},
                   {"loc_lower_legs_feet", true}, {"single_or_few", true}, {"feels_very_unwell", "unknown"}};
  json result = assess_raised_by(findings, 58, "painful_patch_by_wound_with_fever", "emergency");
  CHECK(test::level(result) == "emergency");
  check_each_yes_takes_off(findings, 58, "painful_patch_by_wound_with_fever",
                           {"itchy", "many_spots", "blisters_crusting", "one_sided_band", "blackheads"});
  json well_otherwise = findings;
  well_otherwise["headache"] = false, well_otherwise["fatigue"] = false, well_otherwise["feels_very_unwell"] = false;
  json well_result = assess_findings(well_otherwise, 58);
  CHECK_FALSE(shows_rule(well_result, "painful_patch_by_wound_with_fever"));
  CHECK(test::level(well_result) == "urgent");
  json dizzy = well_otherwise;
  dizzy["fever"] = false, dizzy["dizziness_or_fainting"] = true;
  assess_raised_by(dizzy, 58, "painful_patch_by_wound_with_fever", "emergency");
  json no_fever = findings;
  no_fever["fever"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_fever, 58), "painful_patch_by_wound_with_fever"));
}

// NHS Hives, "Ask for an urgent GP appointment or get help from NHS 111 if:
// ... you also have a high temperature and feel unwell". Feeling unwell is
// read from tiredness (unanswered counts), a headache, joint pain, being sick
// or drinking less. A well child with hives and a fever, or hives without
// one, stays self-care; hives of over 3 weeks are left to lasting_hives.
TEST_CASE("hives with a fever and feeling unwell are same-day care (NHS Hives)") {
  json findings = {{"wheals", true}, {"fever", true}, {"itchy", true}, {"many_spots", true}, {"blanches_on_pressure", true},
                   {"onset_sudden", true}, {"swelling_face_lips_tongue", false}, {"difficulty_breathing", false}};
  json result = assess_raised_by(findings, 4, "hives_with_fever", "urgent");
  CHECK(test::level(result) == "urgent");
  json well = findings;
  well["fatigue"] = false;
  CHECK_FALSE(shows_rule(assess_findings(well, 4), "hives_with_fever"));
  json headache = well;
  headache["headache"] = true;
  assess_raised_by(headache, 4, "hives_with_fever", "urgent");
  json no_fever = findings;
  no_fever["fever"] = false;
  json calm = assess_findings(no_fever, 4);
  CHECK_FALSE(shows_rule(calm, "hives_with_fever"));
  CHECK(test::level(calm) == "self_care");
  json lasting = findings;
  lasting["present_over_3_weeks"] = true;
  CHECK_FALSE(shows_rule(assess_findings(lasting, 4), "hives_with_fever"));
}

// NHS Dengue: a GP or 111 for a fever within 2 weeks of coming back from an
// area with dengue; CDC Dengue: the warning signs begin in the 24 to 48 hours
// after the fever goes away, and then it is the emergency room. A rash that
// came out as a fever of several days went away counts as the fever after
// travel, for same-day care and, with tummy pain or bleeding, for 999; a
// fever answered Not sure after travel is same-day care too ('Not sure' is
// not a No); without travel none of them.
TEST_CASE("a rash as the fever goes, after travel abroad, is same-day care, and 999 with warning signs (NHS Dengue, CDC Dengue)") {
  json findings = {{"travel_abroad_recent", true}, {"rash_after_fever_settled", true}, {"fever", false}, {"itchy", true},
                   {"blanches_on_pressure", true}, {"loc_lower_legs_feet", true}, {"many_spots", true}};
  json result = assess_raised_by(findings, 46, "fever_after_travel", "urgent");
  CHECK(test::level(result) == "urgent");
  json fever_now = {{"travel_abroad_recent", true}, {"fever", true}, {"blanches_on_pressure", true}, {"loc_trunk", true}};
  assess_raised_by(fever_now, 46, "fever_after_travel", "urgent");
  json home = findings;
  home["travel_abroad_recent"] = false;
  CHECK_FALSE(shows_rule(assess_findings(home, 46), "fever_after_travel"));
  json warning = findings;
  warning["abdominal_pain"] = true;
  assess_raised_by(warning, 46, "travel_fever_bleeding_or_pain", "emergency");
  json not_sure = {{"travel_abroad_recent", true}, {"fever", "unknown"}, {"blanches_on_pressure", true}, {"loc_trunk", true},
                   {"itchy", true}, {"bite_mark", true}};
  json not_sure_result = assess_raised_by(not_sure, 30, "fever_after_travel_not_sure", "urgent");
  CHECK_FALSE(shows_rule(not_sure_result, "fever_after_travel"));
  json no_fever = not_sure;
  no_fever["fever"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_fever, 30), "fever_after_travel_not_sure"));
}

// NHS Molluscum contagiosum: in adults where it is spread through sex, spots
// around the lower tummy, genitals and thighs; NHS Diagnosing molluscum: with
// spots on the genitals, a sexual health clinic tests for other infections.
// The groin (skin folds) or thighs from 16 stand for the genitals; a child's
// molluscum in the folds stays self-care.
TEST_CASE("molluscum in the groin or on the thighs of an adult is a GP or sexual health appointment (NHS Molluscum contagiosum)") {
  json findings = {{"central_dimple", true}, {"raised", true}, {"color_pink_or_skin", true}, {"in_clusters", true},
                   {"loc_skin_folds", true}, {"present_over_3_weeks", true}, {"painful_or_tender", false}};
  json result = assess_raised_by(findings, 20, "adult_molluscum_groin", "consult");
  CHECK(test::level(result) == "consult");
  json child = assess_findings(findings, 6);
  CHECK_FALSE(shows_rule(child, "adult_molluscum_groin"));
  CHECK(test::level(child) == "self_care");
  json arm = findings;
  arm["loc_skin_folds"] = false, arm["loc_upper_arms"] = true;
  CHECK_FALSE(shows_rule(assess_findings(arm, 20), "adult_molluscum_groin"));
  json thigh = arm;
  thigh["loc_buttocks_thighs"] = true;
  assess_raised_by(thigh, 20, "adult_molluscum_groin", "consult");
}

// NHS Infected piercings: urgent GP or 111 for signs of infection (pus,
// swelling, heat, pain), leave the jewellery in; NHS Cuts and grazes: get help
// if a wound looks infected. A painful spot with pus by a wound is same-day
// care, whatever its size; itchy or many spots, scabbing blisters, a one-sided
// band, blackheads, spots around hairs, after shaving or a hot tub, and a cold
// sore contact are left to their own rules (the clinical review, session 33).
TEST_CASE("a painful spot with pus by a wound or piercing is same-day care (NHS Infected piercings, NHS Cuts and grazes)") {
  json findings = {{"tampon_or_wound", true}, {"painful_or_tender", true}, {"fluid_filled", true}, {"single_or_few", true},
                   {"itchy", false}, {"feels_very_unwell", false}, {"fever", "unknown"}};
  json result = assess_raised_by(findings, 16, "pus_by_wound", "urgent");
  CHECK(test::level(result) == "urgent");
  check_each_yes_takes_off(findings, 16, "pus_by_wound",
                           {"itchy", "many_spots", "blisters_crusting", "one_sided_band", "blackheads", "follicle_centered",
                            "shaving_or_hot_tub", "contact_cold_sore"});
  json no_pus = findings;
  no_pus["fluid_filled"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_pus, 16), "pus_by_wound"));
  json no_wound = findings;
  no_wound["tampon_or_wound"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_wound, 16), "pus_by_wound"));
  // The same small spot answered darker than the skin, as on brown or black
  // skin, is same-day care too, not 999 (dark_blotch_by_wound needs a patch
  // larger than 1 cm for pus, blisters or a darker colour), fever known or not.
  json darker = findings;
  darker["color_darker_than_skin"] = true, darker["size_small"] = true;
  json darker_result = assess_findings(darker, 16);
  CHECK_FALSE(shows_rule(darker_result, "dark_blotch_by_wound"));
  CHECK(test::level(darker_result) == "urgent");
  darker["size_large"] = true, darker["size_small"] = false;
  assess_raised_by(darker, 16, "dark_blotch_by_wound", "emergency");
}

// UKHSA, scabies in communal residential settings: the setting's healthcare
// provider diagnoses and treats cases and contacts at the same time; NHS
// Scabies: everyone in the home is treated on the same day. From 65 (standing
// in for a care home), itching with a contact with a similar rash, or an itchy
// household with itching worse at night, burrows or lasting over 3 weeks
// (NHS inform About itchy skin), is a GP appointment; a
// younger person with the same answers stays self-care (a pharmacist treats
// scabies); the clinical review (session 33).
TEST_CASE("possible scabies in someone over 65 with itchy contacts is a GP appointment (UKHSA scabies in care homes)") {
  json findings = {{"itchy", true}, {"itch_worse_at_night", true}, {"present_over_3_weeks", true}, {"household_itchy", true},
                   {"contact_similar_rash", true}, {"raised", true}, {"loc_forearms_hands", true}, {"loc_trunk", true}};
  json result = assess_raised_by(findings, 84, "older_person_possible_scabies", "consult");
  CHECK(test::level(result) == "consult");
  json younger = assess_findings(findings, 35);
  CHECK_FALSE(shows_rule(younger, "older_person_possible_scabies"));
  CHECK(test::level(younger) == "self_care");
  json alone = findings;
  alone["household_itchy"] = false, alone["contact_similar_rash"] = false;
  CHECK_FALSE(shows_rule(assess_findings(alone, 84), "older_person_possible_scabies"));
  // A resident who cannot say about night itching: the contacts are enough.
  json resident = {{"itchy", true}, {"contact_similar_rash", true}, {"loc_trunk", true}};
  assess_raised_by(resident, 84, "older_person_possible_scabies", "consult");
  // An itchy household alone, without night itching or burrows, is not.
  json household = {{"itchy", true}, {"household_itchy", true}, {"itch_worse_at_night", false}, {"burrows", false}, {"loc_trunk", true}};
  CHECK_FALSE(shows_rule(assess_findings(household, 84), "older_person_possible_scabies"));
  // NHS inform About itchy skin: see a GP when itching lasts a long time; in older
  // people scabies may show neither night itching nor burrows (UKHSA): an
  // itchy household for more than 3 weeks is enough from 65, not at 35.
  json lasting = {{"itchy", true}, {"household_itchy", true}, {"present_over_3_weeks", true}, {"scaly", true}, {"loc_forearms_hands", true}};
  assess_raised_by(lasting, 84, "older_person_possible_scabies", "consult");
  CHECK_FALSE(shows_rule(assess_findings(lasting, 35), "older_person_possible_scabies"));
  lasting["household_itchy"] = false;
  CHECK_FALSE(shows_rule(assess_findings(lasting, 84), "older_person_possible_scabies"));
}

// NICE CKS Cellulitis: acute onset of red, painful, hot, swollen, tender skin.
// A painful patch larger than 1 cm that has lasted over 3 weeks or came on
// over months, not sudden, without a fever, swollen glands or fast spread, is
// not read as cellulitis (a lasting sore lump is spot_changing's GP within 2
// weeks when it bleeds, changes or will not heal); a sudden patch on a leg
// changed for months, one answered 'slowly' but under 3 weeks, or one with a
// fever stays same-day care (the clinical review, session 33).
TEST_CASE("a painful patch of weeks or months is not read as cellulitis, unless sudden, recent or with a fever (NICE CKS Cellulitis)") {
  json findings = {{"painful_or_tender", true}, {"size_large", true}, {"loc_forearms_hands", true}, {"single_or_few", true},
                   {"scaly", true}, {"non_healing_sore", true}, {"long_term_sun_exposure", true}};
  for (const char* lasting : {"present_over_3_weeks", "onset_gradual"}) {
    CAPTURE(lasting);
    json old = findings;
    old[lasting] = true;
    json r = assess_findings(old, 79);
    CHECK_FALSE(shows_rule(r, "painful_large_patch"));
    CHECK(test::level_rank(test::level(r)) >= test::level_rank("consult"));
  }
  json sudden = findings;
  sudden["onset_sudden"] = true;
  assess_raised_by(sudden, 79, "painful_large_patch", "urgent");
  json leg = {{"painful_or_tender", true}, {"size_large", true}, {"loc_lower_legs_feet", true}, {"color_bright_red", true},
              {"takes_blood_thinner", true}, {"itchy", false}};
  json slowly_recent = leg;
  slowly_recent["onset_gradual"] = true, slowly_recent["present_over_3_weeks"] = false;
  assess_raised_by(slowly_recent, 76, "painful_large_patch", "urgent");
  json changed_leg_sudden = leg;
  changed_leg_sudden["present_over_3_weeks"] = true, changed_leg_sudden["onset_sudden"] = true;
  assess_raised_by(changed_leg_sudden, 72, "painful_large_patch", "urgent");
  json lasting_fever = leg;
  lasting_fever["present_over_3_weeks"] = true, lasting_fever["onset_gradual"] = true, lasting_fever["fever"] = true;
  CHECK(test::level_rank(test::level(assess_findings(lasting_fever, 76))) >= test::level_rank("urgent"));
  CHECK(rule_set_level(assess_findings(lasting_fever, 76), "painful_large_patch"));
}

// NICE NG19 Diabetic foot problems, referral: an active diabetic foot problem
// goes to the foot care service within 1 working day; an ulcer with a fever
// to acute services at once. An open sore on a foot or lower leg that feels
// numb or tingly is same-day care, with a fever an emergency; the same sore
// without numbness, or on a hand, stays a GP appointment (ulcers_or_numbness)
// (a stand-in story and the clinical review, session 34).
TEST_CASE("an open sore on a numb foot is same-day care, with a fever an emergency (NICE NG19 Diabetic foot problems, referral)") {
  json findings = {{"skin_ulcers", true}, {"numbness_or_tingling", true}, {"loc_lower_legs_feet", true}, {"painful_or_tender", false},
                   {"single_or_few", true}, {"fever", false}, {"feels_very_unwell", false}};
  json result = assess_raised_by(findings, 71, "numb_foot_sore", "urgent");
  CHECK(test::level(result) == "urgent");
  check_each_no_takes_off(findings, 71, "numb_foot_sore", {"skin_ulcers", "numbness_or_tingling", "loc_lower_legs_feet"});
  json hand = findings;
  hand["loc_lower_legs_feet"] = false, hand["loc_forearms_hands"] = true;
  CHECK(test::level(assess_findings(hand, 71)) == "consult");
  // NG19: an ulcer with a fever is limb- or life-threatening: acute services at once.
  json feverish = findings;
  feverish["fever"] = true;
  json hot = assess_raised_by(feverish, 71, "numb_foot_sore_with_fever", "emergency");
  CHECK(test::level(hot) == "emergency");
  CHECK_FALSE(shows_rule(result, "numb_foot_sore_with_fever"));
}

// NICE NG12, leukaemia: persistent fatigue, unexplained persistent or
// recurrent infection and unexplained petechiae each call for a very urgent
// full blood count. Pinpoint spots not shown to fade, with tiredness and one
// infection after another, are same-day care; spots that fade when pressed
// are not petechiae (a stand-in story, session 34).
TEST_CASE("pinpoint spots with tiredness and repeated infections need a blood test today (NICE NG12 leukaemia)") {
  json findings = {{"size_pinpoint", true}, {"fatigue", true}, {"frequent_infections", true}, {"sore_throat_recent", true},
                   {"loc_lower_legs_feet", true}, {"mouth_ulcers", false}};
  json result = assess_raised_by(findings, 22, "pinpoint_spots_tired_and_infections", "urgent");
  CHECK(test::level(result) == "urgent");
  json fading = findings;
  fading["blanches_on_pressure"] = true;
  CHECK_FALSE(shows_rule(assess_findings(fading, 22), "pinpoint_spots_tired_and_infections"));
  check_each_no_takes_off(findings, 22, "pinpoint_spots_tired_and_infections", {"size_pinpoint", "fatigue", "frequent_infections"});
}

// NHS Measles: ask for an urgent GP appointment or call 111 if you think it
// may be measles; a high temperature is among the first symptoms. A fever
// answered Not sure (no thermometer) counts; only a No takes the rule off.
// Without a known fever, two signs are needed (the clinical review and a
// stand-in story, session 34).
TEST_CASE("possible measles counts a fever that could not be checked, and only a No takes it off (NHS Measles)") {
  json findings = {{"mmr_not_complete", true}, {"cough_runny_nose", true}, {"red_eyes", true}, {"loc_face", true},
                   {"size_large", true}, {"fever", "unknown"}, {"difficulty_breathing", false}};
  assess_raised_by(findings, 3, "possible_measles", "urgent");
  json not_asked = findings;
  not_asked.erase("fever");
  assess_raised_by(not_asked, 3, "possible_measles", "urgent");
  json no_fever = findings;
  no_fever["fever"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_fever, 3), "possible_measles"));
  // Not sure about the MMR jabs is the finding's own "or not sure" (session 40).
  json mmr_unsure = findings;
  mmr_unsure["mmr_not_complete"] = "unknown";
  assess_raised_by(mmr_unsure, 3, "possible_measles", "urgent");
  CHECK_FALSE(shows_rule(assess_findings(whole_list_not_sure(mmr_unsure, "mmr_not_complete"), 3), "possible_measles"));
  mmr_unsure["mmr_not_complete"] = false;
  CHECK_FALSE(shows_rule(assess_findings(mmr_unsure, 3), "possible_measles"));
  json koplik = {{"white_spots_inside_cheeks", true}, {"cough_runny_nose", true}, {"loc_face", true}, {"fever", "unknown"}};
  assess_raised_by(koplik, 3, "possible_measles", "urgent");
  // Without a known fever one sign is not enough (the clinical review, session 34): a toddler's
  // cold without 2 MMR jabs, or white patches of thrush, with the fever not known.
  json cold = {{"mmr_not_complete", true}, {"cough_runny_nose", true}, {"red_eyes", false}, {"loc_trunk", true}, {"fever", "unknown"}};
  CHECK_FALSE(shows_rule(assess_findings(cold, 2), "possible_measles"));
  json thrush = {{"white_spots_inside_cheeks", true}, {"loc_mouth", true}, {"fever", "unknown"}};
  CHECK_FALSE(shows_rule(assess_findings(thrush, 1), "possible_measles"));
  // With a fever, one sign still is.
  cold["fever"] = true;
  assess_raised_by(cold, 2, "possible_measles", "urgent");
}

// NHS Shingles: painful blisters in a band on one side of the body, treated
// with an antiviral; NHS Stevens-Johnson syndrome: a spreading rash after a new
// medicine. Painful blisters in a one-sided band on a new medicine (often the
// antiviral itself) are not read as Stevens-Johnson syndrome; mouth sores on a
// new medicine still are (a stand-in story, session 34).
TEST_CASE("painful blisters in a one-sided band on a new medicine are shingles, not Stevens-Johnson syndrome (NHS Shingles)") {
  json band = {{"one_sided_band", true}, {"fluid_filled", true}, {"painful_or_tender", true}, {"loc_trunk", true},
               {"new_medication", true}, {"fever", false}, {"immunosuppressed", false}};
  json r = assess_findings(band, 71);
  CHECK_FALSE(shows_rule(r, "medicine_skin_or_mouth_sores"));
  CHECK(test::level(r) != "emergency");
  json spread = band;
  spread["one_sided_band"] = false;
  CHECK(shows_rule(assess_findings(spread, 71), "medicine_skin_or_mouth_sores"));
  // A band that has become widespread or spreads fast still counts (the clinical review, session 34).
  for (const char* wider : {"loc_widespread", "spreading_rapidly"}) {
    CAPTURE(wider);
    json widening = band;
    widening[wider] = true;
    CHECK(shows_rule(assess_findings(widening, 71), "medicine_skin_or_mouth_sores"));
  }
  json sores = band;
  sores["mouth_ulcers"] = true;
  CHECK(shows_rule(assess_findings(sores, 71), "medicine_skin_or_mouth_sores"));
}

// NICE CKS Shingles (ophthalmic shingles: a red eye or a change in sight
// needs same-day assessment by an eye specialist) and NHS Shingles (urgent GP
// appointment or 111; the rash "may be in and around your eye, making it sore
// and red"): shingles near the eye with a red eye is same-day care, not 999
// (session 36: ten stand-in writers put it at same-day care, none at 999 only).
TEST_CASE("shingles near the eye with a red eye is a same-day eye check, not 999 (NICE CKS Shingles, NHS Shingles)") {
  json findings = {{"near_eye", true}, {"red_eyes", true}, {"one_sided_band", true}, {"pain_before_rash", true},
                   {"fluid_filled", true}, {"in_clusters", true}, {"loc_face", true}, {"painful_or_tender", true}};
  json result = assess_raised_by(findings, 70, "shingles_eye_red", "urgent");
  CHECK(test::level(result) == "urgent");
  check_each_no_takes_off(findings, 70, "shingles_eye_red", {"near_eye", "red_eyes"});
}

// NHS Meningitis: a high temperature, a headache and a rash that does not
// fade are among the symptoms; call 111 if not sure. A headache with new
// spots, with a fever not answered No and the glass test not answered Yes, is
// same-day care; a No to the fever, spots that fade, blisters or hives, or a
// rash of over 3 weeks take it off (a stand-in story, session 34).
TEST_CASE("a headache with spots when a fever or fading cannot be ruled out is same-day care (NHS Meningitis)") {
  json findings = {{"fever", "unknown"}, {"headache", true}, {"many_spots", true}, {"size_small", true}, {"loc_trunk", true},
                   {"blanches_on_pressure", "unknown"}, {"stiff_neck", false}, {"feels_very_unwell", false}};
  json result = assess_raised_by(findings, 23, "headache_spots_fever_or_fading_not_known", "urgent");
  CHECK(test::level(result) == "urgent");
  json not_asked = findings;
  not_asked.erase("fever"), not_asked.erase("blanches_on_pressure");
  assess_raised_by(not_asked, 23, "headache_spots_fever_or_fading_not_known", "urgent");
  json no_fever = findings;
  no_fever["fever"] = false;
  CHECK_FALSE(shows_rule(assess_findings(no_fever, 23), "headache_spots_fever_or_fading_not_known"));
  check_each_yes_takes_off(findings, 23, "headache_spots_fever_or_fading_not_known",
                           {"blanches_on_pressure", "fluid_filled", "blisters_crusting", "wheals", "blackheads", "present_over_3_weeks",
                            "onset_gradual"});
  // Not sure is not reassurance: bright red cheeks as if slapped (NHS Slapped
  // cheek syndrome: a headache and a temperature come first) in a child
  // answered not very unwell keep the rule while the fever is not known, as
  // flushed cheeks also come with a fever (the clinical review, session 36).
  json slapped = {{"headache", true}, {"slapped_cheeks", true}, {"loc_face", true}, {"loc_upper_arms", true},
                  {"color_pink_or_skin", true}, {"cough_runny_nose", true}, {"feels_very_unwell", false}};
  assess_raised_by(slapped, 6, "headache_spots_fever_or_fading_not_known", "urgent");
  slapped["fever"] = "unknown";
  assess_raised_by(slapped, 6, "headache_spots_fever_or_fading_not_known", "urgent");
  // With a fever and the glass test Not sure, fever_glass_test_not_sure gives the same level.
  json feverish = findings;
  feverish["fever"] = true;
  json r = assess_findings(feverish, 23);
  CHECK(shows_rule(r, "fever_glass_test_not_sure"));
  CHECK(test::level(r) == "urgent");
}

// NHS Nappy rash: red or raw patches on the bottom or the whole nappy area that
// look sore and feel hot are treated at home; a health visitor or GP if it does
// not go away, gets worse or spreads, or with a high temperature. A sore patch
// only in the nappy area of a child from 3 months to under 2, fever and
// blisters or pus answered No, is not read as cellulitis; a fever or pus not
// ruled out, a patch elsewhere too, a younger baby or an older child still is
// (a stand-in story and the clinical review, session 34).
TEST_CASE("a sore nappy rash is not read as cellulitis, unless a fever is not ruled out (NHS Nappy rash)") {
  json findings = {{"loc_buttocks_thighs", true}, {"loc_skin_folds", true}, {"color_bright_red", true}, {"size_large", true},
                   {"painful_or_tender", true}, {"fluid_filled", false}, {"loc_widespread", false}, {"fever", false},
                   {"feels_very_unwell", false}};
  json baby = assess_months(findings, 5);
  CHECK_FALSE(shows_rule(baby, "painful_large_patch"));
  CHECK(test::level_rank(test::level(baby)) < test::level_rank("urgent"));
  json unsure = findings;
  unsure["fever"] = "unknown";
  CHECK(shows_rule(assess_months(unsure, 5), "painful_large_patch"));
  json leg = findings;
  leg["loc_lower_legs_feet"] = true;
  CHECK(shows_rule(assess_months(leg, 5), "painful_large_patch"));
  CHECK(shows_rule(assess_findings(findings, 30), "painful_large_patch"));
  // Not under 3 months, not with blisters or pus not ruled out, not skin folds
  // alone (scalded skin can start in a neck fold) (the clinical review, session 34).
  CHECK(shows_rule(assess_months(findings, 2), "painful_large_patch"));
  json pus = findings;
  pus["fluid_filled"] = "unknown";
  CHECK(shows_rule(assess_months(pus, 5), "painful_large_patch"));
  json folds = findings;
  folds.erase("loc_buttocks_thighs");
  CHECK(shows_rule(assess_months(folds, 5), "painful_large_patch"));
}

// Kingston Hospital NHS Foundation Trust, Non-blanching rashes in children:
// every child with a non-blanching rash needs same-day assessment in hospital
// "unless there is a clear, accidental mechanical cause"; petechiae above the
// nipple line after forceful coughing or vomiting are for the doctor who has
// seen a well child to call (NHSGGC), and being sick is also an early sign of
// meningitis (NHS Meningitis). So a well child's pinprick spots on the face
// after a clear strain (hanging upside down) stay calm, but after being sick
// or with a cough they are a doctor today (stand-in stories, sessions 33-35).
TEST_CASE("a child's pinprick spots on the face after being sick or with a cough need a doctor today, after a clear strain they do not (Kingston Hospital, NHSGGC)") {
  json strain = {{"blanches_on_pressure", false}, {"recent_strain", true}, {"size_pinpoint", true}, {"loc_face", true},
                 {"loc_neck", true}, {"loc_trunk", false}, {"fever", false}, {"feels_very_unwell", false}};
  json calm = assess_findings(strain, 7);
  CHECK_FALSE(shows_rule(calm, "child_nonblanching"));
  CHECK(test::level_rank(test::level(calm)) <= test::level_rank("consult"));
  for (const char* illness : {"vomiting_or_diarrhoea", "cough_runny_nose"}) {
    CAPTURE(illness);
    json ill = strain;
    ill[illness] = true;
    for (int age : {1, 6}) {
      CAPTURE(age);
      json r = assess_findings(ill, age);
      CHECK(shows_rule(r, "child_nonblanching"));
      CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
    }
    // An adult keeps the exemption (NHSGGC's picture; NICE NG12's blood test is for unexplained spots).
    CHECK_FALSE(shows_rule(assess_findings(ill, 19), "child_nonblanching"));
  }
}

// Healthier Together, Rashes: a child with a rash that does not disappear
// with pressure is a red feature (A&E or 999); NHS Rashes in babies and
// children the same. A well child without a fever, both answered No, keeps a
// doctor today (child_nonblanching, NHS IgA vasculitis). When a fever or being
// very unwell is not ruled out, the flag it would make cannot be: 999, and the
// reason says which answers would lower it (a stand-in story and the clinical
// review, session 35: either answer, not both).
TEST_CASE("a child's spots that do not fade, with a fever or being very unwell not ruled out, are 999 (Healthier Together Rashes)") {
  const char* rule = "child_nonblanching_fever_or_unwell_not_known";
  const json no = false, unsure = "unknown", not_asked;
  const std::vector<std::pair<json, json>> open = {{unsure, unsure}, {not_asked, not_asked}, {unsure, no}, {no, unsure}, {not_asked, no}, {no, not_asked}};
  for (const auto& [fever, unwell] : open) {
    json findings = {{"blanches_on_pressure", false}, {"loc_lower_legs_feet", true}};
    if (!fever.is_null()) findings["fever"] = fever;
    if (!unwell.is_null()) findings["feels_very_unwell"] = unwell;
    CAPTURE(findings.dump());
    json r = assess_findings(findings, 1);
    CHECK(shows_rule(r, rule));
    CHECK(test::level(r) == "emergency");
    CHECK_FALSE(shows_rule(assess_findings(findings, 30), rule));  // an adult keeps adult_nonblanching (NICE NG12)
  }
  // Both answered No: a doctor today, as for a well child (child_nonblanching).
  json well = assess_findings({{"blanches_on_pressure", false}, {"loc_lower_legs_feet", true}, {"fever", false}, {"feels_very_unwell", false}}, 6);
  CHECK_FALSE(shows_rule(well, rule));
  CHECK(shows_rule(well, "child_nonblanching"));
  // A well child's pinprick spots on the face after a clear strain keep child_nonblanching's exemption (NHSGGC).
  json strain = {{"blanches_on_pressure", false}, {"recent_strain", true}, {"size_pinpoint", true}, {"loc_face", true},
                 {"feels_very_unwell", false}};
  CHECK_FALSE(shows_rule(assess_findings(strain, 7), rule));
  // With the fever Not sure, such a child is seen today, not sent to 999
  // (Kingston Hospital: a clear, accidental mechanical cause; public story p007).
  strain["fever"] = "unknown";
  json today = assess_findings(strain, 7);
  CHECK_FALSE(shows_rule(today, rule));
  CHECK(shows_rule(today, "child_nonblanching"));
  CHECK(test::level(today) == "urgent");
  strain["vomiting_or_diarrhoea"] = true;
  CHECK(shows_rule(assess_findings(strain, 7), rule));
}

// NHS Atopic eczema: an urgent GP appointment or 111 if eczema is "painful,
// swollen or feels warm" (infected eczema, eczema herpeticum). Ordinary
// cracked eczema is sore too (the clinical review, session 30), so pain counts
// only while another sign (a fever, fast spread, blisters or pus) is not ruled
// out: Not sure is never reassurance (a stand-in story, session 35).
TEST_CASE("sore eczema with a fever, spread or blisters not ruled out is same-day care, with all of them No it is not (NHS Atopic eczema)") {
  const char* rule = "eczema_flare_or_infection_signs";
  json calm = {{"known_eczema", true}, {"painful_or_tender", true}, {"fever", false}, {"spreading_rapidly", false},
               {"fluid_filled", false}, {"blisters_crusting", false}};
  CHECK_FALSE(shows_rule(assess_findings(calm, 4), rule));
  for (const std::string sign : {"fever", "spreading_rapidly", "fluid_filled", "blisters_crusting"}) {
    CAPTURE(sign);
    json unsure = calm;
    unsure[sign] = "unknown";
    json r = assess_findings(unsure, 4);
    CHECK(shows_rule(r, rule));
    CHECK(test::level_rank(test::level(r)) >= test::level_rank("urgent"));
    // Not asked: the same for a fever or fast spread; blisters or pus not
    // asked do not count (sore, cracked eczema: the clinical review, session 35).
    unsure.erase(sign);
    const bool counts_not_asked = sign == "fever" || sign == "spreading_rapidly";
    CHECK(shows_rule(assess_findings(unsure, 4), rule) == counts_not_asked);
    unsure[sign] = "unknown";
    unsure["painful_or_tender"] = false;
    CHECK_FALSE(shows_rule(assess_findings(unsure, 4), rule));
  }
}

// NHS Scabies: treating a child under 2 needs a doctor's advice. Babies
// cannot say the itch is worse at night, and their spots are often on the
// palms and soles (Scottish Paediatric Society, Scabies): spots there in an
// itchy household are a GP appointment too; without the itchy household,
// hand, foot and mouth disease is as likely and the rule stays off (a
// stand-in story, session 35).
TEST_CASE("a baby with spots on the palms or soles in an itchy household sees a GP before scabies treatment (NHS Scabies)") {
  json findings = {{"household_itchy", true}, {"spots_on_palms_soles", true}, {"loc_skin_folds", true}, {"itchy", true}, {"fever", false}};
  json baby = assess_months(findings, 6);
  CHECK(rule_set_level(baby, "baby_scabies"));
  CHECK(test::level_rank(test::level(baby)) >= test::level_rank("consult"));
  json no_household = findings;
  no_household["household_itchy"] = false;
  CHECK_FALSE(shows_rule(assess_months(no_household, 6), "baby_scabies"));
  CHECK_FALSE(shows_rule(assess_findings(findings, 2), "baby_scabies"));  // from 2, a pharmacist can treat
}
