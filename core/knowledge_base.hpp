// The knowledge base in memory: findings, questions, causes and red-flag rules,
// with ids resolved to indices so the engine never looks up strings.
// A field added here is also to be added to fields() in kb_binary.cpp (the
// page's engine reads the knowledge base from those bytes), or derived there
// as the loader derives it; tests/native/test_kb_binary.cpp compares the two
// engines' results and description.
#pragma once

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace spotcheck {

enum class Level { self_care = 0, consult = 1, urgent = 2, emergency = 3 };
constexpr int kLevelCount = 4;
const char* level_id(Level level);
bool parse_level(const std::string& text, Level& out);

enum class QuestionType { yes_no, single, multiple };
const char* question_type_id(QuestionType type);

struct Finding {
  std::string id, group, label, text;
  double base_rate = 0.1;  // P(true) among people with red spots of any cause: the leak term
  // The answer that is a warning sign ("warning_answer" in findings.json), if
  // one is: giving it must never make the advice calmer (triage.cpp).
  std::optional<bool> warning_answer;
  // Findings a yes to this one implies are yes too (findings.json "implies",
  // closed over chains by the loader, sorted): "pregnant" implies "liver
  // disease or pregnancy". The case parser applies them.
  std::vector<int> implies;
  // The option sums up the other options of its tick-all-that-apply question
  // (findings.json "sums_up": "widespread", the places): a No to it says again
  // what the places left unticked say, and is not counted a second time. The
  // loader sets every cause's log_no for it to 0: a No is no evidence.
  bool sums_up = false;
};

// A drawing the page shows (questions.json "picture", "figure"): the file
// web/figures/<stem>-<tone>.svg for every skin tone, and in words what it
// shows (alt, or alt_by_tone for that tone). The engine only passes it on.
struct Picture {
  std::string stem, alt, caption;  // caption: figures only, shown under the drawing
  std::vector<std::pair<std::string, std::string>> alt_by_tone;  // (tone id, alt), in file order
  bool empty() const { return stem.empty(); }
};

// Help for one skin tone, in place of the question's help (questions.json "help_by_tone").
struct ToneHelp {
  std::string tone, text;
  std::vector<std::string> sources;
};

struct Question {
  std::string id, text, help;
  QuestionType type = QuestionType::yes_no;
  std::vector<int> findings;              // finding indices, in display order
  std::vector<std::string> option_texts;  // parallel to findings; empty for yes_no
  std::vector<Picture> option_pictures;   // parallel to option_texts; an empty Picture: none
  Picture figure;                         // one drawing for the whole question, or empty
  std::vector<ToneHelp> help_by_tone;
  // The question worded for who the check is for (questions.json "text_for",
  // keyed by a subject id): "Do you have a fever" or "Does your child...".
  std::vector<std::pair<std::string, std::string>> text_for;  // (subject id, text), in file order
  bool red_flag = false;                  // asked first, in file order
};

// The skin tones the page offers before the questions (questions.json
// "skin_tones"): every picture is drawn on each of them.
struct SkinTones {
  std::string text, help, picture, default_tone;
  std::vector<std::pair<std::string, std::string>> tones;  // (id, words), in display order
  bool has(const std::string& id) const {
    for (const auto& t : tones)
      if (t.first == id) return true;
    return false;
  }
};

// Who the check is for, asked first (questions.json "subjects"): each
// subject's words for the choice and the title of the about step.
struct Subject {
  std::string id, text, title;
};
struct Subjects {
  std::string text;
  std::vector<Subject> options;
  bool has(const std::string& id) const {
    for (const auto& s : options)
      if (s.id == id) return true;
    return false;
  }
};

struct AgeBand {
  int min = 0, max = 120;
  double factor = 1.0;
};

// Who a cause can be at all (conditions/<id>.json "applies_to"): outside it
// the cause is left out of the ranked list, unless it sets the triage.
struct AppliesTo {
  int age_min = 0, age_max = 120;  // whole years
  std::string sex;                 // "female", "male" or empty: either
  std::vector<int> needs;          // findings the cause needs: an answer of No rules it out
  std::string reason;              // plain words: why it does not fit
  std::vector<std::string> sources;
  bool given = false;
};

struct Condition {
  std::string id, name, description;
  AppliesTo applies_to;
  Level urgency = Level::self_care;
  double prior_base = 0.01;
  std::vector<AgeBand> by_age;
  double female_factor = 1.0, male_factor = 1.0;
  double alarm_score = -1;  // score at which urgency raises the triage; <0: the level's default
  std::vector<double> p_true;  // P(finding true | condition), one per finding (base rate if unlisted)
  // log(p_true) and log(1 - p_true), set by the loader: the what-ifs behind
  // the triage and the next question read them thousands of times per answer.
  std::vector<double> log_yes, log_no;
  std::vector<std::string> care, warning_signs, sources;
  Picture figure;  // a typical look for the results page, or empty
};

// Sets a cause's log_yes and log_no from its p_true, as the loader and the
// byte reader (kb_binary.cpp) both must: a No to an option that sums up the
// others is no evidence (Finding::sums_up).
inline void set_log_likelihoods(Condition& c, const std::vector<Finding>& findings) {
  c.log_yes.clear(), c.log_no.clear();
  for (double p : c.p_true) c.log_yes.push_back(std::log(p)), c.log_no.push_back(std::log(1.0 - p));
  for (std::size_t f = 0; f < findings.size(); ++f)
    if (findings[f].sums_up) c.log_no[f] = 0;
}

// A rule expression over a case (see data/README.md).
struct Expr {
  // unsure: the finding was answered "Not sure" ({"finding": id, "is": "unknown"}).
  enum class Kind { finding, unsure, all, any, negation, age_min, age_max, age_months_min, age_months_max, female, male } kind = Kind::all;
  int finding = -1;
  bool expected = true;  // for Kind::finding: the answer that matches
  int age = 0;           // the bound: years for age_min/age_max, months for age_months_min/age_months_max
  std::vector<Expr> children;
};

// A rule may read at most this many distinct findings with a warning answer:
// the triage tries a rule with every subset of the warning answers it reads
// (2^n, n <= this). Findings without one (exemptions) are not counted.
constexpr int kMaxRuleFindings = 20;
// The largest age in months a rule may name: 120 years and 11 months.
constexpr int kMaxRuleMonths = 120 * 12 + 11;

// The safety net for causes the knowledge base does not know (meta.json "unexplained").
struct Unexplained {
  double threshold = 1.0;     // nats: below this the known causes do not explain the answers
  int min_answers = 3;        // rash answers needed before judging
  double max_top_score = 0.5; // a cause with at least this score stands out: the pattern matches it
  Level level = Level::consult;
  std::vector<int> systemic;  // findings that make an unexplained rash need a doctor
  std::vector<int> lasting;   // so do these: a rash no known cause explains that has lasted (weeks)
  std::vector<int> painful;   // and these: one that hurts (NHS: see a GP if the skin is painful, red or hot)
  // Per finding: a No to it is left out of the rash's fit (meta.json
  // "fit_leaves_out_no_of": the places question's options a person did not tick).
  std::vector<bool> fit_leaves_out_no;
  std::string message, reason, reason_lasting, reason_painful;
  // A painful one needs a doctor sooner when it meets `needs` (meta.json
  // "painful_urgent"; NHS Cellulitis: 111 for painful, hot and swollen skin).
  struct PainfulUrgent {
    Level level = Level::self_care;  // self_care: not in this knowledge base
    std::vector<int> needs;          // all of them answered yes (a patch, not small spots)
    std::string reason;
  } painful_urgent;
  std::vector<std::string> sources;
};

// What the start screen shows before any question (meta.json "emergency_signs").
struct EmergencySigns {
  std::string title, intro, last;
  std::vector<std::string> items, sources;
};

// When to get help whatever the advice: under every result (meta.json "results_note").
struct ResultsNote {
  std::string title, text;
  std::vector<std::string> sources;
};

// Under emergency advice: the number to call by region and what to do while
// waiting (meta.json "emergency_call").
struct EmergencyNumber {
  std::string number, place;
  std::vector<std::string> regions;  // ISO 3166 alpha-2 codes, e.g. "GB"
};
struct EmergencyCall {
  std::string title, default_number;
  std::vector<std::string> steps, sources;
  std::vector<EmergencyNumber> numbers;
};

// The triage's own sentences (meta.json "reason_texts"): templates in which
// {condition} stands for a cause's name, so a language can put its own name in.
struct ReasonTexts {
  std::string cause_rule_out_today, cause_best, cause_needs_checking, warning_signs_together, calm_harmless, calm_unclear;
};

struct Rule {
  std::string id, reason;
  Level level = Level::consult;
  Expr when;
  std::vector<std::string> sources;
  std::vector<int> findings;  // every finding `when` reads, sorted (set by the loader)
  // Answers (finding, yes?) without which `when` cannot match: the findings
  // of its top-level "all" (set by the loader; a quick test before matches()).
  std::vector<std::pair<int, bool>> required;
  // Answers (finding, yes?) under a "not" that, given, can stop `when` from
  // matching: its exemptions (set by the loader; the interview looks for
  // them one answer ahead, as it does for rules one answer short of matching).
  std::vector<std::pair<int, bool>> exempting;
};

struct Source {
  std::string id, title, publisher, url;
};

// Ids to their place in a list, kept sorted: a binary search over a hundred
// or a thousand ids is quick enough for reading a case, and it leaves
// std::unordered_map's hashing and rehashing code out of the page's wasm.
class IdIndex {
 public:
  // The place given to id, or -1.
  int find(std::string_view id) const {
    auto it = lower(id);
    return it != entries_.end() && it->first == id ? it->second : -1;
  }
  std::size_t count(std::string_view id) const { return find(id) >= 0 ? 1 : 0; }
  // Gives id its place (a new id, or a new place for one already there).
  void set(const std::string& id, int place) {
    auto it = lower(id);
    if (it != entries_.end() && it->first == id) it->second = place;
    else entries_.emplace(it, id, place);
  }
  void clear() { entries_.clear(); }
  bool operator==(const IdIndex& other) const { return entries_ == other.entries_; }

 private:
  std::vector<std::pair<std::string, int>>::const_iterator lower(std::string_view id) const {
    return std::lower_bound(entries_.begin(), entries_.end(), id,
                            [](const std::pair<std::string, int>& e, std::string_view key) { return std::string_view(e.first) < key; });
  }
  std::vector<std::pair<std::string, int>>::iterator lower(std::string_view id) {
    auto it = static_cast<const IdIndex&>(*this).lower(id);
    return entries_.begin() + (it - entries_.cbegin());
  }
  std::vector<std::pair<std::string, int>> entries_;
};

struct KnowledgeBase {
  std::string version;
  std::array<std::string, kLevelCount> advice;
  std::array<double, kLevelCount> cause_thresholds{{1.0, 0.5, 0.3, 0.4}};
  Unexplained unexplained;
  EmergencySigns emergency_signs;
  ResultsNote results_note;
  EmergencyCall emergency_call;
  ReasonTexts reason_texts;
  std::string cause_below_advice;  // on a cause calmer than the advice (meta.json "cause_below_advice")
  SkinTones skin_tones;
  Subjects subjects;
  double serious_cause_threshold = 0.1;  // a cause needing urgent or emergency care at this score: a doctor today
  std::vector<Finding> findings;
  std::vector<Question> questions;
  std::vector<Condition> conditions;
  std::vector<Rule> rules;
  std::vector<Source> sources;
  // The warning answers findings.json declares (finding, answered yes?), e.g. fever yes, blanches no:
  // giving one never makes the advice calmer.
  std::vector<std::pair<int, bool>> warning_answers;
  // Per cause and level: how far its log joint may trail the best other one
  // and still lift the triage above that level (set by prepare_triage()).
  std::vector<std::array<double, kLevelCount>> raise_gaps;
  // Per answer (2 * finding + 1 for yes, + 0 for no): the rules whose required
  // answers hold it, in rule order (set by prepare_triage()). The interview
  // looks only at these for rules an answer leaves one answer short.
  std::vector<std::vector<int>> rules_requiring;
  // Per finding: the rules that read it (Rule::findings), in rule order (set
  // by prepare_triage()): a what-if that changes it tries only these again.
  std::vector<std::vector<int>> rules_reading;
  IdIndex finding_index;
  IdIndex condition_index;

  int find_finding(std::string_view id) const { return finding_index.find(id); }
  double alarm_score(const Condition& c) const {
    return c.alarm_score >= 0 ? c.alarm_score : cause_thresholds[static_cast<int>(c.urgency)];
  }
};

}  // namespace spotcheck
