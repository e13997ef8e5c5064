// Whether a cause can be what this person has at all (conditions/<id>.json
// "applies_to"): easy bruising on sun-damaged skin is not a 3-year-old's,
// bleeding from a blood thinner not that of someone who takes none. Unknown
// age, sex or answers never rule a cause out: "not asked" is not an answer.
#pragma once

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

inline bool applies_to_person(const AppliesTo& a, const Case& kase) {
  if (!a.given) return true;
  if (kase.age && (*kase.age < a.age_min || *kase.age > a.age_max)) return false;
  if (kase.sex && !a.sex.empty() && a.sex != (*kase.sex == Sex::female ? "female" : "male")) return false;
  for (int f : a.needs)
    if (kase.is_no(f)) return false;
  return true;
}

}  // namespace spotcheck
