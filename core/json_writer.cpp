// The writing half of json.hpp: number_text and the streaming Writer. Stays
// compiled for speed in the wasm: every result is several KB of text.
#include "json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "json_powers.hpp"

namespace spotcheck::json {

namespace {

// `x` rounded to `places` decimals (0 to 9), without trailing zeros. |x|
// times 10^places must fit 64 bits (the callers keep to scores and limits).
void append_decimal(std::string& out, double x, int places) {
  places = std::clamp(places, 0, 9);
  double scale = detail::kExactPowers[places];
  double units = std::round(x * scale);
  if (units < 0) out += '-';
  auto magnitude = static_cast<std::uint64_t>(std::fabs(units));
  auto unit = static_cast<std::uint64_t>(scale);
  out += std::to_string(magnitude / unit);
  std::uint64_t fraction = magnitude % unit;
  if (fraction > 0) {
    std::string digits = std::to_string(fraction);
    digits.insert(0, static_cast<std::size_t>(places) - digits.size(), '0');
    digits.erase(digits.find_last_not_of('0') + 1);
    out += '.';
    out += digits;
  }
}

}  // namespace

std::string number_text(double x) {
  if (!std::isfinite(x)) return x != x ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
  if (std::fabs(x) >= 1e12) return x > 0 ? "more than a million million" : "less than minus a million million";
  std::string out;
  append_decimal(out, x, 6);
  return out;
}

Writer::Writer() { grow(8192); }  // a whole result, mostly

void Writer::grow(std::size_t more) {
  std::size_t capacity = std::max(capacity_ * 2, size_ + more);
  std::unique_ptr<char[]> bigger(new char[capacity]);
  if (size_) std::memcpy(bigger.get(), buffer_.get(), size_);
  buffer_ = std::move(bigger);
  capacity_ = capacity;
}

// `text` as a JSON string literal, quotes included. Runs that need no escape
// are copied whole: most of a result is plain text.
void Writer::quoted(std::string_view text) {
  static const char kHex[] = "0123456789abcdef";
  put('"');
  std::size_t run = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    put(text.substr(run, i - run));
    run = i + 1;
    put('\\');
    switch (c) {
      case '"': put('"'); break;
      case '\\': put('\\'); break;
      case '\b': put('b'); break;
      case '\f': put('f'); break;
      case '\n': put('n'); break;
      case '\r': put('r'); break;
      case '\t': put('t'); break;
      default: {
        const char escaped[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        put(std::string_view(escaped, sizeof escaped));
      }
    }
  }
  put(text.substr(run));
  put('"');
}

Writer& Writer::open(char bracket) {
  separate();
  put(bracket);
  after_value_ = false;
  return *this;
}

Writer& Writer::close(char bracket) {
  put(bracket);
  after_value_ = true;
  return *this;
}

Writer& Writer::key(std::string_view name) {
  separate();
  quoted(name);
  put(':');
  after_value_ = false;
  return *this;
}

Writer& Writer::value(std::string_view text) {
  separate();
  quoted(text);
  after_value_ = true;
  return *this;
}

Writer& Writer::literal(std::string_view text) {
  separate();
  put(text);
  after_value_ = true;
  return *this;
}

Writer& Writer::value(bool b) { return literal(b ? "true" : "false"); }

Writer& Writer::value(int n) { return literal(std::to_string(n)); }

Writer& Writer::null() { return literal("null"); }

Writer& Writer::decimal(double x, int places) {
  std::string text;
  append_decimal(text, x, places);
  return literal(text);
}

std::string Writer::take() {
  std::string text(buffer_.get(), size_);
  size_ = 0;
  after_value_ = false;
  return text;
}

Writer& Writer::string_list(std::string_view name, const std::vector<std::string>& texts) {
  key(name).begin_array();
  for (const std::string& t : texts) value(t);
  return end_array();
}

}  // namespace spotcheck::json
