// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Content.h"
#include "Grading.h"
#include "ReviewScheduler.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace demarc {

enum class QuizMode {
    Practice, ///< feedback after every answer
    Exam, ///< feedback at the end; passing takes 100 %
    Mistakes, ///< only questions whose last answer was wrong
    Review, ///< questions due for spaced review
};

/** Picks a quiz's questions for @p mode, in a shuffled order fixed by @p seed. */
QList<Question> selectQuestions(QuizMode mode, const QList<Question>& bank,
                                const QHash<QString, bool>& lastAnswerCorrect,
                                const QHash<QString, ReviewState>& reviewStates, const ReviewScheduler& scheduler,
                                quint32 seed);

/** One answered question. */
struct QuizOutcome
{
    QString questionId;
    QString topic;
    Answer answer;
    Grade grade;
    qint64 elapsedMs = 0;
};

struct TopicScore
{
    QString topic;
    int correct = 0;
    int total = 0;
};

struct QuizSummary
{
    int correct = 0;
    int total = 0;
    /** Passing takes every answer right: 100 %. */
    bool passed = false;
    double score = 0; ///< mean of the answers' scores, 0–1
    QList<TopicScore> topics; ///< in order of first appearance
    QList<QuizOutcome> missed;
};

/**
 * A quiz in progress, free of widgets: it holds the questions, shuffles each question's
 * choices, grades answers and reports outcomes. The interface draws it and forwards input.
 */
class QuizSession : public QObject
{
    Q_OBJECT

public:
    /** @p questions in the order to ask them (see selectQuestions); questions without choices are skipped. */
    QuizSession(QuizMode mode, QList<Question> questions, const Clock& clock = Clock::system(), QObject* parent = nullptr);

    QuizMode mode() const { return m_mode; }
    int count() const { return int(m_questions.size()); }
    /** 0-based index of the current question; count() once finished. */
    int position() const { return m_position; }
    bool isFinished() const { return m_position >= count(); }
    const Question& current() const;
    /** The current question's choices in the order to show them. */
    QList<Choice> currentChoices() const;
    /** Whether the current question has been answered. */
    bool isAnswered() const;
    /** Whether the learner may see whether an answer was right now (Practice, Mistakes, Review) or only at the end (Exam). */
    bool showsFeedbackAtOnce() const { return m_mode != QuizMode::Exam; }

    /** Grades @p answer to the current question; an answered question cannot be answered again. */
    std::optional<QuizOutcome> answer(const Answer& answer);
    /** Moves to the next question; emits finished() after the last. */
    void next();

    const QList<QuizOutcome>& outcomes() const { return m_outcomes; }
    QuizSummary summary() const;

signals:
    void answered(const demarc::QuizOutcome& outcome);
    void finished(const demarc::QuizSummary& summary);

private:
    QuizMode m_mode;
    QList<Question> m_questions;
    const Clock& m_clock;
    int m_position = 0;
    QList<QuizOutcome> m_outcomes;
    QDateTime m_shownAt;
};

} // namespace demarc
