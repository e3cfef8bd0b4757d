// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Grading.h"
#include "ReviewScheduler.h"
#include "core/Clock.h"
#include "core/Content.h"
#include "core/LearnerState.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace demarc {

enum class QuizMode {
    Practice, ///< feedback after every answer
    Exam, ///< feedback at the end; passing takes 100 %
    Mistakes, ///< only questions whose last answer was wrong
    Review, ///< questions and glossary terms due for spaced review, and flagged questions
};

QString quizModeId(QuizMode mode);
std::optional<QuizMode> quizModeFromId(const QString& id);

/** What a quiz asks: which mode, which topics, how many, in which order. */
struct QuizOptions
{
    QuizMode mode = QuizMode::Practice;
    /** Topic ids to ask about; empty for every topic. Review cards from the glossary ignore it. */
    QStringList topics;
    /** At most this many items; 0 for no limit. */
    int limit = 0;
    /** Review: glossary terms never reviewed before that may join one session. */
    int newTerms = 5;
    /** Fixes the order of questions and choices. */
    quint32 seed = 1;
};

/**
 * Picks a quiz's items, shuffled by the seed (true/false keeps its order).
 *
 * Practice and Exam take the bank (for the topics asked); Mistakes the questions whose last
 * answer was wrong; Review the questions due by the scheduler, the flagged ones, the glossary
 * terms due, and up to QuizOptions::newTerms terms not reviewed before (as termQuestion()s).
 * Ids in the learner's history that the course no longer has are skipped with a warning.
 */
QList<Question> selectQuestions(const QuizOptions& options, const QList<Question>& bank,
                                const QList<GlossaryTerm>& glossary, const LearnerState& learner,
                                const ReviewScheduler& scheduler);

/** How much a review session would hold now: questions (due or flagged) and glossary terms (due or new). */
struct ReviewCount
{
    int questions = 0;
    int terms = 0;
};

/** What selectQuestions() would pick for a Review quiz with @p newTerms new terms allowed. */
ReviewCount countReview(const QList<Question>& bank, const QList<GlossaryTerm>& glossary,
                        const LearnerState& learner, const ReviewScheduler& scheduler,
                        int newTerms = QuizOptions().newTerms);

/** One answered (or skipped) question. */
struct QuizOutcome
{
    QString questionId;
    QString topic;
    Answer answer;
    Grade grade;
    qint64 elapsedMs = 0;
    /**
     * Never answered: the time limit ran out, or the learner ended the exam, first. Counted as
     * not answered (wrong), not recorded as an answer.
     */
    bool notReached = false;
    /** Passed over by the learner without an answer: not right, not recorded as an answer. */
    bool skipped = false;
};

struct TopicScore
{
    QString topic;
    int correct = 0;
    int total = 0;
};

struct QuizSummary
{
    QuizMode mode = QuizMode::Practice;
    int correct = 0;
    int total = 0;
    /** Passing takes every answer right: 100 %. */
    bool passed = false;
    double score = 0; ///< mean of the answers' scores, 0–1
    QList<TopicScore> topics; ///< in order of first appearance
    QList<QuizOutcome> missed;
    QStringList flagged;
    bool timedOut = false;
    /**
     * Ended by the learner before the last question. An exam counts the questions not reached
     * as not answered (total stays the exam's length) and is not passed; another quiz sums up
     * the questions answered (total is how many were).
     */
    bool endedEarly = false;
    /** Questions answered before the quiz ended (not skipped, not left unreached). */
    int answered = 0;
    /** Questions the learner skipped. */
    int skipped = 0;
    qint64 durationMs = 0;
};

/**
 * A quiz in progress, free of widgets: it holds the questions, grades answers, keeps the
 * time limit and the flags, and reports outcomes. The interface draws it and forwards input.
 */
class QuizSession : public QObject
{
    Q_OBJECT

public:
    /** @p questions in the order to ask them (see selectQuestions); questions without choices are skipped. */
    QuizSession(QuizMode mode, QList<Question> questions, const Clock& clock = Clock::system(),
                QObject* parent = nullptr);

    QuizMode mode() const { return m_mode; }
    int count() const { return int(m_questions.size()); }
    /** 0-based index of the current question; count() once finished. */
    int position() const { return m_position; }
    bool isFinished() const { return m_position >= count(); }
    const Question& current() const;
    const QList<Question>& questions() const { return m_questions; }
    const Question* question(const QString& id) const;
    /** Whether the current question has been answered. */
    bool isAnswered() const;
    /**
     * Whether the learner sees whether an answer was right at once (Practice, Mistakes, Review) or only at
     * the end (Exam).
     */
    bool showsFeedbackAtOnce() const { return m_mode != QuizMode::Exam; }

    /** Grades @p answer to the current question; an answered question cannot be answered again. */
    std::optional<QuizOutcome> answer(const Answer& answer);
    /**
     * Moves to the next question; emits finished() after the last. An unanswered question is
     * skipped (QuizOutcome::skipped): not right, and never recorded as an answer.
     */
    void next();

    /** A time limit for the whole quiz, counted from now; 0 for none (the default). */
    void setTimeLimit(qint64 ms);
    qint64 timeLimitMs() const { return m_timeLimitMs; }
    /** Milliseconds left; -1 without a limit. */
    qint64 remainingMs() const;
    /**
     * Ends the quiz when its time is up: the questions not reached count as wrong.
     * Returns whether it ended.
     */
    bool finishIfTimeUp();

    /** Ends the quiz before its last question (see QuizSummary::endedEarly); emits finished(). */
    void endEarly();

    /** Flags (or unflags) a question for review; emits flagChanged() when that changes anything. */
    void setFlagged(const QString& questionId, bool flagged);
    /** The flags the learner had set before this quiz, taken over without a signal. */
    void restoreFlags(const QSet<QString>& flagged) { m_flagged = flagged; }
    bool isFlagged(const QString& questionId) const { return m_flagged.contains(questionId); }

    const QList<QuizOutcome>& outcomes() const { return m_outcomes; }
    QuizSummary summary() const;

signals:
    void answered(const demarc::QuizOutcome& outcome);
    void flagChanged(const QString& questionId, bool flagged);
    void finished(const demarc::QuizSummary& summary);

private:
    void finish();
    /** The questions from the current one on, unless it was answered, as not reached. */
    void markRestNotReached();

    QuizMode m_mode;
    QList<Question> m_questions;
    const Clock& m_clock;
    int m_position = 0;
    QList<QuizOutcome> m_outcomes;
    QSet<QString> m_flagged;
    QDateTime m_startedAt;
    QDateTime m_shownAt;
    QDateTime m_finishedAt;
    qint64 m_timeLimitMs = 0;
    bool m_timedOut = false;
    bool m_endedEarly = false;
};

} // namespace demarc
