// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizRecorder.h"

namespace demarc {

QuizRecorder::QuizRecorder(LearnerRepository& store, const Clock& clock)
    : m_store(store)
    , m_clock(clock)
    , m_scheduler(clock)
{ }

Status QuizRecorder::load()
{
    auto reviews = m_store.reviewStates();
    if (!reviews)
        return Error { reviews.errorMessage() };
    m_reviews = std::move(*reviews);
    return {};
}

Status QuizRecorder::record(QuizMode mode, const QuizOutcome& outcome)
{
    if (outcome.notReached || outcome.skipped)
        return {};
    Attempt attempt;
    attempt.questionId = outcome.questionId;
    attempt.mode = mode;
    attempt.answeredAt = m_clock.now();
    attempt.answer = outcome.answer;
    attempt.score = outcome.grade.score;
    attempt.correct = outcome.grade.correct;
    attempt.elapsedMs = outcome.elapsedMs;
    const auto known = m_reviews.constFind(outcome.questionId);
    const ReviewState before = known != m_reviews.cend() ? *known : m_scheduler.firstState();
    const int quality = ReviewScheduler::qualityFor(outcome.grade.score, outcome.elapsedMs <= QuickAnswerMs);
    const ReviewState after = m_scheduler.review(before, quality);
    if (Status s = m_store.recordAttempt(attempt, after); !s)
        return s;
    m_reviews.insert(outcome.questionId, after);
    return {};
}

Status QuizRecorder::finish(const QuizSummary& summary)
{
    if (summary.mode != QuizMode::Exam || summary.total == 0)
        return {};
    ExamResult result;
    result.finishedAt = m_clock.now();
    result.questions = summary.total;
    result.correct = summary.correct;
    result.score = summary.score;
    result.passed = summary.passed;
    result.durationMs = summary.durationMs;
    return m_store.recordExam(result);
}

} // namespace demarc
