// The engine's own small JSON: a strict RFC 8259 reader into a read-only tree
// and a streaming writer. Only the edges use it (the case, the knowledge base,
// the result); the engine itself never sees JSON. It replaces nlohmann/json in
// the wasm, where nlohmann's parser, tree and serializer were a third of the
// code (README.md "Performance"); the native tests check it against nlohmann.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spotcheck::json {

class Value {
 public:
  enum class Kind : std::uint8_t { null, boolean, number, string, array, object };
  using Member = std::pair<std::string, Value>;

  Value() = default;

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  bool is_boolean() const { return kind_ == Kind::boolean; }
  bool is_number() const { return kind_ == Kind::number; }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_array() const { return kind_ == Kind::array; }
  bool is_object() const { return kind_ == Kind::object; }

  bool as_bool() const { return boolean_; }
  double as_number() const { return number_; }
  const std::string& as_string() const { return string_; }
  bool operator==(std::string_view text) const { return is_string() && string_ == text; }

  // Arrays: the items in order. Objects: the members sorted by key, each key
  // once (parse() refuses a repeated key: nlohmann/json would keep the last).
  const std::vector<Value>& items() const { return items_; }
  const std::vector<Member>& members() const { return members_; }
  std::size_t size() const { return is_array() ? items_.size() : is_object() ? members_.size() : 0; }
  bool empty() const { return size() == 0; }
  const Value& operator[](std::size_t i) const { return items_[i]; }

  // The member's value, or nullptr when this is not an object or has no such key.
  const Value* find(std::string_view key) const;
  bool contains(std::string_view key) const { return find(key) != nullptr; }
  // The member's value, or a null value when missing.
  const Value& at(std::string_view key) const;

  // An object of these members (sorted here; the keys must differ): for
  // putting parsed files together into one knowledge-base bundle.
  static Value object(std::vector<Member> members);

 private:
  friend class Reader;
  Kind kind_ = Kind::null;
  bool boolean_ = false;
  double number_ = 0;
  std::string string_;
  std::vector<Value> items_;
  std::vector<Member> members_;
};

// One step of a path into a document: an object's key, or an array's index.
struct PathStep {
  std::string key;
  long long index = -1;  // >= 0: an array item
};

// Why parse() refused a text.
struct ParseError {
  enum class Code : std::uint8_t { none, syntax, duplicate_key };
  Code code = Code::none;
  // For duplicate_key: where the first repeated key is, from the root to the
  // key itself (the text is otherwise valid JSON).
  std::vector<PathStep> path;
  // The path as text after `root`: "findings.fever" (root ""), "$.rules[2].id" (root "$").
  std::string path_text(std::string_view root = "") const;
};

// Parses one JSON text: nothing but whitespace may follow the value, strings
// must be valid UTF-8 (no lone surrogates, escaped or not), numbers must fit a
// double, and no object may repeat a key (an answer given twice would
// otherwise lose one silently). Refuses anything nested deeper than max_depth
// (the reader recurses). A text that is not JSON is a syntax error even when
// it also repeats a key.
std::optional<Value> parse(std::string_view text, int max_depth = 128, ParseError* error = nullptr);

// Writes JSON text as it goes, adding the commas. Strings must be valid UTF-8
// (everything the engine writes comes from parsed JSON or its own literals).
class Writer {
 public:
  Writer();
  Writer& begin_object() { return open('{'); }
  Writer& end_object() { return close('}'); }
  Writer& begin_array() { return open('['); }
  Writer& end_array() { return close(']'); }
  Writer& key(std::string_view name);
  Writer& value(std::string_view text);
  Writer& value(const char* text) { return value(std::string_view(text)); }
  Writer& value(bool b);
  Writer& value(int n);
  Writer& null();
  // A number rounded to `places` decimals (at most 9), written without trailing zeros.
  Writer& decimal(double x, int places);
  // Shorthands for a member with a plain value.
  template <typename T>
  Writer& member(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  Writer& string_list(std::string_view name, const std::vector<std::string>& texts);

  // The text written so far; the writer starts again empty.
  std::string take();

 private:
  Writer& open(char bracket);
  Writer& close(char bracket);
  Writer& literal(std::string_view text);  // a number, true, false or null, as written
  void separate() {
    if (after_value_) put(',');
  }
  void quoted(std::string_view text);
  // A plain buffer, not std::string: in the wasm every std::string append is
  // a call into libc++, and a result is written a few characters at a time.
  void put(char c) {
    room(1);
    buffer_[size_++] = c;
  }
  void put(std::string_view text) {
    room(text.size());
    std::memcpy(buffer_.get() + size_, text.data(), text.size());
    size_ += text.size();
  }
  void room(std::size_t more) {
    if (size_ + more > capacity_) grow(more);
  }
  void grow(std::size_t more);
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0, capacity_ = 0;
  bool after_value_ = false;
};

// A number as a person reads it in a message: whole numbers without a point,
// others rounded to six decimals ("0.35"; 1e-7 reads "0").
std::string number_text(double x);

}  // namespace spotcheck::json
