#include "checker.hpp"

#include <variant>

#include "case_parser.hpp"
#include "engine.hpp"
#include "json.hpp"
#include "kb_binary.hpp"
#include "kb_loader.hpp"
#include "result_json.hpp"

// Generated from data/ by scripts/bundle-kb.mjs; texts_separate is 1 when the
// texts shown only with results were left out (the wasm build keeps them in
// spotcheck_texts.json).
extern "C" const char spotcheck_builtin_kb[];
extern "C" const int spotcheck_builtin_kb_texts_separate;

namespace spotcheck {

Error answer_failed(const char* detail) {
  if (!detail) return {"internal_error", "The checker could not answer.", "", "engine.error.internal.answer", {}};
  return {"internal_error", std::string("The checker could not answer: ") + detail, "", "engine.error.internal.answer_detail", {{"detail", detail}}};
}

Error describe_failed() {
  return {"internal_error", "The checker could not describe its knowledge base.", "", "engine.error.internal.describe", {}};
}

Error not_ready() { return {"not_ready", "The checker is not initialised.", "", "engine.error.internal.not_ready", {}}; }

std::unique_ptr<Checker> Checker::create(std::string_view bundle_json, std::string& error, KbLoadOptions options) {
  KbLoadResult loaded = load_knowledge_base_text(bundle_json, options);
  if (!loaded.ok()) {
    error.clear();
    for (const KbProblem& p : loaded.problems) error += p.to_string() + "\n";
    return nullptr;
  }
  return std::unique_ptr<Checker>(new Checker(std::move(loaded.kb)));
}

std::unique_ptr<Checker> Checker::create_builtin(std::string& error) {
  KbLoadOptions options;
  options.texts_required = spotcheck_builtin_kb_texts_separate == 0;
  return create(spotcheck_builtin_kb, error, options);
}

std::unique_ptr<Checker> Checker::from_bytes(std::string_view bytes, std::string& error) {
  KnowledgeBase kb;
  if (!decode_knowledge_base(bytes, kb)) {
    error = "the built-in knowledge base's bytes do not read back (not written by this build)";
    return nullptr;
  }
  return std::unique_ptr<Checker>(new Checker(std::move(kb)));
}

namespace {

std::string answer(const KnowledgeBase& kb, std::string_view case_json, AssessOptions options) {
  auto parsed = parse_case(case_json, kb);
  if (auto* e = std::get_if<Error>(&parsed)) return error_json(*e);
  return result_json(kb, spotcheck::assess(kb, std::get<Case>(parsed), options));
}

}  // namespace

// Built without exceptions (the wasm: CMakeLists.txt SPOTCHECK_WASM_EH), running
// out of memory aborts the module and there is nothing to catch.
std::string Checker::assess(std::string_view case_json, AssessOptions options) const noexcept {
#ifdef __cpp_exceptions
  try {
    return answer(kb_, case_json, options);
  } catch (const std::exception& e) {
    // Only allocation failure can get here; report it rather than abort the module.
    return error_json(answer_failed(e.what()));
  } catch (...) {
    return error_json(answer_failed(nullptr));
  }
#else
  return answer(kb_, case_json, options);
#endif
}

std::string Checker::describe() const noexcept {
#ifdef __cpp_exceptions
  try {
    return describe_json(kb_);
  } catch (...) {
    return error_json(describe_failed());
  }
#else
  return describe_json(kb_);
#endif
}

}  // namespace spotcheck
