#include "kb_binary.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "triage.hpp"

namespace spotcheck {
namespace {

// Each field is listed once, in fields() below, and read or written by the
// Io it is given: the two directions cannot drift apart.
//   whole numbers: LEB128, zigzag for signed; lists: their length, then each item;
//   texts: the place (+1) of the same text met before, or 0, the length and the bytes;
//   doubles: the same, with the shortest decimal that reads back as the same
//   double (people wrote them as decimals: "0.05" is 4 bytes where the double
//   is 8 and compresses worse).

class Writer {
 public:
  static constexpr bool reading = false;
  std::string out;
  int depth = 0;
  void fail() {}

  void whole(std::uint64_t v) {
    do {
      unsigned char byte = v & 0x7f;
      v >>= 7;
      out += static_cast<char>(v ? byte | 0x80 : byte);
    } while (v);
  }
  // A text or number met before is written as its place in the list of those
  // met so far (+1); a new one as 0 and itself. Ids, sources and values such
  // as 0.05 recur hundreds of times.
  void text(const std::string& s) {
    if (seen(texts_, s)) return;
    whole(s.size());
    out += s;
  }
  // A number as its 8 bytes, least significant first: exact, and read back
  // without a decimal conversion (which in the wasm brings 128-bit soft float).
  void real(double v) {
    std::uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    std::string bytes;
    for (int i = 0; i < 8; ++i) bytes += static_cast<char>((bits >> (8 * i)) & 0xff);
    if (seen(reals_, bytes)) return;
    whole(bytes.size());
    out += bytes;
  }
  std::size_t count(std::size_t n) {
    whole(n);
    return n;
  }

 private:
  bool seen(std::unordered_map<std::string, std::size_t>& met, const std::string& key) {
    auto [it, added] = met.emplace(key, met.size());
    whole(added ? 0 : it->second + 1);
    return !added;
  }
  std::unordered_map<std::string, std::size_t> texts_, reals_;
};

class Reader {
 public:
  static constexpr bool reading = true;
  int depth = 0;
  explicit Reader(std::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool at_end() const { return at_ == in_.size(); }

  std::uint64_t whole() {
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64 && at_ < in_.size(); shift += 7) {
      auto byte = static_cast<unsigned char>(in_[at_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  std::string text() { return recall(texts_); }
  double real() {
    std::string s = recall(reals_);
    if (s.size() != 8) return fail(), 0.0;
    std::uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<std::uint64_t>(static_cast<unsigned char>(s[i])) << (8 * i);
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v)) fail();  // the knowledge base holds finite numbers only
    return v;
  }
  // A list's length: never more than the bytes left (each item takes one at least).
  std::size_t count(std::size_t) {
    std::uint64_t n = whole();
    if (n > in_.size() - at_) return fail(), 0;
    return static_cast<std::size_t>(n);
  }

  void fail() { ok_ = false; }

 private:
  // Writer::seen()'s counterpart: a place in the list met so far, or 0 and a new one.
  std::string recall(std::vector<std::string>& met) {
    std::uint64_t place = whole();
    if (place > met.size()) return fail(), std::string();
    if (place) return met[place - 1];
    std::uint64_t n = whole();
    if (n > in_.size() - at_) return fail(), std::string();
    met.emplace_back(in_.substr(at_, n));
    at_ += n;
    return met.back();
  }
  std::vector<std::string> texts_, reals_;
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

// The primitives, both ways.
void io(Writer& w, std::string& s) { w.text(s); }
void io(Reader& r, std::string& s) { s = r.text(); }
void io(Writer& w, double& v) { w.real(v); }
void io(Reader& r, double& v) { v = r.real(); }
void io(Writer& w, int& v) { w.whole(v < 0 ? (static_cast<std::uint64_t>(-(v + 1)) << 1) | 1 : static_cast<std::uint64_t>(v) << 1); }
void io(Reader& r, int& v) {
  std::uint64_t z = r.whole();
  v = (z & 1) ? -static_cast<int>(z >> 1) - 1 : static_cast<int>(z >> 1);
}
void io(Writer& w, bool& v) { w.whole(v); }
void io(Reader& r, bool& v) { v = r.whole() != 0; }

template <class Io, class Enum>
std::enable_if_t<std::is_enum_v<Enum>> io(Io& io_, Enum& e) {
  int v = static_cast<int>(e);
  io(io_, v);
  e = static_cast<Enum>(v);
}

template <class Io>
void io(Io& io_, std::optional<bool>& v) {
  int state = v ? (*v ? 2 : 1) : 0;
  io(io_, state);
  v = state == 0 ? std::nullopt : std::optional<bool>(state == 2);
}

template <class Io, class A, class B>
void io(Io& io_, std::pair<A, B>& p) {
  io(io_, p.first);
  io(io_, p.second);
}

template <class Io, class T>
void io(Io& io_, std::vector<T>& list) {
  std::size_t n = io_.count(list.size());
  if constexpr (Io::reading) list.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if constexpr (std::is_same_v<T, bool>) {
      bool b = list[i];
      io(io_, b);
      list[i] = b;
    } else {
      io(io_, list[i]);
    }
  }
}

template <class Io, class T, std::size_t N>
void io(Io& io_, std::array<T, N>& list) {
  for (T& item : list) io(io_, item);
}

template <class Io, class... Fields>
void each(Io& io_, Fields&... fields) {
  (io(io_, fields), ...);
}

// The knowledge base's parts (knowledge_base.hpp), field by field.
template <class Io> void io(Io& o, Picture& p) { each(o, p.stem, p.alt, p.caption, p.alt_by_tone); }
template <class Io> void io(Io& o, ToneHelp& t) { each(o, t.tone, t.text, t.sources); }
template <class Io> void io(Io& o, Finding& f) { each(o, f.id, f.group, f.label, f.text, f.base_rate, f.warning_answer, f.implies, f.sums_up); }
template <class Io> void io(Io& o, Question& q) {
  each(o, q.id, q.text, q.help, q.type, q.findings, q.option_texts, q.option_pictures, q.figure, q.help_by_tone, q.text_for, q.red_flag);
}
template <class Io> void io(Io& o, SkinTones& s) { each(o, s.text, s.help, s.picture, s.default_tone, s.tones); }
template <class Io> void io(Io& o, Subject& s) { each(o, s.id, s.text, s.title); }
template <class Io> void io(Io& o, Subjects& s) { each(o, s.text, s.options); }
template <class Io> void io(Io& o, AgeBand& b) { each(o, b.min, b.max, b.factor); }
template <class Io> void io(Io& o, AppliesTo& a) { each(o, a.age_min, a.age_max, a.sex, a.needs, a.reason, a.sources, a.given); }
template <class Io> void io(Io& o, Expr& e) {
  // The loader allows rules only so deep; bytes that nest deeper are not this build's.
  if (++o.depth > 64) return o.fail();
  each(o, e.kind, e.finding, e.expected, e.age, e.children);
  --o.depth;
}
template <class Io> void io(Io& o, Unexplained::PainfulUrgent& p) { each(o, p.level, p.needs, p.reason); }
template <class Io> void io(Io& o, Unexplained& u) {
  each(o, u.threshold, u.min_answers, u.max_top_score, u.level, u.systemic, u.lasting, u.painful, u.fit_leaves_out_no, u.message,
       u.reason, u.reason_lasting, u.reason_painful, u.painful_urgent, u.sources);
}
template <class Io> void io(Io& o, EmergencySigns& e) { each(o, e.title, e.intro, e.last, e.items, e.sources); }
template <class Io> void io(Io& o, ResultsNote& n) { each(o, n.title, n.text, n.sources); }
template <class Io> void io(Io& o, EmergencyNumber& n) { each(o, n.number, n.place, n.regions); }
template <class Io> void io(Io& o, EmergencyCall& c) { each(o, c.title, c.default_number, c.steps, c.sources, c.numbers); }
template <class Io> void io(Io& o, ReasonTexts& t) {
  each(o, t.cause_rule_out_today, t.cause_best, t.cause_needs_checking, t.warning_signs_together, t.calm_harmless, t.calm_unclear);
}
template <class Io> void io(Io& o, Rule& r) { each(o, r.id, r.reason, r.level, r.when, r.sources, r.findings, r.required, r.exempting); }
template <class Io> void io(Io& o, Source& s) { each(o, s.id, s.title, s.publisher, s.url); }

// A cause's likelihoods: only those that differ from the finding's base rate
// (the loader's value for a finding the cause does not list), as (finding,
// value) pairs, the finding written as the step from the one before (one
// byte). The logs are not written: derive() takes them again.
template <class Io>
void likelihoods(Io& o, Condition& c, const std::vector<Finding>& findings) {
  std::vector<std::pair<int, double>> listed;
  if constexpr (!Io::reading)
    for (std::size_t f = 0, before = 0; f < findings.size(); ++f)
      if (c.p_true[f] != findings[f].base_rate) listed.push_back({static_cast<int>(f - before), c.p_true[f]}), before = f;
  io(o, listed);
  if constexpr (Io::reading) {
    c.p_true.clear();
    for (const Finding& f : findings) c.p_true.push_back(f.base_rate);
    std::size_t f = 0;
    for (auto [step, p] : listed) {
      f += static_cast<std::size_t>(step);
      if (step < 0 || f >= findings.size()) return o.fail();
      c.p_true[f] = p;
    }
  }
}

template <class Io>
void io_condition(Io& o, Condition& c, const std::vector<Finding>& findings) {
  each(o, c.id, c.name, c.description, c.applies_to, c.urgency, c.prior_base, c.by_age, c.female_factor, c.male_factor, c.alarm_score);
  likelihoods(o, c, findings);
  each(o, c.care, c.warning_signs, c.sources, c.figure);
}

template <class Io>
void fields(Io& o, KnowledgeBase& kb) {
  each(o, kb.version, kb.advice, kb.cause_thresholds, kb.unexplained, kb.emergency_signs, kb.results_note, kb.emergency_call,
       kb.reason_texts, kb.cause_below_advice, kb.skin_tones, kb.subjects, kb.serious_cause_threshold, kb.findings, kb.questions);
  std::size_t n = o.count(kb.conditions.size());
  if constexpr (Io::reading) kb.conditions.resize(n);
  for (Condition& c : kb.conditions) io_condition(o, c, kb.findings);
  each(o, kb.rules, kb.sources, kb.warning_answers);
}

// What the loader derives (kb_loader.cpp), derived again the same way.
void derive(KnowledgeBase& kb) {
  for (Condition& c : kb.conditions) set_log_likelihoods(c, kb.findings);
  kb.finding_index.clear(), kb.condition_index.clear();
  for (std::size_t f = 0; f < kb.findings.size(); ++f) kb.finding_index.set(kb.findings[f].id, static_cast<int>(f));
  for (std::size_t c = 0; c < kb.conditions.size(); ++c) kb.condition_index.set(kb.conditions[c].id, static_cast<int>(c));
  prepare_triage(kb);
}

bool expr_fits(const Expr& e, int findings) {
  if ((e.kind == Expr::Kind::finding || e.kind == Expr::Kind::unsure) && (e.finding < 0 || e.finding >= findings)) return false;
  for (const Expr& child : e.children)
    if (!expr_fits(child, findings)) return false;
  return true;
}

// Every finding index the engine follows is one of the knowledge base's:
// bytes from another build must not send it out of bounds.
bool indices_fit(const KnowledgeBase& kb) {
  const auto n = static_cast<int>(kb.findings.size());
  auto fits = [n](int f) { return f >= 0 && f < n; };
  auto all_fit = [&](const std::vector<int>& list) {
    for (int f : list)
      if (!fits(f)) return false;
    return true;
  };
  auto pairs_fit = [&](const std::vector<std::pair<int, bool>>& list) {
    for (const auto& p : list)
      if (!fits(p.first)) return false;
    return true;
  };
  for (const Finding& f : kb.findings)
    if (!all_fit(f.implies)) return false;
  for (const Question& q : kb.questions)
    if (!all_fit(q.findings)) return false;
  for (const Condition& c : kb.conditions)
    if (!all_fit(c.applies_to.needs) || c.p_true.size() != kb.findings.size()) return false;
  for (const Rule& r : kb.rules)
    if (!all_fit(r.findings) || !pairs_fit(r.required) || !pairs_fit(r.exempting) || !expr_fits(r.when, n)) return false;
  const Unexplained& u = kb.unexplained;
  return pairs_fit(kb.warning_answers) && all_fit(u.systemic) && all_fit(u.lasting) && all_fit(u.painful) &&
         all_fit(u.painful_urgent.needs) && u.fit_leaves_out_no.size() == kb.findings.size();
}

}  // namespace

std::string encode_knowledge_base(const KnowledgeBase& kb) {
  KnowledgeBase copy = kb;  // fields() reads through non-const references, for both directions
  Writer w;
  fields(w, copy);
  return std::move(w.out);
}

bool decode_knowledge_base(std::string_view bytes, KnowledgeBase& out) {
  Reader r(bytes);
  out = KnowledgeBase();
  fields(r, out);
  if (!r.ok() || !r.at_end() || !indices_fit(out)) return false;
  derive(out);
  return true;
}

}  // namespace spotcheck
