// The loader reports every problem with its file and path, not just the first.
#include <algorithm>

#include "helpers.hpp"

using test::json;

namespace {

std::vector<spotcheck::KbProblem> problems_of(const json& bundle) { return test::load_bundle(bundle).problems; }

bool has_problem(const std::vector<spotcheck::KbProblem>& problems, const std::string& file, const std::string& path,
                 const std::string& words) {
  return std::any_of(problems.begin(), problems.end(), [&](const spotcheck::KbProblem& p) {
    return p.file == file && p.path == path && p.message.find(words) != std::string::npos;
  });
}

std::string dump(const std::vector<spotcheck::KbProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.to_string() + "\n";
  return out;
}

}  // namespace

TEST_CASE("the shipped knowledge base loads without problems") {
  auto loaded = test::load_bundle(test::data_bundle());
  INFO(dump(loaded.problems));
  CHECK(loaded.ok());
  CHECK(loaded.kb.conditions.size() >= 20);
  CHECK(loaded.kb.rules.size() >= 10);
}

TEST_CASE("each validation error names the file, the path and the problem") {
  json bundle = test::data_bundle();
  const std::string cherry = "conditions/cherry_angioma.json";
  bundle[cherry]["likelihoods"]["fevr"] = 0.5;                  // unknown id
  bundle[cherry]["likelihoods"]["raised"] = 1.5;                // probability out of range
  bundle[cherry]["sources"] = json::array();                    // missing source
  bundle[cherry].erase("description");                          // missing field
  bundle["red_flags.json"]["rules"][0]["level"] = "soon";       // unknown level
  bundle["red_flags.json"]["rules"][1]["when"] = {{"finding", "fevre"}};  // unknown finding in a rule
  bundle["red_flags.json"]["rules"][2]["sources"] = {"nowhere"};          // unknown source
  bundle["findings.json"]["findings"][0]["base_rate"] = -0.1;             // out of range
  bundle["questions.json"]["questions"][0]["type"] = "essay";             // unknown type
  bundle["meta.json"].erase("version");

  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, cherry, "$.likelihoods.fevr", "unknown finding 'fevr'"));
  CHECK(has_problem(problems, cherry, "$.likelihoods.raised", "out of range"));
  CHECK(has_problem(problems, cherry, "$.sources", "non-empty"));
  CHECK(has_problem(problems, cherry, "$.description", "missing field"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].level", "unknown triage level 'soon'"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[1].when.finding", "unknown finding 'fevre'"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[2].sources[0]", "unknown source 'nowhere'"));
  CHECK(has_problem(problems, "findings.json", "$.findings[0].base_rate", "out of range"));
  CHECK(has_problem(problems, "questions.json", "$.questions[0].type", "unknown question type 'essay'"));
  CHECK(has_problem(problems, "meta.json", "$.version", "missing field"));
  CHECK(problems.size() >= 10);  // every problem, not just the first
}

TEST_CASE("structural problems are reported, not crashed on") {
  CHECK(has_problem(problems_of(json::array()), "(bundle)", "$", "expected an object"));
  json bundle = test::data_bundle();
  bundle.erase("sources.json");
  bundle["conditions/scurvy.json"] = "not an object";
  bundle["red_flags.json"]["rules"][0]["when"] = {{"all", json::array()}};
  bundle["red_flags.json"]["rules"][1]["when"] = {{"maybe", true}};
  auto& questions = bundle["questions.json"]["questions"];
  std::size_t size_question = 0;
  while (questions[size_question]["id"] != "q_size") ++size_question;
  questions[size_question]["options"] = json::array({{{"finding", "size_small"}, {"text", "Small"}}});
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "sources.json", "$", "file missing"));
  CHECK(has_problem(problems, "conditions/scurvy.json", "$", "expected a JSON object"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].when.all", "non-empty array"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[1].when", "unknown expression"));
  CHECK(has_problem(problems, "questions.json", "$.questions[" + std::to_string(size_question) + "].options", "at least two options"));
}

TEST_CASE("a condition file must be named after its id, and ids are unique") {
  json bundle = test::data_bundle();
  bundle["conditions/copy.json"] = bundle["conditions/cherry_angioma.json"];
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "conditions/copy.json", "$.id", "does not match the file name"));
  CHECK(has_problem(problems, "conditions/copy.json", "$.id", "duplicate condition"));
}

TEST_CASE("every finding must be asked by exactly one question") {
  json bundle = test::data_bundle();
  auto& questions = bundle["questions.json"]["questions"];
  json dropped = questions.back();
  questions.erase(questions.size() - 1);
  // Its first finding: a yes/no question's, or its first option's.
  std::string first = dropped.contains("findings") ? dropped["findings"][0].get<std::string>() : dropped["options"][0]["finding"].get<std::string>();
  auto problems = problems_of(bundle);
  CHECK(has_problem(problems, "questions.json", "$.questions", "no question asks finding '" + first + "'"));
  questions.push_back(dropped);
  questions.push_back(dropped);
  questions.back()["id"] = "q_again";
  CHECK(!problems_of(bundle).empty());
}
