// Finds a case that makes a rule expression true: kb_check uses it to prove
// every red-flag rule reachable at build time, and the tests to get a case
// for each rule.
#pragma once

#include <algorithm>
#include <optional>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

struct Partial {
  spotcheck::Case kase;
  // The age the case must have, in months: [months_lo, months_hi]. The case
  // states it (with_age()) as age_months under 24 months, else as whole
  // years, so the bounds below are what rules can know from each form.
  int months_lo = 0, months_hi = kMaxRuleMonths;
  bool age_known = false;  // some bound needs the age known (any bound does: unknown matches none)

  // The case with the lowest age allowed, or no age when nothing asked for one.
  spotcheck::Case with_age() const {
    spotcheck::Case out = kase;
    if (!age_known) return out;
    if (months_lo <= 23) out.age_months = months_lo;
    out.age = months_lo / 12;
    return out;
  }
};

namespace solver_detail {

// The highest age in months at which the case, stated as with_age() states
// it, is known to be at most n months old (age_months_max n).
inline int known_at_most(int n) { return n <= 23 ? n : std::max(23, 12 * ((n - 11) / 12) + 11); }
// The lowest age in months at which it is known to be at least n months (age_months_min n).
inline int known_at_least(int n) { return n <= 24 ? n : 12 * ((n + 11) / 12); }

// Keeps the age at least `lo` months (want) or below it (not want).
inline bool at_least(Partial& p, int lo, bool want) {
  p.age_known = true;
  if (want) p.months_lo = std::max(p.months_lo, lo);
  else p.months_hi = std::min(p.months_hi, lo - 1);
  return p.months_lo <= p.months_hi;
}

// Keeps the age at most `hi` months (want) or above it (not want).
inline bool at_most(Partial& p, int hi, bool want) {
  p.age_known = true;
  if (want) p.months_hi = std::min(p.months_hi, hi);
  else p.months_lo = std::max(p.months_lo, hi + 1);
  return p.months_lo <= p.months_hi;
}

}  // namespace solver_detail

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
    case Kind::unsure: {
      Answer& a = p.kase.answers[expr.finding];
      if (want) {
        if (a != Answer::unasked && a != Answer::unsure) return std::nullopt;
        a = Answer::unsure;
      } else if (a == Answer::unsure) {
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
    case Kind::age_min:  // whole years: floor(months / 12) >= age
      if (!solver_detail::at_least(p, 12 * expr.age, want)) return std::nullopt;
      return p;
    case Kind::age_months_min:
      if (!solver_detail::at_least(p, solver_detail::known_at_least(expr.age), want)) return std::nullopt;
      return p;
    case Kind::age_months_max:
      if (!solver_detail::at_most(p, solver_detail::known_at_most(expr.age), want)) return std::nullopt;
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
    case Kind::age_max:  // whole years: floor(months / 12) <= age
      if (!solver_detail::at_most(p, 12 * expr.age + 11, want)) return std::nullopt;
      return p;
  }
  return std::nullopt;
}

}  // namespace spotcheck
