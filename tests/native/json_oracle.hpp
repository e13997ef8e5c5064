// nlohmann/json as the reference for core/json.hpp: the same text must give
// the same tree. Used by the native tests and the fuzz targets.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "json.hpp"

namespace test {

// Whether `mine` holds what nlohmann read: same kinds, same numbers (as
// doubles), same strings, same items, same keys with the same values.
inline bool same_json(const nlohmann::json& theirs, const spotcheck::json::Value& mine) {
  using Kind = spotcheck::json::Value::Kind;
  switch (mine.kind()) {
    case Kind::null: return theirs.is_null();
    case Kind::boolean: return theirs.is_boolean() && theirs.get<bool>() == mine.as_bool();
    case Kind::number: return theirs.is_number() && theirs.get<double>() == mine.as_number();
    case Kind::string: return theirs.is_string() && theirs.get_ref<const std::string&>() == mine.as_string();
    case Kind::array:
      if (!theirs.is_array() || theirs.size() != mine.size()) return false;
      for (std::size_t i = 0; i < mine.size(); ++i)
        if (!same_json(theirs[i], mine[i])) return false;
      return true;
    case Kind::object: {
      if (!theirs.is_object() || theirs.size() != mine.size()) return false;
      auto it = theirs.begin();  // both in key order
      for (const auto& [key, value] : mine.members()) {
        if (it.key() != key || !same_json(it.value(), value)) return false;
        ++it;
      }
      return true;
    }
  }
  return false;
}

// How deeply arrays and objects nest (a scalar is 0).
inline int nesting(const nlohmann::json& j) {
  int deepest = 0;
  if (j.is_array() || j.is_object())
    for (const auto& child : j) deepest = std::max(deepest, nesting(child));
  return j.is_array() || j.is_object() ? deepest + 1 : 0;
}

// The first key repeated within one object, found by nlohmann's SAX reader
// independently of the engine's: its path as the engine writes it
// ("findings.fever", "a[2].b"), or nothing. Only for texts nlohmann accepts.
class FirstRepeatedKey : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::optional<std::string> path;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t&) override { return value(); }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override {
    value();
    frames_.push_back({true, {}, {}, -1});
    return true;
  }
  bool key(string_t& k) override {
    Frame& f = frames_.back();
    if (!f.keys.insert(k).second && !path) {
      std::string out;
      for (const Frame& outer : frames_) {
        if (&outer == &f) break;
        out += outer.object ? (out.empty() ? "" : ".") + outer.key : "[" + std::to_string(outer.index) + "]";
      }
      path = out + (out.empty() ? "" : ".") + k;
    }
    f.key = k;
    return true;
  }
  bool end_object() override { return end(); }
  bool start_array(std::size_t) override {
    value();
    frames_.push_back({false, {}, {}, -1});
    return true;
  }
  bool end_array() override { return end(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool object;
    std::set<std::string> keys;
    std::string key;  // objects: the member being read
    long long index;  // arrays: the item being read
  };
  bool value() {
    if (!frames_.empty() && !frames_.back().object) ++frames_.back().index;
    return true;
  }
  bool end() {
    frames_.pop_back();
    return true;
  }
  std::vector<Frame> frames_;
};

inline std::optional<std::string> first_repeated_key(std::string_view text) {
  FirstRepeatedKey finder;
  if (!nlohmann::json::sax_parse(text.begin(), text.end(), &finder, nlohmann::json::input_format_t::json, /*strict=*/true)) return std::nullopt;
  return finder.path;
}

// The differential check on one text: whatever the engine's reader accepts,
// nlohmann accepts with the same tree; whatever nlohmann accepts the engine's
// reader accepts too, unless it nests deeper than `max_depth`, holds a raw NUL
// (nlohmann reads a NUL as the end of the text), or repeats a key in one
// object: nlohmann keeps the last value, the engine refuses the text with
// duplicate_key and the path of the first repeated key, and that must be the
// key nlohmann's own reader sees repeated first.
inline bool readers_agree(std::string_view text, int max_depth = 128) {
  spotcheck::json::ParseError why;
  auto mine = spotcheck::json::parse(text, max_depth, &why);
  auto theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (mine) return !theirs.is_discarded() && same_json(theirs, *mine) && why.code == spotcheck::json::ParseError::Code::none;
  if (why.code == spotcheck::json::ParseError::Code::duplicate_key) {
    if (theirs.is_discarded() || nesting(theirs) > max_depth || text.find('\0') != std::string_view::npos) return false;
    auto repeated = first_repeated_key(text);
    return repeated && *repeated == why.path_text();
  }
  if (why.code != spotcheck::json::ParseError::Code::syntax) return false;
  return theirs.is_discarded() || nesting(theirs) > max_depth || text.find('\0') != std::string_view::npos;
}

}  // namespace test
