#include "kb_loader.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "triage.hpp"

namespace spotcheck {
namespace {

using json::Value;

// Reads one file of the bundle, recording problems instead of stopping at the first.
class FileReader {
 public:
  FileReader(std::string file, std::vector<KbProblem>& problems) : file_(std::move(file)), problems_(problems) {}

  void problem(const std::string& path, const std::string& message) { problems_.push_back({file_, path, message}); }

  const Value* field(const Value& obj, const std::string& path, const char* key, bool required = true) {
    if (!obj.is_object()) {
      problem(path, "expected an object");
      return nullptr;
    }
    const Value* v = obj.find(key);
    if (!v && required) problem(path + "." + key, "missing field");
    return v;
  }

  std::string text(const Value& obj, const std::string& path, const char* key, bool required = true) {
    const Value* v = field(obj, path, key, required);
    if (!v) return {};
    if (!v->is_string() || (required && v->as_string().empty())) {
      problem(path + "." + key, "expected a non-empty string");
      return {};
    }
    return v->as_string();
  }

  double number(const Value& obj, const std::string& path, const char* key, double lo, double hi, double fallback,
                bool required = true) {
    const Value* v = field(obj, path, key, required);
    if (!v) return fallback;
    return number_value(*v, path + "." + key, lo, hi, fallback);
  }

  double number_value(const Value& v, const std::string& path, double lo, double hi, double fallback) {
    if (!v.is_number()) {
      problem(path, "expected a number");
      return fallback;
    }
    double d = v.as_number();
    if (!(d >= lo && d <= hi)) {
      problem(path, "out of range: " + json::number_text(d) + " is not in [" + json::number_text(lo) + ", " + json::number_text(hi) + "]");
      return fallback;
    }
    return d;
  }

  std::vector<std::string> text_list(const Value& obj, const std::string& path, const char* key, bool required) {
    std::vector<std::string> out;
    const Value* v = field(obj, path, key, required);
    if (!v) return out;
    if (!v->is_array() || (required && v->empty())) {
      problem(path + "." + key, "expected a non-empty array of strings");
      return out;
    }
    for (std::size_t i = 0; i < v->size(); ++i) {
      const Value& item = (*v)[i];
      if (!item.is_string() || item.as_string().empty())
        problem(path + "." + key + "[" + std::to_string(i) + "]", "expected a non-empty string");
      else
        out.push_back(item.as_string());
    }
    return out;
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<KbProblem>& problems_;
};

class Loader {
 public:
  explicit Loader(const Value& bundle) : bundle_(bundle) {}

  KbLoadResult run() {
    if (!bundle_.is_object()) {
      result_.problems.push_back({"(bundle)", "$", "expected an object of files"});
      return std::move(result_);
    }
    load_meta();
    load_sources();
    load_findings();
    load_questions();
    load_conditions();
    load_rules();
    check_coverage();
    if (result_.problems.empty()) prepare_triage(result_.kb);
    return std::move(result_);
  }

 private:
  KnowledgeBase& kb() { return result_.kb; }

  const Value* file(const std::string& name, FileReader& reader) {
    const Value* v = bundle_.find(name);
    if (!v) {
      reader.problem("$", "file missing");
      return nullptr;
    }
    if (!v->is_object()) {
      reader.problem("$", "expected a JSON object");
      return nullptr;
    }
    return v;
  }

  void load_meta() {
    FileReader r("meta.json", result_.problems);
    const Value* meta = file("meta.json", r);
    if (!meta) return;
    kb().version = r.text(*meta, "$", "version");
    if (const Value* levels = r.field(*meta, "$", "triage_levels")) {
      std::set<int> seen;
      for (std::size_t i = 0; levels->is_array() && i < levels->size(); ++i) {
        std::string path = "$.triage_levels[" + std::to_string(i) + "]";
        Level level;
        std::string id = r.text((*levels)[i], path, "id");
        if (!parse_level(id, level)) {
          r.problem(path + ".id", "unknown triage level '" + id + "'");
          continue;
        }
        kb().advice[static_cast<int>(level)] = r.text((*levels)[i], path, "advice");
        seen.insert(static_cast<int>(level));
      }
      if (seen.size() != kLevelCount) r.problem("$.triage_levels", "must give advice for all four levels");
    }
    if (const Value* t = r.field(*meta, "$", "cause_thresholds")) {
      for (int l = 1; l < kLevelCount; ++l) {
        const char* id = level_id(static_cast<Level>(l));
        kb().cause_thresholds[l] = r.number(*t, "$.cause_thresholds", id, 0.0, 1.0, 1.0);
      }
    }
    kb().serious_cause_threshold = r.number(*meta, "$", "serious_cause_threshold", 0.0, 1.0, 0.1);
  }

  void load_sources() {
    FileReader r("sources.json", result_.problems);
    const Value* s = file("sources.json", r);
    if (!s) return;
    for (const auto& [id, entry] : s->members()) {  // in id order
      std::string path = "$." + id;
      Source src{id, r.text(entry, path, "title"), r.text(entry, path, "publisher"), r.text(entry, path, "url", false)};
      source_ids_.insert(src.id);
      kb().sources.push_back(std::move(src));
    }
  }

  void check_sources(FileReader& r, const std::string& path, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i)
      if (!source_ids_.count(ids[i]))
        r.problem(path + "[" + std::to_string(i) + "]", "unknown source '" + ids[i] + "'");
  }

  void load_findings() {
    FileReader r("findings.json", result_.problems);
    const Value* f = file("findings.json", r);
    if (!f) return;
    check_sources(r, "$.sources", r.text_list(*f, "$", "sources", true));
    const Value* list = r.field(*f, "$", "findings");
    if (!list) return;
    if (!list->is_array()) return r.problem("$.findings", "expected an array");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.findings[" + std::to_string(i) + "]";
      Finding finding{r.text(item, path, "id"), r.text(item, path, "group"), r.text(item, path, "label"),
                      r.text(item, path, "text"), r.number(item, path, "base_rate", 0.001, 0.999, 0.1)};
      if (finding.id.empty()) continue;
      if (kb().finding_index.count(finding.id)) {
        r.problem(path + ".id", "duplicate finding '" + finding.id + "'");
        continue;
      }
      kb().finding_index[finding.id] = static_cast<int>(kb().findings.size());
      kb().findings.push_back(std::move(finding));
    }
  }

  int finding_ref(FileReader& r, const std::string& path, const Value& v) {
    if (!v.is_string()) {
      r.problem(path, "expected a finding id");
      return -1;
    }
    int index = kb().find_finding(v.as_string());
    if (index < 0) r.problem(path, "unknown finding '" + v.as_string() + "'");
    return index;
  }

  void load_questions() {
    FileReader r("questions.json", result_.problems);
    const Value* q = file("questions.json", r);
    if (!q) return;
    check_sources(r, "$.sources", r.text_list(*q, "$", "sources", true));
    const Value* list = r.field(*q, "$", "questions");
    if (!list) return;
    if (!list->is_array()) return r.problem("$.questions", "expected an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.questions[" + std::to_string(i) + "]";
      Question question;
      question.id = r.text(item, path, "id");
      question.text = r.text(item, path, "text");
      question.help = r.text(item, path, "help", false);
      if (!ids.insert(question.id).second) r.problem(path + ".id", "duplicate question '" + question.id + "'");
      std::string type = r.text(item, path, "type");
      if (type == "yes_no") question.type = QuestionType::yes_no;
      else if (type == "single") question.type = QuestionType::single;
      else if (type == "multiple") question.type = QuestionType::multiple;
      else r.problem(path + ".type", "unknown question type '" + type + "'");
      if (const Value* rf = r.field(item, path, "red_flag", false)) {
        if (rf->is_boolean()) question.red_flag = rf->as_bool();
        else r.problem(path + ".red_flag", "expected true or false");
      }
      if (question.type == QuestionType::yes_no) {
        const Value* fs = r.field(item, path, "findings");
        if (fs && (!fs->is_array() || fs->size() != 1)) r.problem(path + ".findings", "a yes_no question asks exactly one finding");
        else if (fs) question.findings.push_back(finding_ref(r, path + ".findings[0]", (*fs)[0]));
      } else {
        const Value* opts = r.field(item, path, "options");
        if (opts && (!opts->is_array() || opts->size() < 2)) r.problem(path + ".options", "expected at least two options");
        else if (opts)
          for (std::size_t k = 0; k < opts->size(); ++k) {
            std::string opath = path + ".options[" + std::to_string(k) + "]";
            const Value* f = r.field((*opts)[k], opath, "finding");
            question.findings.push_back(f ? finding_ref(r, opath + ".finding", *f) : -1);
            question.option_texts.push_back(r.text((*opts)[k], opath, "text"));
          }
      }
      for (int f : question.findings) {
        if (f < 0) continue;
        if (asked_by_.count(f)) r.problem(path, "finding '" + kb().findings[f].id + "' is already asked by another question");
        asked_by_.insert(f);
      }
      kb().questions.push_back(std::move(question));
    }
  }

  void load_conditions() {
    std::string prefix = "conditions/";
    for (const auto& [name, content] : bundle_.members()) {
      if (name.rfind(prefix, 0) != 0) continue;
      FileReader r(name, result_.problems);
      if (!content.is_object()) {
        r.problem("$", "expected a JSON object");
        continue;
      }
      load_condition(r, content);
    }
    if (kb().conditions.empty()) result_.problems.push_back({"conditions/", "$", "no condition files"});
  }

  void load_condition(FileReader& r, const Value& item) {
    Condition c;
    c.id = r.text(item, "$", "id");
    std::string expected_file = "conditions/" + c.id + ".json";
    if (!c.id.empty() && r.file() != expected_file) r.problem("$.id", "id '" + c.id + "' does not match the file name");
    c.name = r.text(item, "$", "name");
    c.description = r.text(item, "$", "description");
    std::string urgency = r.text(item, "$", "urgency");
    if (!urgency.empty() && !parse_level(urgency, c.urgency)) r.problem("$.urgency", "unknown triage level '" + urgency + "'");
    if (const Value* a = r.field(item, "$", "alarm_score", false)) c.alarm_score = r.number_value(*a, "$.alarm_score", 0, 1, -1);
    if (const Value* prior = r.field(item, "$", "prior")) {
      c.prior_base = r.number(*prior, "$.prior", "base", 1e-6, 1.0, 0.01);
      if (const Value* bands = r.field(*prior, "$.prior", "by_age", false)) {
        for (std::size_t i = 0; bands->is_array() && i < bands->size(); ++i) {
          std::string path = "$.prior.by_age[" + std::to_string(i) + "]";
          AgeBand band{static_cast<int>(r.number((*bands)[i], path, "min", 0, 120, 0)),
                       static_cast<int>(r.number((*bands)[i], path, "max", 0, 120, 120)),
                       r.number((*bands)[i], path, "factor", 0.0, 100.0, 1.0)};
          if (band.min > band.max) r.problem(path, "min is greater than max");
          c.by_age.push_back(band);
        }
        if (!bands->is_array()) r.problem("$.prior.by_age", "expected an array");
      }
      if (const Value* sex = r.field(*prior, "$.prior", "by_sex", false)) {
        c.female_factor = r.number(*sex, "$.prior.by_sex", "female", 0.0, 100.0, 1.0, false);
        c.male_factor = r.number(*sex, "$.prior.by_sex", "male", 0.0, 100.0, 1.0, false);
      }
    }
    c.p_true.reserve(kb().findings.size());
    for (const Finding& f : kb().findings) c.p_true.push_back(f.base_rate);
    if (const Value* lik = r.field(item, "$", "likelihoods")) {
      if (!lik->is_object()) r.problem("$.likelihoods", "expected an object");
      for (const auto& [id, p] : lik->members()) {
        std::string path = "$.likelihoods." + id;
        int f = kb().find_finding(id);
        if (f < 0) {
          r.problem(path, "unknown finding '" + id + "'");
          continue;
        }
        // Open interval: a certainty would let one answer veto a cause outright.
        c.p_true[f] = r.number_value(p, path, 0.001, 0.999, c.p_true[f]);
      }
    }
    for (double p : c.p_true) c.log_yes.push_back(std::log(p)), c.log_no.push_back(std::log(1.0 - p));
    c.care = r.text_list(item, "$", "care", true);
    c.warning_signs = r.text_list(item, "$", "warning_signs", true);
    c.sources = r.text_list(item, "$", "sources", true);
    check_sources(r, "$.sources", c.sources);
    if (c.id.empty()) return;
    if (kb().condition_index.count(c.id)) return r.problem("$.id", "duplicate condition '" + c.id + "'");
    kb().condition_index[c.id] = static_cast<int>(kb().conditions.size());
    kb().conditions.push_back(std::move(c));
  }

  Expr expression(FileReader& r, const std::string& path, const Value& v, int depth) {
    Expr e;
    if (depth > 16) {
      r.problem(path, "expression nested too deeply");
      return e;
    }
    if (!v.is_object() || v.size() == 0) {
      r.problem(path, "expected an expression object");
      return e;
    }
    auto children = [&](const char* key, Expr::Kind kind) {
      e.kind = kind;
      const Value& list = v.at(key);
      if (!list.is_array() || list.empty()) return r.problem(path + "." + key, "expected a non-empty array of expressions");
      for (std::size_t i = 0; i < list.size(); ++i)
        e.children.push_back(expression(r, path + "." + key + "[" + std::to_string(i) + "]", list[i], depth + 1));
    };
    if (v.contains("finding")) {
      e.kind = Expr::Kind::finding;
      e.finding = finding_ref(r, path + ".finding", v.at("finding"));
      if (const Value* is = v.find("is")) {
        if (is->is_boolean()) e.expected = is->as_bool();
        else r.problem(path + ".is", "expected true or false");
      }
      for (const auto& member : v.members())
        if (member.first != "finding" && member.first != "is") r.problem(path + "." + member.first, "unknown field");
    } else if (v.contains("all")) {
      children("all", Expr::Kind::all);
    } else if (v.contains("any")) {
      children("any", Expr::Kind::any);
    } else if (v.contains("not")) {
      e.kind = Expr::Kind::negation;
      e.children.push_back(expression(r, path + ".not", v.at("not"), depth + 1));
    } else if (v.contains("age_min") || v.contains("age_max")) {
      bool is_min = v.contains("age_min");
      e.kind = is_min ? Expr::Kind::age_min : Expr::Kind::age_max;
      e.age = static_cast<int>(r.number_value(v.at(is_min ? "age_min" : "age_max"), path + (is_min ? ".age_min" : ".age_max"), 0, 120, 0));
    } else if (v.contains("sex")) {
      const Value& sex = v.at("sex");
      if (sex == "female") e.kind = Expr::Kind::female;
      else if (sex == "male") e.kind = Expr::Kind::male;
      else r.problem(path + ".sex", "expected \"female\" or \"male\"");
    } else {
      r.problem(path, "unknown expression (expected finding, all, any, not, age_min, age_max or sex)");
    }
    if (e.kind != Expr::Kind::finding && v.size() != 1) r.problem(path, "an expression has exactly one operator");
    return e;
  }

  void load_rules() {
    FileReader r("red_flags.json", result_.problems);
    const Value* f = file("red_flags.json", r);
    if (!f) return;
    const Value* list = r.field(*f, "$", "rules");
    if (!list) return;
    if (!list->is_array() || list->empty()) return r.problem("$.rules", "expected a non-empty array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.rules[" + std::to_string(i) + "]";
      Rule rule;
      rule.id = r.text(item, path, "id");
      if (!ids.insert(rule.id).second) r.problem(path + ".id", "duplicate rule '" + rule.id + "'");
      std::string level = r.text(item, path, "level");
      if (!level.empty() && !parse_level(level, rule.level)) r.problem(path + ".level", "unknown triage level '" + level + "'");
      rule.reason = r.text(item, path, "reason");
      if (const Value* when = r.field(item, path, "when")) rule.when = expression(r, path + ".when", *when, 0);
      rule.sources = r.text_list(item, path, "sources", true);
      check_sources(r, path + ".sources", rule.sources);
      collect_warning_findings(rule.when, false);
      collect_findings(rule.when, rule.findings);
      collect_required(rule.when, rule.required);
      std::sort(rule.findings.begin(), rule.findings.end());
      rule.findings.erase(std::unique(rule.findings.begin(), rule.findings.end()), rule.findings.end());
      kb().rules.push_back(std::move(rule));
    }
  }

  static void collect_findings(const Expr& e, std::vector<int>& out) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0) out.push_back(e.finding);
    for (const Expr& child : e.children) collect_findings(child, out);
  }

  // A finding, or the findings an "all" needs, at any depth of "all"s.
  static void collect_required(const Expr& e, std::vector<std::pair<int, bool>>& out) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0) out.push_back({e.finding, e.expected});
    if (e.kind == Expr::Kind::all)
      for (const Expr& child : e.children) collect_required(child, out);
  }

  // Answers that appear un-negated in a rule: giving them can only raise the advice.
  void collect_warning_findings(const Expr& e, bool negated) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0 && !negated) {
      auto& list = kb().warning_answers;
      std::pair<int, bool> answer{e.finding, e.expected};
      if (std::find(list.begin(), list.end(), answer) == list.end()) list.push_back(answer);
    }
    for (const Expr& child : e.children) collect_warning_findings(child, negated != (e.kind == Expr::Kind::negation));
  }

  // Every finding must be askable, or the interview could never reach it.
  void check_coverage() {
    FileReader r("questions.json", result_.problems);
    for (std::size_t f = 0; f < kb().findings.size(); ++f)
      if (!asked_by_.count(static_cast<int>(f)) && bundle_.contains("questions.json"))
        r.problem("$.questions", "no question asks finding '" + kb().findings[f].id + "'");
  }

  const Value& bundle_;
  KbLoadResult result_;
  std::set<std::string> source_ids_;
  std::set<int> asked_by_;
};

}  // namespace

const char* level_id(Level level) {
  static const char* const ids[] = {"self_care", "consult", "urgent", "emergency"};
  return ids[static_cast<int>(level)];
}

bool parse_level(const std::string& text, Level& out) {
  for (int l = 0; l < kLevelCount; ++l)
    if (text == level_id(static_cast<Level>(l))) {
      out = static_cast<Level>(l);
      return true;
    }
  return false;
}

const char* question_type_id(QuestionType type) {
  switch (type) {
    case QuestionType::single: return "single";
    case QuestionType::multiple: return "multiple";
    default: return "yes_no";
  }
}

KbLoadResult load_knowledge_base(const json::Value& bundle) { return Loader(bundle).run(); }

}  // namespace spotcheck
