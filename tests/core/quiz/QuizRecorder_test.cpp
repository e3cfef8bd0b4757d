// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quiz/QuizRecorder.h"

#include "support/FakeClock.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::FakeClock;
using demarc::test::FakeLearnerRepository;

namespace {

QuizOutcome outcome(const char* id, double score, qint64 elapsedMs)
{
    QuizOutcome o;
    o.questionId = QLatin1String(id);
    o.topic = QStringLiteral("basics");
    o.answer.chosen = { QStringLiteral("a") };
    o.grade.score = score;
    o.grade.correct = score >= 1.0;
    o.elapsedMs = elapsedMs;
    return o;
}

} // namespace

TEST(QuizRecorder, records_each_answer_with_the_review_state_it_earns)
{
    FakeClock clock;
    FakeLearnerRepository store;
    QuizRecorder recorder(store, clock);
    ASSERT_TRUE(recorder.load().ok());
    ASSERT_TRUE(recorder.record(QuizMode::Practice, outcome("q1", 1.0, 3000)).ok());
    ASSERT_EQ(store.recorded().size(), 1);
    const Attempt& a = store.recorded().first();
    EXPECT_EQ(a.questionId, QStringLiteral("q1"));
    EXPECT_EQ(a.mode, QuizMode::Practice);
    EXPECT_EQ(a.answeredAt, clock.now());
    EXPECT_EQ(a.elapsedMs, 3000);
    EXPECT_TRUE(a.correct);
    // First right answer: SM-2 schedules it a day later.
    EXPECT_EQ(store.reviews().value(QStringLiteral("q1")).due, clock.now().addDays(1));

    clock.advanceDays(1);
    ASSERT_TRUE(recorder.record(QuizMode::Review, outcome("q1", 1.0, 3000)).ok());
    EXPECT_EQ(store.reviews().value(QStringLiteral("q1")).due, clock.now().addDays(6))
        << "the second builds on the first";

    ASSERT_TRUE(recorder.record(QuizMode::Review, outcome("q1", 0.0, 3000)).ok());
    EXPECT_EQ(store.reviews().value(QStringLiteral("q1")).due,
              clock.now().addSecs(ReviewScheduler::RelearnMinutes * 60))
        << "a wrong answer comes back the same day";
}

TEST(QuizRecorder, builds_on_review_states_already_stored)
{
    FakeClock clock;
    FakeLearnerRepository store;
    ReviewState known;
    known.repetitions = 2;
    known.intervalDays = 6;
    known.ease = 2.5;
    store.reviews().insert(QStringLiteral("q1"), known);
    QuizRecorder recorder(store, clock);
    ASSERT_TRUE(recorder.load().ok());
    ASSERT_TRUE(recorder.record(QuizMode::Review, outcome("q1", 1.0, QuizRecorder::QuickAnswerMs + 1)).ok());
    // Slow but right rates 4: ease stays 2.5, interval 6 × 2.5 = 15 days.
    EXPECT_DOUBLE_EQ(store.reviews().value(QStringLiteral("q1")).intervalDays, 15);
}

TEST(QuizRecorder, questions_never_reached_or_skipped_are_not_recorded_as_answers)
{
    FakeClock clock;
    FakeLearnerRepository store;
    QuizRecorder recorder(store, clock);
    QuizOutcome unseen = outcome("q1", 0, 0);
    unseen.notReached = true;
    ASSERT_TRUE(recorder.record(QuizMode::Exam, unseen).ok());
    QuizOutcome skipped = outcome("q2", 0, 0);
    skipped.skipped = true;
    ASSERT_TRUE(recorder.record(QuizMode::Practice, skipped).ok());
    EXPECT_TRUE(store.recorded().isEmpty());
}

TEST(QuizRecorder, keeps_exam_results_only)
{
    FakeClock clock;
    FakeLearnerRepository store;
    QuizRecorder recorder(store, clock);
    QuizSummary s;
    s.mode = QuizMode::Practice;
    s.total = 3;
    ASSERT_TRUE(recorder.finish(s).ok());
    EXPECT_TRUE(store.exams().isEmpty());
    s.mode = QuizMode::Exam;
    s.correct = 3;
    s.passed = true;
    s.score = 1;
    s.durationMs = 90000;
    ASSERT_TRUE(recorder.finish(s).ok());
    ASSERT_EQ(store.exams().size(), 1);
    EXPECT_TRUE(store.exams().first().passed);
    EXPECT_EQ(store.exams().first().durationMs, 90000);
}

TEST(QuizRecorder, a_failed_write_is_reported)
{
    FakeClock clock;
    FakeLearnerRepository store;
    store.setFailingWrites(true);
    QuizRecorder recorder(store, clock);
    const Status s = recorder.record(QuizMode::Practice, outcome("q1", 1.0, 1000));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QLatin1String("full")));
}
