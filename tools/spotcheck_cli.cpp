// Answers one case per line of standard input with one result per line,
// using the built-in knowledge base. For scripts and quick checks by hand.
#include <cstdio>
#include <iostream>
#include <string>

#include "checker.hpp"

int main() {
  std::string error;
  auto checker = spotcheck::Checker::create_builtin(error);
  if (!checker) {
    std::fprintf(stderr, "%s", error.c_str());
    return 1;
  }
  std::string line;
  while (std::getline(std::cin, line)) std::cout << checker->assess(line) << "\n";
  return 0;
}
