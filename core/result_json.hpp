// The contract's JSON shapes for results, errors and the knowledge base summary.
#pragma once

#include <nlohmann/json.hpp>

#include "case.hpp"
#include "engine.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

nlohmann::json result_to_json(const KnowledgeBase& kb, const Assessment& a);
nlohmann::json error_to_json(const Error& e);
nlohmann::json question_to_json(const KnowledgeBase& kb, const Question& q);
// Everything a user interface shows beside a result: texts, questions, sources.
nlohmann::json describe_to_json(const KnowledgeBase& kb);

}  // namespace spotcheck
