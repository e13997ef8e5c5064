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
  std::optional<int> age;
  std::optional<Sex> sex;
  std::vector<Answer> answers;  // one per knowledge-base finding

  bool is_yes(int finding) const { return answers[finding] == Answer::yes; }
  bool is_no(int finding) const { return answers[finding] == Answer::no; }
  bool is_answered(int finding) const { return answers[finding] != Answer::unasked; }
};

// The contract's structured error.
struct Error {
  std::string code, message, path;
};

}  // namespace spotcheck
