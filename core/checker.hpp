// The checker's text-in, text-out face: what the wasm binding and the native
// tools call. Nothing here throws; every failure is a structured error.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "case.hpp"
#include "engine.hpp"
#include "kb_loader.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

// The errors no case can cause (memory running out, a module not yet
// loaded), with catalog ids like every other (data/i18n/en/engine.json).
Error answer_failed(const char* detail);  // detail: what failed, or nullptr
Error describe_failed();
Error not_ready();

class Checker {
 public:
  // Parses and validates a knowledge-base bundle; on failure `error` lists every problem.
  static std::unique_ptr<Checker> create(std::string_view bundle_json, std::string& error, KbLoadOptions options = {});
  // The knowledge base compiled into this build (data/ at build time).
  static std::unique_ptr<Checker> create_builtin(std::string& error);
  // A knowledge base as encode_knowledge_base() wrote it (kb_binary.hpp): the
  // page's engine, which embeds those bytes and not the JSON loader.
  static std::unique_ptr<Checker> from_bytes(std::string_view bytes, std::string& error);

  // A contract case in, a contract result or {"error": ...} out; with
  // options.questions_left, the result also has "questions_left".
  std::string assess(std::string_view case_json, AssessOptions options = {}) const noexcept;
  // Texts, questions, conditions and sources for a user interface.
  std::string describe() const noexcept;

  const KnowledgeBase& knowledge_base() const { return kb_; }

 private:
  explicit Checker(KnowledgeBase kb) : kb_(std::move(kb)) {}
  KnowledgeBase kb_;
};

}  // namespace spotcheck
