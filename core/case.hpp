// A person's answers, as the engine sees them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spotcheck {

enum class Answer : std::uint8_t { unasked = 0, yes, no, unsure };
enum class Sex { female, male };

struct Case {
  std::optional<int> age;  // whole years; set from age_months when only that is given
  std::optional<Sex> sex;
  std::vector<Answer> answers;  // one per knowledge-base finding
  std::optional<int> age_months;  // whole months, 0 to 23, when given (age is then age_months / 12)

  bool is_yes(int finding) const { return answers[finding] == Answer::yes; }
  bool is_no(int finding) const { return answers[finding] == Answer::no; }
  bool is_answered(int finding) const { return answers[finding] != Answer::unasked; }
};

// The contract's structured error.
struct Error {
  std::string code, message, path;
};

}  // namespace spotcheck
