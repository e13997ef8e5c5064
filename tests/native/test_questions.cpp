// The interview: red flags first, grouped questions, no repeats, and a stop rule.
#include <random>
#include <set>

#include "helpers.hpp"
#include "ranking.hpp"

using test::json;

namespace {

// Answers a question as "not sure", the way a person who cannot tell would.
void answer_unsure(json& findings, const json& question) {
  for (const auto& f : question["findings"]) findings[f.get<std::string>()] = "unknown";
}

}  // namespace

TEST_CASE("the red-flag questions come first: fever, very unwell, breathing or swelling, glass test, bleeding") {
  json findings = json::object();
  std::vector<std::string> asked;
  for (int i = 0; i < 5; ++i) {
    json r = test::assess({{"age", 30}, {"findings", findings}});
    REQUIRE(r["next_question"].is_object());
    asked.push_back(r["next_question"]["id"]);
    CHECK(r["next_question"]["red_flag"] == true);
    answer_unsure(findings, r["next_question"]);
  }
  CHECK(asked == std::vector<std::string>{"q_fever", "q_very_unwell", "q_breathing_swelling", "q_glass_test", "q_bleeding"});
  json fever = test::assess({{"findings", {{"fever", false}}}});
  CHECK(fever["next_question"]["id"] == "q_very_unwell");
  json sixth = test::assess({{"age", 30}, {"findings", findings}})["next_question"];
  REQUIRE(sixth.is_object());
  CHECK(!sixth.contains("red_flag"));
}

TEST_CASE("questions are grouped the way a person answers them") {
  const auto& kb = test::kb();
  auto question_of = [&](const std::string& finding) -> const spotcheck::Question& {
    int f = kb.find_finding(finding);
    for (const auto& q : kb.questions)
      for (int g : q.findings)
        if (g == f) return q;
    FAIL("no question for " << finding);
    return kb.questions.front();
  };
  CHECK(question_of("size_pinpoint").type == spotcheck::QuestionType::single);
  CHECK(question_of("size_pinpoint").findings.size() == 3);
  CHECK(question_of("color_purple").type == spotcheck::QuestionType::single);
  CHECK(question_of("loc_face").type == spotcheck::QuestionType::multiple);
  CHECK(question_of("loc_face").findings.size() == 10);
  CHECK(question_of("fever").type == spotcheck::QuestionType::yes_no);
  json q = test::assess({{"findings", json::object()}})["next_question"];
  for (const char* key : {"id", "type", "text", "findings"}) CHECK(q.contains(key));
}

TEST_CASE("a whole interview never repeats a question and ends") {
  // A person who is never sure: the engine must still stop, without repeats.
  json findings = json::object();
  std::set<std::string> asked;
  for (int i = 0; i < 200; ++i) {
    json r = test::assess({{"age", 40}, {"findings", findings}});
    if (r["next_question"].is_null()) break;
    std::string id = r["next_question"]["id"];
    CHECK_MESSAGE(asked.insert(id).second, "asked twice: " << id);
    answer_unsure(findings, r["next_question"]);
  }
  CHECK(test::assess({{"age", 40}, {"findings", findings}})["next_question"].is_null());
}

TEST_CASE("the interview stops when more answers would change neither advice nor top cause") {
  json clear = {{"difficulty_breathing", false}, {"swelling_face_lips_tongue", false}, {"feels_very_unwell", false},
                {"fever", false}, {"blanches_on_pressure", true},
                {"rough_texture", true}, {"follicle_centered", true}, {"raised", true}, {"loc_upper_arms", true},
                {"loc_buttocks_thighs", true}, {"onset_gradual", true}, {"worse_in_dry_weather", true},
                {"family_history_similar", true}, {"itchy", false}, {"spreading_rapidly", false},
                {"present_over_3_weeks", true}, {"changing_appearance", false}, {"bleeds_easily", false},
                {"new_medication", false}, {"unexplained_bruising", false}, {"bleeding_gums_or_nose", false},
                {"blood_in_urine_or_stool", false}, {"color_pink_or_skin", true}, {"color_bright_red", false},
                {"color_purple", false}, {"size_small", true}, {"size_pinpoint", false}, {"size_large", false}};
  json r = test::assess({{"age", 15}, {"findings", clear}});
  CHECK(test::top_cause(r) == "keratosis_pilaris");
  CHECK(r["next_question"].is_null());
  CHECK(!test::assess({{"age", 15}, {"findings", json::object()}})["next_question"].is_null());
}

TEST_CASE("after the red flags, a fever makes the stiff-neck question worth asking") {
  json r = test::assess({{"age", 19},
                         {"findings", {{"difficulty_breathing", false}, {"swelling_face_lips_tongue", false},
                                       {"feels_very_unwell", false}, {"dizziness_or_fainting", false},
                                       {"fever", true}, {"blanches_on_pressure", true}}}});
  REQUIRE(r["next_question"].is_object());
  std::set<std::string> worth;
  json findings = {{"difficulty_breathing", false}, {"swelling_face_lips_tongue", false}, {"feels_very_unwell", false},
                   {"dizziness_or_fainting", false}, {"fever", true}, {"blanches_on_pressure", true}};
  // Within a short interview the stiff neck question must come up.
  bool stiff_neck_asked = false;
  for (int i = 0; i < 12 && !stiff_neck_asked; ++i) {
    json step = test::assess({{"age", 19}, {"findings", findings}});
    if (step["next_question"].is_null()) break;
    stiff_neck_asked = step["next_question"]["id"] == "q_stiff_neck";
    answer_unsure(findings, step["next_question"]);
  }
  CHECK(stiff_neck_asked);
}

TEST_CASE("entropy from log joints equals entropy from scores") {
  std::mt19937 rng(5);
  std::normal_distribution<double> spread(0.0, 4.0);
  for (int i = 0; i < 500; ++i) {
    std::vector<double> lj(1 + rng() % 40);
    for (double& l : lj) l = spread(rng) - 30;  // log joints are far below 0
    std::vector<double> scores = spotcheck::normalise(lj);
    CAPTURE(i);
    CHECK(spotcheck::entropy(scores, lj) == doctest::Approx(spotcheck::entropy(scores)).epsilon(1e-9));
  }
  std::vector<double> even(16, -7.0);
  CHECK(spotcheck::entropy(spotcheck::normalise(even), even) == doctest::Approx(4.0));
}
