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

TEST_CASE("a key given twice in one object is duplicate_key, with its path, wherever it is") {
  struct Repeated {
    const char* text;
    const char* path;
  };
  const Repeated cases[] = {
      {R"({"findings":{"fever":true,"fever":false}})", "findings.fever"},
      {R"({"findings":{"fever":true,"fever":true}})", "findings.fever"},  // even with the same answer
      {R"({"age":30,"findings":{},"age":31})", "age"},
      {R"({"sex":"female","sex":"male"})", "sex"},
      {R"({"findings":{"fever":true},"findings":{"itchy":true}})", "findings"},
      {R"({"findings":{"blanches_on_pressure":false,"fever":true,"fever":false}})", "findings.fever"},
      // Checked before anything else: an unknown field or finding repeated is still a repeated key.
      {R"({"findings":{"fevr":true,"fevr":true}})", "findings.fevr"},
      {R"({"agee":1,"agee":2})", "agee"},
      {R"({"findings":{"fever":{"x":1,"x":2}}})", "findings.fever.x"},
  };
  for (const Repeated& r : cases) {
    CAPTURE(r.text);
    json e = error_of(r.text);
    CHECK(e["code"] == "duplicate_key");
    CHECK(e["path"] == r.path);
    CHECK(e["message"].get<std::string>().find("more than once") != std::string::npos);
  }
  // Text that is not JSON is invalid_json, whatever keys it repeats.
  CHECK(error_of(R"({"findings":{"fever":true,"fever":false})")["code"] == "invalid_json");
  // The same key in different objects is fine.
  json r = test::assess(json::parse(R"({"findings":{"fever":true}})"));
  CHECK(test::checker().assess(R"({"findings":{"fever":true}, "age": 3})").find("\"error\"") == std::string::npos);
  CHECK(r.contains("triage"));
  // The answer is never silently dropped: without the repeat, non-blanching spots with fever are an emergency.
  CHECK(test::level(test::assess(json::parse(R"({"findings":{"blanches_on_pressure":false,"fever":true}})"))) == "emergency");
}

TEST_CASE("age_months: whole months 0 to 23, agreeing with age, implying it") {
  for (int m : {0, 1, 2, 11, 12, 23}) {
    CAPTURE(m);
    auto kase = test::parse({{"age_months", m}});
    REQUIRE(kase.age_months);
    CHECK(*kase.age_months == m);
    REQUIRE(kase.age);
    CHECK(*kase.age == m / 12);
    auto both = test::parse({{"age", m / 12}, {"age_months", m}});
    CHECK(*both.age_months == m);
    CHECK(*both.age == m / 12);
  }
  CHECK(test::parse({{"age_months", 5.0}}).age_months == 5);  // 5.0 is a whole number
  CHECK_FALSE(test::parse({{"age", 1}}).age_months);
  struct Bad {
    json kase;
    const char* code;
    const char* path;
  };
  const Bad bad[] = {
      {{{"age_months", 24}}, "age_out_of_range", "age_months"},
      {{{"age_months", -1}}, "age_out_of_range", "age_months"},
      {{{"age_months", 1e308}}, "age_out_of_range", "age_months"},
      {{{"age_months", 2.5}}, "invalid_value", "age_months"},
      {{{"age_months", "3"}}, "invalid_value", "age_months"},
      {{{"age_months", nullptr}}, "invalid_value", "age_months"},
      {{{"age_months", true}}, "invalid_value", "age_months"},
      {{{"age", 1}, {"age_months", 11}}, "invalid_value", "age_months"},
      {{{"age", 0}, {"age_months", 12}}, "invalid_value", "age_months"},
      {{{"age", 30}, {"age_months", 3}}, "invalid_value", "age_months"},
      // age is read first (keys in order): its own problem comes first.
      {{{"age", 200}, {"age_months", 3}}, "age_out_of_range", "age"},
      {{{"age", 1}, {"age_months", 30}}, "age_out_of_range", "age_months"},
  };
  for (const Bad& b : bad) {
    CAPTURE(b.kase.dump());
    json e = error_of(b.kase.dump());
    CHECK(e["code"] == b.code);
    CHECK(e["path"] == b.path);
  }
  CHECK(error_of(R"({"age_monts": 3})")["message"].get<std::string>().find("did you mean 'age_months'") != std::string::npos);
  // Through the whole engine: a result, and the same as the age in years where no rule reads months.
  json r = test::assess({{"age_months", 7}, {"findings", {{"fever", true}}}});
  REQUIRE(r.contains("triage"));
}

TEST_CASE("a yes implies the findings listed in 'implies', transitively, whatever they were answered") {
  // A tiny knowledge base: c implies a, a implies b.
  json bundle = test::tiny_bundle();
  bundle["findings.json"]["findings"][0]["implies"] = {"b"};
  bundle["findings.json"]["findings"][2]["implies"] = {"a"};
  auto loaded = test::load_bundle(bundle);
  REQUIRE(loaded.ok());
  const auto& kb = loaded.kb;
  auto parse = [&](const char* text) {
    auto parsed = spotcheck::parse_case(text, kb);
    REQUIRE(std::holds_alternative<spotcheck::Case>(parsed));
    return std::get<spotcheck::Case>(parsed);
  };
  using spotcheck::Answer;
  const int a = kb.find_finding("a"), b = kb.find_finding("b"), c = kb.find_finding("c");
  CHECK(kb.findings[c].implies == std::vector<int>{a, b});  // closed over the chain
  auto kase = parse(R"({"findings":{"c":true}})");
  CHECK(kase.answers[a] == Answer::yes);
  CHECK(kase.answers[b] == Answer::yes);
  kase = parse(R"({"findings":{"a":true,"b":false}})");
  CHECK(kase.answers[b] == Answer::yes);
  kase = parse(R"({"findings":{"a":true,"b":"unknown"}})");
  CHECK(kase.answers[b] == Answer::yes);
  // Only a yes implies: no and not sure imply nothing.
  kase = parse(R"({"findings":{"c":false,"a":"unknown"}})");
  CHECK(kase.answers[a] == Answer::unsure);
  CHECK(kase.answers[b] == Answer::unasked);
  // And nothing implies backwards.
  kase = parse(R"({"findings":{"b":true}})");
  CHECK(kase.answers[a] == Answer::unasked);
  CHECK(kase.answers[c] == Answer::unasked);
}

TEST_CASE("the knowledge base's own implications hold through the text API") {
  // Skip-proof: every implication the shipped knowledge base declares (the
  // contract's pregnant -> liver_disease_or_pregnancy among them, once there).
  const auto& kb = test::kb();
  for (const auto& f : kb.findings)
    for (int g : f.implies) {
      CAPTURE(f.id);
      CAPTURE(kb.findings[g].id);
      auto kase = test::parse({{"findings", {{f.id, true}, {kb.findings[g].id, false}}}});
      CHECK(kase.answers[g] == spotcheck::Answer::yes);
    }
  if (kb.find_finding("pregnant") >= 0 && kb.find_finding("liver_disease_or_pregnancy") >= 0)
    CHECK(test::parse({{"findings", {{"pregnant", true}}}}).answers[kb.find_finding("liver_disease_or_pregnancy")] == spotcheck::Answer::yes);
}

TEST_CASE("escalates_if counts what a yes implies: a finding whose yes implies a warning sign raises the advice") {
  json bundle = test::tiny_bundle();
  bundle["findings.json"]["findings"][0]["implies"] = {"w"};  // a implies w; w yes is urgent (tiny_bundle's rule)
  std::string error;
  auto checker = spotcheck::Checker::create(bundle.dump(), error);
  INFO(error);
  REQUIRE(checker);
  auto escalations = [&](const char* text) {
    json r = json::parse(checker->assess(text));
    std::vector<std::string> out;
    for (const auto& e : r["triage"]["escalates_if"]) out.push_back(e["finding"].get<std::string>() + ":" + e["level"].get<std::string>());
    return out;
  };
  CHECK(escalations(R"({"findings":{}})") == std::vector<std::string>{"a:urgent", "w:urgent"});
  // Even when w was answered no: a yes to a still makes it yes.
  CHECK(escalations(R"({"findings":{"w":false}})") == std::vector<std::string>{"a:urgent"});
  CHECK(test::level(json::parse(checker->assess(R"({"findings":{"w":false,"a":true}})"))) == "urgent");
}
