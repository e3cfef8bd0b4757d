// SPDX-License-Identifier: GPL-3.0-or-later
// The quiz without widgets: what it reads, what it records and in which order, what it says
// to show, over the bundled course and a learner kept in memory.
#include "core/quiz/QuizController.h"

#include "support/FakeClock.h"
#include "support/FakeContentRepository.h"
#include "support/FakeLearnerRepository.h"
#include "support/QtPrinters.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::FakeClock;
using demarc::test::FakeContentRepository;
using demarc::test::FakeLearnerRepository;

namespace {

Answer rightAnswer(const Question& q)
{
    Answer a;
    for (const Choice& c : q.choices) {
        if (q.assignsParties())
            a.assigned.insert(c.id, c.party.value_or(Party::Shared));
        else if (c.correct)
            a.chosen.insert(c.id);
    }
    return a;
}

Answer wrongAnswer(const Question& q)
{
    Answer a;
    for (const Choice& c : q.choices) {
        if (q.assignsParties())
            a.assigned.insert(c.id, c.party == Party::Aws ? Party::Customer : Party::Aws);
        else if (!c.correct)
            a.chosen.insert(c.id);
    }
    return a;
}

QuizOptions options(QuizMode mode, int limit)
{
    QuizOptions o;
    o.mode = mode;
    o.limit = limit;
    o.seed = 11;
    return o;
}

class QuizControllerTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_quiz.reload().ok()); }

    const Question& current() const { return m_quiz.session()->current(); }

    FakeContentRepository m_content { FakeContentRepository::bundledCourse() };
    FakeLearnerRepository m_learner;
    FakeClock m_clock;
    QuizController m_quiz { m_content, m_learner, m_clock };
};

} // namespace

TEST_F(QuizControllerTest, offers_every_topic_with_questions_and_nothing_to_retry_at_first)
{
    const QList<TopicChoice> topics = m_quiz.topicChoices();
    ASSERT_FALSE(topics.isEmpty());
    int questions = 0;
    for (const TopicChoice& t : topics) {
        EXPECT_GT(t.questions, 0) << t.id.toStdString();
        EXPECT_EQ(m_quiz.topicTitle(t.id), t.title);
        questions += t.questions;
    }
    EXPECT_EQ(questions, m_quiz.bank().size());
    EXPECT_EQ(m_quiz.mistakeCount(), 0);
    EXPECT_EQ(m_quiz.dueForReview().questions, 0);
    EXPECT_EQ(m_quiz.topicTitle(QStringLiteral("glossary")), QStringLiteral("Glossary"));
    EXPECT_FALSE(m_quiz.isRunning());
    EXPECT_EQ(m_quiz.session(), nullptr);
}

TEST_F(QuizControllerTest, a_practice_answer_is_saved_before_its_feedback_is_shown)
{
    QSignalSpy shown(&m_quiz, &QuizController::questionShown);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Practice, 3)));
    EXPECT_EQ(shown.size(), 1);
    EXPECT_EQ(m_quiz.currentQuestionId(), current().id);

    QStringList order;
    qsizetype recordedAtFeedback = -1;
    QObject::connect(&m_quiz, &QuizController::learnerDataChanged, &m_quiz,
                     [&] { order.append(QStringLiteral("saved")); });
    QObject::connect(&m_quiz, &QuizController::feedbackReady, &m_quiz, [&](const QuizOutcome&) {
        order.append(QStringLiteral("feedback"));
        recordedAtFeedback = m_learner.recorded().size();
    });
    const QString wrongId = current().id;
    const auto outcome = m_quiz.check(wrongAnswer(current()));
    ASSERT_TRUE(outcome.has_value());
    EXPECT_FALSE(outcome->grade.correct);
    EXPECT_EQ(order, (QStringList { QStringLiteral("saved"), QStringLiteral("feedback") }));
    EXPECT_EQ(recordedAtFeedback, 1);
    EXPECT_FALSE(m_quiz.check(rightAnswer(current())).has_value())
        << "an answered question is not answered again";
    EXPECT_EQ(m_quiz.mistakeCount(), 1) << "the start page's counts follow without reading the store again";

    m_quiz.next();
    EXPECT_EQ(shown.size(), 2);
    EXPECT_NE(current().id, wrongId);
}

TEST_F(QuizControllerTest, an_exam_moves_on_without_feedback_and_its_misses_can_be_retried)
{
    QSignalSpy feedback(&m_quiz, &QuizController::feedbackReady);
    QSignalSpy finished(&m_quiz, &QuizController::finished);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Exam, 4)));
    QStringList missed;
    for (int i = 0; i < 4; ++i) {
        const bool right = i % 2 == 0;
        if (!right)
            missed.append(current().id);
        ASSERT_TRUE(m_quiz.check(right ? rightAnswer(current()) : wrongAnswer(current())).has_value());
    }
    EXPECT_TRUE(feedback.isEmpty());
    ASSERT_EQ(finished.size(), 1);
    const auto summary = finished.first().first().value<QuizSummary>();
    EXPECT_EQ(summary.correct, 2);
    EXPECT_FALSE(summary.passed);
    ASSERT_EQ(m_learner.exams().size(), 1);
    EXPECT_EQ(m_quiz.missed(), missed);
    EXPECT_FALSE(m_quiz.isRunning());

    ASSERT_TRUE(m_quiz.retryMissed());
    EXPECT_EQ(m_quiz.session()->mode(), QuizMode::Mistakes);
    EXPECT_EQ(m_quiz.session()->count(), 2);

    // "Again" repeats the exam begun from the start page, even after retrying its mistakes.
    EXPECT_TRUE(m_quiz.canStartAgain());
    ASSERT_TRUE(m_quiz.startAgain());
    EXPECT_EQ(m_quiz.session()->mode(), QuizMode::Exam);
    EXPECT_EQ(m_quiz.session()->count(), 4);

    m_quiz.close();
    EXPECT_EQ(m_quiz.session(), nullptr);
}

TEST_F(QuizControllerTest, a_failed_save_is_reported_and_the_quiz_goes_on)
{
    QSignalSpy failed(&m_quiz, &QuizController::saveFailed);
    QSignalSpy saved(&m_quiz, &QuizController::learnerDataChanged);
    QSignalSpy feedback(&m_quiz, &QuizController::feedbackReady);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Practice, 2)));
    m_learner.setFailingWrites(true);
    ASSERT_TRUE(m_quiz.check(wrongAnswer(current())).has_value());
    EXPECT_EQ(failed.size(), 1);
    EXPECT_TRUE(saved.isEmpty());
    EXPECT_EQ(feedback.size(), 1);
    EXPECT_EQ(m_quiz.mistakeCount(), 0) << "nothing saved, nothing counted";
    m_quiz.next();
    EXPECT_EQ(m_quiz.session()->position(), 1);
}

TEST_F(QuizControllerTest, a_flag_is_saved_and_counted_for_review)
{
    QSignalSpy flags(&m_quiz, &QuizController::flagChanged);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Practice, 2)));
    const QString id = current().id;
    m_quiz.toggleFlag();
    ASSERT_EQ(flags.size(), 1);
    EXPECT_TRUE(m_quiz.learnerState().flagged.contains(id));
    EXPECT_EQ(m_quiz.dueForReview().questions, 1);
    auto stored = m_learner.flaggedQuestions();
    ASSERT_TRUE(stored.ok());
    EXPECT_TRUE(stored->contains(id));
    m_quiz.toggleFlag();
    EXPECT_FALSE(m_quiz.learnerState().flagged.contains(id));
}

TEST_F(QuizControllerTest, an_exam_ends_when_its_time_is_up)
{
    QSignalSpy finished(&m_quiz, &QuizController::finished);
    QSignalSpy left(&m_quiz, &QuizController::timeLeftChanged);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Exam, 3), 60'000));
    ASSERT_TRUE(left.wait(2000)) << "the time left is told while it runs";
    m_clock.advanceMs(61'000);
    ASSERT_TRUE(finished.wait(2000));
    const auto summary = finished.first().first().value<QuizSummary>();
    EXPECT_TRUE(summary.timedOut);
    EXPECT_EQ(summary.correct, 0);
    EXPECT_EQ(summary.total, 3);
}

TEST_F(QuizControllerTest, ending_early_finishes_the_quiz)
{
    QSignalSpy finished(&m_quiz, &QuizController::finished);
    ASSERT_TRUE(m_quiz.start(options(QuizMode::Exam, 5)));
    ASSERT_TRUE(m_quiz.check(rightAnswer(current())).has_value());
    m_quiz.endEarly();
    ASSERT_EQ(finished.size(), 1);
    const auto summary = finished.first().first().value<QuizSummary>();
    EXPECT_TRUE(summary.endedEarly);
    EXPECT_EQ(summary.answered, 1);
    EXPECT_EQ(summary.total, 5);
    EXPECT_EQ(m_quiz.missed().size(), 4);
}

TEST_F(QuizControllerTest, nothing_to_ask_starts_nothing)
{
    EXPECT_FALSE(m_quiz.start(options(QuizMode::Mistakes, 0)));
    EXPECT_FALSE(m_quiz.startWith({ QStringLiteral("no-such-question") }, QuizMode::Practice));
    EXPECT_EQ(m_quiz.session(), nullptr);
}
