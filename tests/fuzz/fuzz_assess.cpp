// libFuzzer: arbitrary bytes through Checker::assess, the path every case from
// the page or an embedding site takes. The answer must be valid JSON holding
// either exactly one contract error or a whole result; the same bytes must
// always get the same answer, and so must the same case written canonically;
// and one more warning answer must never lower the advice (the triage's
// guarantee, README.md "How the engine decides").
#include <cmath>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <functional>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>

#include "checker.hpp"
#include "fuzz_check.hpp"
#include "../native/json_oracle.hpp"

using nlohmann::json;

namespace {

const spotcheck::Checker& checker() {
  static const auto instance = [] {
    std::string error;
    auto c = spotcheck::Checker::create_builtin(error);
    FUZZ_CHECK(c != nullptr, error);
    return c;
  }();
  return *instance;
}

// data/i18n/en/engine.json: each error message's English template.
const json& engine_texts() {
  static const json texts = [] {
    std::ifstream in(SPOTCHECK_ENGINE_TEXTS);
    return json::parse(std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
  }();
  return texts;
}

void check_error(const json& out, const std::string& text) {
  static const std::set<std::string> codes = {"invalid_json",  "not_an_object",    "unknown_field", "unknown_finding",
                                              "invalid_value", "age_out_of_range", "too_large",     "duplicate_key"};
  FUZZ_CHECK(out.size() == 1, text);  // never a partial result beside the error
  const json& e = out["error"];
  FUZZ_CHECK(e.is_object() && e.size() == 5, text);
  FUZZ_CHECK(e["code"].is_string() && codes.count(e["code"].get<std::string>()), text);  // internal_error included
  FUZZ_CHECK(e["message"].is_string() && !e["message"].get<std::string>().empty(), text);
  FUZZ_CHECK(e["message"].get<std::string>().size() < 300, text);  // ids are cut short, whatever their length
  FUZZ_CHECK(e["path"].is_string(), text);
  // The message is its catalog template with the error's values: a language can say it in its own words.
  FUZZ_CHECK(e["text_id"].is_string() && engine_texts().contains(e["text_id"]), text);
  FUZZ_CHECK(e["params"].is_object(), text);
  for (const auto& [name, value] : e["params"].items()) FUZZ_CHECK(value.is_string() || value.is_number_unsigned(), text);
  // In one pass over the template: a value may itself hold "{...}".
  const std::string tmpl = engine_texts()[e["text_id"].get<std::string>()];
  std::string filled;
  std::size_t used = 0;
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    const std::size_t end = tmpl[i] == '{' ? tmpl.find('}', i) : std::string::npos;
    const std::string name = end == std::string::npos ? "" : tmpl.substr(i + 1, end - i - 1);
    if (name.empty() || !e["params"].contains(name)) {
      filled += tmpl[i];
      continue;
    }
    const json& value = e["params"][name];
    filled += value.is_string() ? value.get<std::string>() : value.dump();
    ++used, i = end;
  }
  FUZZ_CHECK(used == e["params"].size(), text);  // every value is in the message
  FUZZ_CHECK(filled == e["message"].get<std::string>(), text);
}

void check_result(const json& out, const std::string& text) {
  static const std::set<std::string> levels = {"emergency", "urgent", "consult", "self_care"};
  const json& triage = out["triage"];
  FUZZ_CHECK(triage.is_object() && triage["level"].is_string() && levels.count(triage["level"].get<std::string>()), text);
  FUZZ_CHECK(triage["advice"].is_string() && triage["reasons"].is_array(), text);
  const json& conditions = out["conditions"];
  FUZZ_CHECK(conditions.is_array() && !conditions.empty(), text);
  double previous = 2.0;
  for (const json& c : conditions) {
    FUZZ_CHECK(c["id"].is_string() && c["score"].is_number(), text);
    double score = c["score"].get<double>();
    FUZZ_CHECK(std::isfinite(score) && score >= 0 && score <= 1, text);
    FUZZ_CHECK(score <= previous, text);  // ranked best first
    previous = score;
    FUZZ_CHECK(c["for"].is_array() && c["against"].is_array(), text);
  }
  FUZZ_CHECK(out["next_question"].is_null() || out["next_question"]["id"].is_string(), text);
  FUZZ_CHECK(out["kb_version"].is_string(), text);
}

int level_rank(const json& result) {
  static const char* const levels[] = {"self_care", "consult", "urgent", "emergency"};
  for (int l = 0; l < 4; ++l)
    if (result["triage"]["level"] == levels[l]) return l;
  return -1;
}

// Adds one warning answer the case does not give (chosen by the input), as a
// person answering one more question would, and checks the advice does not
// become calmer. An answer whose implied findings ("implies") are answered
// otherwise would change those answers, not only add one: skipped.
void check_one_more_warning_answer(const json& kase, const json& out, std::string_view input) {
  const spotcheck::KnowledgeBase& kb = checker().knowledge_base();
  const std::size_t n = kb.warning_answers.size();
  const json none = json::object();
  const json& findings = kase.contains("findings") ? kase["findings"] : none;
  const std::size_t start = std::hash<std::string_view>{}(input);
  for (std::size_t t = 0; t < n; ++t) {
    auto [f, yes] = kb.warning_answers[(start + t) % n];
    if (findings.contains(kb.findings[f].id)) continue;
    bool clash = false;
    for (int g : kb.findings[f].implies) clash = clash || (findings.contains(kb.findings[g].id) && findings[kb.findings[g].id] != true);
    if (clash) continue;
    json more = kase;
    more["findings"][kb.findings[f].id] = yes;
    std::string text = checker().assess(more.dump());
    json after = json::parse(text, nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(!after.is_discarded() && after.contains("triage"), more.dump() + "\n" + text);
    FUZZ_CHECK(level_rank(after) >= level_rank(out), "one more warning answer lowered the advice:\n" + kase.dump() + "\n" + more.dump());
    return;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  FUZZ_CHECK(test::readers_agree(input), "the engine's JSON reader and nlohmann disagree");
  std::string text = checker().assess(input);
  json out = json::parse(text, nullptr, /*allow_exceptions=*/false);
  FUZZ_CHECK(!out.is_discarded() && out.is_object(), text);
  if (out.contains("error")) {
    check_error(out, text);
  } else {
    check_result(out, text);
    // The same case written canonically (escapes, spacing, number forms) gets the same answer.
    json kase = json::parse(input.begin(), input.end(), nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(kase.is_object(), text);
    FUZZ_CHECK(checker().assess(kase.dump()) == text, kase.dump());
    check_one_more_warning_answer(kase, out, input);
    // With the estimate of the questions left (the page's progress): the same result and a count.
    spotcheck::AssessOptions with_left;
    with_left.questions_left = true;
    json counted = json::parse(checker().assess(input, with_left), nullptr, /*allow_exceptions=*/false);
    FUZZ_CHECK(counted.is_object() && counted.contains("questions_left") && counted["questions_left"].is_number_integer(), text);
    FUZZ_CHECK((counted["questions_left"] == 0) == counted["next_question"].is_null(), counted.dump());
    counted.erase("questions_left");
    FUZZ_CHECK(counted == out, text);
  }
  FUZZ_CHECK(checker().assess(input) == text, text);  // no hidden state, no uninitialised reads showing
  return 0;
}
