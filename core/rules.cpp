#include "rules.hpp"

namespace spotcheck {

bool matches(const Expr& expr, const Case& kase) {
  switch (expr.kind) {
    case Expr::Kind::finding:
      return expr.expected ? kase.is_yes(expr.finding) : kase.is_no(expr.finding);
    case Expr::Kind::unsure:
      return kase.answers[expr.finding] == Answer::unsure;
    case Expr::Kind::all:
      for (const Expr& child : expr.children)
        if (!matches(child, kase)) return false;
      return true;
    case Expr::Kind::any:
      for (const Expr& child : expr.children)
        if (matches(child, kase)) return true;
      return false;
    case Expr::Kind::negation:
      return !matches(expr.children.front(), kase);
    case Expr::Kind::age_min:
      return kase.age && *kase.age >= expr.age;
    case Expr::Kind::age_max:
      return kase.age && *kase.age <= expr.age;
    // Known to be within the bound: from the months when given, else from
    // the whole years (an age of 1 year is 12 to 23 months).
    case Expr::Kind::age_months_min:
      if (kase.age_months) return *kase.age_months >= expr.age;
      return kase.age && 12 * *kase.age >= expr.age;
    case Expr::Kind::age_months_max:
      if (kase.age_months) return *kase.age_months <= expr.age;
      return kase.age && 12 * *kase.age + 11 <= expr.age;
    case Expr::Kind::female:
      return kase.sex == Sex::female;
    case Expr::Kind::male:
      return kase.sex == Sex::male;
  }
  return false;
}

}  // namespace spotcheck
