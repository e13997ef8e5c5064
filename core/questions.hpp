// Chooses the next question: red-flag questions first, then the question whose
// answer is most likely to change the advice or the ranking, weighted by how
// much it is expected to reduce uncertainty over the causes.
#pragma once

#include <utility>
#include <vector>

#include "case.hpp"
#include "knowledge_base.hpp"

namespace spotcheck {

// An answer that could reveal an emergency is worth a question even when it is
// unlikely, and whether or not the person has been able to answer so far:
// 1 in 200 (NICE NG240: ask about neck stiffness in fever with a rash).
constexpr double kEmergencyWorthAsking = 0.005;

// True when every finding of the question is answered ("unsure" included), or
// a single-choice question already has its one "yes".
bool is_done(const Question& q, const Case& kase);

struct QuestionValue {
  int question = -1;
  double relevance = 0;    // weighted chance the answer changes the advice, plus the expected gain in the top cause's score
  double information = 0;  // expected information gain over the causes, in bits
  double emergency = 0;    // probability that the answer makes this an emergency
  double if_answered = 0;  // relevance when the person answers
  double if_unsure = 0;    // relevance when they say "Not sure" (computed when answerable < 1)
  double top_gain = 0;       // expected highest score after the answer minus the highest now
  double top_change = 0;     // chance the answer puts another cause on top
  double advice_change = 0;  // chance the answer raises or lowers the advice, now or one answer later (one_answer_short)
  double answerable = 1;   // chance the person gives an answer rather than "Not sure" (chance_of_an_answer)
};

// The chance that the person answers the next question rather than saying
// "Not sure", from their own answers so far: 1 once they have answered any
// with Yes or No, else falling with each "Not sure" to a question chosen for
// its value (Bayes' rule over people who can answer and people who cannot
// tell; questions.cpp).
double chance_of_an_answer(const KnowledgeBase& kb, const Case& kase);

// How much one more answer after `outcome` could raise the advice through a
// red-flag rule (the interview looks one answer further for rules that need
// two, like blackheads and painful lumps for acne): a rule above `level_now`
// whose required answers the outcome supplies in part and leaves exactly one
// unasked, and which matches once that one is given. Returns the highest
// chance of that answer under `scores` times the levels the rule would raise;
// 0 when no rule is one answer short. `what_if` holds the outcome's answers;
// it is left as it was.
double one_answer_short(const KnowledgeBase& kb, Case& what_if, const std::vector<std::pair<int, bool>>& outcome,
                        const std::vector<double>& scores, Level level_now);

// How much one more answer after `outcome` could lower the advice through an
// exemption: a rule at `level_now` that matches, one of whose exempting
// answers (Rule::exempting) is unasked and, given, takes the advice below
// `level_now` (a well adult's pinprick spots on the face after being sick:
// the places and the being sick are two questions, and neither alone lowers
// the 999 advice). Returns the highest chance of that answer under `scores`
// times the levels it would lower; 0 for none. Looked for from "see a doctor
// today" up, where a needless visit costs most. The outcome must give one of
// the rule's exempting answers itself. `what_if` holds the outcome's answers;
// it is left as it was.
double one_answer_short_of_lowering(const KnowledgeBase& kb, Case& what_if, const std::vector<std::pair<int, bool>>& outcome,
                                    const std::vector<double>& scores, const std::vector<double>& log_joints, Level level_now);

// A tick-all-that-apply question's worth to the ranking (top_gain,
// information, top_change) is computed over every combination of ticks of
// at most this many of its open options, those that tell the likely causes
// apart most; 2^7 combinations keep it well under a millisecond.
constexpr std::size_t kTickOptionsEnumerated = 7;

// Every open question with its value (red-flag questions are not scored).
std::vector<QuestionValue> score_questions(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints);

struct NextQuestion {
  int question = -1;     // index into kb.questions, or -1 when the interview is over
  // How many questions are worth asking with the answers so far, `question`
  // included: the open red-flag questions and those whose value passes the bar
  // now. An estimate of the questions left: answers change the values.
  int worth_asking = 0;
};
// The interview is settled when no open question is likely to change the
// advice (a chance under kSettledAdviceChange, the question answered either
// way or one answer short of a rule) or the cause on top (under
// kSettledTopChange, for a person who answers): more answers would mostly
// confirm what the person has been told. It then stops even if a question's
// value passes the bar; a question that could reveal an emergency is still
// asked. `values` comes from score_questions.
constexpr double kSettledTopChange = 0.15;
constexpr double kSettledAdviceChange = 0.1;
bool settled(const std::vector<QuestionValue>& values);

// The value a question must reach to be asked (QuestionValue::relevance):
// it rises with each question answered (people tire).
double asking_bar(const KnowledgeBase& kb, const Case& kase);

NextQuestion choose_question(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints);

// Index into kb.questions, or -1 when no answer is likely enough to change the
// advice or to make the top cause surer.
int next_question(const KnowledgeBase& kb, const Case& kase, const std::vector<double>& log_joints);

}  // namespace spotcheck
