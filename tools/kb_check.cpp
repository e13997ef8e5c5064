// Validates the knowledge base and prints every problem as
// "data/<file>: <path>: <problem>". Exit status 1 when there is any.
//   kb_check <data dir | kb_bundle.json>...
// A data directory is read file by file, as written (data/*.json and
// data/conditions/*.json): a key repeated in a file is caught there, before
// anything reads the files as JavaScript objects (which keep the last value).
// A bundle is what scripts/bundle-kb.mjs made of them, as the engine embeds it.
// The build checks both; each argument in turn, up to the first that fails.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "kb_loader.hpp"
#include "rule_solver.hpp"

namespace {

namespace fs = std::filesystem;

bool read_text(const fs::path& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  out.assign((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return static_cast<bool>(in) || in.eof();
}

// data/*.json and data/conditions/*.json, named as the bundle names them.
bool read_data_dir(const fs::path& dir, std::vector<std::pair<std::string, std::string>>& files) {
  std::error_code ec;
  for (const auto& [sub, prefix] : {std::pair<fs::path, std::string>{dir, ""}, {dir / "conditions", "conditions/"}}) {
    std::vector<fs::path> names;
    for (const auto& entry : fs::directory_iterator(sub, ec))
      if (entry.is_regular_file() && entry.path().extension() == ".json") names.push_back(entry.path());
    if (ec) return false;
    std::sort(names.begin(), names.end());
    for (const fs::path& name : names) {
      std::string text;
      if (!read_text(name, text)) return false;
      files.emplace_back(prefix + name.filename().string(), std::move(text));
    }
  }
  return true;
}

// Loads one argument; prints its problems. True when it is valid.
bool check(const std::string& arg) {
  spotcheck::KbLoadResult result;
  std::error_code ec;
  if (fs::is_directory(arg, ec)) {
    std::vector<std::pair<std::string, std::string>> files;
    if (!read_data_dir(arg, files)) {
      std::fprintf(stderr, "%s: cannot read the knowledge-base files\n", arg.c_str());
      return false;
    }
    result = spotcheck::load_knowledge_base_files(files);
  } else {
    std::string text;
    if (!read_text(arg, text)) {
      std::fprintf(stderr, "%s: not readable\n", arg.c_str());
      return false;
    }
    result = spotcheck::load_knowledge_base_text(text);
  }
  // A rule no case can match would be a warning sign that never warns.
  for (std::size_t i = 0; result.ok() && i < result.kb.rules.size(); ++i) {
    spotcheck::Partial start;
    start.kase.answers.assign(result.kb.findings.size(), spotcheck::Answer::unasked);
    if (!spotcheck::satisfy(result.kb.rules[i].when, true, start))
      result.problems.push_back({"red_flags.json", "$.rules[" + std::to_string(i) + "].when", "no case can match this rule"});
  }
  for (const auto& p : result.problems) std::fprintf(stderr, "data/%s\n", p.to_string().c_str());
  if (!result.ok()) {
    std::fprintf(stderr, "knowledge base invalid: %zu problem(s)\n", result.problems.size());
    return false;
  }
  std::printf("knowledge base %s valid: %zu findings, %zu questions, %zu conditions, %zu rules, %zu sources\n",
              result.kb.version.c_str(), result.kb.findings.size(), result.kb.questions.size(), result.kb.conditions.size(),
              result.kb.rules.size(), result.kb.sources.size());
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: kb_check <data dir | kb_bundle.json>...\n");
    return 2;
  }
  for (int i = 1; i < argc; ++i)
    if (!check(argv[i])) return 1;
  return 0;
}
