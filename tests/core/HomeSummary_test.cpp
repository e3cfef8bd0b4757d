// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/HomeSummary.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QDate Today(2026, 12, 7);

TopicMastery topic(const char* id, int questions, int mastered)
{
    TopicMastery t;
    t.topic = QLatin1String(id);
    t.title = QLatin1String(id);
    t.questions = questions;
    t.answered = mastered;
    t.mastered = mastered;
    return t;
}

/** @p answers per day, oldest first, ending today. */
QList<DayActivity> days(std::initializer_list<int> answers)
{
    QList<DayActivity> out;
    QDate day = Today.addDays(1 - qsizetype(answers.size()));
    for (int n : answers) {
        out.append(DayActivity { day, n, n });
        day = day.addDays(1);
    }
    return out;
}

HomeInput input()
{
    HomeInput in;
    in.lessonIds = { QStringLiteral("l1"), QStringLiteral("l2"), QStringLiteral("l3") };
    in.progress.topics = { topic("a", 10, 10), topic("b", 20, 5), topic("c", 8, 1) };
    in.progress.days = days({ 0, 0, 0 });
    in.dailyGoal = 10;
    return in;
}

} // namespace

TEST(HomeSummary, a_new_learner_starts_with_the_first_lesson)
{
    HomeInput in = input();
    const HomeSummary s = summarizeHome(in);
    EXPECT_TRUE(s.newLearner);
    EXPECT_EQ(s.next, NextStep::StartHere);
    EXPECT_EQ(s.lessonId, QStringLiteral("l1"));
    EXPECT_EQ(s.lessonNumber, 1);
    EXPECT_EQ(s.lessonCount, 3);
    EXPECT_EQ(s.lessonsRead, 0);
}

TEST(HomeSummary, goes_on_with_the_lesson_last_open_or_the_first_not_read)
{
    HomeInput in = input();
    in.lessonsRead = { QStringLiteral("l1"), QStringLiteral("l2") };
    HomeSummary s = summarizeHome(in);
    EXPECT_FALSE(s.newLearner);
    EXPECT_EQ(s.lessonId, QStringLiteral("l3"));
    EXPECT_EQ(s.lessonNumber, 3);
    EXPECT_EQ(s.lessonsRead, 2);
    in.currentLesson = QStringLiteral("l2");
    s = summarizeHome(in);
    EXPECT_EQ(s.lessonId, QStringLiteral("l2")) << "where the learner was";
    in.lessonsRead.insert(QStringLiteral("gone")); // a lesson no longer in the course
    EXPECT_EQ(summarizeHome(in).lessonsRead, 2);
}

TEST(HomeSummary, the_next_step_is_review_then_the_weakest_topic_then_the_exam)
{
    HomeInput in = input();
    in.progress.attempts = 16;
    in.progress.dueQuestions = 3;
    in.progress.dueTerms = 2;
    HomeSummary s = summarizeHome(in);
    EXPECT_EQ(s.due, 5);
    EXPECT_EQ(s.next, NextStep::Review);
    in.progress.dueQuestions = 0;
    s = summarizeHome(in);
    EXPECT_EQ(s.next, NextStep::PracticeWeakest) << "terms alone due do not outrank the weakest topic";
    EXPECT_EQ(s.nextTopic, QStringLiteral("c")) << "1 of 8 is the smallest share";
    in.progress.topics = { topic("a", 10, 10), topic("b", 20, 20) };
    EXPECT_EQ(summarizeHome(in).next, NextStep::TakeExam);
    in.progress.exams.firstPassedAt = QDateTime(Today, QTime(10, 0));
    s = summarizeHome(in);
    EXPECT_EQ(s.next, NextStep::KeepFresh);
    EXPECT_EQ(s.examPassedAt, in.progress.exams.firstPassedAt);
}

TEST(HomeSummary, the_streak_counts_days_in_a_row_that_met_the_goal)
{
    HomeInput in = input();
    in.progress.days = days({ 12, 3, 10, 11, 4 });
    HomeSummary s = summarizeHome(in);
    EXPECT_EQ(s.answeredToday, 4);
    EXPECT_EQ(s.streak, 2) << "today not met yet: the two days before it";
    in.progress.days = days({ 12, 3, 10, 11, 10 });
    EXPECT_EQ(summarizeHome(in).streak, 3) << "today met: it counts";
    in.progress.days = days({ 12, 3, 10, 2, 0 });
    EXPECT_EQ(summarizeHome(in).streak, 0) << "yesterday missed: the streak is broken";
    in.dailyGoal = 2;
    EXPECT_EQ(summarizeHome(in).streak, 4) << "a smaller goal: met on 4 days before today";
}

namespace {

QuizOutcome missed(const char* question, const char* topicId)
{
    QuizOutcome o;
    o.questionId = QLatin1String(question);
    o.topic = QLatin1String(topicId);
    return o;
}

Question inLesson(const char* id, const char* lesson)
{
    Question q;
    q.id = QLatin1String(id);
    q.lesson = QLatin1String(lesson);
    return q;
}

} // namespace

TEST(AfterQuiz, one_step_follows_a_quiz)
{
    const QList<Question> bank = { inLesson("q1", "l-a"), inLesson("q2", "l-b"), inLesson("q3", {}) };
    QuizSummary exam;
    exam.mode = QuizMode::Exam;
    exam.total = 10;
    exam.correct = 10;
    exam.passed = true;
    EXPECT_EQ(suggestAfterQuiz(exam, bank).kind, AfterQuiz::Kind::Celebrate);

    QuizSummary round;
    round.total = 10;
    round.correct = 10;
    EXPECT_EQ(suggestAfterQuiz(round, bank).kind, AfterQuiz::Kind::TakeExam) << "all right: the exam";

    // Two of six wrong, spread: retry them.
    round.correct = 8;
    round.topics = { TopicScore { QStringLiteral("a"), 4, 5 }, TopicScore { QStringLiteral("b"), 4, 5 } };
    round.missed = { missed("q1", "a"), missed("q2", "b") };
    EXPECT_EQ(suggestAfterQuiz(round, bank).kind, AfterQuiz::Kind::RetryMistakes);

    // Most of topic b wrong: its lesson first.
    round.topics = { TopicScore { QStringLiteral("a"), 4, 5 }, TopicScore { QStringLiteral("b"), 1, 4 } };
    const AfterQuiz read = suggestAfterQuiz(round, bank);
    EXPECT_EQ(read.kind, AfterQuiz::Kind::ReadLesson);
    EXPECT_EQ(read.topic, QStringLiteral("b"));
    EXPECT_EQ(read.lessonId, QStringLiteral("l-b"));
    EXPECT_EQ(read.topicCorrect, 1);
    EXPECT_EQ(read.topicTotal, 4);

    // A weak topic whose missed question has no lesson: retry instead.
    round.missed = { missed("q1", "a"), missed("q3", "b") };
    EXPECT_EQ(suggestAfterQuiz(round, bank).kind, AfterQuiz::Kind::RetryMistakes);
}
