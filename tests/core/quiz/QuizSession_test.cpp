// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/LearnerRepository.h"
#include "core/quiz/QuizSession.h"

#include "support/FakeClock.h"
#include "support/QtPrinters.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::FakeClock;

namespace {

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

ItemStats lastAnswer(bool correct)
{
    ItemStats s;
    s.attempts = 1;
    s.correct = correct ? 1 : 0;
    s.lastCorrect = correct;
    return s;
}

QuizOptions options(QuizMode mode, quint32 seed = 1)
{
    QuizOptions o;
    o.mode = mode;
    o.seed = seed;
    return o;
}

const QList<Question> Bank { single("q1", "basics"), single("q2", "basics"), single("q3", "aws-side"),
                             single("q4", "aws-side") };

} // namespace

TEST(SelectQuestions, practice_and_exam_take_the_whole_bank_in_a_seeded_order)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    const auto a = selectQuestions(options(QuizMode::Exam, 7), Bank, {}, {}, scheduler);
    const auto b = selectQuestions(options(QuizMode::Exam, 7), Bank, {}, {}, scheduler);
    EXPECT_EQ(ids(a), ids(b));
    EXPECT_EQ(a.size(), Bank.size());
    QStringList sorted = ids(a);
    sorted.sort();
    EXPECT_EQ(sorted, ids(Bank));
    bool anyShuffled = false;
    for (quint32 seed = 1; seed < 20 && !anyShuffled; ++seed)
        anyShuffled =
            ids(selectQuestions(options(QuizMode::Practice, seed), Bank, {}, {}, scheduler)) != ids(Bank);
    EXPECT_TRUE(anyShuffled);
}

TEST(SelectQuestions, mistakes_takes_only_questions_last_answered_wrongly)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    LearnerState learner;
    learner.stats = { { QStringLiteral("q1"), lastAnswer(true) },
                      { QStringLiteral("q2"), lastAnswer(false) },
                      { QStringLiteral("q4"), lastAnswer(false) } };
    QStringList got = ids(selectQuestions(options(QuizMode::Mistakes), Bank, {}, learner, scheduler));
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
    LearnerState learner;
    learner.reviews = { { QStringLiteral("q1"), due }, { QStringLiteral("q3"), later } };
    EXPECT_EQ(ids(selectQuestions(options(QuizMode::Review), Bank, {}, learner, scheduler)),
              QStringList { QStringLiteral("q1") });
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

TEST(QuizSession, a_skipped_question_is_not_right_and_not_an_answer)
{
    FakeClock clock;
    QuizSession session(QuizMode::Exam, Bank, clock);
    QSignalSpy answered(&session, &QuizSession::answered);
    session.next();
    ASSERT_EQ(session.outcomes().size(), 1);
    EXPECT_TRUE(session.outcomes().first().skipped);
    EXPECT_FALSE(session.outcomes().first().grade.correct);
    EXPECT_EQ(answered.count(), 0) << "no answer was given";
    while (!session.isFinished()) {
        session.answer(pick("a"));
        session.next();
    }
    const QuizSummary s = session.summary();
    EXPECT_EQ(s.skipped, 1);
    EXPECT_EQ(s.answered, 3);
    EXPECT_EQ(s.total, 4);
    EXPECT_FALSE(s.passed);
    ASSERT_FALSE(s.missed.isEmpty());
    EXPECT_TRUE(s.missed.first().skipped);
}

TEST(QuizSession, an_exam_ended_early_counts_the_rest_as_not_answered_and_is_not_passed)
{
    FakeClock clock;
    QuizSession session(QuizMode::Exam, Bank, clock);
    QSignalSpy finished(&session, &QuizSession::finished);
    for (int i = 0; i < 3; ++i) {
        session.answer(pick("a"));
        session.next();
    }
    session.answer(pick("a")); // answered, not yet moved on: it counts
    session.endEarly();
    ASSERT_TRUE(session.isFinished());
    ASSERT_EQ(finished.count(), 1);
    QuizSummary s = session.summary();
    EXPECT_TRUE(s.endedEarly);
    EXPECT_EQ(s.total, 4);
    EXPECT_EQ(s.answered, 4);
    EXPECT_FALSE(s.passed) << "ended early is never passed, even with every answer right";

    QuizSession early(QuizMode::Exam, Bank, clock);
    early.answer(pick("a"));
    early.next();
    early.endEarly();
    s = early.summary();
    EXPECT_EQ(s.total, 4) << "the exam keeps its length";
    EXPECT_EQ(s.answered, 1);
    EXPECT_EQ(s.correct, 1);
    EXPECT_FALSE(s.passed);
    ASSERT_EQ(s.missed.size(), 3);
    for (const QuizOutcome& o : s.missed)
        EXPECT_TRUE(o.notReached);
    early.endEarly(); // twice is once
    EXPECT_EQ(early.outcomes().size(), 4);
}

TEST(QuizSession, a_practice_quiz_ended_early_sums_up_what_was_answered)
{
    FakeClock clock;
    QuizSession session(QuizMode::Practice, Bank, clock);
    session.answer(pick("a"));
    session.next();
    session.answer(pick("b"));
    session.endEarly();
    const QuizSummary s = session.summary();
    EXPECT_TRUE(s.endedEarly);
    EXPECT_EQ(s.total, 2);
    EXPECT_EQ(s.correct, 1);
    EXPECT_EQ(s.missed.size(), 1);
}

TEST(QuizResults, are_said_the_same_way_everywhere_and_never_round_up_to_a_pass)
{
    EXPECT_EQ(percentRight(7, 10), 70);
    EXPECT_EQ(percentRight(1, 10), 10);
    EXPECT_EQ(percentRight(249, 250), 99);
    EXPECT_EQ(percentRight(250, 250), 100);
    EXPECT_EQ(percentRight(0, 0), 0);
    EXPECT_EQ(rightOutOf(7, 10), QStringLiteral("7 of 10 right (70 %)"));
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

TEST(SelectQuestions, topics_and_a_limit_narrow_the_quiz)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    QuizOptions o = options(QuizMode::Exam);
    o.topics = { QStringLiteral("aws-side") };
    QStringList got = ids(selectQuestions(o, Bank, {}, {}, scheduler));
    got.sort();
    EXPECT_EQ(got, (QStringList { QStringLiteral("q3"), QStringLiteral("q4") }));
    o.topics.clear();
    o.limit = 3;
    EXPECT_EQ(selectQuestions(o, Bank, {}, {}, scheduler).size(), 3);
}

TEST(SelectQuestions, review_adds_flagged_questions_and_glossary_terms)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    const QList<GlossaryTerm> glossary {
        { QStringLiteral("hypervisor"),
          QStringLiteral("Hypervisor"),
          {},
          QStringLiteral("Runs virtual machines."),
          {} },
        { QStringLiteral("security-group"),
          QStringLiteral("Security group"),
          {},
          QStringLiteral("A virtual firewall."),
          {} },
        { QStringLiteral("region"),
          QStringLiteral("Region"),
          {},
          QStringLiteral("A place with several zones."),
          {} },
    };
    LearnerState learner;
    learner.flagged = { QStringLiteral("q4") };
    ReviewState later;
    later.due = clock.now().addDays(2);
    ReviewState due;
    due.due = clock.now().addSecs(-1);
    learner.reviews = { { QStringLiteral("term:hypervisor"), later },
                        { QStringLiteral("term:region"), due } };
    QuizOptions o = options(QuizMode::Review);
    o.newTerms = 1;
    QStringList got = ids(selectQuestions(o, Bank, glossary, learner, scheduler));
    got.sort();
    // q4 is flagged; the region term is due; security-group is new (one new term allowed); hypervisor waits.
    EXPECT_EQ(got,
              (QStringList { QStringLiteral("q4"), QStringLiteral("term:region"),
                             QStringLiteral("term:security-group") }));

    // Counted without making the questions, the same: one question (flagged), two terms.
    ReviewState questionDue;
    questionDue.due = clock.now().addSecs(-5);
    learner.reviews.insert(QStringLiteral("q1"), questionDue); // due, and in the bank
    learner.reviews.insert(QStringLiteral("gone"), questionDue); // due, but the course lost it
    learner.flagged.insert(QStringLiteral("q1")); // flagged and due: once
    const ReviewCount count = countReview(Bank, glossary, learner, scheduler, 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"gone\"")));
    const QList<Question> picked = selectQuestions(o, Bank, glossary, learner, scheduler);
    EXPECT_EQ(count.questions, 2);
    EXPECT_EQ(count.terms, 2);
    EXPECT_EQ(count.questions + count.terms, picked.size());
}

TEST(SelectQuestions, history_naming_questions_the_course_lost_is_skipped_with_a_warning)
{
    FakeClock clock;
    const ReviewScheduler scheduler(clock);
    LearnerState learner;
    learner.stats = { { QStringLiteral("retired"), lastAnswer(false) },
                      { QStringLiteral("q2"), lastAnswer(false) } };
    learner.flagged = { QStringLiteral("also-retired") };
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"retired\".*not in the course")));
    EXPECT_EQ(ids(selectQuestions(options(QuizMode::Mistakes), Bank, {}, learner, scheduler)),
              QStringList { QStringLiteral("q2") });
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("\"also-retired\".*not in the course")));
    EXPECT_TRUE(selectQuestions(options(QuizMode::Review), Bank, {}, learner, scheduler).isEmpty());
}

TEST(QuizSession, a_time_limit_ends_the_quiz_and_counts_what_was_not_reached_as_wrong)
{
    FakeClock clock;
    QuizSession session(QuizMode::Exam, Bank, clock);
    QSignalSpy finished(&session, &QuizSession::finished);
    EXPECT_EQ(session.remainingMs(), -1) << "no limit unless asked for";
    session.setTimeLimit(60000);
    EXPECT_EQ(session.remainingMs(), 60000);
    session.answer(pick("a"));
    session.next();
    clock.m_now = clock.m_now.addSecs(30);
    EXPECT_EQ(session.remainingMs(), 30000);
    EXPECT_FALSE(session.finishIfTimeUp());
    clock.m_now = clock.m_now.addSecs(31);
    EXPECT_FALSE(session.answer(pick("a")).has_value()) << "no answers after the time is up";
    ASSERT_TRUE(session.isFinished());
    ASSERT_EQ(finished.count(), 1);
    const QuizSummary s = session.summary();
    EXPECT_TRUE(s.timedOut);
    EXPECT_EQ(s.correct, 1);
    EXPECT_EQ(s.total, 4);
    EXPECT_FALSE(s.passed);
    ASSERT_EQ(s.missed.size(), 3);
    EXPECT_TRUE(s.missed.first().notReached);
}

TEST(QuizSession, flags_are_kept_and_reported)
{
    FakeClock clock;
    QuizSession session(QuizMode::Practice, Bank, clock);
    session.restoreFlags({ QStringLiteral("q2") });
    QSignalSpy changed(&session, &QuizSession::flagChanged);
    session.setFlagged(QStringLiteral("q1"), true);
    session.setFlagged(QStringLiteral("q1"), true);
    session.setFlagged(QStringLiteral("q2"), false);
    ASSERT_EQ(changed.count(), 2) << "only changes are announced";
    EXPECT_TRUE(session.isFlagged(QStringLiteral("q1")));
    EXPECT_EQ(session.summary().flagged, QStringList { QStringLiteral("q1") });
}
