// Finds a case that makes a rule expression true: kb_check uses it to prove
// every red-flag rule reachable at build time, and the tests to get a case
// for each rule.
#pragma once

#include <optional>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

struct Partial {
  spotcheck::Case kase;
  int age_lo = 0, age_hi = 120;
};

// Makes `expr` evaluate to `want` on top of `p`, or returns nothing.
// Greedy with choice points only at "any": enough for rules written as data.
inline std::optional<Partial> satisfy(const spotcheck::Expr& expr, bool want, Partial p) {
  using spotcheck::Answer;
  using Kind = spotcheck::Expr::Kind;
  switch (expr.kind) {
    case Kind::finding: {
      Answer needed = expr.expected ? Answer::yes : Answer::no;
      Answer& a = p.kase.answers[expr.finding];
      if (want) {
        if (a != Answer::unasked && a != needed) return std::nullopt;
        a = needed;
      } else if (a == needed) {
        return std::nullopt;  // leaving it unasked makes it false
      }
      return p;
    }
    case Kind::negation:
      return satisfy(expr.children.front(), !want, p);
    case Kind::all:
    case Kind::any: {
      bool conjunction = (expr.kind == Kind::all) == want;  // all-true or any-false: every child
      if (conjunction) {
        for (const auto& child : expr.children) {
          auto next = satisfy(child, want, p);
          if (!next) return std::nullopt;
          p = *next;
        }
        return p;
      }
      for (const auto& child : expr.children)
        if (auto next = satisfy(child, want, p)) return next;
      return std::nullopt;
    }
    case Kind::age_min:
      if (want) p.age_lo = std::max(p.age_lo, expr.age);
      else p.age_hi = std::min(p.age_hi, expr.age - 1);
      if (p.age_lo > p.age_hi) return std::nullopt;
      return p;
    case Kind::female:
    case Kind::male: {
      auto sex = expr.kind == Kind::female ? spotcheck::Sex::female : spotcheck::Sex::male;
      auto other = expr.kind == Kind::female ? spotcheck::Sex::male : spotcheck::Sex::female;
      auto wanted = want ? sex : other;
      if (p.kase.sex && *p.kase.sex != wanted) return std::nullopt;
      p.kase.sex = wanted;
      return p;
    }
    case Kind::age_max:
      if (want) p.age_hi = std::min(p.age_hi, expr.age);
      else p.age_lo = std::max(p.age_lo, expr.age + 1);
      if (p.age_lo > p.age_hi) return std::nullopt;
      return p;
  }
  return std::nullopt;
}

}  // namespace spotcheck
