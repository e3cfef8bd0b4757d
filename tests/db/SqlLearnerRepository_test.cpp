// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/SqlLearnerRepository.h"

#include "DbTestSupport.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

Attempt attempt(const char* question, bool correct, const QDateTime& at)
{
    Attempt a;
    a.questionId = QLatin1String(question);
    a.mode = QuizMode::Practice;
    a.answeredAt = at;
    a.answer.chosen = { QStringLiteral("b"), QStringLiteral("a") };
    a.answer.assigned = { { QStringLiteral("x"), Party::Shared } };
    a.score = correct ? 1 : 0;
    a.correct = correct;
    a.elapsedMs = 2300;
    return a;
}

} // namespace

TEST(SqlLearnerRepository, records_answers_with_their_review_state)
{
    auto db = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.ok());
    SqlLearnerRepository repo((*db)->connection());
    const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    ReviewState next;
    next.due = t0.addDays(1);
    next.intervalDays = 1;
    next.ease = 2.6;
    next.repetitions = 1;
    ASSERT_TRUE(repo.recordAttempt(attempt("q1", true, t0), next).ok());
    ASSERT_TRUE(repo.recordAttempt(attempt("q2", true, t0), next).ok());
    ASSERT_TRUE(repo.recordAttempt(attempt("q2", false, t0.addSecs(60)), next).ok());

    EXPECT_EQ(repo.attemptCount().value(), 3);
    const auto last = repo.lastAnswerCorrect();
    ASSERT_TRUE(last.ok());
    EXPECT_TRUE(last->value(QStringLiteral("q1")));
    EXPECT_FALSE(last->value(QStringLiteral("q2"))) << "the latest answer counts";
    const auto states = repo.reviewStates();
    ASSERT_TRUE(states.ok());
    ASSERT_EQ(states->size(), 2);
    EXPECT_EQ(states->value(QStringLiteral("q1")).due, t0.addDays(1));
    EXPECT_DOUBLE_EQ(states->value(QStringLiteral("q1")).ease, 2.6);

    const QSqlDatabase c = (*db)->connection();
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT answer FROM attempts WHERE id = 1")).toString(),
              QStringLiteral("{\"assigned\":{\"x\":\"shared\"},\"chosen\":[\"a\",\"b\"]}"));
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT elapsed_ms FROM attempts WHERE id = 1")).toInt(), 2300);
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT mode FROM attempts WHERE id = 1")).toString(), QStringLiteral("practice"));
}

TEST(SqlLearnerRepository, a_recorded_answer_is_on_disk_when_the_call_returns)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("learner.sqlite"));
    auto writer = Database::open(file);
    ASSERT_TRUE(writer.ok());
    SqlLearnerRepository repo((*writer)->connection());
    ASSERT_TRUE(repo.recordAttempt(attempt("q1", true, QDateTime::currentDateTimeUtc()), ReviewState { QDateTime::currentDateTimeUtc(), 1, 2.5, 1, 0 }).ok());
    // A second connection, as another process would have, sees the committed answer at once.
    auto reader = Database::open(file);
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(SqlLearnerRepository((*reader)->connection()).attemptCount().value(), 1);
}

TEST(QuizModeIds, round_trip)
{
    for (QuizMode m : { QuizMode::Practice, QuizMode::Exam, QuizMode::Mistakes, QuizMode::Review })
        EXPECT_EQ(quizModeFromId(quizModeId(m)), m);
    EXPECT_FALSE(quizModeFromId(QStringLiteral("quiz")).has_value());
}
