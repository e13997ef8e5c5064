// Shared test helpers: the knowledge base from data/, cases from JSON, results as JSON.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "case_parser.hpp"
#include "checker.hpp"
#include "engine.hpp"
#include "kb_loader.hpp"

namespace test {

using nlohmann::json;

inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << path.string());
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// data/ as the bundle the build embeds: file name -> content.
inline json data_bundle() {
  namespace fs = std::filesystem;
  const fs::path dir = SPOTCHECK_DATA_DIR;
  json bundle = json::object();
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") bundle[entry.path().filename().string()] = json::parse(read_text(entry.path()));
  for (const auto& entry : fs::directory_iterator(dir / "conditions"))
    if (entry.path().extension() == ".json")
      bundle["conditions/" + entry.path().filename().string()] = json::parse(read_text(entry.path()));
  return bundle;
}

// Loads a bundle built with nlohmann through the engine's own JSON reader.
inline spotcheck::KbLoadResult load_bundle(const json& bundle) {
  auto parsed = spotcheck::json::parse(bundle.dump());
  REQUIRE(parsed);
  return spotcheck::load_knowledge_base(*parsed);
}

// A bundle's load problems as text ("file $.path: message"), and whether one of them says `words`.
inline std::vector<std::string> problem_texts(const json& bundle) {
  std::vector<std::string> out;
  for (const auto& p : load_bundle(bundle).problems) out.push_back(p.to_string());
  return out;
}

inline bool mentions(const std::vector<std::string>& problems, const std::string& words) {
  return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(words) != std::string::npos; });
}

// meta.json's blocks beyond the levels and thresholds (the safety net
// "unexplained", the start screen's "emergency_signs", whatever comes next)
// for a test knowledge base: copied from data/meta.json, so they follow its
// schema, with the sources replaced by "s" and the safety net's findings,
// level and thresholds by these.
inline void add_meta_texts(json& meta, const char* level, double threshold, int min_answers, const std::vector<std::string>& systemic) {
  static const json real = [] {
    return json::parse(read_text(std::filesystem::path(SPOTCHECK_DATA_DIR) / "meta.json"));
  }();
  for (auto it = real.begin(); it != real.end(); ++it) {
    if (meta.contains(it.key()) || it.key() == "about" || !it.value().is_object()) continue;
    json block = it.value();
    if (block.contains("sources")) block["sources"] = {"s"};
    meta[it.key()] = block;
  }
  if (meta.contains("unexplained")) {
    json& u = meta["unexplained"];
    u["level"] = level, u["threshold"] = threshold, u["min_answers"] = min_answers, u["systemic_findings"] = systemic;
    u["lasting_findings"] = json::array();  // data/'s name findings a test knowledge base does not have
    u["painful_findings"] = json::array();
    u.erase("painful_urgent");  // it needs painful_findings, and names data/'s findings
  }
}

// A small valid knowledge base, written here (it does not change when data/
// does): findings a, b, c, w (w's warning answer is yes), one question each,
// two causes and one rule (w yes: urgent). Tests change it and load it.
inline json tiny_bundle() {
  json findings = json::array(), questions = json::array();
  for (const char* id : {"a", "b", "c", "w"}) {
    json f = {{"id", id}, {"group", "g"}, {"label", "Label"}, {"text", "Text."}, {"base_rate", 0.2}};
    if (std::string(id) == "w") f["warning_answer"] = true;
    findings.push_back(f);
    questions.push_back({{"id", std::string("q_") + id}, {"type", "yes_no"}, {"text", "Question?"}, {"findings", {id}}});
  }
  json meta = {{"version", "tiny"}, {"triage_levels", json::array()}, {"serious_cause_threshold", 0.1},
               {"cause_thresholds", {{"consult", 0.3}, {"urgent", 0.3}, {"emergency", 0.6}}}};
  for (const char* l : {"self_care", "consult", "urgent", "emergency"}) meta["triage_levels"].push_back({{"id", l}, {"advice", "Advice."}});
  add_meta_texts(meta, "consult", 1.0, 3, {"w"});
  auto condition = [](const char* id, const char* urgency, double a) {
    return json{{"id", id}, {"name", "Cause"}, {"description", "Description."}, {"urgency", urgency}, {"prior", {{"base", 0.1}}},
                {"likelihoods", {{"a", a}}}, {"care", {"Care."}}, {"warning_signs", {"Sign."}}, {"sources", {"s"}}};
  };
  return {{"meta.json", meta},
          {"sources.json", {{"s", {{"title", "Title"}, {"publisher", "Publisher"}, {"url", ""}}}}},
          {"findings.json", {{"sources", {"s"}}, {"findings", findings}}},
          {"questions.json", {{"sources", {"s"}}, {"questions", questions}}},
          {"conditions/one.json", condition("one", "self_care", 0.8)},
          {"conditions/two.json", condition("two", "consult", 0.2)},
          {"red_flags.json",
           {{"rules", {{{"id", "w_yes"}, {"level", "urgent"}, {"reason", "A reason long enough to read."}, {"when", {{"finding", "w"}}},
                        {"sources", {"s"}}}}}}}};
}

inline const spotcheck::KnowledgeBase& kb() {
  static const spotcheck::KnowledgeBase instance = [] {
    auto loaded = load_bundle(data_bundle());
    for (const auto& p : loaded.problems) MESSAGE(p.to_string());
    REQUIRE(loaded.ok());
    return loaded.kb;
  }();
  return instance;
}

inline const spotcheck::Checker& checker() {
  static const std::unique_ptr<spotcheck::Checker> instance = [] {
    std::string error;
    auto c = spotcheck::Checker::create_builtin(error);
    INFO(error);
    REQUIRE(c);
    return c;
  }();
  return *instance;
}

// A random case over data/'s findings: up to `most` of them answered yes, no
// or not sure (4:4:2), with and without an age and a sex.
inline json random_case(std::mt19937& rng, int most = 14) {
  json findings = json::object();
  std::uniform_int_distribution<int> how_many(0, most), pick(0, static_cast<int>(kb().findings.size()) - 1), answer(0, 9);
  for (int n = how_many(rng); n > 0; --n) {
    int a = answer(rng);
    findings[kb().findings[pick(rng)].id] = a < 4 ? json(true) : a < 8 ? json(false) : json("unknown");
  }
  json kase = {{"findings", findings}};
  if (rng() % 4) kase["age"] = static_cast<int>(rng() % 100);
  if (rng() % 2) kase["sex"] = rng() % 2 ? "female" : "male";
  return kase;
}

// Assesses a case through the text API, as the wasm module does.
inline json assess(const json& kase) { return json::parse(checker().assess(kase.dump())); }

inline spotcheck::Case parse(const json& kase) {
  auto parsed = spotcheck::parse_case(kase.dump(), kb());
  REQUIRE(std::holds_alternative<spotcheck::Case>(parsed));
  return std::get<spotcheck::Case>(parsed);
}

inline std::string level(const json& result) { return result.at("triage").at("level").get<std::string>(); }

inline int level_rank(const std::string& level) {
  spotcheck::Level l;
  REQUIRE(spotcheck::parse_level(level, l));
  return static_cast<int>(l);
}

inline std::string top_cause(const json& result) { return result.at("conditions").at(0).at("id").get<std::string>(); }

// The question that asks finding `f` of the built-in knowledge base; fails the test when none does.
inline const spotcheck::Question& question_of(int f) {
  const auto& questions = kb().questions;
  for (const auto& q : questions)
    if (std::find(q.findings.begin(), q.findings.end(), f) != q.findings.end()) return q;
  FAIL("no question asks finding " << f);
  return questions.front();
}

inline const spotcheck::Question& question_of(const std::string& finding) {
  const int f = kb().find_finding(finding);
  REQUIRE_MESSAGE(f >= 0, finding);
  return question_of(f);
}

// data/meta.json "unexplained": the safety net's thresholds, lists and texts.
inline const json& unexplained_meta() {
  static const json meta = data_bundle()["meta.json"]["unexplained"];
  return meta;
}

// The text ids of the safety net's reasons in a result, in order.
inline std::vector<std::string> net_reasons(const json& result) {
  std::vector<std::string> ids;
  for (const json& d : result["triage"]["reason_details"])
    if (d.contains("unexplained")) ids.push_back(d["text_id"]);
  return ids;
}

}  // namespace test
