// Builds a KnowledgeBase from the data/ files and reports every problem found,
// each with the file, the JSON path inside it and what is wrong.
#pragma once

#include <string>
#include <string_view>
#include <utility>
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

// The same from the bundle's text (as scripts/bundle-kb.mjs writes it): text
// that is not JSON is a problem, and so is a key repeated in one object,
// reported with its file and the path inside it.
KbLoadResult load_knowledge_base_text(std::string_view bundle_json);

// The same from each file's own text (name relative to data/, text), as
// kb_check reads data/: a file that is not JSON, or repeats a key in one
// object (one of the values would be lost without a word), is reported with
// the file and the path, and nothing is loaded until every file reads.
KbLoadResult load_knowledge_base_files(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace spotcheck
