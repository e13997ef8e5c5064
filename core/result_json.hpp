// The contract's JSON texts for results, errors and the knowledge base summary.
#pragma once

#include <string>

#include "case.hpp"
#include "engine.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

std::string result_json(const KnowledgeBase& kb, const Assessment& a);
std::string error_json(const Error& e);
// Everything a user interface shows beside a result: texts, questions, sources.
std::string describe_json(const KnowledgeBase& kb);

}  // namespace spotcheck
