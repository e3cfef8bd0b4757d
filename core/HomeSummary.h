// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LearnerRepository.h"
#include "Progress.h"
#include "core/quiz/QuizSession.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace demarc {

/** What the Home view suggests doing next. */
enum class NextStep {
    StartHere, ///< nothing read or answered yet: the first lesson, then a short check
    Review, ///< questions or terms are due for review
    PracticeWeakest, ///< a topic is not mastered yet: the one with the smallest share mastered
    TakeExam, ///< every topic is mastered and no exam is passed yet
    KeepFresh, ///< all mastered and an exam passed: keep it fresh with the mistakes or a practice round
};

/** What the Home view shows, worked out from the learner's progress and the lessons read. */
struct HomeSummary
{
    /** Nothing answered and no lesson read. */
    bool newLearner = true;
    /** The lesson to go on with: the one last open, else the first not read; its number from 1. */
    QString lessonId;
    int lessonNumber = 0;
    int lessonsRead = 0;
    int lessonCount = 0;
    /** Questions and glossary terms due for review now. */
    int due = 0;
    int answeredToday = 0;
    int dailyGoal = 0;
    /** Days in a row, up to today, on which the daily goal was met; today counts once it is met. */
    int streak = 0;
    QList<TopicMastery> topics;
    NextStep next = NextStep::StartHere;
    /** For PracticeWeakest: the topic. */
    QString nextTopic;
    /** When the learner first passed an exam at 100 %; invalid when never. */
    QDateTime examPassedAt;
};

struct HomeInput
{
    ProgressReport progress;
    /** The lessons in reading order. */
    QStringList lessonIds;
    QSet<QString> lessonsRead;
    /** The lesson last open in the Lessons view (empty when none). */
    QString currentLesson;
    int dailyGoal = 10;
};

/** The one action a quiz's summary suggests. */
struct AfterQuiz
{
    enum class Kind {
        Celebrate, ///< an exam passed at 100 %
        ReadLesson, ///< most answers on one topic wrong: its lesson first
        RetryMistakes, ///< some answers wrong
        TakeExam, ///< every answer of a practice round right
        None, ///< nothing answered
    };
    Kind kind = Kind::None;
    /** For ReadLesson: the topic and the lesson of a question missed on it. */
    QString topic;
    QString lessonId;
    int topicCorrect = 0;
    int topicTotal = 0;
};

/**
 * What to do after @p summary: celebrate a passed exam; read the lesson of the weakest topic
 * when fewer than half its answers were right (and at least two were asked); else retry the
 * mistakes; else, after a practice round all right, take the exam. @p bank finds the lessons.
 */
AfterQuiz suggestAfterQuiz(const QuizSummary& summary, const QList<Question>& bank);

/** The Home view's figures and suggestion. @p input.progress holds at least the days of the streak. */
HomeSummary summarizeHome(const HomeInput& input);

} // namespace demarc
