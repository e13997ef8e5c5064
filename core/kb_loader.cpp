#include "kb_loader.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <set>

#include "case_parser.hpp"
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

  // Every member of `obj` must be one of `keys`: a misspelt field would
  // otherwise be ignored without a word ("implise", "red-flag"). "about" (a
  // note for people editing the file, at its top) and "note" (the same, on
  // one entry) must be text where `keys` allows them.
  void only(const Value& obj, const std::string& path, std::initializer_list<const char*> keys) {
    if (!obj.is_object()) return;
    for (const auto& [key, value] : obj.members()) {
      bool known = false;
      for (const char* k : keys) known = known || key == k;
      if (!known) {
        std::string best = closest_id(key, std::vector<std::string>(keys.begin(), keys.end()));
        problem(path + "." + key, "unknown field" + (best.empty() ? std::string() : " (did you mean '" + best + "'?)"));
      } else if ((key == "about" || key == "note") && !value.is_string()) {
        problem(path + "." + key, "expected a string");
      }
    }
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<KbProblem>& problems_;
};

class Loader {
 public:
  Loader(const Value& bundle, KbLoadOptions options) : bundle_(bundle), options_(options) {}

  KbLoadResult run() {
    if (!bundle_.is_object()) {
      result_.problems.push_back({"(bundle)", "$", "expected an object of files"});
      return std::move(result_);
    }
    check_files();
    load_meta();
    load_sources();
    load_findings();
    load_unexplained();
    load_questions();
    load_fit_leaves_out();
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

  // The files the engine reads; anything else in the bundle is a mistake
  // (a misnamed file would otherwise be ignored).
  void check_files() {
    static const char* const kFiles[] = {"meta.json", "sources.json", "findings.json", "questions.json", "red_flags.json"};
    const std::string dir = "conditions/", json = ".json";
    for (const auto& member : bundle_.members()) {
      const std::string& name = member.first;
      bool known = name.size() > dir.size() + json.size() && name.compare(0, dir.size(), dir) == 0 &&
                   name.compare(name.size() - json.size(), json.size(), json) == 0 && name.find('/', dir.size()) == std::string::npos;
      for (const char* f : kFiles) known = known || name == f;
      // A problem always names a file: a member with an empty name is the bundle's.
      if (!known)
        result_.problems.push_back({name.empty() ? "(bundle)" : name, "$",
                                    std::string(name.empty() ? "a file with no name" : "unknown file") +
                                        ": the knowledge base is meta.json, sources.json, findings.json, "
                                        "questions.json, red_flags.json and conditions/<id>.json"});
    }
  }

  void load_meta() {
    FileReader r("meta.json", result_.problems);
    const Value* meta = file("meta.json", r);
    if (!meta) return;
    r.only(*meta, "$", {"version", "triage_levels", "cause_thresholds", "serious_cause_threshold", "unexplained", "emergency_signs", "results_note",
                        "emergency_call", "cause_below_advice", "reason_texts", "about"});
    kb().version = r.text(*meta, "$", "version");
    if (const Value* levels = r.field(*meta, "$", "triage_levels")) {
      std::set<int> seen;
      if (!levels->is_array()) r.problem("$.triage_levels", "expected an array");
      for (std::size_t i = 0; levels->is_array() && i < levels->size(); ++i) {
        std::string path = "$.triage_levels[" + std::to_string(i) + "]";
        r.only((*levels)[i], path, {"id", "advice"});
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
      r.only(*t, "$.cause_thresholds", {"consult", "urgent", "emergency"});  // self-care needs no cause
      for (int l = 1; l < kLevelCount; ++l) {
        const char* id = level_id(static_cast<Level>(l));
        kb().cause_thresholds[l] = r.number(*t, "$.cause_thresholds", id, 0.0, 1.0, 1.0);
      }
    }
    kb().serious_cause_threshold = r.number(*meta, "$", "serious_cause_threshold", 0.0, 1.0, 0.1);
    if (const Value* signs = r.field(*meta, "$", "emergency_signs")) {
      const std::string path = "$.emergency_signs";
      r.only(*signs, path, {"title", "intro", "items", "last", "sources"});
      EmergencySigns& e = kb().emergency_signs;
      e.title = r.text(*signs, path, "title");
      e.intro = r.text(*signs, path, "intro");
      e.last = r.text(*signs, path, "last");
      e.items = r.text_list(*signs, path, "items", true);
      e.sources = r.text_list(*signs, path, "sources", true);
    }
    if (const Value* note = r.field(*meta, "$", "results_note")) {
      const std::string path = "$.results_note";
      r.only(*note, path, {"title", "text", "sources"});
      ResultsNote& n = kb().results_note;
      n.title = r.text(*note, path, "title");
      n.text = r.text(*note, path, "text");
      n.sources = r.text_list(*note, path, "sources", true);
    }
    if (const Value* call = r.field(*meta, "$", "emergency_call")) load_emergency_call(r, *call);
    if (const Value* texts = r.field(*meta, "$", "reason_texts")) load_reason_texts(r, *texts);
    if (const Value* below = r.field(*meta, "$", "cause_below_advice")) {
      r.only(*below, "$.cause_below_advice", {"text"});
      kb().cause_below_advice = r.text(*below, "$.cause_below_advice", "text");
    }
  }

  // meta.json "reason_texts": the triage's own sentences. Each about a cause
  // names it with {condition} (triage.cpp fills it in); no other placeholder
  // exists, so any other {...} is a typo a person would read.
  void load_reason_texts(FileReader& r, const Value& texts) {
    const std::string path = "$.reason_texts";
    r.only(texts, path, {"cause_rule_out_today", "cause_best", "cause_needs_checking", "warning_signs_together", "calm_harmless", "calm_unclear"});
    ReasonTexts& t = kb().reason_texts;
    const std::pair<const char*, std::string*> about_cause[] = {{"cause_rule_out_today", &t.cause_rule_out_today},
                                                                {"cause_best", &t.cause_best},
                                                                {"cause_needs_checking", &t.cause_needs_checking},
                                                                {"calm_harmless", &t.calm_harmless},
                                                                {"calm_unclear", &t.calm_unclear}};
    for (const auto& [key, out] : about_cause) {
      *out = r.text(texts, path, key);
      check_placeholders(r, path + "." + key, *out, true);
    }
    t.warning_signs_together = r.text(texts, path, "warning_signs_together");
    check_placeholders(r, path + ".warning_signs_together", t.warning_signs_together, false);
  }

  void check_placeholders(FileReader& r, const std::string& path, const std::string& text, bool names_cause) {
    if (text.empty()) return;  // already reported as missing
    const auto plain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; };
    bool named = false;
    for (std::size_t at = text.find_first_of("{}"); at != std::string::npos; at = text.find_first_of("{}", at + 1)) {
      std::size_t end = at + 1;
      while (text[at] == '{' && end < text.size() && end - at <= 40 && plain(text[end])) ++end;
      const bool whole = text[at] == '{' && end > at + 1 && end < text.size() && text[end] == '}';
      if (!whole) return r.problem(path, "a '" + std::string(1, text[at]) + "' that is not part of a placeholder such as {condition}");
      const std::string name = text.substr(at + 1, end - at - 1);
      if (!names_cause || name != "condition")
        return r.problem(path, "unknown placeholder '{" + name + "}'" + (names_cause ? " (the only one is {condition})" : " (this text has none)"));
      named = true;
      at = end;
    }
    if (names_cause && !named) r.problem(path, "must name the cause with {condition}");
  }

  // meta.json "emergency_call": numbers of 2 to 4 digits, each region (an
  // ISO 3166 alpha-2 code) under one number only, a default among them.
  void load_emergency_call(FileReader& r, const Value& call) {
    const std::string path = "$.emergency_call";
    r.only(call, path, {"title", "steps", "numbers", "default_number", "sources"});
    EmergencyCall& e = kb().emergency_call;
    e.title = r.text(call, path, "title");
    e.steps = r.text_list(call, path, "steps", true);
    e.sources = r.text_list(call, path, "sources", true);
    e.default_number = r.text(call, path, "default_number");
    const auto digits = [](const std::string& s) {
      return s.size() >= 2 && s.size() <= 4 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
    };
    std::set<std::string> numbers, regions;
    const Value* list = r.field(call, path, "numbers");
    if (list && (!list->is_array() || list->empty())) r.problem(path + ".numbers", "expected a non-empty array");
    for (std::size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
      const std::string item = path + ".numbers[" + std::to_string(i) + "]";
      r.only((*list)[i], item, {"number", "place", "regions"});
      EmergencyNumber n;
      n.number = r.text((*list)[i], item, "number");
      n.place = r.text((*list)[i], item, "place");
      n.regions = r.text_list((*list)[i], item, "regions", true);
      if (!n.number.empty() && !digits(n.number)) r.problem(item + ".number", "expected 2 to 4 digits");
      if (!numbers.insert(n.number).second) r.problem(item + ".number", "given twice");
      for (std::size_t j = 0; j < n.regions.size(); ++j) {
        const std::string& code = n.regions[j];
        const std::string at = item + ".regions[" + std::to_string(j) + "]";
        if (code.size() != 2 || !std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; }))
          r.problem(at, "expected a two-letter country code such as \"GB\"");
        else if (!regions.insert(code).second)
          r.problem(at, "region '" + code + "' is under two numbers");
      }
      e.numbers.push_back(std::move(n));
    }
    if (!e.default_number.empty() && !numbers.count(e.default_number))
      r.problem(path + ".default_number", "must be one of the numbers");
  }

  // meta.json "unexplained.fit_leaves_out_no_of": the questions (the places)
  // whose options' No the rash's fit leaves out, read once questions are known.
  // A question, not a group: a place added to it is left out too, and the
  // pattern question's options (also in the places' group) are not.
  void load_fit_leaves_out() {
    FileReader r("meta.json", result_.problems);
    Unexplained& e = kb().unexplained;
    e.fit_leaves_out_no.assign(kb().findings.size(), false);
    const Value* meta = bundle_.find("meta.json");
    const Value* u = meta && meta->is_object() ? meta->find("unexplained") : nullptr;
    if (!u || !u->is_object()) return;
    for (const std::string& id : r.text_list(*u, "$.unexplained", "fit_leaves_out_no_of", false))
      for (const Question& q : kb().questions)
        if (q.id == id)
          for (int f : q.findings) e.fit_leaves_out_no[f] = true;
  }

  // meta.json "unexplained" (and the emergency signs' and results note's sources), read once findings and sources are known.
  void load_unexplained() {
    FileReader r("meta.json", result_.problems);
    const Value* meta = bundle_.find("meta.json");
    if (!meta || !meta->is_object()) return;
    if (meta->contains("emergency_signs")) check_sources(r, "$.emergency_signs.sources", kb().emergency_signs.sources);
    if (meta->contains("results_note")) check_sources(r, "$.results_note.sources", kb().results_note.sources);
    if (meta->contains("emergency_call")) check_sources(r, "$.emergency_call.sources", kb().emergency_call.sources);
    const Value* u = r.field(*meta, "$", "unexplained");
    if (!u) return;
    const std::string path = "$.unexplained";
    r.only(*u, path, {"threshold", "min_answers", "max_top_score", "level", "systemic_findings", "lasting_findings", "painful_findings",
                      "painful_urgent", "fit_leaves_out_no_of", "message", "reason", "reason_lasting", "reason_painful",
                      "sources", "note"});
    Unexplained& e = kb().unexplained;
    e.threshold = r.number(*u, path, "threshold", -50.0, 50.0, 1.0);
    e.min_answers = static_cast<int>(r.number(*u, path, "min_answers", 0.0, 100.0, 3.0));
    e.max_top_score = r.number(*u, path, "max_top_score", 0.0, 1.0, 0.5);
    std::string level = r.text(*u, path, "level");
    if (!level.empty() && !parse_level(level, e.level)) r.problem(path + ".level", "unknown triage level '" + level + "'");
    e.message = r.text(*u, path, "message");
    e.reason = r.text(*u, path, "reason");
    e.reason_lasting = r.text(*u, path, "reason_lasting", false);
    e.reason_painful = r.text(*u, path, "reason_painful", false);
    e.sources = r.text_list(*u, path, "sources", true);
    check_sources(r, path + ".sources", e.sources);
    if (const Value* list = r.field(*u, path, "systemic_findings")) {
      if (!list->is_array() || list->empty()) return r.problem(path + ".systemic_findings", "expected a non-empty array of finding ids");
      for (std::size_t i = 0; i < list->size(); ++i) {
        const std::string item = path + ".systemic_findings[" + std::to_string(i) + "]";
        int f = finding_ref(r, item, (*list)[i]);
        if (f < 0) continue;
        // The floor must only rise with warning answers (fit.cpp): systemic findings are warning signs.
        if (kb().findings[f].warning_answer != std::optional<bool>(true))
          r.problem(item, "finding '" + kb().findings[f].id + "' must have \"warning_answer\": true");
        e.systemic.push_back(f);
      }
    }
    local_net(r, *u, path, "lasting_findings", "reason_lasting", e.reason_lasting, e.lasting);
    local_net(r, *u, path, "painful_findings", "reason_painful", e.reason_painful, e.painful);
    if (const Value* urgent = u->find("painful_urgent")) load_painful_urgent(r, *urgent, path + ".painful_urgent");
  }

  // When a painful rash no known cause explains needs a doctor sooner: a
  // level above the net's own, the findings the rash needs, a reason.
  void load_painful_urgent(FileReader& r, const Value& v, const std::string& path) {
    Unexplained& e = kb().unexplained;
    if (!v.is_object()) return r.problem(path, "expected an object");
    r.only(v, path, {"level", "needs", "reason", "note"});
    if (e.painful.empty()) r.problem(path, "needs painful_findings");
    auto& u = e.painful_urgent;
    const std::string level = r.text(v, path, "level");
    if (!level.empty() && !parse_level(level, u.level)) r.problem(path + ".level", "unknown triage level '" + level + "'");
    else if (!level.empty() && u.level <= e.level) r.problem(path + ".level", "must be above the net's level");
    u.reason = r.text(v, path, "reason");
    if (const Value* list = r.field(v, path, "needs")) {
      if (!list->is_array() || list->empty()) return r.problem(path + ".needs", "expected a non-empty array of finding ids");
      finding_list(r, *list, path + ".needs", u.needs);
    }
  }

  // The known findings of an array of finding ids (each unknown one reported).
  void finding_list(FileReader& r, const Value& list, const std::string& path, std::vector<int>& out) {
    for (std::size_t i = 0; i < list.size(); ++i) {
      int f = finding_ref(r, path + "[" + std::to_string(i) + "]", list[i]);
      if (f >= 0) out.push_back(f);
    }
  }

  // An optional net of the rash itself (a rash that has lasted, one that
  // hurts): its finding ids, and the reason it needs once it names any.
  void local_net(FileReader& r, const Value& u, const std::string& path, const char* key, const char* reason_key,
                 const std::string& reason, std::vector<int>& out) {
    const Value* list = u.find(key);
    if (!list) return;
    if (!list->is_array()) return r.problem(path + "." + key, "expected an array of finding ids");
    finding_list(r, *list, path + "." + key, out);
    if (!list->empty() && reason.empty()) r.problem(path + "." + reason_key, std::string("missing field (needed with ") + key + ")");
  }

  void load_sources() {
    FileReader r("sources.json", result_.problems);
    const Value* s = file("sources.json", r);
    if (!s) return;
    for (const auto& [id, entry] : s->members()) {  // in id order
      std::string path = "$." + id;
      if (id == "about" && entry.is_string()) continue;  // the note for editors, as in every file
      r.only(entry, path, {"title", "publisher", "url", "note"});
      // Kept apart with the other texts (scripts/bundle-kb.mjs --texts), a source is its id alone.
      const bool texts = options_.texts_required || !entry.is_object() || !entry.empty();
      Source src{id, r.text(entry, path, "title", texts), r.text(entry, path, "publisher", texts), r.text(entry, path, "url", false)};
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
    r.only(*f, "$", {"about", "sources", "findings"});
    check_sources(r, "$.sources", r.text_list(*f, "$", "sources", true));
    const Value* list = r.field(*f, "$", "findings");
    if (!list) return;
    if (!list->is_array()) return r.problem("$.findings", "expected an array");
    std::vector<std::pair<int, std::size_t>> with_implies;  // finding index, list position
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.findings[" + std::to_string(i) + "]";
      r.only(item, path, {"id", "group", "label", "text", "base_rate", "warning_answer", "implies", "sums_up", "note"});
      // The label and text show only with results: kept apart like the causes' texts.
      const bool texts = options_.texts_required || item.contains("label") || item.contains("text");
      Finding finding{r.text(item, path, "id"), r.text(item, path, "group"), texts ? r.text(item, path, "label") : "",
                      texts ? r.text(item, path, "text") : "", r.number(item, path, "base_rate", 0.001, 0.999, 0.1), {}, {}};
      if (const Value* warning = item.find("warning_answer")) {
        if (warning->is_boolean()) finding.warning_answer = warning->as_bool();
        else r.problem(path + ".warning_answer", "expected true or false");
      }
      if (const Value* sums = item.find("sums_up")) {
        if (sums->is_boolean()) finding.sums_up = sums->as_bool();
        else r.problem(path + ".sums_up", "expected true or false");
      }
      if (finding.id.empty()) continue;
      if (kb().finding_index.count(finding.id)) {
        r.problem(path + ".id", "duplicate finding '" + finding.id + "'");
        continue;
      }
      if (item.contains("implies")) with_implies.push_back({static_cast<int>(kb().findings.size()), i});
      kb().finding_index.set(finding.id, static_cast<int>(kb().findings.size()));
      if (finding.warning_answer) kb().warning_answers.push_back({static_cast<int>(kb().findings.size()), *finding.warning_answer});
      kb().findings.push_back(std::move(finding));
    }
    load_implications(r, *list, with_implies);
  }

  // "implies": ids of other findings a yes to this one makes yes. Each must
  // exist and differ from the finding, and no chain may lead back to where
  // it started; each finding then gets every finding its chains reach.
  void load_implications(FileReader& r, const Value& list, const std::vector<std::pair<int, std::size_t>>& with_implies) {
    const std::size_t n = kb().findings.size();
    std::vector<std::vector<int>> direct(n);
    std::vector<std::string> where(n);  // the path of each finding's "implies"
    for (auto [f, i] : with_implies) {
      std::string path = "$.findings[" + std::to_string(i) + "].implies";
      where[f] = path;
      const Value& ids = list[i].at("implies");
      if (!ids.is_array()) {
        r.problem(path, "expected an array of finding ids");
        continue;
      }
      for (std::size_t k = 0; k < ids.size(); ++k) {
        std::string item_path = path + "[" + std::to_string(k) + "]";
        int g = finding_ref(r, item_path, ids[k]);
        if (g < 0) continue;
        if (g == f) r.problem(item_path, "a finding cannot imply itself");
        else if (std::find(direct[f].begin(), direct[f].end(), g) != direct[f].end()) r.problem(item_path, "listed twice");
        else direct[f].push_back(g);
      }
    }
    // Depth first along the chains: a finding met again while still on the
    // current chain closes a cycle.
    enum Mark : char { unseen, on_chain, done };
    std::vector<Mark> mark(n, unseen);
    std::vector<int> chain;
    bool cyclic = false;
    std::function<void(int)> visit = [&](int f) {
      mark[f] = on_chain;
      chain.push_back(f);
      for (int g : direct[f]) {
        if (mark[g] == on_chain) {
          std::string cycle;
          for (auto it = std::find(chain.begin(), chain.end(), g); it != chain.end(); ++it) cycle += kb().findings[*it].id + " -> ";
          r.problem(where[f], "implications form a cycle: " + cycle + kb().findings[g].id);
          cyclic = true;
        } else if (mark[g] == unseen) {
          visit(g);
        }
      }
      chain.pop_back();
      mark[f] = done;
    };
    for (std::size_t f = 0; f < n; ++f)
      if (mark[f] == unseen && !direct[f].empty()) visit(static_cast<int>(f));
    if (cyclic) return;
    for (std::size_t f = 0; f < n; ++f) {
      std::vector<int> reach(direct[f]);
      for (std::size_t k = 0; k < reach.size(); ++k)
        for (int g : direct[reach[k]])
          if (std::find(reach.begin(), reach.end(), g) == reach.end()) reach.push_back(g);
      std::sort(reach.begin(), reach.end());
      kb().findings[f].implies = std::move(reach);
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
    r.only(*q, "$", {"about", "sources", "skin_tones", "subjects", "questions"});
    check_sources(r, "$.sources", r.text_list(*q, "$", "sources", true));
    load_skin_tones(r, *q);  // first: pictures and help name the tones
    load_subjects(r, *q);    // and the questions' wording names the subjects
    const Value* list = r.field(*q, "$", "questions");
    if (!list) return;
    if (!list->is_array()) return r.problem("$.questions", "expected an array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.questions[" + std::to_string(i) + "]";
      Question question;
      question.id = r.text(item, path, "id");
      // Kept apart with the other texts (scripts/bundle-kb.mjs --texts): a question is then its id, type and findings.
      const bool texts = options_.texts_required || item.contains("text");
      question.text = r.text(item, path, "text", texts);
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
      if (question.type == QuestionType::yes_no)
        r.only(item, path, {"id", "type", "text", "text_for", "help", "help_by_tone", "figure", "red_flag", "findings", "note"});
      else r.only(item, path, {"id", "type", "text", "text_for", "help", "help_by_tone", "figure", "red_flag", "options", "note"});
      if (const Value* by = r.field(item, path, "text_for", false)) question.text_for = text_for(r, path + ".text_for", *by);
      if (const Value* fig = r.field(item, path, "figure", false)) {
        r.only(*fig, path + ".figure", {"picture", "alt", "alt_by_tone", "caption"});
        if (!fig->is_object()) r.problem(path + ".figure", "expected an object");
        else if (!fig->contains("picture")) r.problem(path + ".figure.picture", "missing field");
        question.figure = picture(r, *fig, path + ".figure", true);
      }
      if (const Value* by = r.field(item, path, "help_by_tone", false)) question.help_by_tone = tone_help(r, path + ".help_by_tone", *by);
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
            r.only((*opts)[k], opath, {"finding", "text", "picture", "alt", "alt_by_tone"});
            const Value* f = r.field((*opts)[k], opath, "finding");
            question.findings.push_back(f ? finding_ref(r, opath + ".finding", *f) : -1);
            question.option_texts.push_back(r.text((*opts)[k], opath, "text", texts));
            question.option_pictures.push_back(picture(r, (*opts)[k], opath, false));
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

  // A picture's file stem or a tone id: lower-case letters and digits in
  // words joined by single hyphens, so it is a plain file name on any
  // system and can never reach outside web/figures/.
  static bool plain_name(const std::string& s) {
    if (s.empty() || s.size() > 64 || s.front() == '-' || s.back() == '-') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && s[i - 1] != '-'))) return false;
    }
    return true;
  }

  static constexpr const char* kPlainName = "expected a plain name: lower-case letters and digits, words joined by single hyphens";

  // questions.json "skin_tones": the tones every picture is drawn on, offered before the questions.
  void load_skin_tones(FileReader& r, const Value& file) {
    const Value* st = r.field(file, "$", "skin_tones", false);
    if (!st) return;
    const std::string path = "$.skin_tones";
    r.only(*st, path, {"text", "help", "picture", "default", "tones"});
    SkinTones& s = kb().skin_tones;
    s.text = r.text(*st, path, "text");
    s.help = r.text(*st, path, "help", false);
    const Value* list = r.field(*st, path, "tones");
    if (list && (!list->is_array() || list->empty())) r.problem(path + ".tones", "expected a non-empty array");
    for (std::size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
      const std::string tpath = path + ".tones[" + std::to_string(i) + "]";
      r.only((*list)[i], tpath, {"id", "text"});
      std::string id = r.text((*list)[i], tpath, "id"), text = r.text((*list)[i], tpath, "text");
      if (id.empty()) continue;
      if (!plain_name(id)) r.problem(tpath + ".id", kPlainName);
      else if (s.has(id)) r.problem(tpath + ".id", "duplicate tone '" + id + "'");
      else s.tones.push_back({id, text});
    }
    s.picture = r.text(*st, path, "picture");
    if (!s.picture.empty() && !plain_name(s.picture)) r.problem(path + ".picture", kPlainName);
    s.default_tone = r.text(*st, path, "default");
    if (!s.default_tone.empty() && !s.has(s.default_tone)) r.problem(path + ".default", "unknown tone '" + s.default_tone + "'");
  }

  // questions.json "subjects": who the check is for ("me", "my child", ...), asked before the about step.
  void load_subjects(FileReader& r, const Value& file) {
    const Value* su = r.field(file, "$", "subjects", false);
    if (!su) return;
    const std::string path = "$.subjects";
    r.only(*su, path, {"text", "options"});
    Subjects& s = kb().subjects;
    s.text = r.text(*su, path, "text");
    const Value* list = r.field(*su, path, "options");
    if (list && (!list->is_array() || list->size() < 2)) r.problem(path + ".options", "expected at least two options");
    for (std::size_t i = 0; list && list->is_array() && i < list->size(); ++i) {
      const std::string opath = path + ".options[" + std::to_string(i) + "]";
      r.only((*list)[i], opath, {"id", "text", "title"});
      Subject subject{r.text((*list)[i], opath, "id"), r.text((*list)[i], opath, "text"), r.text((*list)[i], opath, "title")};
      if (subject.id.empty()) continue;
      if (!plain_name(subject.id)) r.problem(opath + ".id", kPlainName);
      else if (s.has(subject.id)) r.problem(opath + ".id", "duplicate subject '" + subject.id + "'");
      else s.options.push_back(std::move(subject));
    }
  }

  // A question's "text_for": its words for each subject that needs its own.
  std::vector<std::pair<std::string, std::string>> text_for(FileReader& r, const std::string& path, const Value& by) {
    std::vector<std::pair<std::string, std::string>> out;
    if (!by.is_object() || by.size() == 0) {
      r.problem(path, "expected an object keyed by subject");
      return out;
    }
    for (const auto& [subject, text] : by.members()) {
      if (!kb().subjects.has(subject)) r.problem(path + "." + subject, "unknown subject '" + subject + "' (questions.json \"subjects\")");
      else if (!text.is_string() || text.as_string().empty()) r.problem(path + "." + subject, "expected a non-empty string");
      else out.push_back({subject, text.as_string()});
    }
    return out;
  }

  // An object keyed by tone id; read(value, path) reads each entry.
  template <typename Read>
  void each_tone(FileReader& r, const std::string& path, const Value& by, Read read) {
    if (!by.is_object() || by.size() == 0) return r.problem(path, "expected an object keyed by skin tone");
    for (const auto& [tone, value] : by.members()) {
      if (!kb().skin_tones.has(tone)) r.problem(path + "." + tone, "unknown skin tone '" + tone + "' (questions.json \"skin_tones\")");
      else read(tone, value, path + "." + tone);
    }
  }

  // An option's or a figure's drawing: "picture" (a file stem), "alt" (what
  // it shows, required with it), "alt_by_tone", and a figure's "caption".
  Picture picture(FileReader& r, const Value& obj, const std::string& path, bool figure) {
    Picture p;
    if (!obj.is_object()) return p;
    if (!obj.contains("picture")) {
      for (const char* key : {"alt", "alt_by_tone", "caption"})
        if (obj.contains(key)) r.problem(path + "." + key, "only with a picture");
      return p;
    }
    p.stem = r.text(obj, path, "picture");
    if (!p.stem.empty() && !plain_name(p.stem)) r.problem(path + ".picture", kPlainName);
    if (kb().skin_tones.tones.empty()) r.problem(path + ".picture", "pictures are drawn per skin tone: questions.json needs \"skin_tones\"");
    p.alt = r.text(obj, path, "alt");
    if (figure) p.caption = r.text(obj, path, "caption", false);
    if (const Value* by = obj.find("alt_by_tone"))
      each_tone(r, path + ".alt_by_tone", *by, [&](const std::string& tone, const Value& v, const std::string& tpath) {
        if (!v.is_string() || v.as_string().empty()) return r.problem(tpath, "expected a non-empty string");
        p.alt_by_tone.push_back({tone, v.as_string()});
      });
    return p;
  }

  // "help_by_tone": { tone: { "text", "sources" } }, shown in place of the help for that tone.
  std::vector<ToneHelp> tone_help(FileReader& r, const std::string& path, const Value& by) {
    std::vector<ToneHelp> out;
    each_tone(r, path, by, [&](const std::string& tone, const Value& v, const std::string& tpath) {
      r.only(v, tpath, {"text", "sources"});
      ToneHelp help{tone, r.text(v, tpath, "text"), r.text_list(v, tpath, "sources", true)};
      check_sources(r, tpath + ".sources", help.sources);
      out.push_back(std::move(help));
    });
    return out;
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
    r.only(item, "$", {"id", "name", "description", "figure", "urgency", "alarm_score", "prior", "applies_to", "likelihoods", "care", "warning_signs",
                       "sources", "about"});
    Condition c;
    c.id = r.text(item, "$", "id");
    std::string expected_file = "conditions/" + c.id + ".json";
    if (!c.id.empty() && r.file() != expected_file) r.problem("$.id", "id '" + c.id + "' does not match the file name");
    c.name = r.text(item, "$", "name");
    const bool texts = options_.texts_required || item.contains("description") || item.contains("care") || item.contains("warning_signs");
    if (texts) c.description = r.text(item, "$", "description");
    // A typical look, shown on the cause's card (kept with the longer texts when they are apart).
    if (const Value* fig = r.field(item, "$", "figure", false)) {
      r.only(*fig, "$.figure", {"picture", "alt", "alt_by_tone"});
      if (!fig->is_object()) r.problem("$.figure", "expected an object");
      else if (!fig->contains("picture")) r.problem("$.figure.picture", "missing field");
      c.figure = picture(r, *fig, "$.figure", false);
    }
    std::string urgency = r.text(item, "$", "urgency");
    if (!urgency.empty() && !parse_level(urgency, c.urgency)) r.problem("$.urgency", "unknown triage level '" + urgency + "'");
    if (const Value* a = r.field(item, "$", "alarm_score", false)) c.alarm_score = r.number_value(*a, "$.alarm_score", 0, 1, -1);
    if (const Value* prior = r.field(item, "$", "prior")) {
      r.only(*prior, "$.prior", {"base", "by_age", "by_sex"});
      c.prior_base = r.number(*prior, "$.prior", "base", 1e-6, 1.0, 0.01);
      if (const Value* bands = r.field(*prior, "$.prior", "by_age", false)) {
        for (std::size_t i = 0; bands->is_array() && i < bands->size(); ++i) {
          std::string path = "$.prior.by_age[" + std::to_string(i) + "]";
          r.only((*bands)[i], path, {"min", "max", "factor"});
          AgeBand band{static_cast<int>(r.number((*bands)[i], path, "min", 0, 120, 0)),
                       static_cast<int>(r.number((*bands)[i], path, "max", 0, 120, 120)),
                       r.number((*bands)[i], path, "factor", 0.0, 100.0, 1.0)};
          if (band.min > band.max) r.problem(path, "min is greater than max");
          c.by_age.push_back(band);
        }
        if (!bands->is_array()) r.problem("$.prior.by_age", "expected an array");
      }
      if (const Value* sex = r.field(*prior, "$.prior", "by_sex", false)) {
        r.only(*sex, "$.prior.by_sex", {"female", "male"});
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
    set_log_likelihoods(c, kb().findings);
    if (texts) {
      c.care = r.text_list(item, "$", "care", true);
      c.warning_signs = r.text_list(item, "$", "warning_signs", true);
    }
    c.sources = r.text_list(item, "$", "sources", true);
    check_sources(r, "$.sources", c.sources);
    if (const Value* applies = r.field(item, "$", "applies_to", false)) c.applies_to = applies_to(r, *applies);
    if (c.id.empty()) return;
    if (kb().condition_index.count(c.id)) return r.problem("$.id", "duplicate condition '" + c.id + "'");
    kb().condition_index.set(c.id, static_cast<int>(kb().conditions.size()));
    kb().conditions.push_back(std::move(c));
  }

  // "applies_to": the ages, sex and answers outside which a cause cannot be what the person has.
  AppliesTo applies_to(FileReader& r, const Value& v) {
    const std::string path = "$.applies_to";
    AppliesTo a;
    a.given = true;
    if (!v.is_object()) {
      r.problem(path, "expected an object");
      return a;
    }
    r.only(v, path, {"age_min", "age_max", "sex", "needs", "reason", "sources"});
    if (const Value* n = r.field(v, path, "age_min", false)) a.age_min = whole_number(r, path + ".age_min", *n, 120);
    if (const Value* n = r.field(v, path, "age_max", false)) a.age_max = whole_number(r, path + ".age_max", *n, 120);
    if (a.age_min > a.age_max) r.problem(path, "age_min is greater than age_max");
    a.sex = r.text(v, path, "sex", false);
    if (!a.sex.empty() && a.sex != "female" && a.sex != "male") r.problem(path + ".sex", "expected \"female\" or \"male\"");
    if (const Value* needs = r.field(v, path, "needs", false)) {
      if (!needs->is_array()) r.problem(path + ".needs", "expected an array of finding ids");
      for (std::size_t i = 0; needs->is_array() && i < needs->size(); ++i) {
        int f = finding_ref(r, path + ".needs[" + std::to_string(i) + "]", (*needs)[i]);
        if (f >= 0) a.needs.push_back(f);
      }
    }
    if (!v.contains("age_min") && !v.contains("age_max") && a.sex.empty() && a.needs.empty())
      r.problem(path, "says nothing: give age_min, age_max, sex or needs");
    a.reason = r.text(v, path, "reason");
    a.sources = r.text_list(v, path, "sources", true);
    check_sources(r, path + ".sources", a.sources);
    return a;
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
        else if (*is == "unknown") e.kind = Expr::Kind::unsure;
        else r.problem(path + ".is", "expected true, false or \"unknown\"");
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
      e.age = whole_number(r, path + (is_min ? ".age_min" : ".age_max"), v.at(is_min ? "age_min" : "age_max"), 120);
    } else if (v.contains("age_months_min") || v.contains("age_months_max")) {
      bool is_min = v.contains("age_months_min");
      e.kind = is_min ? Expr::Kind::age_months_min : Expr::Kind::age_months_max;
      e.age = whole_number(r, path + (is_min ? ".age_months_min" : ".age_months_max"), v.at(is_min ? "age_months_min" : "age_months_max"),
                           kMaxRuleMonths);
    } else if (v.contains("pattern")) {
      // A named part (red_flags.json "patterns"), written out here: the engine sees one tree.
      const Value& name = v.at("pattern");
      auto known = std::find_if(patterns_.begin(), patterns_.end(), [&](const Pattern& p) { return name == p.id; });
      if (known == patterns_.end()) {
        r.problem(path + ".pattern", "unknown pattern" + (name.is_string() ? " '" + name.as_string() + "'" : std::string()) +
                                         " (red_flags.json \"patterns\" names them; a pattern may use only the patterns listed before it)");
      } else {
        // Read again where it is used: its problems were reported where it is defined.
        known->used = true;
        std::vector<KbProblem> reported_there;
        FileReader quiet(r.file(), reported_there);
        if (known->when) e = expression(quiet, path, *known->when, 0);
      }
      if (v.size() != 1) r.problem(path, "an expression has exactly one operator");
      return e;
    } else if (v.contains("question_unsure")) {
      // "Not sure" to every option of a question (its whole list): that says
      // nothing about any one option, unlike "Not sure" to that option alone.
      const Value& name = v.at("question_unsure");
      auto q = std::find_if(kb().questions.begin(), kb().questions.end(), [&](const Question& question) { return name == question.id; });
      if (q == kb().questions.end()) {
        r.problem(path + ".question_unsure", "unknown question" + (name.is_string() ? " '" + name.as_string() + "'" : std::string()));
      } else {
        for (int f : q->findings) {
          Expr unsure;
          unsure.kind = Expr::Kind::unsure;
          unsure.finding = f;
          e.children.push_back(unsure);
        }
      }
      if (v.size() != 1) r.problem(path, "an expression has exactly one operator");
      return e;  // an "all" of the options' "Not sure"
    } else if (v.contains("sex")) {
      const Value& sex = v.at("sex");
      if (sex == "female") e.kind = Expr::Kind::female;
      else if (sex == "male") e.kind = Expr::Kind::male;
      else r.problem(path + ".sex", "expected \"female\" or \"male\"");
    } else {
      r.problem(path, "unknown expression (expected finding, all, any, not, age_min, age_max, age_months_min, age_months_max, sex, pattern or question_unsure)");
    }
    if (e.kind != Expr::Kind::finding && e.kind != Expr::Kind::unsure && v.size() != 1) r.problem(path, "an expression has exactly one operator");
    return e;
  }

  // An age bound: a whole number in [0, hi] (a fraction would be compared
  // with whole years or months and mean something other than it says).
  int whole_number(FileReader& r, const std::string& path, const Value& v, int hi) {
    double d = r.number_value(v, path, 0, hi, 0);
    if (d != std::floor(d)) {
      r.problem(path, "expected a whole number");
      return 0;
    }
    return static_cast<int>(d);
  }

  void load_rules() {
    FileReader r("red_flags.json", result_.problems);
    const Value* f = file("red_flags.json", r);
    if (!f) return;
    r.only(*f, "$", {"about", "patterns", "rules"});
    load_patterns(r, *f);
    const Value* list = r.field(*f, "$", "rules");
    if (!list) return;
    if (!list->is_array() || list->empty()) return r.problem("$.rules", "expected a non-empty array");
    std::set<std::string> ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.rules[" + std::to_string(i) + "]";
      r.only(item, path, {"id", "level", "reason", "when", "sources", "note"});
      Rule rule;
      rule.id = r.text(item, path, "id");
      if (!ids.insert(rule.id).second) r.problem(path + ".id", "duplicate rule '" + rule.id + "'");
      std::string level = r.text(item, path, "level");
      if (!level.empty() && !parse_level(level, rule.level)) r.problem(path + ".level", "unknown triage level '" + level + "'");
      // Kept apart with the other texts (scripts/bundle-kb.mjs --texts).
      rule.reason = r.text(item, path, "reason", options_.texts_required || item.contains("reason"));
      if (const Value* when = r.field(item, path, "when")) rule.when = expression(r, path + ".when", *when, 0);
      rule.sources = r.text_list(item, path, "sources", true);
      check_sources(r, path + ".sources", rule.sources);
      check_warning_answers(r, path + ".when", rule.when, false);
      collect_findings(rule.when, rule.findings);
      collect_required(rule.when, rule.required);
      collect_exempting(rule.when, false, rule.exempting);
      std::sort(rule.exempting.begin(), rule.exempting.end());
      rule.exempting.erase(std::unique(rule.exempting.begin(), rule.exempting.end()), rule.exempting.end());
      std::sort(rule.findings.begin(), rule.findings.end());
      rule.findings.erase(std::unique(rule.findings.begin(), rule.findings.end()), rule.findings.end());
      // The triage tries a rule with every subset of the warning answers it reads.
      std::size_t warnings_read = 0;
      for (int f : rule.findings) warnings_read += kb().findings[f].warning_answer.has_value();
      if (warnings_read > static_cast<std::size_t>(kMaxRuleFindings))
        r.problem(path + ".when", "the rule reads " + std::to_string(warnings_read) + " findings with a warning answer; at most " +
                                      std::to_string(kMaxRuleFindings) + " (split it into several rules)");
      kb().rules.push_back(std::move(rule));
    }
    for (std::size_t i = 0; i < patterns_.size(); ++i)
      if (!patterns_[i].used) r.problem("$.patterns[" + std::to_string(i) + "]", "no rule uses pattern '" + patterns_[i].id + "'");
  }

  // Named parts of rules (a clinical picture several rules share, such as an
  // exemption), each written once: {"pattern": id} in a rule stands for its
  // "when". A pattern may use those before it, so none can refer to itself.
  void load_patterns(FileReader& r, const Value& file) {
    const Value* list = file.find("patterns");
    if (!list) return;
    if (!list->is_array()) return r.problem("$.patterns", "expected an array");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const Value& item = (*list)[i];
      std::string path = "$.patterns[" + std::to_string(i) + "]";
      r.only(item, path, {"id", "when", "sources", "note"});
      Pattern pattern;
      pattern.id = r.text(item, path, "id");
      for (const Pattern& earlier : patterns_)
        if (earlier.id == pattern.id) r.problem(path + ".id", "duplicate pattern '" + pattern.id + "'");
      std::vector<std::string> sources = r.text_list(item, path, "sources", true);
      check_sources(r, path + ".sources", sources);
      if ((pattern.when = r.field(item, path, "when"))) expression(r, path + ".when", *pattern.when, 0);  // its problems, once
      patterns_.push_back(std::move(pattern));
    }
  }

  static void collect_findings(const Expr& e, std::vector<int>& out) {
    if ((e.kind == Expr::Kind::finding || e.kind == Expr::Kind::unsure) && e.finding >= 0) out.push_back(e.finding);
    for (const Expr& child : e.children) collect_findings(child, out);
  }

  // The answers under an odd number of "not"s: each, given, can only make `e` less likely to match.
  static void collect_exempting(const Expr& e, bool negated, std::vector<std::pair<int, bool>>& out) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0 && negated) out.push_back({e.finding, e.expected});
    for (const Expr& child : e.children) collect_exempting(child, negated != (e.kind == Expr::Kind::negation), out);
  }

  // A finding, or the findings an "all" needs, at any depth of "all"s.
  static void collect_required(const Expr& e, std::vector<std::pair<int, bool>>& out) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0) out.push_back({e.finding, e.expected});
    if (e.kind == Expr::Kind::all)
      for (const Expr& child : e.children) collect_required(child, out);
  }

  // A declared warning answer (findings.json "warning_answer") may appear in a
  // rule only un-negated, so that giving it can only make a rule match. Other
  // answers may explain the spots away (recent strain, a blood thinner, blisters).
  void check_warning_answers(FileReader& r, const std::string& path, const Expr& e, bool negated) {
    if (e.kind == Expr::Kind::finding && e.finding >= 0 && negated) {
      const Finding& f = kb().findings[e.finding];
      if (f.warning_answer && *f.warning_answer == e.expected)
        r.problem(path, "the warning answer '" + f.id + "' is " + (*f.warning_answer ? "true" : "false") +
                            ", so a rule may not use it under a \"not\"");
    }
    for (const Expr& child : e.children) check_warning_answers(r, path, child, negated != (e.kind == Expr::Kind::negation));
  }

  // Every finding must be askable, or the interview could never reach it.
  void check_coverage() {
    FileReader r("questions.json", result_.problems);
    for (std::size_t f = 0; f < kb().findings.size(); ++f)
      if (!asked_by_.count(static_cast<int>(f)) && bundle_.contains("questions.json"))
        r.problem("$.questions", "no question asks finding '" + kb().findings[f].id + "'");
    // An option that sums up the others needs others to sum up: a tick-all question.
    for (const Question& q : kb().questions)
      for (int f : q.findings)  // -1: an unknown finding, already reported
        if (f >= 0 && kb().findings[f].sums_up && (q.type != QuestionType::multiple || q.findings.size() < 3))
          r.problem("$.questions", "finding '" + kb().findings[f].id + "' sums up other options, so question '" + q.id +
                                       "' must be a tick-all-that-apply question with at least two others");
  }

  const Value& bundle_;
  KbLoadOptions options_;
  KbLoadResult result_;
  std::set<std::string> source_ids_;
  std::set<int> asked_by_;
  struct Pattern {
    std::string id;
    const Value* when = nullptr;  // in the bundle, which outlives the loader
    bool used = false;
  };
  std::vector<Pattern> patterns_;
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

KbLoadResult load_knowledge_base(const json::Value& bundle, KbLoadOptions options) { return Loader(bundle, options).run(); }

namespace {

std::string repeated_key_message(const json::ParseError& why) {
  return "duplicate key '" + why.path.back().key + "': a key may appear only once in an object (one of its values would be lost)";
}

}  // namespace

KbLoadResult load_knowledge_base_text(std::string_view bundle_json, KbLoadOptions options) {
  json::ParseError why;
  std::optional<json::Value> bundle = json::parse(bundle_json, 128, &why);
  if (bundle) return load_knowledge_base(*bundle, options);
  KbLoadResult result;
  if (why.code != json::ParseError::Code::duplicate_key) {
    result.problems.push_back({"(bundle)", "$", "not valid JSON (or not valid UTF-8, or nested too deeply)"});
  } else if (why.path.size() == 1) {
    result.problems.push_back({"(bundle)", "$", "file '" + why.path[0].key + "' given twice"});
  } else {
    // The first step is the file; the rest is the path inside it.
    std::string file = why.path.front().key;
    json::ParseError inside = why;
    inside.path.erase(inside.path.begin());
    result.problems.push_back({file, inside.path_text("$"), repeated_key_message(why)});
  }
  return result;
}

KbLoadResult load_knowledge_base_files(const std::vector<std::pair<std::string, std::string>>& files) {
  KbLoadResult result;
  std::vector<json::Value::Member> members;
  for (const auto& [name, text] : files) {
    json::ParseError why;
    std::optional<json::Value> content = json::parse(text, 128, &why);
    if (content) members.emplace_back(name, std::move(*content));
    else if (why.code == json::ParseError::Code::duplicate_key) result.problems.push_back({name, why.path_text("$"), repeated_key_message(why)});
    else result.problems.push_back({name, "$", "not valid JSON (or not valid UTF-8, or nested too deeply)"});
  }
  if (!result.problems.empty()) return result;
  return load_knowledge_base(json::Value::object(std::move(members)));
}

}  // namespace spotcheck
