// The loader reports every problem with its file and path, not just the first.
#include <algorithm>

#include "helpers.hpp"
#include "result_json.hpp"

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

TEST_CASE("the tiny test knowledge base loads") {
  auto loaded = test::load_bundle(test::tiny_bundle());
  INFO(dump(loaded.problems));
  CHECK(loaded.ok());
}

TEST_CASE("'implies' must name other findings, and no chain may come back") {
  auto with = [](const std::vector<std::pair<int, json>>& implies) {
    json bundle = test::tiny_bundle();
    for (const auto& [i, list] : implies) bundle["findings.json"]["findings"][i]["implies"] = list;
    return problems_of(bundle);
  };
  CHECK(has_problem(with({{0, {"zz"}}}), "findings.json", "$.findings[0].implies[0]", "unknown finding 'zz'"));
  CHECK(has_problem(with({{0, {"a"}}}), "findings.json", "$.findings[0].implies[0]", "cannot imply itself"));
  CHECK(has_problem(with({{0, {"b", "b"}}}), "findings.json", "$.findings[0].implies[1]", "listed twice"));
  CHECK(has_problem(with({{0, "b"}}), "findings.json", "$.findings[0].implies", "expected an array"));
  CHECK(has_problem(with({{0, {1}}}), "findings.json", "$.findings[0].implies[0]", "expected a finding id"));
  auto cycle = with({{0, {"b"}}, {1, {"c"}}, {2, {"a"}}});
  INFO(dump(cycle));
  CHECK(has_problem(cycle, "findings.json", "$.findings[2].implies", "cycle: a -> b -> c -> a"));
  CHECK(with({{0, {"b", "c"}}, {1, {"c"}}}).empty());  // a diamond is not a cycle
}

TEST_CASE("unknown keys are refused everywhere in the knowledge base, with a 'did you mean'") {
  json bundle = test::tiny_bundle();
  bundle["meta.json"]["serious_cause_treshold"] = 0.1;
  bundle["meta.json"]["triage_levels"][0]["advise"] = "x";
  bundle["meta.json"]["cause_thresholds"]["self_care"] = 0.5;
  bundle["sources.json"]["s"]["tittle"] = "x";
  bundle["findings.json"]["extra"] = 1;
  bundle["findings.json"]["findings"][0]["implise"] = {"b"};
  bundle["questions.json"]["questions"][0]["red-flag"] = true;
  bundle["questions.json"]["questions"][1]["options"] = json::array();  // a yes/no question has findings, not options
  bundle["red_flags.json"]["rules"][0]["sorces"] = {"s"};
  bundle["red_flags.json"]["rules"][0]["when"]["iss"] = true;
  bundle["conditions/one.json"]["likelihood"] = json::object();
  bundle["conditions/one.json"]["prior"]["by_sex"] = {{"female", 1.0}, {"other", 1.0}};
  bundle["conditions/one.json"]["prior"]["by_age"] = {{{"min", 0}, {"max", 5}, {"factor", 1.0}, {"weight", 2}}};
  bundle["conditions/one.json"]["prior"]["bse"] = 0.1;
  bundle["extra.json"] = json::object();
  bundle[""] = json::object();  // found by the loader fuzzer: a problem with no file name
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "meta.json", "$.serious_cause_treshold", "unknown field (did you mean 'serious_cause_threshold'?)"));
  CHECK(has_problem(problems, "meta.json", "$.triage_levels[0].advise", "unknown field (did you mean 'advice'?)"));
  CHECK(has_problem(problems, "meta.json", "$.cause_thresholds.self_care", "unknown field"));
  CHECK(has_problem(problems, "sources.json", "$.s.tittle", "unknown field (did you mean 'title'?)"));
  CHECK(has_problem(problems, "findings.json", "$.extra", "unknown field"));
  CHECK(has_problem(problems, "findings.json", "$.findings[0].implise", "unknown field (did you mean 'implies'?)"));
  CHECK(has_problem(problems, "questions.json", "$.questions[0].red-flag", "unknown field (did you mean 'red_flag'?)"));
  CHECK(has_problem(problems, "questions.json", "$.questions[1].options", "unknown field"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].sorces", "unknown field (did you mean 'sources'?)"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].when.iss", "unknown field"));
  CHECK(has_problem(problems, "conditions/one.json", "$.likelihood", "unknown field (did you mean 'likelihoods'?)"));
  CHECK(has_problem(problems, "conditions/one.json", "$.prior.by_sex.other", "unknown field"));
  CHECK(has_problem(problems, "conditions/one.json", "$.prior.by_age[0].weight", "unknown field"));
  CHECK(has_problem(problems, "conditions/one.json", "$.prior.bse", "unknown field (did you mean 'base'?)"));
  CHECK(has_problem(problems, "extra.json", "$", "unknown file"));
  CHECK(has_problem(problems, "(bundle)", "$", "a file with no name"));
  // Notes for people editing the files are allowed, as text.
  json notes = test::tiny_bundle();
  for (const char* file : {"meta.json", "findings.json", "questions.json", "red_flags.json", "conditions/one.json", "sources.json"})
    notes[file]["about"] = "A note.";
  notes["findings.json"]["findings"][0]["note"] = "A note.";
  notes["questions.json"]["questions"][0]["note"] = "A note.";
  notes["red_flags.json"]["rules"][0]["note"] = "A note.";
  notes["sources.json"]["s"]["note"] = "A note.";
  CHECK(problems_of(notes).empty());
  notes["red_flags.json"]["rules"][0]["note"] = 3;
  CHECK(has_problem(problems_of(notes), "red_flags.json", "$.rules[0].note", "expected a string"));
}

TEST_CASE("a key repeated in a data file is reported with the file and the path") {
  const json tiny = test::tiny_bundle();
  std::vector<std::pair<std::string, std::string>> files;
  for (auto it = tiny.begin(); it != tiny.end(); ++it) files.push_back({it.key(), it.value().dump()});
  auto ok = spotcheck::load_knowledge_base_files(files);
  INFO(dump(ok.problems));
  CHECK(ok.ok());
  for (auto& [name, text] : files) {
    if (name == "conditions/one.json") text.insert(text.find("\"likelihoods\":{") + 15, "\"a\":0.5,");
    if (name == "red_flags.json") text.insert(text.find("\"id\":\"w_yes\"") + 12, ",\"level\":\"consult\"");
    if (name == "questions.json") text.pop_back();  // not JSON
  }
  auto bad = spotcheck::load_knowledge_base_files(files);
  INFO(dump(bad.problems));
  CHECK(has_problem(bad.problems, "conditions/one.json", "$.likelihoods.a", "duplicate key 'a'"));
  CHECK(has_problem(bad.problems, "red_flags.json", "$.rules[0].level", "duplicate key 'level'"));
  CHECK(has_problem(bad.problems, "questions.json", "$", "not valid JSON"));
  // The same in a bundle's text (Checker::create, kb_check on a bundle): the file is the first step.
  std::string bundle = test::tiny_bundle().dump();
  bundle.insert(bundle.find("\"likelihoods\":{") + 15, "\"a\":0.5,");
  auto from_text = spotcheck::load_knowledge_base_text(bundle);
  INFO(dump(from_text.problems));
  CHECK(has_problem(from_text.problems, "conditions/one.json", "$.likelihoods.a", "duplicate key 'a'"));
  std::string error;
  CHECK_FALSE(spotcheck::Checker::create(bundle, error));
  CHECK(error.find("conditions/one.json: $.likelihoods.a: duplicate key 'a'") != std::string::npos);
  CHECK(has_problem(spotcheck::load_knowledge_base_text("{\"meta.json\":{},\"meta.json\":{}}").problems, "(bundle)", "$", "given twice"));
  CHECK(has_problem(spotcheck::load_knowledge_base_text("{").problems, "(bundle)", "$", "not valid JSON"));
}

TEST_CASE("age rule bounds are whole numbers in range, and a rule may read at most 20 findings with a warning answer") {
  auto with_when = [](json when) {
    json bundle = test::tiny_bundle();
    bundle["red_flags.json"]["rules"][0]["when"] = std::move(when);
    return problems_of(bundle);
  };
  CHECK(with_when({{"age_months_max", 2}}).empty());
  CHECK(with_when({{"age_months_min", 1451}}).empty());
  CHECK(has_problem(with_when({{"age_months_max", 2.5}}), "red_flags.json", "$.rules[0].when.age_months_max", "whole number"));
  CHECK(has_problem(with_when({{"age_months_min", 1452}}), "red_flags.json", "$.rules[0].when.age_months_min", "out of range"));
  CHECK(has_problem(with_when({{"age_max", 1.5}}), "red_flags.json", "$.rules[0].when.age_max", "whole number"));
  CHECK(has_problem(with_when({{"age_months_max", 2}, {"age_max", 1}}), "red_flags.json", "$.rules[0].when", "exactly one operator"));
  // 21 findings with a warning answer in one rule: refused; 20 is the limit.
  json bundle = test::tiny_bundle();
  json all = json::array();
  for (int i = 0; i < 21; ++i) {
    std::string id = "x" + std::to_string(i);
    bundle["findings.json"]["findings"].push_back(
        {{"id", id}, {"group", "g"}, {"label", "Label"}, {"text", "Text."}, {"base_rate", 0.2}, {"warning_answer", true}});
    bundle["questions.json"]["questions"].push_back({{"id", "q_" + id}, {"type", "yes_no"}, {"text", "Question?"}, {"findings", {id}}});
    all.push_back({{"finding", id}});
  }
  bundle["red_flags.json"]["rules"][0]["when"] = {{"all", all}};
  CHECK(has_problem(problems_of(bundle), "red_flags.json", "$.rules[0].when", "reads 21 findings with a warning answer; at most 20"));
  all.erase(all.size() - 1);
  bundle["red_flags.json"]["rules"][0]["when"] = {{"all", all}};
  CHECK(problems_of(bundle).empty());
}

// The wasm keeps the texts shown only with results apart (scripts/bundle-kb.mjs
// --texts, spotcheck_texts.json). Only a bundle loaded with texts_required
// false may lack them; describe() then leaves them out for spotcheck.mjs to add.
TEST_CASE("the causes' and findings' result texts are required unless the bundle keeps them apart") {
  json bundle = test::data_bundle();
  for (auto& [name, content] : bundle.items()) {
    if (name.rfind("conditions/", 0) == 0)
      for (const char* key : {"description", "care", "warning_signs"}) content.erase(key);
  }
  for (auto& f : bundle["findings.json"]["findings"]) f.erase("label"), f.erase("text");
  auto parsed = spotcheck::json::parse(bundle.dump());
  REQUIRE(parsed);

  auto strict = spotcheck::load_knowledge_base(*parsed);
  CHECK(!strict.ok());
  bool named_description = false;
  for (const auto& p : strict.problems) named_description = named_description || (p.path == "$.description" && p.message == "missing field");
  CHECK(named_description);

  spotcheck::KbLoadOptions apart_options;
  apart_options.texts_required = false;
  auto apart = spotcheck::load_knowledge_base(*parsed, apart_options);
  for (const auto& p : apart.problems) MESSAGE(p.to_string());
  REQUIRE(apart.ok());
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error, apart_options);
  REQUIRE(checker);
  json d = json::parse(checker->describe());
  for (const auto& c : d["conditions"]) CHECK((!c.contains("description") && !c.contains("care") && !c.contains("warning_signs")));
  for (const auto& f : d["findings"]) CHECK(!f.contains("label"));
  // Half a text is still a problem: a cause with a description must have its care and warning signs.
  bundle["conditions/scurvy.json"]["description"] = "Scurvy is a lack of vitamin C.";
  auto half = spotcheck::load_knowledge_base(*spotcheck::json::parse(bundle.dump()), apart_options);
  CHECK(!half.ok());
}

// The rules' reasons and the questions' words go apart too (scripts/bundle-kb.mjs
// --texts): the engine then answers with empty texts that spotcheck.mjs fills
// from spotcheck_interview_texts.json before any answer goes out.
TEST_CASE("the rules' reasons and the questions' words are required unless the bundle keeps them apart") {
  json bundle = test::data_bundle();
  for (auto& rule : bundle["red_flags.json"]["rules"]) rule.erase("reason");
  for (auto& q : bundle["questions.json"]["questions"]) {
    for (const char* key : {"text", "help", "text_for", "help_by_tone", "figure"}) q.erase(key);
    if (q.contains("options"))
      for (auto& option : q["options"]) option = json{{"finding", option["finding"]}};
  }
  auto parsed = spotcheck::json::parse(bundle.dump());
  REQUIRE(parsed);

  auto strict = spotcheck::load_knowledge_base(*parsed);
  CHECK(!strict.ok());
  bool named_reason = false, named_question = false, named_option = false;
  for (const auto& p : strict.problems) {
    named_reason = named_reason || (p.path == "$.rules[0].reason" && p.message == "missing field");
    named_question = named_question || (p.path == "$.questions[0].text" && p.message == "missing field");
    named_option = named_option || (p.path.find(".options[0].text") != std::string::npos && p.message == "missing field");
  }
  CHECK(named_reason);
  CHECK(named_question);
  CHECK(named_option);

  spotcheck::KbLoadOptions apart_options;
  apart_options.texts_required = false;
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error, apart_options);
  REQUIRE(checker);
  json d = json::parse(checker->describe());
  for (const auto& q : d["questions"]) {
    CHECK(q["text"] == "");
    CHECK(!q.contains("help"));
    if (q.contains("options"))
      for (const auto& option : q["options"]) CHECK((option["text"] == "" && !option.contains("picture")));
  }
  // A rule still fires and says which (its id and text_id), with its words left for spotcheck.mjs.
  json result = json::parse(checker->assess(R"({"age": 3, "findings": {"fever": true, "blanches_on_pressure": false}})"));
  REQUIRE(!result["triage"]["reason_details"].empty());
  CHECK(result["triage"]["level"] == "emergency");
  bool rule_reason = false;
  for (const auto& detail : result["triage"]["reason_details"])
    if (detail.contains("rule")) {
      rule_reason = true;
      CHECK(detail["text"] == "");
      CHECK(detail["text_id"] == "rule." + detail["rule"].get<std::string>() + ".reason");
    }
  CHECK(rule_reason);
}

TEST_CASE("meta.json emergency_call: numbers of digits, each region under one number, a default among them, known sources") {
  json bundle = test::data_bundle();
  json& call = bundle["meta.json"]["emergency_call"];
  const std::string first = call["numbers"][0]["regions"][0];
  call["numbers"][0]["number"] = "99x";                   // not digits
  call["numbers"][1]["regions"].push_back(first);          // a region under two numbers
  call["numbers"][2]["regions"].push_back("usa");          // not a two-letter code
  call["numbers"][3]["numbr"] = "000";                     // unknown key
  call["default_number"] = "123";                          // not one of the numbers
  call["sources"].push_back("nowhere");                    // unknown source
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.numbers[0].number", "expected 2 to 4 digits"));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.numbers[1].regions[" + std::to_string(call["numbers"][1]["regions"].size() - 1) + "]",
                    "is under two numbers"));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.numbers[2].regions[" + std::to_string(call["numbers"][2]["regions"].size() - 1) + "]",
                    "two-letter country code"));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.numbers[3].numbr", "unknown field"));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.default_number", "must be one of the numbers"));
  CHECK(has_problem(problems, "meta.json", "$.emergency_call.sources[" + std::to_string(call["sources"].size() - 1) + "]", "unknown source 'nowhere'"));

  json missing = test::data_bundle();
  missing["meta.json"].erase("emergency_call");
  missing["meta.json"]["cause_below_advice"].erase("text");
  auto gone = problems_of(missing);
  INFO(dump(gone));
  CHECK(has_problem(gone, "meta.json", "$.emergency_call", "missing field"));
  CHECK(has_problem(gone, "meta.json", "$.cause_below_advice.text", "missing field"));

  // The shipped one passes through describe() as it is in data/.
  auto loaded = test::load_bundle(test::data_bundle());
  REQUIRE(loaded.ok());
  const json described = json::parse(spotcheck::describe_json(loaded.kb));
  CHECK(described["emergency_call"] == test::data_bundle()["meta.json"]["emergency_call"]);
  CHECK(described["cause_below_advice"] == test::data_bundle()["meta.json"]["cause_below_advice"]);
}

namespace {

// A rule's "when" with every {"pattern": id} written out, as data/README.md says the loader reads it.
json written_out(const json& expr, const json& patterns) {
  if (expr.is_array()) {
    json out = json::array();
    for (const json& e : expr) out.push_back(written_out(e, patterns));
    return out;
  }
  if (!expr.is_object()) return expr;
  if (expr.contains("pattern"))
    for (const json& p : patterns)
      if (p["id"] == expr["pattern"]) return written_out(p["when"], patterns);
  json out = json::object();
  for (const auto& [key, value] : expr.items()) out[key] = written_out(value, patterns);
  return out;
}

bool same_tree(const spotcheck::Expr& a, const spotcheck::Expr& b) {
  if (a.kind != b.kind || a.finding != b.finding || a.expected != b.expected || a.age != b.age || a.children.size() != b.children.size())
    return false;
  for (std::size_t i = 0; i < a.children.size(); ++i)
    if (!same_tree(a.children[i], b.children[i])) return false;
  return true;
}

}  // namespace

TEST_CASE("a rule naming a pattern loads as the same rule with the pattern written out (data/README.md, red_flags.json patterns)") {
  const json bundle = test::data_bundle();
  const json& patterns = bundle["red_flags.json"]["patterns"];
  REQUIRE(patterns.is_array());
  json plain = bundle;
  plain["red_flags.json"].erase("patterns");
  std::size_t naming = 0;
  for (json& rule : plain["red_flags.json"]["rules"]) {
    json out = written_out(rule["when"], patterns);
    naming += out != rule["when"];
    rule["when"] = std::move(out);
  }
  CHECK(naming > 0);  // some shipped rule names a pattern, or this test proves nothing
  auto with = test::load_bundle(bundle);
  auto without = test::load_bundle(plain);
  INFO(dump(with.problems) << dump(without.problems));
  REQUIRE(with.ok());
  REQUIRE(without.ok());
  REQUIRE(with.kb.rules.size() == without.kb.rules.size());
  for (std::size_t i = 0; i < with.kb.rules.size(); ++i) {
    INFO(with.kb.rules[i].id);
    CHECK(same_tree(with.kb.rules[i].when, without.kb.rules[i].when));
    CHECK(with.kb.rules[i].findings == without.kb.rules[i].findings);
    CHECK(with.kb.rules[i].required == without.kb.rules[i].required);
  }
}

TEST_CASE("an unknown, later, unused or repeated pattern fails the build with its path") {
  json bundle = test::data_bundle();
  json& flags = bundle["red_flags.json"];
  const std::size_t n = flags["patterns"].size();
  REQUIRE(n > 0);
  const std::string first = flags["patterns"][0]["id"];
  flags["rules"][0]["when"] = {{"all", {flags["rules"][0]["when"], {{"pattern", "nope"}}}}};
  flags["rules"][1]["when"] = {{"all", {flags["rules"][1]["when"], {{"pattern", first}, {"finding", "fever"}}}}};  // a pattern beside another operator
  // Listed first, naming one listed after it; and one no rule names; and a second with the first's id.
  flags["patterns"].insert(flags["patterns"].begin(), json{{"id", "early"}, {"sources", {"nice_ng240"}}, {"when", {{"pattern", first}}}});
  flags["patterns"].push_back(json{{"id", "unused"}, {"sources", {"nice_ng240"}}, {"when", {{"finding", "fever"}}}});
  flags["patterns"].push_back(json{{"id", first}, {"sources", {"nice_ng240"}}, {"when", {{"finding", "fever"}}}});
  auto problems = problems_of(bundle);
  INFO(dump(problems));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].when.all[1].pattern", "unknown pattern 'nope'"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[1].when.all[1].pattern", "unknown field"));
  CHECK(has_problem(problems, "red_flags.json", "$.patterns[0].when.pattern", "only the patterns listed before it"));
  CHECK(has_problem(problems, "red_flags.json", "$.patterns[0]", "no rule uses pattern 'early'"));
  CHECK(has_problem(problems, "red_flags.json", "$.patterns[" + std::to_string(n + 1) + "]", "no rule uses pattern 'unused'"));
  CHECK(has_problem(problems, "red_flags.json", "$.patterns[" + std::to_string(n + 2) + "].id", "duplicate pattern '" + first + "'"));
}

// data/README.md: {"question_unsure": id} is "Not sure" to every option of
// that question, the whole list: the loader writes it as an "all" of the
// options' "Not sure", taken from questions.json, so a rule that tells a
// "Not sure" to one option from one to the whole list lists nothing by hand.
TEST_CASE("question_unsure stands for Not sure to every option of the question, from questions.json") {
  json bundle = test::data_bundle();
  const json& questions = bundle["questions.json"]["questions"];
  const json* groups = nullptr;
  for (const json& q : questions)
    if (q.value("type", "") == "multiple") groups = &q;  // the last tick-all question: any would do
  REQUIRE(groups != nullptr);
  json listed = json::array();
  for (const json& option : (*groups)["options"]) listed.push_back({{"finding", option["finding"]}, {"is", "unknown"}});
  bundle["red_flags.json"]["rules"][0]["when"] = {{"question_unsure", (*groups)["id"]}};
  json by_hand = test::data_bundle();
  by_hand["red_flags.json"]["rules"][0]["when"] = {{"all", listed}};
  auto named = test::load_bundle(bundle);
  auto written = test::load_bundle(by_hand);
  INFO(dump(named.problems) << dump(written.problems));
  REQUIRE(named.ok());
  REQUIRE(written.ok());
  CHECK(same_tree(named.kb.rules[0].when, written.kb.rules[0].when));
  CHECK(named.kb.rules[0].findings == written.kb.rules[0].findings);

  bundle["red_flags.json"]["rules"][0]["when"] = {{"question_unsure", "q_nope"}};
  bundle["red_flags.json"]["rules"][1]["when"] = {{"question_unsure", (*groups)["id"]}, {"finding", "fever"}};
  auto problems = problems_of(bundle);
  CHECK(has_problem(problems, "red_flags.json", "$.rules[0].when.question_unsure", "unknown question 'q_nope'"));
  CHECK(has_problem(problems, "red_flags.json", "$.rules[1].when.question_unsure", "unknown field"));
}
