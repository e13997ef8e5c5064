// nlohmann/json as the reference for core/json.hpp: the same text must give
// the same tree. Used by the native tests and the fuzz targets.
#pragma once

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

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

// The differential check on one text: whatever the engine's reader accepts,
// nlohmann accepts with the same tree; whatever nlohmann accepts the engine's
// reader accepts too, unless it nests deeper than `max_depth` or holds a raw NUL
// (nlohmann reads a NUL as the end of the text).
inline bool readers_agree(std::string_view text, int max_depth = 128) {
  auto mine = spotcheck::json::parse(text, max_depth);
  auto theirs = nlohmann::json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (mine) return !theirs.is_discarded() && same_json(theirs, *mine);
  return theirs.is_discarded() || nesting(theirs) > max_depth || text.find('\0') != std::string_view::npos;
}

}  // namespace test
