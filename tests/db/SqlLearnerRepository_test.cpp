// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/SqlLearnerRepository.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

const QDateTime T0(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

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

ReviewState dueIn(int days)
{
    ReviewState s;
    s.due = T0.addDays(days);
    s.intervalDays = days;
    s.ease = 2.6;
    s.repetitions = 1;
    return s;
}

class SqlLearnerRepositoryTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        m_repo = std::make_unique<SqlLearnerRepository>(m_db->connection());
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlLearnerRepository> m_repo;
};

} // namespace

TEST_F(SqlLearnerRepositoryTest, records_answers_with_their_review_state)
{
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q1", true, T0), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q2", true, T0), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q2", false, T0.addSecs(60)), dueIn(0)).ok());

    EXPECT_EQ(m_repo->attemptCount().value(), 3);
    const auto states = m_repo->reviewStates();
    ASSERT_TRUE(states.ok());
    ASSERT_EQ(states->size(), 2);
    EXPECT_EQ(states->value(QStringLiteral("q1")).due, T0.addDays(1));
    EXPECT_DOUBLE_EQ(states->value(QStringLiteral("q1")).ease, 2.6);
    EXPECT_EQ(states->value(QStringLiteral("q2")).due, T0) << "the latest state replaces the earlier one";

    const QSqlDatabase c = m_db->connection();
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT answer FROM attempts WHERE id = 1")).toString(),
              QStringLiteral("{\"assigned\":{\"x\":\"shared\"},\"chosen\":[\"a\",\"b\"]}"));
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT elapsed_ms FROM attempts WHERE id = 1")).toInt(), 2300);
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT mode FROM attempts WHERE id = 1")).toString(),
              QStringLiteral("practice"));
}

TEST_F(SqlLearnerRepositoryTest, keeps_running_totals_per_question_with_the_latest_answer)
{
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q1", true, T0), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q2", true, T0), dueIn(1)).ok());
    Attempt wrong = attempt("q2", false, T0.addSecs(60));
    wrong.answer = Answer { { QStringLiteral("c") }, {} };
    ASSERT_TRUE(m_repo->recordAttempt(wrong, dueIn(0)).ok());

    const auto stats = m_repo->itemStats();
    ASSERT_TRUE(stats.ok());
    ASSERT_EQ(stats->size(), 2);
    const ItemStats q2 = stats->value(QStringLiteral("q2"));
    EXPECT_EQ(q2.attempts, 2);
    EXPECT_EQ(q2.correct, 1);
    EXPECT_EQ(q2.wrong(), 1);
    EXPECT_FALSE(q2.lastCorrect) << "the latest answer counts";
    EXPECT_EQ(q2.lastAnsweredAt, T0.addSecs(60));
    EXPECT_EQ(q2.lastAnswer.chosen, QSet<QString> { QStringLiteral("c") });
    EXPECT_TRUE(stats->value(QStringLiteral("q1")).lastCorrect);
    EXPECT_EQ(stats->value(QStringLiteral("q1")).lastAnswer.assigned.value(QStringLiteral("x")),
              Party::Shared);
}

TEST_F(SqlLearnerRepositoryTest, counts_answers_per_local_day)
{
    const QDateTime day1 = QDateTime(QDate(2026, 11, 2), QTime(12, 0)).toUTC();
    const QDateTime day2 = QDateTime(QDate(2026, 11, 4), QTime(12, 0)).toUTC();
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q1", true, day1), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q2", false, day1.addSecs(5)), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q1", true, day2), dueIn(1)).ok());
    const auto days = m_repo->dailyActivity(QDate(2026, 11, 1));
    ASSERT_TRUE(days.ok());
    EXPECT_EQ(*days, (QList<DayActivity> { { QDate(2026, 11, 2), 2, 1 }, { QDate(2026, 11, 4), 1, 1 } }));
    EXPECT_EQ(m_repo->dailyActivity(QDate(2026, 11, 3))->size(), 1);
}

TEST_F(SqlLearnerRepositoryTest, schedules_glossary_terms_under_their_own_kind)
{
    ASSERT_TRUE(m_repo->recordAttempt(attempt("term:hypervisor", true, T0), dueIn(6)).ok());
    EXPECT_EQ(
        queryValue(m_db->connection(), QStringLiteral("SELECT item_kind || '/' || item_id FROM schedule"))
            .toString(),
        QStringLiteral("term/hypervisor"));
    const auto states = m_repo->reviewStates();
    ASSERT_TRUE(states.ok());
    EXPECT_EQ(states->keys(), QStringList { QStringLiteral("term:hypervisor") });
}

TEST_F(SqlLearnerRepositoryTest, keeps_the_best_exam_and_the_first_pass)
{
    EXPECT_EQ(m_repo->examRecord()->taken, 0);
    EXPECT_FALSE(m_repo->examRecord()->firstPassedAt.isValid());
    auto exam = [](int questions, int correct, const QDateTime& at) {
        return ExamResult {
            at, questions, correct, double(correct) / questions, correct == questions, 60000
        };
    };
    ASSERT_TRUE(m_repo->recordExam(exam(20, 15, T0)).ok());
    ASSERT_TRUE(m_repo->recordExam(exam(20, 20, T0.addDays(1))).ok());
    ASSERT_TRUE(m_repo->recordExam(exam(10, 10, T0.addDays(2))).ok());
    ASSERT_TRUE(m_repo->recordExam(exam(20, 18, T0.addDays(3))).ok());
    const auto record = m_repo->examRecord();
    ASSERT_TRUE(record.ok());
    EXPECT_EQ(record->taken, 4);
    EXPECT_EQ(record->best.correct, 20) << "of two perfect exams, the longer one is the best";
    EXPECT_EQ(record->best.questions, 20);
    EXPECT_EQ(record->firstPassedAt, T0.addDays(1));
}

TEST_F(SqlLearnerRepositoryTest, flags_questions_for_review)
{
    ASSERT_TRUE(m_repo->setFlagged(QStringLiteral("q1"), true).ok());
    ASSERT_TRUE(m_repo->setFlagged(QStringLiteral("q1"), true).ok()) << "flagging twice is harmless";
    ASSERT_TRUE(m_repo->setFlagged(QStringLiteral("q2"), true).ok());
    ASSERT_TRUE(m_repo->setFlagged(QStringLiteral("q2"), false).ok());
    EXPECT_EQ(m_repo->flaggedQuestions().value(), QSet<QString> { QStringLiteral("q1") });
}

TEST_F(SqlLearnerRepositoryTest, gives_back_every_attempt_oldest_first_as_recorded)
{
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q2", false, T0), dueIn(1)).ok());
    ASSERT_TRUE(m_repo->recordAttempt(attempt("q1", true, T0.addSecs(60)), dueIn(3)).ok());
    auto all = m_repo->attempts();
    ASSERT_TRUE(all.ok()) << all.errorMessage().toStdString();
    ASSERT_EQ(all->size(), 2);
    EXPECT_EQ(all->at(0).questionId, QStringLiteral("q2"));
    EXPECT_FALSE(all->at(0).correct);
    EXPECT_EQ(all->at(1).answeredAt, T0.addSecs(60));
    EXPECT_EQ(all->at(1).answer.chosen, (QSet<QString> { QStringLiteral("a"), QStringLiteral("b") }));
    EXPECT_EQ(all->at(1).answer.assigned.value(QStringLiteral("x")), Party::Shared);
    EXPECT_EQ(all->at(1).elapsedMs, 2300);
}

TEST_F(SqlLearnerRepositoryTest, keeps_one_note_per_place_and_an_empty_note_removes_it)
{
    const NoteTarget lesson = NoteTarget::lesson(QStringLiteral("intro"));
    const NoteTarget cell = NoteTarget::cell(QStringLiteral("guest-os"), QStringLiteral("ec2"));
    ASSERT_TRUE(m_repo->saveNote(lesson, QStringLiteral("First\r\nthought  \n\n")).ok());
    ASSERT_TRUE(m_repo->saveNote(cell, QStringLiteral("Patch it <b>yourself</b>")).ok());
    ASSERT_TRUE(m_repo->saveNote(lesson, QStringLiteral("Second thought")).ok());

    auto one = m_repo->note(lesson);
    ASSERT_TRUE(one.ok());
    ASSERT_TRUE(one->has_value());
    EXPECT_EQ((*one)->body, QStringLiteral("Second thought"));
    EXPECT_LE((*one)->createdAt, (*one)->updatedAt);
    EXPECT_EQ(queryValue(m_db->connection(), QStringLiteral("SELECT count(*) FROM notes")).toInt(), 2);

    auto all = m_repo->notes();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 2);
    const auto onCell = std::find_if(all->cbegin(), all->cend(),
                                     [](const Note& n) { return n.target.kind == NoteTargetKind::Cell; });
    ASSERT_NE(onCell, all->cend());
    EXPECT_EQ(onCell->target.cellLayer(), QStringLiteral("guest-os"));
    EXPECT_EQ(onCell->target.cellColumn(), QStringLiteral("ec2"));
    EXPECT_EQ(onCell->body, QStringLiteral("Patch it <b>yourself</b>")) << "notes are kept as written";

    ASSERT_TRUE(m_repo->saveNote(lesson, QStringLiteral(" \n ")).ok());
    EXPECT_FALSE(m_repo->note(lesson)->has_value());
    EXPECT_EQ(m_repo->notes()->size(), 1);
}

TEST_F(SqlLearnerRepositoryTest, refuses_a_note_that_is_too_long_and_keeps_the_old_one)
{
    const NoteTarget term = NoteTarget::term(QStringLiteral("hypervisor"));
    ASSERT_TRUE(m_repo->saveNote(term, QStringLiteral("short")).ok());
    const Status s = m_repo->saveNote(term, QString(MaximumNoteLength + 1, QLatin1Char('x')));
    EXPECT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("too long"))) << s.errorMessage().toStdString();
    EXPECT_EQ((*m_repo->note(term))->body, QStringLiteral("short"));
}

TEST_F(SqlLearnerRepositoryTest, bookmarks_anything_and_question_bookmarks_are_the_flags)
{
    ASSERT_TRUE(m_repo->setBookmarked(NoteTarget::layer(QStringLiteral("hypervisor")), true).ok());
    ASSERT_TRUE(m_repo->setBookmarked(NoteTarget::question(QStringLiteral("q7")), true).ok());
    ASSERT_TRUE(m_repo->setBookmarked(NoteTarget::question(QStringLiteral("q7")), true).ok());
    auto marks = m_repo->bookmarks();
    ASSERT_TRUE(marks.ok());
    EXPECT_EQ(marks->size(), 2);
    EXPECT_EQ(m_repo->flaggedQuestions().value(), QSet<QString> { QStringLiteral("q7") });
    EXPECT_TRUE(m_repo->isBookmarked(NoteTarget::layer(QStringLiteral("hypervisor"))).value());
    EXPECT_TRUE(m_repo->isBookmarked(NoteTarget::question(QStringLiteral("q7"))).value());
    EXPECT_FALSE(m_repo->isBookmarked(NoteTarget::lesson(QStringLiteral("q7"))).value())
        << "the kind counts, not only the id";
    ASSERT_TRUE(m_repo->setBookmarked(NoteTarget::layer(QStringLiteral("hypervisor")), false).ok());
    EXPECT_FALSE(m_repo->isBookmarked(NoteTarget::layer(QStringLiteral("hypervisor"))).value());
    EXPECT_EQ(m_repo->bookmarks()->size(), 1);
}

TEST_F(SqlLearnerRepositoryTest, keeps_the_lessons_read_with_when_each_was_first_opened)
{
    EXPECT_TRUE(m_repo->lessonsRead()->isEmpty()) << "nothing read at first";
    ASSERT_TRUE(m_repo->markLessonRead(QStringLiteral("of-and-in"), T0).ok());
    ASSERT_TRUE(m_repo->markLessonRead(QStringLiteral("iaas"), T0.addSecs(60)).ok());
    ASSERT_TRUE(m_repo->markLessonRead(QStringLiteral("of-and-in"), T0.addDays(3)).ok()) << "opened again";
    EXPECT_EQ(m_repo->lessonsRead().value(),
              (QSet<QString> { QStringLiteral("of-and-in"), QStringLiteral("iaas") }));
    EXPECT_EQ(test::queryValue(m_db->connection(),
                               QStringLiteral("SELECT read_at FROM lessons_read WHERE lesson_id = ?"),
                               { QStringLiteral("of-and-in") })
                  .toLongLong(),
              T0.toSecsSinceEpoch())
        << "the first opening is kept";
}

TEST_F(SqlLearnerRepositoryTest, keeps_the_presenter_deck_in_order_and_replaces_it_whole)
{
    EXPECT_TRUE(m_repo->presenterDeck()->isEmpty()) << "no deck saved at first";
    const QStringList three { QStringLiteral("stack ec2"), QStringLiteral("services ec2 rds"),
                              QStringLiteral("quiz q1") };
    ASSERT_TRUE(m_repo->savePresenterDeck(three).ok());
    EXPECT_EQ(m_repo->presenterDeck().value(), three);
    const QStringList two { QStringLiteral("matrix"), QStringLiteral("stack rds") };
    ASSERT_TRUE(m_repo->savePresenterDeck(two).ok());
    EXPECT_EQ(m_repo->presenterDeck().value(), two) << "a shorter deck leaves nothing of the longer one";
    ASSERT_TRUE(m_repo->savePresenterDeck({}).ok());
    EXPECT_TRUE(m_repo->presenterDeck()->isEmpty());
}

TEST_F(SqlLearnerRepositoryTest, a_deck_that_cannot_be_saved_leaves_the_saved_one_whole)
{
    const QStringList saved { QStringLiteral("stack ec2"), QStringLiteral("matrix") };
    ASSERT_TRUE(m_repo->savePresenterDeck(saved).ok());
    // The second row is refused after the old rows were deleted in the same transaction.
    test::execOrFail(
        m_db->connection(),
        QStringLiteral(
            "CREATE TEMP TRIGGER refuse_quiz BEFORE INSERT ON presenter_deck WHEN NEW.item = 'quiz q1' "
            "BEGIN SELECT RAISE(ABORT, 'refused'); END"));
    const Status s = m_repo->savePresenterDeck(
        { QStringLiteral("areas"), QStringLiteral("quiz q1"), QStringLiteral("matrix") });
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.errorMessage().contains(QStringLiteral("INSERT INTO presenter_deck")))
        << s.errorMessage().toStdString();
    EXPECT_EQ(m_repo->presenterDeck().value(), saved);
}

TEST(SqlLearnerRepository, the_presenter_deck_is_there_when_the_database_is_opened_again)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deck.sqlite"));
    const QStringList deck { QStringLiteral("compare ec2 rds"), QStringLiteral("areas") };
    {
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok());
        ASSERT_TRUE(SqlLearnerRepository((*db)->connection()).savePresenterDeck(deck).ok());
    }
    auto again = Database::open(file);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(SqlLearnerRepository((*again)->connection()).presenterDeck().value(), deck);
}

TEST(SqlLearnerRepository, a_recorded_answer_is_on_disk_when_the_call_returns)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("learner.sqlite"));
    auto writer = Database::open(file);
    ASSERT_TRUE(writer.ok());
    SqlLearnerRepository repo((*writer)->connection());
    const Status recorded = repo.recordAttempt(attempt("q1", true, QDateTime::currentDateTimeUtc()),
                                               ReviewState { QDateTime::currentDateTimeUtc(), 1, 2.5, 1, 0 });
    ASSERT_TRUE(recorded.ok()) << recorded.errorMessage().toStdString();
    // A second connection, as another process would have, sees the committed answer at once.
    auto reader = Database::open(file);
    ASSERT_TRUE(reader.ok());
    EXPECT_EQ(SqlLearnerRepository((*reader)->connection()).attemptCount().value(), 1);
    EXPECT_EQ(SqlLearnerRepository((*reader)->connection()).itemStats()->value(QStringLiteral("q1")).attempts,
              1);
}

TEST(SqlLearnerRepository, the_totals_are_filled_from_answers_recorded_before_they_existed)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto old = Database::openAtVersion(file, 7);
        ASSERT_TRUE(old.ok()) << old.errorMessage().toStdString();
        const QSqlDatabase c = (*old)->connection();
        for (const char* row :
             { "('q1', '2026-10-01T10:00:00.000Z', 'practice', '{\"chosen\":[\"a\"]}', 1, 1)",
               "('q1', '2026-10-02T10:00:00.000Z', 'exam', '{\"chosen\":[\"b\"]}', 0, 0)",
               "('q2', '2026-10-02T11:00:00.000Z', 'exam', '{\"chosen\":[\"a\"]}', 1, 1)" }) {
            test::execOrFail(
                c,
                QStringLiteral(
                    "INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct) VALUES ")
                    + QLatin1String(row));
        }
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    SqlLearnerRepository repo((*db)->connection());
    const auto stats = repo.itemStats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->value(QStringLiteral("q1")).attempts, 2);
    EXPECT_EQ(stats->value(QStringLiteral("q1")).correct, 1);
    EXPECT_FALSE(stats->value(QStringLiteral("q1")).lastCorrect);
    EXPECT_EQ(stats->value(QStringLiteral("q1")).lastAnswer.chosen, QSet<QString> { QStringLiteral("b") });
    EXPECT_TRUE(stats->value(QStringLiteral("q2")).lastCorrect);
    const auto days = repo.dailyActivity(QDate(2026, 9, 1));
    ASSERT_TRUE(days.ok());
    int total = 0;
    for (const DayActivity& d : *days)
        total += d.attempts;
    EXPECT_EQ(total, 3);
}

TEST(QuizModeIds, round_trip)
{
    for (QuizMode m : { QuizMode::Practice, QuizMode::Exam, QuizMode::Mistakes, QuizMode::Review })
        EXPECT_EQ(quizModeFromId(quizModeId(m)), m);
    EXPECT_FALSE(quizModeFromId(QStringLiteral("quiz")).has_value());
}

TEST_F(SqlLearnerRepositoryTest, a_last_answer_reads_the_same_in_every_form_json_allows)
{
    // As the app writes it (read without a JSON parser), another member order, and forms only the
    // JSON parser reads (spaces, escapes): all give the same answer.
    const QStringList forms {
        QStringLiteral(R"({"assigned":{"a":"aws","b":"customer"},"chosen":["c","d"]})"),
        QStringLiteral(R"({"chosen":["c","d"],"assigned":{"a":"aws","b":"customer"}})"),
        QStringLiteral(R"({ "assigned": {"a": "aws", "b": "customer"}, "chosen": ["c", "d"] })"),
        QStringLiteral(R"({"assigned":{"\u0061":"aws","b":"customer"},"chosen":["c","\u0064"]})"),
    };
    for (int i = 0; i < forms.size(); ++i) {
        test::execOrFail(m_db->connection(),
                         QStringLiteral("INSERT INTO item_stats (item_id, attempts, correct, last_correct, "
                                        "last_answered_at, last_answer) VALUES (?, 1, 0, 0, "
                                        "'2026-01-31T08:05:09.123Z', ?)"),
                         { QStringLiteral("q%1").arg(i), forms.at(i) });
    }
    const auto stats = m_repo->itemStats();
    ASSERT_TRUE(stats.ok()) << stats.errorMessage().toStdString();
    for (int i = 0; i < forms.size(); ++i) {
        SCOPED_TRACE(forms.at(i).toStdString());
        const ItemStats s = stats->value(QStringLiteral("q%1").arg(i));
        EXPECT_EQ(s.lastAnswer.chosen, (QSet<QString> { QStringLiteral("c"), QStringLiteral("d") }));
        EXPECT_EQ(s.lastAnswer.assigned.value(QStringLiteral("a")), Party::Aws);
        EXPECT_EQ(s.lastAnswer.assigned.value(QStringLiteral("b")), Party::Customer);
        EXPECT_EQ(s.lastAnswer.assigned.size(), 2);
        EXPECT_EQ(s.lastAnsweredAt, QDateTime(QDate(2026, 1, 31), QTime(8, 5, 9, 123), Qt::UTC));
    }
}
