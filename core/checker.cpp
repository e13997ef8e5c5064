#include "checker.hpp"

#include <nlohmann/json.hpp>
#include <variant>

#include "case_parser.hpp"
#include "engine.hpp"
#include "kb_loader.hpp"
#include "result_json.hpp"

extern "C" const char spotcheck_builtin_kb[];  // generated from data/ by scripts/bundle-kb.mjs

namespace spotcheck {

std::unique_ptr<Checker> Checker::create(std::string_view bundle_json, std::string& error) {
  auto bundle = nlohmann::json::parse(bundle_json.begin(), bundle_json.end(), nullptr, false);
  if (bundle.is_discarded()) {
    error = "knowledge base: not valid JSON";
    return nullptr;
  }
  KbLoadResult loaded = load_knowledge_base(bundle);
  if (!loaded.ok()) {
    error.clear();
    for (const KbProblem& p : loaded.problems) error += p.to_string() + "\n";
    return nullptr;
  }
  return std::unique_ptr<Checker>(new Checker(std::move(loaded.kb)));
}

std::unique_ptr<Checker> Checker::create_builtin(std::string& error) { return create(spotcheck_builtin_kb, error); }

std::string Checker::assess(std::string_view case_json) const noexcept {
  try {
    auto parsed = parse_case(case_json, kb_);
    if (auto* e = std::get_if<Error>(&parsed)) return error_to_json(*e).dump();
    return result_to_json(kb_, spotcheck::assess(kb_, std::get<Case>(parsed))).dump();
  } catch (const std::exception& e) {
    // Only allocation failure can get here; report it rather than abort the module.
    return error_to_json({"internal_error", std::string("The checker could not answer: ") + e.what(), ""}).dump();
  } catch (...) {
    return error_to_json({"internal_error", "The checker could not answer.", ""}).dump();
  }
}

std::string Checker::describe() const noexcept {
  try {
    return describe_to_json(kb_).dump();
  } catch (...) {
    return error_to_json({"internal_error", "The checker could not describe its knowledge base.", ""}).dump();
  }
}

}  // namespace spotcheck
