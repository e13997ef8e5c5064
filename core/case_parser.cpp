#include "case_parser.hpp"

#include <algorithm>
#include <cmath>

#include "json.hpp"

namespace spotcheck {
namespace {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

// Depth of brackets outside strings; cheap, and keeps the parser from
// building a huge tree out of something like "[[[[...".
int nesting_depth(std::string_view text) {
  int depth = 0, deepest = 0;
  bool in_string = false, escaped = false;
  for (char ch : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (ch == '\\') escaped = true;
      else if (ch == '"') in_string = false;
    } else if (ch == '"') {
      in_string = true;
    } else if (ch == '{' || ch == '[') {
      deepest = std::max(deepest, ++depth);
    } else if (ch == '}' || ch == ']') {
      --depth;
    }
  }
  return deepest;
}

// Keeps error messages short and printable whatever the input holds.
std::string shown(const std::string& id) {
  if (id.size() <= 40) return id;
  std::size_t cut = 40;
  while (cut > 0 && (static_cast<unsigned char>(id[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
  return id.substr(0, cut) + "...";
}

ErrorParam text(const char* name, std::string value) { return {name, std::move(value), false}; }
ErrorParam number(const char* name, std::size_t value) { return {name, std::to_string(value), true}; }

// `id` names the message's English template in data/i18n/en/engine.json
// ("engine.error.<id>"), which `message` follows word for word with `params`
// filled in (tests/js/error-texts.test.mjs holds the two together).
Error error(const char* code, const char* id, std::string message, std::string path, std::vector<ErrorParam> params = {}) {
  return Error{code, std::move(message), std::move(path), std::string("engine.error.") + id, std::move(params)};
}

// "Unknown finding 'fevr'" with " (did you mean 'fever'?)" when one is close.
Error unknown(const char* code, const char* what, const char* param, const std::string& word, const std::vector<std::string>& candidates,
              std::string path) {
  const std::string best = closest_id(word, candidates);
  std::string message = std::string("Unknown ") + what + " '" + shown(word) + "'";
  if (best.empty()) return error(code, code, message, std::move(path), {text(param, shown(word))});
  return error(code, (std::string(code) + "_suggestion").c_str(), message + " (did you mean '" + best + "'?)", std::move(path),
               {text(param, shown(word)), text("suggestion", best)});
}

}  // namespace

std::string closest_id(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.empty() || word.size() > 64) return "";
  std::string best;
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (d < best_distance) best_distance = d, best = c;
  }
  return best;
}

std::variant<Case, Error> parse_case(std::string_view json_text, const KnowledgeBase& kb) {
  if (json_text.size() > kMaxCaseBytes)
    return error("too_large", "case_too_large",
                 "The case is " + std::to_string(json_text.size()) + " bytes; the limit is " + std::to_string(kMaxCaseBytes) + ".", "",
                 {number("size", json_text.size()), number("limit", kMaxCaseBytes)});
  if (nesting_depth(json_text) > kMaxCaseDepth)
    return error("too_large", "case_too_deep", "The case is nested more than " + std::to_string(kMaxCaseDepth) + " levels deep.", "",
                 {number("limit", kMaxCaseDepth)});

  // A raw NUL is never valid JSON; C strings on the way here could end at one.
  if (json_text.find('\0') != std::string_view::npos)
    return error("invalid_json", "nul_character", "The case is not valid JSON (it holds a NUL character).", "");
  json::ParseError why;
  std::optional<json::Value> parsed = json::parse(json_text, kMaxCaseDepth, &why);
  if (!parsed && why.code == json::ParseError::Code::duplicate_key)
    return error("duplicate_key", "duplicate_key",
                 "The key '" + shown(why.path.back().key) + "' is given more than once in the same object; give each answer once.", why.path_text(),
                 {text("key", shown(why.path.back().key))});
  if (!parsed) return error("invalid_json", "invalid_json", "The case is not valid JSON (or not valid UTF-8).", "");
  const json::Value& doc = *parsed;
  if (!doc.is_object()) return error("not_an_object", "case_not_an_object", "The case must be a JSON object with age, sex and findings.", "");

  Case kase;
  kase.answers.assign(kb.findings.size(), Answer::unasked);
  static const std::vector<std::string> kFields = {"age", "age_months", "sex", "findings"};

  // Keys in sorted order: the first problem reported does not depend on how the text was written.
  for (const auto& [key, value] : doc.members()) {
    if (key == "age") {
      if (!value.is_number())
        return error("invalid_value", "age_not_a_number", "Age must be a number of whole years.", "age");
      double age = value.as_number();
      if (!std::isfinite(age) || age < 0 || age > 120)
        return error("age_out_of_range", "age_out_of_range", "Age must be between 0 and 120 years.", "age", {number("min", 0), number("max", 120)});
      if (age != std::floor(age)) return error("invalid_value", "age_not_whole", "Age must be in whole years (use 0 for babies under 1).", "age");
      kase.age = static_cast<int>(age);
    } else if (key == "age_months") {
      // Read after "age" (keys come sorted): the two must agree.
      if (!value.is_number()) return error("invalid_value", "age_months_not_a_number", "age_months must be a number of whole months.", "age_months");
      double months = value.as_number();
      if (!std::isfinite(months) || months < 0 || months > kMaxAgeMonths)
        return error("age_out_of_range", "age_months_out_of_range",
                     "age_months must be between 0 and " + std::to_string(kMaxAgeMonths) + " (use age in years from 2 years on).", "age_months",
                     {number("min", 0), number("max", kMaxAgeMonths)});
      if (months != std::floor(months)) return error("invalid_value", "age_months_not_whole", "age_months must be whole months.", "age_months");
      int whole = static_cast<int>(months);
      if (kase.age && *kase.age != whole / 12) {
        // Two templates: a language words "1 year" and "0 years" in its own way.
        const bool one = whole / 12 == 1;
        return error("invalid_value", one ? "ages_disagree_one_year" : "ages_disagree",
                     "age and age_months disagree: " + std::to_string(whole) + " months is " + std::to_string(whole / 12) + (one ? " year" : " years") +
                         " in whole years, not " + std::to_string(*kase.age) + ".",
                     "age_months", {number("months", whole), number("years", whole / 12), number("age", *kase.age)});
      }
      kase.age_months = whole;
      kase.age = whole / 12;
    } else if (key == "sex") {
      if (value == "female") kase.sex = Sex::female;
      else if (value == "male") kase.sex = Sex::male;
      else return error("invalid_value", "sex_invalid", "Sex must be \"female\" or \"male\", or left out.", "sex");
    } else if (key == "findings") {
      if (!value.is_object()) return error("not_an_object", "findings_not_an_object", "Findings must be an object of finding id to answer.", "findings");
      for (const auto& [id, answer] : value.members()) {
        std::string path = "findings." + id;
        int index = kb.find_finding(id);
        if (index < 0) {
          std::vector<std::string> ids;
          for (const Finding& finding : kb.findings) ids.push_back(finding.id);
          return unknown("unknown_finding", "finding", "finding", id, ids, path);
        }
        if (answer.is_boolean()) kase.answers[index] = answer.as_bool() ? Answer::yes : Answer::no;
        else if (answer == "unknown") kase.answers[index] = Answer::unsure;
        else return error("invalid_value", "answer_invalid", "An answer must be true, false or \"unknown\".", path);
      }
    } else {
      return unknown("unknown_field", "field", "field", key, kFields, key);
    }
  }
  // A yes implies other findings (findings.json "implies"; the loader closes
  // the list over chains): "pregnant" yes is also "liver disease or
  // pregnancy" yes, whatever that was answered.
  for (std::size_t f = 0; f < kase.answers.size(); ++f)
    if (kase.answers[f] == Answer::yes)
      for (int implied : kb.findings[f].implies) kase.answers[implied] = Answer::yes;
  return kase;
}

}  // namespace spotcheck
