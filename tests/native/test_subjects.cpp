// Who the check is for (questions.json "subjects") and the questions'
// wording for each (a question's "text_for"): checked by the loader, given
// by describe().
#include <algorithm>

#include "helpers.hpp"
#include "result_json.hpp"

using test::json;

namespace {

json subjects() {
  return {{"text", "Who is this for?"},
          {"options", {{{"id", "self"}, {"text", "Me"}, {"title", "About you"}}, {{"id", "child"}, {"text", "My child"}, {"title", "About your child"}}}}};
}

}  // namespace

TEST_CASE("describe() gives the shipped subjects and each question's wording for them, as in data/questions.json") {
  json file = json::parse(test::read_text(std::filesystem::path(SPOTCHECK_DATA_DIR) / "questions.json"));
  json described = json::parse(spotcheck::describe_json(test::kb()));
  CHECK(described["subjects"] == file["subjects"]);
  int worded = 0;
  for (std::size_t i = 0; i < file["questions"].size(); ++i) {
    const json& q = file["questions"][i];
    INFO(q["id"]);
    CHECK(described["questions"][i]["id"] == q["id"]);
    if (!q.contains("text_for")) {
      CHECK_FALSE(described["questions"][i].contains("text_for"));
      continue;
    }
    ++worded;
    CHECK(described["questions"][i]["text_for"] == q["text_for"]);
  }
  CHECK(worded > 0);
}

TEST_CASE("text_for names known subjects with non-empty words, subjects are plain unique ids, and unknown keys are refused") {
  json bundle = test::tiny_bundle();
  bundle["questions.json"]["subjects"] = subjects();
  bundle["questions.json"]["questions"][0]["text_for"] = {{"self", "Do you have a?"}, {"child", "Does your child have a?"}};
  CHECK(test::problem_texts(bundle).empty());

  bundle["questions.json"]["questions"][0]["text_for"] = {{"self", ""}, {"pet", "Does your dog have a?"}};
  bundle["questions.json"]["questions"][1]["text_for"] = json::object();
  bundle["questions.json"]["questions"][2]["text_four"] = {{"self", "x"}};
  bundle["questions.json"]["subjects"]["options"][1]["id"] = "Self";
  bundle["questions.json"]["subjects"]["options"].push_back({{"id", "self"}, {"text", "Me again"}, {"title", "About you"}, {"label", "x"}});
  auto problems = test::problem_texts(bundle);
  CHECK(test::mentions(problems, "$.questions[0].text_for.self: expected a non-empty string"));
  CHECK(test::mentions(problems, "$.questions[0].text_for.pet: unknown subject 'pet'"));
  CHECK(test::mentions(problems, "$.questions[1].text_for: expected an object keyed by subject"));
  CHECK(test::mentions(problems, "$.questions[2].text_four: unknown field"));
  CHECK(test::mentions(problems, "$.subjects.options[1].id: expected a plain name"));
  CHECK(test::mentions(problems, "$.subjects.options[2].id: duplicate subject 'self'"));
  CHECK(test::mentions(problems, "$.subjects.options[2].label: unknown field"));

  json none = test::tiny_bundle();  // no subjects at all: any text_for names an unknown one
  none["questions.json"]["questions"][0]["text_for"] = {{"self", "Do you have a?"}};
  CHECK(test::mentions(test::problem_texts(none), "$.questions[0].text_for.self: unknown subject 'self'"));
}
