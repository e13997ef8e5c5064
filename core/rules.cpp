#include "rules.hpp"

namespace spotcheck {

bool matches(const Expr& expr, const Case& kase) {
  switch (expr.kind) {
    case Expr::Kind::finding:
      return expr.expected ? kase.is_yes(expr.finding) : kase.is_no(expr.finding);
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
    case Expr::Kind::female:
      return kase.sex == Sex::female;
    case Expr::Kind::male:
      return kase.sex == Sex::male;
  }
  return false;
}

}  // namespace spotcheck
