// The only Emscripten file: a few functions across the boundary. Text crosses
// in wasm memory, never as an embind std::string: JavaScript writes the case
// (or a knowledge base) into the input with TextEncoder, and reads every text
// the engine gives (a result, describe(), a loading problem) from the answer
// with TextDecoder; the functions pass only integers and a bool. No C++
// exception reaches JavaScript (Checker never throws).
// Compiled twice (wasm/CMakeLists.txt): the page's engine, with init() for the
// knowledge base embedded as bytes, and, with SPOTCHECK_CUSTOM_KNOWLEDGE_BASE,
// the engine with loadKnowledgeBase() for a bundle passed in. Neither refers
// to the other's loader, so the linker leaves it out.
#include <emscripten/bind.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "case_parser.hpp"
#include "checker.hpp"
#include "questions.hpp"
#include "ranking.hpp"
#include "result_json.hpp"

#ifndef SPOTCHECK_CUSTOM_KNOWLEDGE_BASE
// Generated from data/ by tools/kb_encode (wasm/CMakeLists.txt).
extern "C" const unsigned char spotcheck_builtin_kb_bytes[];
extern "C" const unsigned long spotcheck_builtin_kb_bytes_size;
#endif

namespace {

std::unique_ptr<spotcheck::Checker> checker;

// embind's std::string walks every byte in JavaScript both ways (Emscripten
// 3.1.6), a fifth of a small call, and brings its own coding into the glue.
std::string input, answer;

// The answer's length, once `text` is in it (JavaScript reads it at answerAddress()).
std::size_t answered(std::string text) {
  answer = std::move(text);
  return answer.size();
}

// Room for a text of up to `bytes` UTF-8 bytes; JavaScript writes it there,
// and may keep writing there until it asks for more room.
std::uintptr_t input_address(std::size_t bytes) {
  input.resize(bytes);
  return reinterpret_cast<std::uintptr_t>(input.data());
}

// The text JavaScript wrote: the first `length` bytes of the input.
std::string_view input_text(std::size_t length) { return {input.data(), std::min(length, input.size())}; }

std::size_t problems_or_nothing(bool loaded, std::string error) {
  return answered(loaded ? "" : (error.empty() ? "knowledge base failed to load" : std::move(error)));
}

#ifdef SPOTCHECK_CUSTOM_KNOWLEDGE_BASE
// Loads the knowledge base bundle in the input (tests and the bench's larger
// synthetic one); the answer is "" or every problem found, and the old one
// stays on failure. The input's room (three times the bundle's length) goes
// back to the allocator: JavaScript asks for room again for the next case.
std::size_t load_knowledge_base(std::size_t length) {
  std::string error;
  auto loaded = spotcheck::Checker::create(input_text(length), error);
  std::string().swap(input);
  const bool ok = loaded != nullptr;
  if (ok) checker = std::move(loaded);
  return problems_or_nothing(ok, std::move(error));
}
#else
// Loads the built-in knowledge base; the answer is "" or the problem found.
std::size_t init() {
  if (checker) return answered("");
  std::string error;
  checker = spotcheck::Checker::from_bytes({reinterpret_cast<const char*>(spotcheck_builtin_kb_bytes), spotcheck_builtin_kb_bytes_size}, error);
  return problems_or_nothing(checker != nullptr, std::move(error));
}
#endif

std::string not_ready() { return spotcheck::error_json(spotcheck::not_ready()); }

// Answers the case in the input. With questions_left, the result estimates
// the questions left (Checker::assess).
std::size_t assess(std::size_t length, bool questions_left) {
  spotcheck::AssessOptions options;
  options.questions_left = questions_left;
  return answered(checker ? checker->assess(input_text(length), options) : not_ready());
}

std::uintptr_t answer_address() { return reinterpret_cast<std::uintptr_t>(answer.data()); }

std::size_t describe() { return answered(checker ? checker->describe() : not_ready()); }

// Only the next question's index (-1 when none is left, -2 for a bad case)
// of the case in the input, as assess(): lets the bench time the interview's
// step apart from the rest of assess.
int next_question(std::size_t length) {
  if (!checker) return -2;
  const spotcheck::KnowledgeBase& kb = checker->knowledge_base();
  auto parsed = spotcheck::parse_case(input_text(length), kb);
  const spotcheck::Case* kase = std::get_if<spotcheck::Case>(&parsed);
  if (!kase) return -2;
  return spotcheck::next_question(kb, *kase, spotcheck::log_joint(kb, *kase));
}

}  // namespace

EMSCRIPTEN_BINDINGS(spotcheck) {
#ifdef SPOTCHECK_CUSTOM_KNOWLEDGE_BASE
  emscripten::function("loadKnowledgeBase", &load_knowledge_base);
#else
  emscripten::function("init", &init);
#endif
  emscripten::function("inputAddress", &input_address);
  emscripten::function("assess", &assess);
  emscripten::function("answerAddress", &answer_address);
  emscripten::function("describe", &describe);
  emscripten::function("nextQuestion", &next_question);
}
