// Times the native engine for scripts/bench.mjs: one case per line of the
// cases file in, one JSON report out (microseconds, p50 and p99).
//   bench_native [--kb bundle.json] [--min-ms N] [--min-runs N] cases.jsonl
// Per case: assess (JSON text in and out, as the wasm binding does), the
// engine alone (no JSON), the next question from the case text (as the wasm
// binding nextQuestion) and next_question alone. Also the knowledge-base load.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <variant>
#include <vector>

#include "case_parser.hpp"
#include "checker.hpp"
#include "engine.hpp"
#include "questions.hpp"
#include "ranking.hpp"

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

double micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

// Nearest-rank percentile of sorted samples.
double percentile(const std::vector<double>& sorted, double p) {
  std::size_t rank = static_cast<std::size_t>(std::ceil(p * sorted.size()));
  return sorted[std::min(sorted.size() - 1, rank == 0 ? 0 : rank - 1)];
}

json summary(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  auto r = [](double v) { return std::round(v * 100) / 100; };
  return {{"p50", r(percentile(samples, 0.5))}, {"p99", r(percentile(samples, 0.99))}, {"runs", samples.size()}};
}

// Runs `fn` until both minimums are met (after a short warm-up); the result
// goes to `sink` so the optimiser cannot drop the work.
template <typename Fn>
json time_it(Fn fn, double min_ms, std::size_t min_runs, std::size_t& sink) {
  for (int i = 0; i < 5; ++i) sink += fn();
  std::vector<double> samples;
  auto start = Clock::now();
  while (samples.size() < min_runs || micros(Clock::now() - start) < min_ms * 1000) {
    auto t0 = Clock::now();
    sink += fn();
    samples.push_back(micros(Clock::now() - t0));
    if (samples.size() >= 200000) break;
  }
  return summary(std::move(samples));
}

std::string read_file(const char* path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "bench_native: cannot read %s\n", path);
    std::exit(2);
  }
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::size_t next_from_text(const spotcheck::KnowledgeBase& kb, const std::string& text) {
  auto parsed = spotcheck::parse_case(text, kb);
  const auto& kase = std::get<spotcheck::Case>(parsed);
  return static_cast<std::size_t>(spotcheck::next_question(kb, kase, spotcheck::log_joint(kb, kase)) + 1);
}

}  // namespace

int main(int argc, char** argv) {
  const char* kb_path = nullptr;
  const char* cases_path = nullptr;
  double min_ms = 300;
  std::size_t min_runs = 200;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--kb") && i + 1 < argc) kb_path = argv[++i];
    else if (!std::strcmp(argv[i], "--min-ms") && i + 1 < argc) min_ms = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--min-runs") && i + 1 < argc) min_runs = std::strtoul(argv[++i], nullptr, 10);
    else cases_path = argv[i];
  }
  if (!cases_path) {
    std::fprintf(stderr, "usage: bench_native [--kb bundle.json] [--min-ms N] [--min-runs N] cases.jsonl\n");
    return 2;
  }
  const std::string bundle = kb_path ? read_file(kb_path) : std::string();
  std::size_t sink = 0;
  std::string error;

  // The load: JSON parse, validation and index building, as at startup.
  std::vector<double> load_samples;
  std::unique_ptr<spotcheck::Checker> checker;
  for (int i = 0; i < 7; ++i) {
    auto t0 = Clock::now();
    checker = kb_path ? spotcheck::Checker::create(bundle, error) : spotcheck::Checker::create_builtin(error);
    load_samples.push_back(micros(Clock::now() - t0));
    if (!checker) {
      std::fprintf(stderr, "bench_native: knowledge base failed to load:\n%s", error.c_str());
      return 1;
    }
  }
  const spotcheck::KnowledgeBase& kb = checker->knowledge_base();

  json cases = json::array();
  std::ifstream in(cases_path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    auto parsed = spotcheck::parse_case(line, kb);
    if (auto* e = std::get_if<spotcheck::Error>(&parsed)) {
      std::fprintf(stderr, "bench_native: bad case: %s\n", e->message.c_str());
      return 1;
    }
    const spotcheck::Case& kase = std::get<spotcheck::Case>(parsed);
    const std::vector<double> lj = spotcheck::log_joint(kb, kase);
    const std::string result = checker->assess(line);
    cases.push_back({
        {"answered", std::count_if(kase.answers.begin(), kase.answers.end(), [](auto a) { return a != spotcheck::Answer::unasked; })},
        {"result_bytes", result.size()},
        {"next_question", spotcheck::next_question(kb, kase, lj)},
        {"assess_us", time_it([&] { return checker->assess(line).size(); }, min_ms, min_runs, sink)},
        {"engine_us", time_it([&] { return spotcheck::assess(kb, kase).conditions.size(); }, min_ms, min_runs, sink)},
        // Text in, question out: what the wasm binding nextQuestion does.
        {"next_question_us", time_it([&] { return next_from_text(kb, line); }, min_ms, min_runs, sink)},
        {"next_question_only_us", time_it([&] { return static_cast<std::size_t>(spotcheck::next_question(kb, kase, lj) + 1); }, min_ms, min_runs, sink)},
    });
  }
  json report = {{"findings", kb.findings.size()}, {"questions", kb.questions.size()}, {"conditions", kb.conditions.size()},
                 {"rules", kb.rules.size()}, {"load_us", summary(load_samples)}, {"cases", cases}, {"sink", sink % 7}};
  std::printf("%s\n", report.dump().c_str());
  return 0;
}
