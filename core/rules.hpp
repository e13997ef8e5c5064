// Evaluates red-flag rule expressions against a case.
#pragma once

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

bool matches(const Expr& expr, const Case& kase);

}  // namespace spotcheck
