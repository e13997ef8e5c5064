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

TEST_CASE("wrong types at every level") {
  struct Bad {
    const char* text;
    const char* code;
    const char* path;
  };
  const Bad cases[] = {
      {"true", "not_an_object", ""},
      {"[{\"findings\": {\"fever\": true}}]", "not_an_object", ""},
      {"{\"findings\": \"fever\"}", "not_an_object", "findings"},
      {"{\"findings\": 1}", "not_an_object", "findings"},
      {"{\"findings\": true}", "not_an_object", "findings"},
      {"{\"age\": true}", "invalid_value", "age"},
      {"{\"age\": [34]}", "invalid_value", "age"},
      {"{\"age\": {\"years\": 34}}", "invalid_value", "age"},
      {"{\"sex\": null}", "invalid_value", "sex"},
      {"{\"sex\": \"Female\"}", "invalid_value", "sex"},
      {"{\"sex\": [\"female\"]}", "invalid_value", "sex"},
      {"{\"findings\": {\"fever\": \"true\"}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": \"Unknown\"}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": {}}}", "invalid_value", "findings.fever"},
      {"{\"findings\": {\"fever\": 0}}", "invalid_value", "findings.fever"},
      {"{\"\": 1}", "unknown_field", ""},
      {"{\"findings\": {\"toString\": true}}", "unknown_finding", "findings.toString"},
  };
  for (const Bad& bad : cases) {
    CAPTURE(bad.text);
    json e = error_of(bad.text);
    CHECK(e["code"] == bad.code);
    CHECK(e["path"] == bad.path);
  }
  json nul_id = error_of(R"({"findings": {"\u0000": true}})");  // an escaped NUL is a (wrong) id, not an end
  CHECK(nul_id["code"] == "unknown_finding");
  CHECK(nul_id["path"] == std::string("findings.\0", 10));
}

TEST_CASE("ages: whole years from 0 to 120, written any way JSON allows") {
  for (const char* ok : {"0", "120", "-0", "120.0", "1e2", "34"}) {
    CAPTURE(ok);
    json r = json::parse(test::checker().assess(std::string("{\"age\": ") + ok + "}"));
    CHECK(r.contains("triage"));
  }
  // Beyond a double, nlohmann/json refuses the number itself (RFC 8259 lets a parser limit range).
  CHECK(error_of("{\"age\": 1e400}")["code"] == "invalid_json");
  CHECK(error_of("{\"age\": -1e400}")["code"] == "invalid_json");
  CHECK(error_of("{\"age\": 1.7e308}")["code"] == "age_out_of_range");
  CHECK(error_of("{\"age\": 120.5}")["code"] == "age_out_of_range");
  CHECK(error_of("{\"age\": 1e-9}")["code"] == "invalid_value");
  CHECK(error_of("{\"age\": 18446744073709551616}")["code"] == "age_out_of_range");
  CHECK(error_of("{\"age\": -9223372036854775809}")["code"] == "age_out_of_range");
}

TEST_CASE("text that only looks like JSON up to a NUL is invalid") {
  // nlohmann/json treats a NUL as the end of input; the parser must not.
  CHECK(error_of(std::string("{\"age\": 3}\0{\"age\": 500}", 24))["code"] == "invalid_json");
  CHECK(error_of(std::string("{\"findings\": {\"fever\": true}}\0", 30))["code"] == "invalid_json");
  CHECK(error_of(std::string("\0", 1))["code"] == "invalid_json");
}

TEST_CASE("malformed UTF-8 and escaped lone surrogates are invalid_json") {
  const std::string bad[] = {
      "{\"sex\": \"\xC0\xAF\"}",                  // overlong encoding
      "{\"sex\": \"\xF8\x88\x80\x80\x80\"}",      // five-byte sequence
      "{\"sex\": \"\xE2\x82\"}",                  // truncated sequence
      "{\"sex\": \"\xFF\"}",                      // never valid
      "{\"sex\": \"\xF4\x90\x80\x80\"}",          // beyond U+10FFFF
      "{\"findings\": {\"\\ud800\": true}}",      // escaped lone high surrogate
      "{\"findings\": {\"\\udc00\\ud800\": true}}",  // pair in the wrong order
      "{\"findings\": {\"fever\\ud83d\": true}}",  // high surrogate at the end
  };
  for (const std::string& text : bad) {
    CAPTURE(text);
    CHECK(error_of(text)["code"] == "invalid_json");
  }
  // A proper pair is well-formed: just an unknown id.
  CHECK(error_of("{\"findings\": {\"\\ud83d\\ude00\": true}}")["code"] == "unknown_finding");
}

TEST_CASE("long multi-byte ids are cut on a character boundary, so the error is valid JSON") {
  // A cut inside a character would make the error unprintable (an internal_error).
  for (int prefix = 30; prefix <= 45; ++prefix) {
    std::string id = std::string(prefix, 'a');
    for (int i = 0; i < 10; ++i) id += "\xE2\x82\xAC\xF0\x9F\x98\x80";  // € and 😀
    CAPTURE(prefix);
    json e = error_of("{\"findings\": {\"" + id + "\": true}}");
    CHECK(e["code"] == "unknown_finding");
    CHECK(e["path"] == "findings." + id);
  }
}

TEST_CASE("the size and depth limits are exact") {
  const std::string base = R"({"findings": {"blanches_on_pressure": false, "fever": true}})";
  std::string at_limit = base + std::string(spotcheck::kMaxCaseBytes - base.size(), ' ');
  CHECK(test::level(json::parse(test::checker().assess(at_limit))) == "emergency");
  CHECK(error_of(at_limit + " ")["code"] == "too_large");

  std::string eight = R"({"findings": {"fever": [[[[[[true]]]]]]}})";  // 8 levels: judged on content
  CHECK(error_of(eight)["code"] == "invalid_value");
  std::string nine = R"({"findings": {"fever": [[[[[[[true]]]]]]]}})";
  CHECK(error_of(nine)["code"] == "too_large");
  // Brackets inside strings are not nesting, escaped quotes do not end a string.
  CHECK(error_of(R"({"findings": {"[[[[[[[[[[[[\"[[[[[[[[[[": true}})")["code"] == "unknown_finding");
  // Unbalanced brackets fool the depth count, but such text is never valid JSON.
  CHECK(error_of("{]]]]]]]]]]" + std::string(9, '[') + "}")["code"] == "invalid_json");
}
