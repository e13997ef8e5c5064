// core/json.hpp, the engine's own JSON reader and writer, held to RFC 8259
// and to nlohmann/json (the reference) on hand-picked and generated texts.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "helpers.hpp"
#include "json_oracle.hpp"
#include "json.hpp"

namespace sj = spotcheck::json;

TEST_CASE("json: reads what RFC 8259 allows, as nlohmann does") {
  const char* valid[] = {
      "null", "true", "false", "0", "-0", "12", "-12.5e-3", "1E+2", "0.1", "123456789012345678901234567890",
      "1e-400", "4.9e-324", "1.7976931348623157e308", "0.30000000000000004", "\"\"", "\"a\\\"b\\\\c\\/\\b\\f\\n\\r\\t\"",
      "\"\\u00e9\\uD83D\\uDE00\"", "\"caf\xC3\xA9 \xF0\x9F\x98\x80\"", "\"\\u0000\"", "[]", "{}", " [ 1 , [ 2 ] , { } ] ",
      "{\"b\":1,\"a\":2}", "{\"a\":{\"a\":[true,null]}}", "\t\r\n{}\n", "[{\"a\":1},{\"a\":2}]",
  };
  for (const char* text : valid) {
    CAPTURE(text);
    CHECK(sj::parse(text));
    CHECK(test::readers_agree(text));
  }
}

TEST_CASE("json: refuses what is not JSON, as nlohmann does") {
  const std::string invalid[] = {
      "", " ", "nul", "tru", "True", "01", "-", "1.", ".5", "1e", "1e+", "+1", "0x10", "NaN", "Infinity", "1e400",
      "-1e400", "\"abc", "\"\\x\"", "\"\\u12\"", "\"\\uD800\"", "\"\\uDC00\"", "\"\\uD800\\u0041\"", "\"a\tb\"",
      "\"\xC3\"", "\"\xC0\xAF\"", "\"\xED\xA0\x80\"", "\"\xF4\x90\x80\x80\"", "\"\xFF\"", "[1,]", "[,1]", "{\"a\"}",
      "{\"a\":}", "{a:1}", "{\"a\":1,}", "[1 2]", "{} {}", "[", "]", "{\"a\":1", "// comment\n{}", "'a'",
  };
  for (const std::string& text : invalid) {
    CAPTURE(text);
    CHECK_FALSE(sj::parse(text));
    CHECK(test::readers_agree(text));
  }
}

TEST_CASE("json: objects are read in key order") {
  auto v = sj::parse(R"({"b": 1, "c": 2, "a": 3})");
  REQUIRE(v);
  REQUIRE(v->size() == 3);
  CHECK(v->members()[0].first == "a");
  CHECK(v->members()[1].first == "b");
  CHECK(v->members()[2].first == "c");
  CHECK(v->at("a").as_number() == 3);
  CHECK(v->find("d") == nullptr);
  CHECK(v->at("d").is_null());
}

TEST_CASE("json: a key repeated in one object is refused with its path, where nlohmann keeps the last value") {
  const std::pair<const char*, const char*> repeated[] = {
      {R"({"b": 1, "a": 2, "b": 3})", "b"},
      {R"({"a":1,"a":2})", "a"},
      {R"({"findings":{"fever":true,"fever":false}})", "findings.fever"},
      {R"({"age":3,"findings":{},"age":4})", "age"},
      {R"({"x":[0,{"y":{"z":1,"z":1}}]})", "x[1].y.z"},
      {R"([[], [{"k":1}, {"k":1,"j":2,"k":3}]])", "[1][1].k"},
      // The first one in the text, wherever the later ones are.
      {R"({"a":{"b":1,"b":2},"a":0})", "a.b"},
      {R"({"z":1,"m":{"q":1,"q":2},"z":2})", "m.q"},
      // A repeated key whose own value repeats a key: the outer one comes first
      // in the text (found by the fuzzer, session 34).
      {R"({"f":70,"f":{"s":false,"s":true}})", "f"},
      {R"({"a":[1],"a":[{"b":1,"b":2}]})", "a"},
      {R"({"":1,"":2})", ""},
      {R"({"café":1,"café":2})", "caf\xC3\xA9"},
      {R"({"a\u0062":1,"ab":2})", "ab"},  // the same key, escaped or not
  };
  for (auto [text, path] : repeated) {
    CAPTURE(text);
    sj::ParseError why;
    CHECK_FALSE(sj::parse(text, 128, &why));
    CHECK(why.code == sj::ParseError::Code::duplicate_key);
    CHECK(why.path_text() == path);
    CHECK(test::readers_agree(text));
  }
  // Not JSON at all is a syntax error, whatever keys it repeats.
  for (const char* text : {R"({"a":1,"a":2)", R"({"a":1,"a":2,})", R"({"a":1,"a":2} x)", R"([{"a":1,"a":2}, tru])"}) {
    CAPTURE(text);
    sj::ParseError why;
    CHECK_FALSE(sj::parse(text, 128, &why));
    CHECK(why.code == sj::ParseError::Code::syntax);
    CHECK(test::readers_agree(text));
  }
  // The KB-style path: "$" first.
  sj::ParseError why;
  CHECK_FALSE(sj::parse(R"({"rules":[{"id":"a"},{"id":"b","level":"x","id":"c"}]})", 128, &why));
  CHECK(why.path_text("$") == "$.rules[1].id");
  // A valid text clears the error.
  CHECK(sj::parse("{}", 128, &why));
  CHECK(why.code == sj::ParseError::Code::none);
  CHECK(why.path.empty());
}

TEST_CASE("json: nesting beyond the limit is refused, not a stack overflow") {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  CHECK_FALSE(sj::parse(deep));
  CHECK(sj::parse(std::string(8, '[') + std::string(8, ']'), 8));
  CHECK_FALSE(sj::parse(std::string(9, '[') + std::string(9, ']'), 8));
}

TEST_CASE("json: numbers are the nearest double, as strtod gives") {
  const char* numbers[] = {"0.1", "0.35", "0.999", "0.001", "1e-6", "2.5e-7", "9007199254740993", "0.1000000000000000055511151231257827",
                           "123.456e10", "5e-324", "2.2250738585072011e-308"};
  for (const char* text : numbers) {
    CAPTURE(text);
    auto v = sj::parse(text);
    REQUIRE(v);
    CHECK(v->as_number() == std::strtod(text, nullptr));
  }
}

// The numbers past the fast path (decimal_to_double.cpp): random texts with
// up to 800 digits and powers of ten past the doubles' range, and the exact
// halfway points between neighbouring doubles, where only exact arithmetic
// rounds right (ties to even; a digit more breaks the tie).
TEST_CASE("json: long and extreme numbers are the nearest double too, as strtod gives") {
  std::mt19937_64 rng(20261203);
  auto check = [](const std::string& text) {
    CAPTURE(text);
    const double expected = std::strtod(text.c_str(), nullptr);
    auto v = sj::parse(text);
    if (!std::isfinite(expected)) {
      CHECK_FALSE(v);
      return;
    }
    REQUIRE(v);
    CHECK(v->as_number() == expected);
    CHECK(std::signbit(v->as_number()) == std::signbit(expected));
  };
  for (int i = 0; i < 20000; ++i) {
    const int length = 1 + static_cast<int>(rng() % (i % 50 == 0 ? 800 : 40));
    std::string digits;
    for (int d = 0; d < length; ++d) digits += static_cast<char>('0' + rng() % 10);
    if (digits.size() > 1 && digits[0] == '0') digits[0] = '1';
    std::string text = rng() % 2 ? "-" : "";
    const std::size_t point = rng() % (digits.size() + 1);
    text += point == 0 ? "0" : digits.substr(0, point);
    if (point < digits.size()) text += "." + digits.substr(point);
    const int exponent = static_cast<int>(rng() % 700) - 360;
    if (rng() % 4) text += "e" + std::to_string(exponent);
    check(text);
  }
  for (int i = 0; i < 3000; ++i) {
    // A random finite double (normal or subnormal) and the one above it.
    double a;
    do {
      std::uint64_t bits = rng() & 0x7fefffffffffffffULL;
      std::memcpy(&a, &bits, sizeof a);
    } while (!std::isfinite(a));
    const double b = std::nextafter(a, INFINITY);
    if (!std::isfinite(b)) continue;
    // Their midpoint, exactly: long double holds a + b's 54 bits.
    char buffer[1200];
    std::snprintf(buffer, sizeof buffer, "%.1100Le", (static_cast<long double>(a) + b) / 2);
    std::string text = buffer;
    const std::size_t e = text.find('e');
    std::string mantissa = text.substr(0, e);
    mantissa.erase(mantissa.find_last_not_of('0') + 1);
    if (mantissa.back() == '.') mantissa.pop_back();
    check(mantissa + text.substr(e));  // the tie: to the even one
    if (mantissa.find('.') == std::string::npos) mantissa += '.';
    check(mantissa + "0000000000001" + text.substr(e));  // just above it: up
  }
}

TEST_CASE("json: generated texts and their mutations read as nlohmann reads them") {
  std::mt19937 rng(20261123);
  const std::string alphabet = "{}[]\":,0123456789.-+eEtrufalsn \\u\xC3\xA9\x80";
  // Start from the whole knowledge base and real cases; mutate bytes, cut, splice.
  std::vector<std::string> seeds = {test::data_bundle().dump(), R"({"age":34,"sex":"female","findings":{"fever":true,"blanches_on_pressure":false}})",
                                    R"([1,-2.5e3,"\u00e9",{"a":[null,true,false]}])"};
  int checked = 0;
  for (int round = 0; round < 4000; ++round) {
    std::string text = seeds[rng() % seeds.size()];
    if (text.size() > 4000) text = text.substr(rng() % (text.size() - 2000), 2000);
    int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      std::size_t at = rng() % text.size();
      switch (rng() % 3) {
        case 0: text[at] = alphabet[rng() % alphabet.size()]; break;
        case 1: text.erase(at, 1 + rng() % 3); break;
        default: text.insert(at, 1, alphabet[rng() % alphabet.size()]);
      }
    }
    CAPTURE(text);
    CHECK(test::readers_agree(text));
    ++checked;
  }
  CHECK(checked == 4000);
}

TEST_CASE("json: the writer escapes what JSON needs and its text reads back") {
  sj::Writer w;
  std::string awkward = std::string("quote \" backslash \\ tab \t newline \n bell \x07 nul ") + '\0' + " caf\xC3\xA9";
  w.begin_object().member("text", awkward).member("yes", true).member("n", -3).key("none").null();
  w.key("scores").begin_array().decimal(0.12345, 4).decimal(1, 4).decimal(0, 4).decimal(0.00004, 4).decimal(-0.5, 4).end_array();
  w.string_list("list", {"a", "b"}).key("empty").begin_object().end_object().end_object();
  std::string text = w.take();
  CHECK(text == std::string("{\"text\":\"quote \\\" backslash \\\\ tab \\t newline \\n bell \\u0007 nul \\u0000 caf\xC3\xA9\",") +
                    "\"yes\":true,\"n\":-3,\"none\":null,\"scores\":[0.1235,1,0,0,-0.5],\"list\":[\"a\",\"b\"],\"empty\":{}}");
  auto back = sj::parse(text);
  REQUIRE(back);
  CHECK(back->at("text").as_string() == awkward);
  CHECK(test::readers_agree(text));
}

TEST_CASE("json: numbers in messages read as a person writes them") {
  CHECK(sj::number_text(0) == "0");
  CHECK(sj::number_text(1) == "1");
  CHECK(sj::number_text(1.5) == "1.5");
  CHECK(sj::number_text(-0.1) == "-0.1");
  CHECK(sj::number_text(0.999) == "0.999");
  CHECK(sj::number_text(120) == "120");
  CHECK(sj::number_text(1e-7) == "0");
  CHECK(sj::number_text(2.5e20) == "more than a million million");
}

TEST_CASE("json: an object with thousands of keys in reverse order still reads") {
  std::string text = "{";
  for (int i = 3000; i > 0; --i) text += (i < 3000 ? ",\"k" : "\"k") + std::to_string(100000 + i) + "\":" + std::to_string(i);
  text += "}";
  auto v = sj::parse(text);
  REQUIRE(v);
  CHECK(v->size() == 3000);
  CHECK(v->members().front().first == "k100001");
  CHECK(v->at("k102999").as_number() == 2999);
  CHECK(test::readers_agree(text));
}
