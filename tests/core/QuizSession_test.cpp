// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/QuizSession.h"

#include "support/QtPrinters.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class FakeClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
};

Question single(const char* id, const char* topic)
{
    Question q;
    q.id = QLatin1String(id);
    q.topic = QLatin1String(topic);
    q.type = QuestionType::Single;
    q.choices = { { QStringLiteral("a"), QStringLiteral("A"), true, std::nullopt, QStringLiteral("yes") },
                  { QStringLiteral("b"), QStringLiteral("B"), false, std::nullopt, QStringLiteral("no") },
                  { QStringLiteral("c"), QStringLiteral("C"), false, std::nullopt, QStringLiteral("no") } };
    return q;
}

Answer pick(const char* id) { return Answer { { QLatin1String(id) }, {} }; }

QStringList ids(const QList<Question>& qs)
{
    QStringList out;
    for (const Question& q : qs)
        out.append(q.id);
    return out;
}

const QList<Question> Bank { single("q1", "basics"), single("q2", "basics"), single("q3", "aws-side"), single("q4", "aws-side") };

} // namespace

TEST(SelectQuestions, practice_and_exam_take_the_whole_bank_in_a_seeded_order)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    const auto a = selectQuestions(QuizMode::Exam, Bank, {}, {}, scheduler, 7);
    const auto b = selectQuestions(QuizMode::Exam, Bank, {}, {}, scheduler, 7);
    EXPECT_EQ(ids(a), ids(b));
    EXPECT_EQ(a.size(), Bank.size());
    QStringList sorted = ids(a);
    sorted.sort();
    EXPECT_EQ(sorted, ids(Bank));
    bool anyShuffled = false;
    for (quint32 seed = 1; seed < 20 && !anyShuffled; ++seed)
        anyShuffled = ids(selectQuestions(QuizMode::Practice, Bank, {}, {}, scheduler, seed)) != ids(Bank);
    EXPECT_TRUE(anyShuffled);
}

TEST(SelectQuestions, mistakes_takes_only_questions_last_answered_wrongly)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    const QHash<QString, bool> last { { QStringLiteral("q1"), true }, { QStringLiteral("q2"), false }, { QStringLiteral("q4"), false } };
    QStringList got = ids(selectQuestions(QuizMode::Mistakes, Bank, last, {}, scheduler, 1));
    got.sort();
    EXPECT_EQ(got, (QStringList { QStringLiteral("q2"), QStringLiteral("q4") }));
}

TEST(SelectQuestions, review_takes_only_questions_that_are_due)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    ReviewState due;
    due.due = clock.now().addSecs(-60);
    ReviewState later;
    later.due = clock.now().addDays(3);
    const QHash<QString, ReviewState> states { { QStringLiteral("q1"), due }, { QStringLiteral("q3"), later } };
    EXPECT_EQ(ids(selectQuestions(QuizMode::Review, Bank, {}, states, scheduler, 1)), QStringList { QStringLiteral("q1") });
}

TEST(QuizSession, grades_answers_and_reports_each_outcome)
{
    FakeClock clock;
    QuizSession session(QuizMode::Practice, Bank, clock);
    QSignalSpy answered(&session, &QuizSession::answered);
    ASSERT_EQ(session.count(), 4);
    EXPECT_TRUE(session.showsFeedbackAtOnce());
    clock.m_now = clock.m_now.addMSecs(1500);
    const auto outcome = session.answer(pick("a"));
    ASSERT_TRUE(outcome.has_value());
    EXPECT_TRUE(outcome->grade.correct);
    EXPECT_EQ(outcome->elapsedMs, 1500);
    EXPECT_EQ(answered.count(), 1);
    EXPECT_FALSE(session.answer(pick("b")).has_value()) << "an answered question cannot be answered again";
    EXPECT_TRUE(session.isAnswered());
    session.next();
    EXPECT_EQ(session.position(), 1);
    EXPECT_FALSE(session.isAnswered());
}

TEST(QuizSession, an_exam_passes_only_at_100_percent_with_a_topic_breakdown)
{
    FakeClock clock;
    QuizSession session(QuizMode::Exam, Bank, clock);
    QSignalSpy finished(&session, &QuizSession::finished);
    EXPECT_FALSE(session.showsFeedbackAtOnce());
    for (const char* choice : { "a", "a", "b", "a" }) {
        session.answer(pick(choice));
        session.next();
    }
    ASSERT_TRUE(session.isFinished());
    ASSERT_EQ(finished.count(), 1);
    const QuizSummary s = session.summary();
    EXPECT_EQ(s.total, 4);
    EXPECT_EQ(s.correct, 3);
    EXPECT_FALSE(s.passed);
    EXPECT_DOUBLE_EQ(s.score, 0.75);
    ASSERT_EQ(s.topics.size(), 2);
    EXPECT_EQ(s.topics.at(0).topic, QStringLiteral("basics"));
    EXPECT_EQ(s.topics.at(0).correct, 2);
    EXPECT_EQ(s.topics.at(1).correct, 1);
    ASSERT_EQ(s.missed.size(), 1);
    EXPECT_EQ(s.missed.first().questionId, QStringLiteral("q3"));

    QuizSession perfect(QuizMode::Exam, Bank, clock);
    while (!perfect.isFinished()) {
        perfect.answer(pick("a"));
        perfect.next();
    }
    EXPECT_TRUE(perfect.summary().passed);
}

TEST(QuizSession, skipping_a_question_counts_as_wrong)
{
    FakeClock clock;
    QuizSession session(QuizMode::Exam, Bank, clock);
    session.next();
    ASSERT_EQ(session.outcomes().size(), 1);
    EXPECT_FALSE(session.outcomes().first().grade.correct);
}

TEST(QuizSession, a_question_without_choices_is_skipped_not_shown)
{
    FakeClock clock;
    Question broken = single("broken", "basics");
    broken.choices.clear();
    QuizSession session(QuizMode::Practice, { broken, single("q1", "basics") }, clock);
    EXPECT_EQ(session.count(), 1);
    EXPECT_EQ(session.current().id, QStringLiteral("q1"));
}
