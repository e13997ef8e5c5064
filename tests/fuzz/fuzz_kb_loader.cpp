// libFuzzer: the knowledge-base loader on arbitrary input. It must never crash
// or throw, must name the file, path and problem for every fault, and a bundle
// it accepts must never crash the engine.
//
// The input is read three ways, so the fuzzer reaches deep into a real bundle
// instead of stopping at the first missing file:
//   - bytes that are not JSON: Checker::create must refuse them with a message;
//   - a JSON array of edits, [["/file/json/pointer", value] or ["/pointer"] to
//     remove], applied to the built-in bundle (data/ at build time);
//   - any other JSON: the bundle itself.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>

#include "checker.hpp"
#include "engine.hpp"
#include "fuzz_check.hpp"
#include "../native/json_oracle.hpp"
#include "kb_loader.hpp"
#include "result_json.hpp"

extern "C" const char spotcheck_builtin_kb[];

using nlohmann::json;

namespace {

const json& builtin_bundle() {
  static const json bundle = json::parse(spotcheck_builtin_kb);
  return bundle;
}

// Sets, adds or removes one node; edits that point nowhere are ignored. The
// value is moved, not copied: a copy recurses and a deep value would overflow
// the harness's stack, not the loader's.
void apply_edit(json& bundle, json& edit) {
  if (!edit.is_array() || edit.empty() || edit.size() > 2 || !edit[0].is_string()) return;
  try {
    json::json_pointer pointer(edit[0].get<std::string>());
    if (pointer.empty()) return;
    json& parent = bundle.at(pointer.parent_pointer());
    const std::string last = pointer.back();
    if (parent.is_object()) {
      if (edit.size() == 2) parent[last] = std::move(edit[1]);
      else parent.erase(last);
    } else if (parent.is_array()) {
      std::size_t index = std::stoul(last);
      if (index < parent.size() && edit.size() == 2) parent[index] = std::move(edit[1]);
      else if (index < parent.size()) parent.erase(index);
      else if (index == parent.size() && edit.size() == 2) parent.push_back(std::move(edit[1]));
    }
  } catch (const std::exception&) {
    // A malformed pointer or index: the edit is the fuzzer's, not the loader's, fault.
  }
}

spotcheck::Case make_case(const spotcheck::KnowledgeBase& kb, spotcheck::Answer answer, int age, spotcheck::Sex sex) {
  spotcheck::Case kase;
  kase.answers.assign(kb.findings.size(), answer);
  kase.age = age;
  kase.sex = sex;
  return kase;
}

// A knowledge base that passed validation must answer any case.
void exercise(const spotcheck::KnowledgeBase& kb) {
  using spotcheck::Answer;
  using spotcheck::Sex;
  const spotcheck::Case cases[] = {
      make_case(kb, Answer::unasked, 30, Sex::female), make_case(kb, Answer::yes, 0, Sex::male),
      make_case(kb, Answer::no, 120, Sex::female),     make_case(kb, Answer::unsure, 65, Sex::male),
      spotcheck::Case{std::nullopt, std::nullopt, std::vector<Answer>(kb.findings.size(), Answer::unasked)},
  };
  for (const spotcheck::Case& kase : cases) {
    spotcheck::Assessment a = spotcheck::assess(kb, kase);
    // Every cause is ranked, or set aside as not fitting the person (applies_to).
    FUZZ_CHECK(a.conditions.size() + a.not_fitting.size() == kb.conditions.size(), "every cause is ranked or set aside");
    std::string text = spotcheck::result_json(kb, a);
    FUZZ_CHECK(json::accept(text), text);
  }
  FUZZ_CHECK(json::accept(spotcheck::describe_json(kb)), "describe");
}

void check(const json& bundle) {
  if (test::nesting(bundle) > 128) return;  // the engine's reader refuses it (json.hpp)
  auto parsed = spotcheck::json::parse(bundle.dump());
  FUZZ_CHECK(parsed && test::same_json(bundle, *parsed), "the engine's reader reads what nlohmann wrote");
  spotcheck::KbLoadResult loaded = spotcheck::load_knowledge_base(*parsed);  // must not throw
  for (const spotcheck::KbProblem& p : loaded.problems) {
    FUZZ_CHECK(!p.file.empty() && !p.message.empty(), p.to_string());
    FUZZ_CHECK(p.path.rfind("$", 0) == 0, p.to_string());  // a JSON path inside the file
  }
  if (loaded.ok()) exercise(loaded.kb);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  json input = json::parse(bytes.begin(), bytes.end(), nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(test::readers_agree(bytes), "the engine's JSON reader and nlohmann disagree");
  spotcheck::json::ParseError why;
  if (input.is_discarded() || (!spotcheck::json::parse(bytes, 128, &why) && why.code == spotcheck::json::ParseError::Code::duplicate_key)) {
    // Not JSON, or a key repeated in one object (in a data/ file: a value
    // silently lost): refused with a message.
    std::string error;
    FUZZ_CHECK(spotcheck::Checker::create(bytes, error) == nullptr && !error.empty(), error);
    if (!input.is_discarded())
      FUZZ_CHECK(error.find("duplicate key") != std::string::npos || error.find("given twice") != std::string::npos, error);
    return 0;
  }
  if (input.is_array()) {
    json bundle = builtin_bundle();
    for (json& edit : input) apply_edit(bundle, edit);
    check(bundle);
  } else {
    check(input);
  }
  return 0;
}
