// Every text the engine gives names its catalog id: a triage reason its
// text_id (and the cause it is about), an error its text_id and the values
// its message names. The English message is its template filled in: the
// templates are data/i18n/en/engine.json and meta.json "reason_texts".
#include <regex>
#include <set>

#include "helpers.hpp"
#include "result_json.hpp"

using test::json;

namespace {

const json& engine_texts() {
  static const json texts = json::parse(test::read_text(std::filesystem::path(SPOTCHECK_DATA_DIR) / "i18n" / "en" / "engine.json"));
  return texts;
}

// {name} replaced by params[name], numbers written as JavaScript writes them.
std::string fill(std::string text, const json& params) {
  for (const auto& [name, value] : params.items()) {
    const std::string slot = "{" + name + "}";
    const std::string with = value.is_string() ? value.get<std::string>() : value.dump();
    for (std::size_t at; (at = text.find(slot)) != std::string::npos;) text.replace(at, slot.size(), with);
  }
  return text;
}

std::set<std::string> placeholders(const std::string& text) {
  std::set<std::string> names;
  static const std::regex slot(R"(\{([A-Za-z0-9_]+)\})");
  for (std::sregex_iterator it(text.begin(), text.end(), slot), end; it != end; ++it) names.insert((*it)[1]);
  return names;
}

// The error's message is its engine.json template with its params, which are exactly the template's placeholders.
void check_error(const json& error) {
  const std::string id = error["text_id"];
  REQUIRE_MESSAGE(engine_texts().contains(id), id);
  const std::string tmpl = engine_texts()[id];
  std::set<std::string> given;
  for (const auto& [name, value] : error["params"].items()) given.insert(name);
  CHECK_MESSAGE(given == placeholders(tmpl), id);
  CHECK(fill(tmpl, error["params"]) == error["message"].get<std::string>());
}

}  // namespace

TEST_CASE("the errors no case can cause name their template, and fill it to their message") {
  for (const spotcheck::Error& e : {spotcheck::answer_failed("std::bad_alloc"), spotcheck::answer_failed(nullptr), spotcheck::describe_failed(),
                                    spotcheck::not_ready()}) {
    CAPTURE(e.message);
    CHECK(e.text_id.rfind("engine.error.internal.", 0) == 0);
    check_error(json::parse(spotcheck::error_json(e))["error"]);
  }
}

TEST_CASE("an error from the case parser carries its text id and values (the JS suite covers every id)") {
  const char* bad[] = {R"({"age": 121})", R"({"findings": {"fevr": true}})", R"({"age": 5, "age_months": 14})", R"({"age": 3, "age": 3})", "{"};
  for (const char* text : bad) {
    CAPTURE(text);
    json out = json::parse(test::checker().assess(text));
    REQUIRE(out.contains("error"));
    check_error(out["error"]);
  }
  json suggestion = json::parse(test::checker().assess(R"({"findings": {"fevr": true}})"))["error"];
  CHECK(suggestion["params"] == json{{"finding", "fevr"}, {"suggestion", "fever"}});
  json sizes = json::parse(test::checker().assess(R"({"age": 5, "age_months": 14})"))["error"];
  CHECK(sizes["params"] == json{{"months", 14}, {"years", 1}, {"age", 5}});
}

TEST_CASE("each triage reason names its catalog id and, for a cause, the cause's id") {
  const json meta = test::data_bundle()["meta.json"];
  const json cases[] = {
      {{"age", 16}, {"findings", {{"blanches_on_pressure", false}, {"fever", true}}}},  // rules
      {{"age", 30}, {"findings", {{"fever", false}, {"itchy", true}, {"wheals", true}}}},  // calm
      {{"age", 25}, {"findings", {{"burrows", true}, {"itch_worse_at_night", true}, {"household_itchy", true}}}},  // a cause
      {{"age", 4}, {"findings", {{"fever", true}, {"spreading_rapidly", true}}}},
      {{"age", 70}, {"findings", json::object()}},
  };
  std::set<std::string> kinds;
  for (const json& kase : cases) {
    CAPTURE(kase.dump());
    json r = test::assess(kase);
    for (const json& d : r["triage"]["reason_details"]) {
      const std::string id = d["text_id"];
      if (d.contains("rule")) {
        CHECK(id == "rule." + d["rule"].get<std::string>() + ".reason");
        CHECK(!d.contains("params"));
        kinds.insert("rule");
      } else if (d.contains("unexplained")) {
        CHECK((id == "meta.unexplained.reason" || id == "meta.unexplained.reason_lasting" || id == "meta.unexplained.reason_painful" ||
               id == "meta.unexplained.painful_urgent.reason"));
      } else {
        REQUIRE(id.rfind("meta.reason_texts.", 0) == 0);
        const std::string tmpl = meta["reason_texts"][id.substr(18)];
        if (d.contains("condition")) {
          CHECK(d["params"] == json{{"condition", d["condition"]}});
          std::string name;
          for (const json& c : r["conditions"])
            if (c["id"] == d["condition"]) name = c["name"];
          CHECK(fill(tmpl, {{"condition", name}}) == d["text"].get<std::string>());
          kinds.insert("cause");
        } else {
          CHECK(!d.contains("params"));
          CHECK(tmpl == d["text"].get<std::string>());
        }
      }
    }
  }
  CHECK(kinds == std::set<std::string>{"rule", "cause"});
}

TEST_CASE("meta.json reason_texts: each about a cause names it with {condition}, and no other placeholder") {
  json bundle = test::data_bundle();
  json& texts = bundle["meta.json"]["reason_texts"];
  texts["cause_best"] = "Your answers fit {cause} best.";
  texts["calm_harmless"] = "No {condition here.";
  texts["cause_needs_checking"] = "Your answers could fit a cause.";
  texts["warning_signs_together"] = "Some answers about {condition}.";
  texts.erase("calm_unclear");
  texts["cause_bset"] = "x";
  auto problems = test::problem_texts(bundle);
  CHECK(test::mentions(problems, "$.reason_texts.cause_best: unknown placeholder '{cause}'"));
  CHECK(test::mentions(problems, "$.reason_texts.calm_harmless: a '{' that is not part of a placeholder"));
  CHECK(test::mentions(problems, "$.reason_texts.cause_needs_checking: must name the cause with {condition}"));
  CHECK(test::mentions(problems, "$.reason_texts.warning_signs_together: unknown placeholder '{condition}' (this text has none)"));
  CHECK(test::mentions(problems, "$.reason_texts.calm_unclear: missing field"));
  CHECK(test::mentions(problems, "$.reason_texts.cause_bset: unknown field (did you mean 'cause_best'?)"));
  CHECK(problems.size() == 6);
}
