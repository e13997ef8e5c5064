// Every bad case gets the contract's structured error, never a crash or a partial result.
#include "helpers.hpp"

using test::json;

namespace {
json error_of(const std::string& text) {
  json out = json::parse(test::checker().assess(text));
  REQUIRE_MESSAGE(out.contains("error"), text);
  CHECK(out.size() == 1);  // no partial result beside the error
  return out["error"];
}
}  // namespace

TEST_CASE("a valid case gives a result with the contract's fields") {
  json r = test::assess({{"age", 34}, {"sex", "female"}, {"findings", {{"blanches_on_pressure", false}, {"fever", true}}}});
  CHECK(r.contains("triage"));
  CHECK(r["conditions"].is_array());
  CHECK(r.contains("next_question"));
  CHECK(r["kb_version"].is_string());
}

TEST_CASE("error codes for each class of bad input") {
  struct Bad {
    const char* text;
    const char* code;
    const char* path;
  };
  const Bad cases[] = {
      {"", "invalid_json", ""},
      {"{", "invalid_json", ""},
      {"{\"findings\": {\"fever\": tru}}", "invalid_json", ""},
      {"null", "not_an_object", ""},
      {"[]", "not_an_object", ""},
      {"42", "not_an_object", ""},
      {"\"text\"", "not_an_object", ""},
      {"{\"findings\": []}", "not_an_object", "findings"},
      {"{\"findings\": null}", "not_an_object", "findings"},
      {"{\"agee\": 3}", "unknown_field", "agee"},
      {"{\"__proto__\": {}}", "unknown_field", "__proto__"},
      {"{\"constructor\": {}}", "unknown_field", "constructor"},
      {"{\"findings\": {\"fevr\": true}}", "unknown_finding", "findings.fevr"},
      {"{\"findings\": {\"\": true}}", "unknown_finding", "findings."},
      {"{\"findings\": {\"__proto__\": true}}", "unknown_finding", "findings.__proto__"},
      {"{\"findings\": {\"fever\": 1}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": \"yes\"}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": null}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": [true]}}", "invalid_value", "findings.fever"},
      {"{\"age\": \"34\"}", "invalid_value", "age"},
      {"{\"age\": null}", "invalid_value", "age"},
      {"{\"age\": 3.5}", "invalid_value", "age"},
      {"{\"age\": -1}", "age_out_of_range", "age"},
      {"{\"age\": 121}", "age_out_of_range", "age"},
      {"{\"age\": 1e308}", "age_out_of_range", "age"},
      {"{\"sex\": \"other\"}", "invalid_value", "sex"},
      {"{\"sex\": 1}", "invalid_value", "sex"},
  };
  for (const Bad& bad : cases) {
    CAPTURE(bad.text);
    json e = error_of(bad.text);
    CHECK(e["code"] == bad.code);
    CHECK(e["path"] == bad.path);
    CHECK(!e["message"].get<std::string>().empty());
  }
}

TEST_CASE("unknown ids get a 'did you mean'") {
  CHECK(error_of(R"({"findings": {"fevr": true}})")["message"].get<std::string>().find("did you mean 'fever'") != std::string::npos);
  CHECK(error_of(R"({"finding": {}})")["message"].get<std::string>().find("did you mean 'findings'") != std::string::npos);
  CHECK(error_of(R"({"findings": {"zzzzzzzzzzzz": true}})")["message"].get<std::string>().find("did you mean") == std::string::npos);
}

TEST_CASE("invalid UTF-8 is invalid JSON, not a crash") {
  std::string text = "{\"findings\": {\"fe\xC3\x28ver\": true}}";
  CHECK(error_of(text)["code"] == "invalid_json");
  std::string lone_surrogate = "{\"findings\": {\"\xED\xA0\x80\": true}}";
  CHECK(error_of(lone_surrogate)["code"] == "invalid_json");
}

TEST_CASE("huge and deeply nested inputs are refused as too_large") {
  std::string big = "{\"findings\": {\"" + std::string(spotcheck::kMaxCaseBytes, 'a') + "\": true}}";
  CHECK(error_of(big)["code"] == "too_large");
  std::string deep = std::string(10000, '[') + std::string(10000, ']');
  CHECK(error_of(deep)["code"] == "too_large");
  std::string nested = R"({"findings": {"fever": [[[[[[[[[[true]]]]]]]]]]}})";
  CHECK(error_of(nested)["code"] == "too_large");
}

TEST_CASE("a very long unknown id is reported with a short message") {
  std::string id(20000, 'x');
  json e = error_of("{\"findings\": {\"" + id + "\": true}}");
  CHECK(e["code"] == "unknown_finding");
  CHECK(e["message"].get<std::string>().size() < 200);
}

TEST_CASE("after bad input the checker still answers valid cases correctly") {
  error_of("{");
  error_of(std::string(100000, '{'));
  json r = test::assess({{"findings", {{"blanches_on_pressure", false}, {"fever", true}}}});
  CHECK(test::level(r) == "emergency");
}

TEST_CASE("answers map to the engine's three states") {
  auto kase = test::parse({{"findings", {{"fever", true}, {"itchy", false}, {"headache", "unknown"}}}});
  const auto& kb = test::kb();
  CHECK(kase.answers[kb.find_finding("fever")] == spotcheck::Answer::yes);
  CHECK(kase.answers[kb.find_finding("itchy")] == spotcheck::Answer::no);
  CHECK(kase.answers[kb.find_finding("headache")] == spotcheck::Answer::unsure);
  CHECK(kase.answers[kb.find_finding("raised")] == spotcheck::Answer::unasked);
}
