// Presentation data in questions.json: skin tones, a figure per question, a
// picture and alt text per option, help per skin tone. The loader checks it
// and describe() passes it on; the engine never reads it.
#include <algorithm>

#include "helpers.hpp"

using test::json;

namespace {

std::vector<spotcheck::KbProblem> problems_of(const json& bundle) { return test::load_bundle(bundle).problems; }

bool has_problem(const std::vector<spotcheck::KbProblem>& problems, const std::string& path, const std::string& words) {
  return std::any_of(problems.begin(), problems.end(), [&](const spotcheck::KbProblem& p) {
    return p.file == "questions.json" && p.path == path && p.message.find(words) != std::string::npos;
  });
}

std::string dump(const std::vector<spotcheck::KbProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.to_string() + "\n";
  return out;
}

json& question(json& bundle, const std::string& id) {
  for (json& q : bundle["questions.json"]["questions"])
    if (q["id"] == id) return q;
  FAIL("no question " << id);
  throw;
}

json with_pictures() {
  json bundle = test::data_bundle();
  bundle["questions.json"]["skin_tones"] = {{"text", "Which skin tone?"}, {"picture", "tone"}, {"default", "medium"},
                                           {"tones", {{{"id", "light"}, {"text", "Light"}}, {{"id", "medium"}, {"text", "Medium"}}}}};
  return bundle;
}

}  // namespace

TEST_CASE("describe() passes on the skin tones, figures, pictures, alt texts and help per tone") {
  std::string error;
  auto checker = spotcheck::Checker::create(test::data_bundle().dump(), error);
  REQUIRE_MESSAGE(checker, error);
  json d = json::parse(checker->describe());
  json data = test::data_bundle()["questions.json"];
  CHECK(d["skin_tones"] == data["skin_tones"]);
  for (std::size_t i = 0; i < data["questions"].size(); ++i) {
    const json& want = data["questions"][i];
    const json& got = d["questions"][i];
    CAPTURE(want["id"]);
    for (const char* key : {"figure", "help_by_tone"}) CHECK(got.value(key, json()) == want.value(key, json()));
    for (std::size_t k = 0; k < want.value("options", json::array()).size(); ++k)
      for (const char* key : {"picture", "alt", "alt_by_tone"})
        CHECK(got["options"][k].value(key, json()) == want["options"][k].value(key, json()));
  }
  // A result's next question stays lean: the page takes pictures from describe().
  json result = json::parse(checker->assess(R"({"findings":{"fever":false}})"));
  CHECK_FALSE(result["next_question"].dump().find("\"picture\"") != std::string::npos);
}

TEST_CASE("pictures are plain file stems with alt text, per known skin tone, and other keys are refused") {
  json bundle = with_pictures();
  json& colour = question(bundle, "q_colour");
  colour["options"][0]["picture"] = "../secret";                        // not a plain stem
  colour["options"][1]["picture"] = "Colour_Purple";                    // upper case, underscore
  colour["options"][2].erase("alt");                                    // picture without alt
  colour["options"][3] = {{"finding", "color_darker_than_skin"}, {"text", "Darker"}, {"alt", "No picture"}};  // alt without picture
  colour["options"][0]["alt_by_tone"] = {{"dark", "x"}};                // not a tone of skin_tones
  colour["options"][1]["image"] = "x";                                  // unknown key
  colour["help_by_tone"] = {{"medium", {{"text", "Help."}, {"sources", {"nowhere"}}}}};
  question(bundle, "q_glass_test")["figure"] = {{"alt", "A figure without its picture"}, {"captoin", "x"}};
  bundle["questions.json"]["skin_tones"]["default"] = "dark";
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  std::size_t c = 0;
  while (bundle["questions.json"]["questions"][c]["id"] != "q_colour") ++c;
  std::size_t g = 0;
  while (bundle["questions.json"]["questions"][g]["id"] != "q_glass_test") ++g;
  const std::string q = "$.questions[" + std::to_string(c) + "]", glass = "$.questions[" + std::to_string(g) + "]";
  CHECK(has_problem(problems, q + ".options[0].picture", "plain name"));
  CHECK(has_problem(problems, q + ".options[1].picture", "plain name"));
  CHECK(has_problem(problems, q + ".options[2].alt", "missing field"));
  CHECK(has_problem(problems, q + ".options[3].alt", "only with a picture"));
  CHECK(has_problem(problems, q + ".options[0].alt_by_tone.dark", "unknown skin tone 'dark'"));
  CHECK(has_problem(problems, q + ".options[1].image", "unknown field"));
  CHECK(has_problem(problems, q + ".help_by_tone.medium.sources[0]", "unknown source 'nowhere'"));
  CHECK(has_problem(problems, glass + ".figure.picture", "missing field"));
  CHECK(has_problem(problems, glass + ".figure.captoin", "unknown field (did you mean 'caption'?)"));
  CHECK(has_problem(problems, "$.skin_tones.default", "unknown tone 'dark'"));
}

TEST_CASE("pictures need skin tones, and tone ids are plain and unique") {
  json bundle = test::data_bundle();
  bundle["questions.json"].erase("skin_tones");
  auto problems = problems_of(bundle);
  CHECK(std::any_of(problems.begin(), problems.end(), [](const spotcheck::KbProblem& p) {
    return p.file == "questions.json" && p.message.find("needs \"skin_tones\"") != std::string::npos;
  }));
  bundle = with_pictures();
  bundle["questions.json"]["skin_tones"]["tones"].push_back({{"id", "light"}, {"text", "Again"}});
  bundle["questions.json"]["skin_tones"]["tones"].push_back({{"id", "very dark"}, {"text", "Space"}});
  bundle["questions.json"]["skin_tones"]["shade"] = 1;
  question(bundle, "q_raised")["figure"] = 5;
  question(bundle, "q_colour")["help_by_tone"] = {{"light", "not an object"}};
  problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "$.skin_tones.tones[2].id", "duplicate tone 'light'"));
  CHECK(has_problem(problems, "$.skin_tones.tones[3].id", "plain name"));
  CHECK(has_problem(problems, "$.skin_tones.shade", "unknown field"));
  std::size_t raised = 0, colour = 0;
  const json& qs = bundle["questions.json"]["questions"];
  while (qs[raised]["id"] != "q_raised") ++raised;
  while (qs[colour]["id"] != "q_colour") ++colour;
  CHECK(has_problem(problems, "$.questions[" + std::to_string(raised) + "].figure", "expected an object"));
  CHECK(has_problem(problems, "$.questions[" + std::to_string(colour) + "].help_by_tone.light", "expected an object"));
}

// Each cause's typical look (conditions/<id>.json "figure"): the same picture
// keys as a question's figure, passed on by describe(); anything else refused.
TEST_CASE("a cause's figure: describe() passes it on, and the loader refuses unknown keys and bad values") {
  json bundle = test::data_bundle();
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error);
  REQUIRE_MESSAGE(checker, error);
  json d = json::parse(checker->describe());
  std::size_t with_figure = 0;
  for (const json& c : d["conditions"]) {
    const json& want = bundle["conditions/" + c["id"].get<std::string>() + ".json"];
    CAPTURE(c["id"]);
    CHECK(c.value("figure", json()) == want.value("figure", json()));
    with_figure += c.contains("figure");
  }
  CHECK(with_figure > 0);

  json& cherry = bundle["conditions/cherry_angioma.json"];
  cherry["figure"]["picutre"] = "x";                       // misspelt key
  cherry["figure"]["caption"] = "Captions are for questions";  // not a cause's key
  cherry["figure"]["alt_by_tone"] = {{"purple", "x"}};     // not a skin tone
  bundle["conditions/measles.json"]["figure"] = {{"picture", "../measles"}, {"alt", "x"}};
  bundle["conditions/roseola.json"]["figure"] = {{"picture", "colour-pink"}};
  bundle["conditions/acne.json"]["figure"] = "blackheads";
  auto problems = test::load_bundle(bundle).problems;
  INFO(dump(problems));
  auto has = [&](const std::string& file, const std::string& path, const std::string& words) {
    return std::any_of(problems.begin(), problems.end(), [&](const spotcheck::KbProblem& p) {
      return p.file == file && p.path == path && p.message.find(words) != std::string::npos;
    });
  };
  CHECK(has("conditions/cherry_angioma.json", "$.figure.picutre", "unknown field (did you mean 'picture'?)"));
  CHECK(has("conditions/cherry_angioma.json", "$.figure.caption", "unknown field"));
  CHECK(has("conditions/cherry_angioma.json", "$.figure.alt_by_tone.purple", "unknown skin tone 'purple'"));
  CHECK(has("conditions/measles.json", "$.figure.picture", "plain name"));
  CHECK(has("conditions/roseola.json", "$.figure.alt", "missing field"));
  CHECK(has("conditions/acne.json", "$.figure", "expected an object"));
}
