// Builds a KnowledgeBase from the data/ files and reports every problem found,
// each with the file, the JSON path inside it and what is wrong.
#pragma once

#include <string>
#include <vector>

#include "json.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

struct KbProblem {
  std::string file, path, message;
  std::string to_string() const { return file + ": " + path + ": " + message; }
};

struct KbLoadResult {
  KnowledgeBase kb;
  std::vector<KbProblem> problems;  // empty when kb is valid
  bool ok() const { return problems.empty(); }
};

// `bundle` maps a file name relative to data/ ("meta.json", "conditions/x.json")
// to that file's parsed content.
KbLoadResult load_knowledge_base(const json::Value& bundle);

}  // namespace spotcheck
