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
// What a bundle must hold. The wasm build keeps the texts shown only after
// the start screen (the causes' description, care and warning signs; the
// findings' labels and texts; the rules' reasons; the questions' words) out
// of the engine, in a file the page loads after its first screen
// (scripts/bundle-kb.mjs --texts): its built-in bundle is loaded
// with texts_required false. Everything else, data/ and the
// bundles people pass in included, must have them.
struct KbLoadOptions {
  bool texts_required = true;
};

KbLoadResult load_knowledge_base(const json::Value& bundle, KbLoadOptions options = {});

// The same from the bundle's text (as scripts/bundle-kb.mjs writes it): text
// that is not JSON is a problem, and so is a key repeated in one object,
// reported with its file and the path inside it.
KbLoadResult load_knowledge_base_text(std::string_view bundle_json, KbLoadOptions options = {});

// The same from each file's own text (name relative to data/, text), as
// kb_check reads data/: a file that is not JSON, or repeats a key in one
// object (one of the values would be lost without a word), is reported with
// the file and the path, and nothing is loaded until every file reads.
KbLoadResult load_knowledge_base_files(const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace spotcheck
