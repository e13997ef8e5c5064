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

// A value an error message names (a key, a size, a limit), so that a language
// can write the message in its own words: data/i18n/en/engine.json holds the
// English template of each text_id, which the message follows exactly.
struct ErrorParam {
  std::string name, value;
  bool number = false;  // written as a JSON number
};

// The contract's structured error, with the catalog id of its message.
struct Error {
  std::string code, message, path;
  std::string text_id;  // "engine.error.<something>"
  std::vector<ErrorParam> params;
};

}  // namespace spotcheck
