// The knowledge base as bytes (core/kb_binary.hpp), which the page's engine
// embeds in place of the JSON bundle and its loader: read back, it must be the
// knowledge base the JSON loader gives, and answer every case the same.
#include <cstring>
#include <random>

#include "helpers.hpp"
#include "kb_binary.hpp"

using test::json;

namespace {

const std::string& bytes() {
  static const std::string encoded = spotcheck::encode_knowledge_base(test::kb());
  return encoded;
}

const spotcheck::Checker& from_bytes() {
  static const std::unique_ptr<spotcheck::Checker> instance = [] {
    std::string error;
    auto c = spotcheck::Checker::from_bytes(bytes(), error);
    INFO(error);
    REQUIRE(c);
    return c;
  }();
  return *instance;
}

bool same_bits(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && (a.empty() || std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0);
}

}  // namespace

TEST_CASE("the knowledge base read back from its bytes is the one the JSON loader gave") {
  spotcheck::KnowledgeBase decoded;
  REQUIRE(spotcheck::decode_knowledge_base(bytes(), decoded));
  // Every field written goes through fields() both ways: written again, the same bytes.
  CHECK(spotcheck::encode_knowledge_base(decoded) == bytes());
  const auto& kb = test::kb();
  // What is derived again rather than written: the same, bit for bit.
  REQUIRE(decoded.conditions.size() == kb.conditions.size());
  for (std::size_t c = 0; c < kb.conditions.size(); ++c) {
    INFO(kb.conditions[c].id);
    CHECK(same_bits(decoded.conditions[c].p_true, kb.conditions[c].p_true));
    CHECK(same_bits(decoded.conditions[c].log_yes, kb.conditions[c].log_yes));
    CHECK(same_bits(decoded.conditions[c].log_no, kb.conditions[c].log_no));
    CHECK(std::memcmp(decoded.raise_gaps[c].data(), kb.raise_gaps[c].data(), sizeof kb.raise_gaps[c]) == 0);
  }
  CHECK(decoded.finding_index == kb.finding_index);
  CHECK(decoded.condition_index == kb.condition_index);
  // The interview's indices from finding to rules (prepare_triage()).
  CHECK(decoded.rules_requiring == kb.rules_requiring);
  CHECK(decoded.rules_reading == kb.rules_reading);
}

TEST_CASE("a checker from the bytes describes itself and answers as the one from the JSON") {
  CHECK(from_bytes().describe() == test::checker().describe());
  std::vector<json> cases;
  for (const char* file : {"safety-cases.json", "vignettes-own.json", "unexplained-stories.json"}) {
    json stories = json::parse(test::read_text(std::filesystem::path(SPOTCHECK_FIXTURES_DIR) / file));
    for (const json& story : stories) cases.push_back(story.at("case"));
  }
  REQUIRE(cases.size() >= 50);
  std::mt19937 rng(20261203);
  for (int i = 0; i < 300; ++i) cases.push_back(test::random_case(rng, 20));
  spotcheck::AssessOptions with_questions_left;
  with_questions_left.questions_left = true;
  for (const json& kase : cases) {
    const std::string text = kase.dump();
    INFO(text);
    CHECK(from_bytes().assess(text) == test::checker().assess(text));
    CHECK(from_bytes().assess(text, with_questions_left) == test::checker().assess(text, with_questions_left));
  }
}

TEST_CASE("bytes cut short or with more after them are refused, never read past their end") {
  // The bytes are this build's own (embedded at build time), not input; the
  // reader still checks every length against what is left (under the
  // sanitizers a read past the end fails this test).
  spotcheck::KnowledgeBase out;
  for (std::size_t length = 0; length < bytes().size(); length += 1 + length / 64)
    CHECK_FALSE(spotcheck::decode_knowledge_base(std::string_view(bytes()).substr(0, length), out));
  CHECK_FALSE(spotcheck::decode_knowledge_base(bytes() + "x", out));
  CHECK(spotcheck::decode_knowledge_base(bytes(), out));
}

// The id maps (knowledge_base.hpp IdIndex): a sorted list, whatever order the
// ids come in; a second place for an id replaces the first.
TEST_CASE("an id index finds every id it was given at its place, and no other") {
  spotcheck::IdIndex index;
  const auto& kb = test::kb();
  // Given in reverse order, so the list must sort itself.
  for (std::size_t f = kb.findings.size(); f-- > 0;) index.set(kb.findings[f].id, static_cast<int>(f));
  for (std::size_t f = 0; f < kb.findings.size(); ++f) {
    CAPTURE(kb.findings[f].id);
    CHECK(index.find(kb.findings[f].id) == static_cast<int>(f));
    CHECK(index.count(kb.findings[f].id) == 1);
  }
  CHECK(index.find("") == -1);
  CHECK(index.find("fevr") == -1);
  CHECK(index.count(kb.findings.front().id + "x") == 0);
  index.set(kb.findings.front().id, 999);
  CHECK(index.find(kb.findings.front().id) == 999);
  index.clear();
  CHECK(index.find(kb.findings.front().id) == -1);
}
