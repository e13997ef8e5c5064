// Validates a knowledge-base bundle and prints every problem as
// "file: path: problem". Exit status 1 when there is any.
#include <cstdio>
#include <fstream>
#include <iterator>

#include "json.hpp"
#include "kb_loader.hpp"
#include "rule_solver.hpp"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: kb_check <kb_bundle.json>\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto bundle = spotcheck::json::parse(text);
  if (!in || !bundle) {
    std::fprintf(stderr, "%s: not readable JSON\n", argv[1]);
    return 1;
  }
  auto result = spotcheck::load_knowledge_base(*bundle);
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
    return 1;
  }
  std::printf("knowledge base %s valid: %zu findings, %zu questions, %zu conditions, %zu rules, %zu sources\n",
              result.kb.version.c_str(), result.kb.findings.size(), result.kb.questions.size(),
              result.kb.conditions.size(), result.kb.rules.size(), result.kb.sources.size());
  return 0;
}
