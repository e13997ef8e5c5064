// Shared test helpers: the knowledge base from data/, cases from JSON, results as JSON.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>

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

}  // namespace test
