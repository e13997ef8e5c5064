// Turns the contract's case JSON into a Case, or the first problem as a
// structured error. Never throws.
#pragma once

#include <string>
#include <string_view>
#include <variant>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

// Limits that keep a hostile input from costing more than a real one.
constexpr std::size_t kMaxCaseBytes = 32 * 1024;  // a case with every finding answered is ~3 KB
constexpr int kMaxCaseDepth = 8;                  // a valid case nests 2 deep
constexpr int kMaxAgeMonths = 23;                 // age_months is for babies and toddlers (CONTRACT.md)

std::variant<Case, Error> parse_case(std::string_view json_text, const KnowledgeBase& kb);

// The known id closest to `word`, or "" when nothing is close enough to suggest.
std::string closest_id(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace spotcheck
