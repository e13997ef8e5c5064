// The only Emscripten file: three functions across the boundary, JSON text in
// and out. No C++ exception reaches JavaScript (Checker never throws).
#include <emscripten/bind.h>

#include <memory>
#include <string>

#include "checker.hpp"

namespace {

std::unique_ptr<spotcheck::Checker> checker;

// Loads the built-in knowledge base; returns "" or every problem found.
std::string init() {
  if (checker) return "";
  std::string error;
  checker = spotcheck::Checker::create_builtin(error);
  return checker ? "" : (error.empty() ? "knowledge base failed to load" : error);
}

std::string not_ready() { return R"({"error":{"code":"not_ready","message":"The checker is not initialised.","path":""}})"; }

std::string assess(const std::string& case_json) { return checker ? checker->assess(case_json) : not_ready(); }

std::string describe() { return checker ? checker->describe() : not_ready(); }

}  // namespace

EMSCRIPTEN_BINDINGS(spotcheck) {
  emscripten::function("init", &init);
  emscripten::function("assess", &assess);
  emscripten::function("describe", &describe);
}
