// Answers one case per line of standard input with one result per line,
// using the built-in knowledge base. For scripts and quick checks by hand.
//   spotcheck_cli              one result per line
//   spotcheck_cli --questions  also prints, to stderr, every open question's value
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>
#include <variant>

#include "case_parser.hpp"
#include "checker.hpp"
#include "questions.hpp"
#include "ranking.hpp"

namespace {

void print_question_values(const spotcheck::KnowledgeBase& kb, const std::string& line) {
  auto parsed = spotcheck::parse_case(line, kb);
  if (!std::holds_alternative<spotcheck::Case>(parsed)) return;
  const auto& kase = std::get<spotcheck::Case>(parsed);
  for (const auto& v : spotcheck::score_questions(kb, kase, spotcheck::log_joint(kb, kase)))
    std::fprintf(stderr, "  %-22s relevance %.3f information %.3f emergency %.4f advice change %.3f top change %.3f answerable %.2f\n",
                 kb.questions[v.question].id.c_str(), v.relevance, v.information, v.emergency, v.advice_change, v.top_change, v.answerable);
}

}  // namespace

int main(int argc, char** argv) {
  bool explain = argc > 1 && std::strcmp(argv[1], "--questions") == 0;
  std::string error;
  auto checker = spotcheck::Checker::create_builtin(error);
  if (!checker) {
    std::fprintf(stderr, "%s", error.c_str());
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    if (explain) print_question_values(checker->knowledge_base(), line);
    std::cout << checker->assess(line) << std::endl;
  }
  return 0;
}
