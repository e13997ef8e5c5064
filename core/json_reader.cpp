// The reading half of json.hpp: a strict RFC 8259 reader into a Value tree.
// Compiled for size in the wasm (CMakeLists.txt): it reads the knowledge base
// once and each short case text.
#include "json.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstring>

#include "decimal_to_double.hpp"
#include "json_powers.hpp"

namespace spotcheck::json {

const Value* Value::find(std::string_view key) const {
  auto it = std::lower_bound(members_.begin(), members_.end(), key,
                             [](const Member& m, std::string_view k) { return std::string_view(m.first) < k; });
  return it != members_.end() && it->first == key ? &it->second : nullptr;
}

const Value& Value::at(std::string_view key) const {
  static const Value missing;
  const Value* v = find(key);
  return v ? *v : missing;
}

Value Value::object(std::vector<Member> members) {
  Value v;
  v.kind_ = Kind::object;
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) { return a.first < b.first; });
  v.members_ = std::move(members);
  return v;
}

std::string ParseError::path_text(std::string_view root) const {
  std::string out(root);
  for (const PathStep& step : path) {
    if (step.index >= 0) {
      out += '[';
      out += std::to_string(step.index);
      out += ']';
    } else {
      if (!out.empty()) out += '.';
      out += step.key;
    }
  }
  return out;
}

namespace {

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

// Recursive descent over the text. Every function returns false at the first
// thing that is not JSON; the caller then drops the whole tree.
class Reader {
 public:
  Reader(std::string_view text, int max_depth) : p_(text.data()), end_(text.data() + text.size()), max_depth_(max_depth) {}

  bool document(Value& out, ParseError* error) {
    skip_space();
    bool ok = value(out, 0);
    if (ok) skip_space();
    ok = ok && p_ == end_;
    if (ok && !repeated_) return true;
    if (error) {
      error->code = ok ? ParseError::Code::duplicate_key : ParseError::Code::syntax;
      error->path.clear();
      if (ok) error->path.assign(repeated_path_.rbegin(), repeated_path_.rend());
    }
    return false;
  }

 private:
  bool value(Value& out, int depth) {
    if (p_ == end_) return false;
    switch (*p_) {
      case '{': return object(out, depth + 1);
      case '[': return array(out, depth + 1);
      case '"': out.kind_ = Value::Kind::string; return string(out.string_);
      case 't': out.kind_ = Value::Kind::boolean, out.boolean_ = true; return literal("true");
      case 'f': out.kind_ = Value::Kind::boolean, out.boolean_ = false; return literal("false");
      case 'n': out.kind_ = Value::Kind::null; return literal("null");
      default: out.kind_ = Value::Kind::number; return number(out.number_);
    }
  }

  bool object(Value& out, int depth) {
    if (depth > max_depth_) return false;
    out.kind_ = Value::Kind::object;
    ++p_;
    skip_space();
    if (consume('}')) return true;
    out.members_.reserve(4);  // one allocation for a small object, not one per member
    do {
      skip_space();
      Value::Member m;
      if (p_ == end_ || *p_ != '"' || !string(m.first)) return false;
      // The key's place is found once, as it is read: reading its value
      // cannot change this object's members. A repeat is noted then, before
      // the value: a repeat inside that value comes later in the text.
      const std::size_t at = place_of(out.members_, m.first);
      const bool repeat = at < out.members_.size() && out.members_[at].first == m.first;
      if (repeat && !repeated_) {
        repeated_ = true;
        repeated_path_.push_back({m.first, -1});
        repeated_depth_ = depth;
      }
      skip_space();
      if (!consume(':')) return false;
      skip_space();
      if (!value(m.second, depth)) return false;
      if (repeated_ && repeated_depth_ == depth + 1) extend_repeated_path({m.first, -1}, depth);
      // A repeated key keeps its first value.
      if (!repeat) out.members_.insert(out.members_.begin() + static_cast<std::ptrdiff_t>(at), std::move(m));
      skip_space();
    } while (consume(','));
    return consume('}');
  }

  // Members are kept sorted by key as they come: the place a key goes (the
  // end, at once, for keys in order). Objects are small (a condition's
  // likelihoods are the largest); a 32 KiB case with every key out of order
  // costs a few milliseconds. A repeated key (the first one in the text) is
  // noted and reading goes on: a text that is not JSON at all is a syntax
  // error, whatever keys it repeats.
  static std::size_t place_of(const std::vector<Value::Member>& members, const std::string& key) {
    if (members.empty() || members.back().first < key) return members.size();
    return static_cast<std::size_t>(std::lower_bound(members.begin(), members.end(), key,
                                                     [](const Value::Member& a, const std::string& k) { return a.first < k; }) -
                                    members.begin());
  }

  // The path to the repeated key is built as the containers around it end:
  // nothing is tracked while reading texts that repeat no key.
  void extend_repeated_path(PathStep step, int depth) {
    repeated_path_.push_back(std::move(step));
    repeated_depth_ = depth;
  }

  bool array(Value& out, int depth) {
    if (depth > max_depth_) return false;
    out.kind_ = Value::Kind::array;
    ++p_;
    skip_space();
    if (consume(']')) return true;
    do {
      skip_space();
      out.items_.emplace_back();
      if (!value(out.items_.back(), depth)) return false;
      if (repeated_ && repeated_depth_ == depth + 1)
        extend_repeated_path({std::string(), static_cast<long long>(out.items_.size() - 1)}, depth);
      skip_space();
    } while (consume(','));
    return consume(']');
  }

  bool string(std::string& out) {
    ++p_;  // the opening quote
    while (p_ != end_) {
      // Plain ASCII in one append: per-character appends are calls into libc++ in the wasm.
      const char* run = p_;
      while (p_ != end_ && static_cast<unsigned char>(*p_) >= 0x20 && static_cast<unsigned char>(*p_) < 0x80 && *p_ != '"' &&
             *p_ != '\\')
        ++p_;
      out.append(run, static_cast<std::size_t>(p_ - run));
      if (p_ == end_) return false;
      unsigned char c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;  // control characters must be escaped
      if (c == '\\') {
        if (!escape(out)) return false;
      } else if (!utf8_sequence(out)) {
        return false;
      }
    }
    return false;
  }

  bool escape(std::string& out) {
    if (++p_ == end_) return false;
    char c = *p_++;
    switch (c) {
      case '"': out += '"'; return true;
      case '\\': out += '\\'; return true;
      case '/': out += '/'; return true;
      case 'b': out += '\b'; return true;
      case 'f': out += '\f'; return true;
      case 'n': out += '\n'; return true;
      case 'r': out += '\r'; return true;
      case 't': out += '\t'; return true;
      case 'u': break;
      default: return false;
    }
    std::uint32_t cp;
    if (!hex4(cp)) return false;
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a low surrogate on its own
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      std::uint32_t low;
      if (end_ - p_ < 2 || p_[0] != '\\' || p_[1] != 'u') return false;
      p_ += 2;
      if (!hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return true;
  }

  bool hex4(std::uint32_t& cp) {
    if (end_ - p_ < 4) return false;
    cp = 0;
    for (int i = 0; i < 4; ++i) {
      char h = *p_++;
      int d = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
      if (d < 0) return false;
      cp = cp * 16 + static_cast<std::uint32_t>(d);
    }
    return true;
  }

  // One multi-byte UTF-8 character, checked as RFC 3629 defines it: no
  // overlong forms, no surrogates, nothing above U+10FFFF.
  bool utf8_sequence(std::string& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(p_);
    std::size_t left = static_cast<std::size_t>(end_ - p_);
    unsigned char c = s[0];
    std::size_t n;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c == 0xE0) n = 3, lo = 0xA0;
    else if (c == 0xED) n = 3, hi = 0x9F;
    else if (c >= 0xE1 && c <= 0xEF) n = 3;
    else if (c == 0xF0) n = 4, lo = 0x90;
    else if (c == 0xF4) n = 4, hi = 0x8F;
    else if (c >= 0xF1 && c <= 0xF3) n = 4;
    else return false;
    if (left < n || s[1] < lo || s[1] > hi) return false;
    for (std::size_t i = 2; i < n; ++i)
      if ((s[i] & 0xC0) != 0x80) return false;
    out.append(p_, n);
    p_ += n;
    return true;
  }

  // -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, and the result must be finite.
  bool number(double& out) {
    const char* start = p_;
    consume('-');
    if (p_ == end_ || !is_digit(*p_)) return false;
    std::uint64_t mantissa = 0;
    int digits = 0, exponent = 0;  // significant digits kept in `mantissa`; the power of ten to apply
    int written_exponent = 0;      // the number's own e part
    auto digit = [&](char ch, bool fraction) {
      if (digits == 0 && ch == '0') {
        if (fraction) --exponent;  // a leading zero after the point only shifts
      } else if (digits < 19) {
        mantissa = mantissa * 10 + static_cast<std::uint64_t>(ch - '0');
        ++digits;
        if (fraction) --exponent;
      } else if (!fraction) {
        ++exponent;  // digits beyond what a uint64 holds: not exact, see below
      }
    };
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ != end_ && is_digit(*p_)) digit(*p_++, false);
    }
    if (consume('.')) {
      if (p_ == end_ || !is_digit(*p_)) return false;
      while (p_ != end_ && is_digit(*p_)) digit(*p_++, true);
    }
    if (p_ != end_ && (*p_ == 'e' || *p_ == 'E')) {
      ++p_;
      bool negative = false;
      if (!consume('+')) negative = consume('-');
      if (p_ == end_ || !is_digit(*p_)) return false;
      int e = 0;
      while (p_ != end_ && is_digit(*p_)) e = std::min(e * 10 + (*p_++ - '0'), 100000);
      written_exponent = negative ? -e : e;
      exponent += written_exponent;
    }
    const bool negative = *start == '-';
    if (mantissa == 0) {
      out = negative ? -0.0 : 0.0;
      return true;
    }
    if (mantissa <= (std::uint64_t{1} << 53) && exponent >= -22 && exponent <= 22) {
      // Exact operands, one rounding: the nearest double, as strtod gives.
      double m = static_cast<double>(mantissa);
      out = exponent < 0 ? m / detail::kExactPowers[-exponent] : m * detail::kExactPowers[exponent];
    } else {
      // Long or extreme numbers (never in a case or the knowledge base):
      // every significant digit, converted exactly.
      std::string all;
      long exp10 = written_exponent;
      bool fraction = false;
      for (const char* q = start + negative; q != p_ && *q != 'e' && *q != 'E'; ++q) {
        if (*q == '.') {
          fraction = true;
          continue;
        }
        if (fraction) --exp10;
        if (!all.empty() || *q != '0') all += *q;
      }
      out = detail::decimal_to_double(all, exp10);
    }
    if (negative) out = -out;
    return std::isfinite(out);
  }

  bool literal(const char* word) {
    std::size_t n = std::strlen(word);
    if (static_cast<std::size_t>(end_ - p_) < n || std::memcmp(p_, word, n) != 0) return false;
    p_ += n;
    return true;
  }

  static bool is_digit(char c) { return c >= '0' && c <= '9'; }

  bool consume(char c) {
    if (p_ != end_ && *p_ == c) {
      ++p_;
      return true;
    }
    return false;
  }

  void skip_space() {
    while (p_ != end_ && (*p_ == ' ' || *p_ == '\n' || *p_ == '\r' || *p_ == '\t')) ++p_;
  }

  const char* p_;
  const char* end_;
  int max_depth_;
  // The first repeated key: whether there is one, its path from the key
  // outwards, and the depth of the container the path has reached.
  bool repeated_ = false;
  std::vector<PathStep> repeated_path_;
  int repeated_depth_ = 0;
};

std::optional<Value> parse(std::string_view text, int max_depth, ParseError* error) {
  Value v;
  if (!Reader(text, max_depth).document(v, error)) return std::nullopt;
  if (error) *error = ParseError{};
  return v;
}

}  // namespace spotcheck::json
