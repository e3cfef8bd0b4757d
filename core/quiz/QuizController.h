// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuizRecorder.h"
#include "QuizSession.h"
#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/LearnerState.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace demarc {

/** A topic the start page offers, with how many of the bank's questions it holds. */
struct TopicChoice
{
    QString id;
    QString title;
    int questions = 0;
};

/**
 * The quiz, free of widgets: it reads the bank and the learner's state, starts sessions,
 * records every answer before its feedback is shown, keeps the learner's totals in step and
 * runs the time limit. Panes draw what it says and forward what the learner does.
 *
 * Order of events for one answer: check() grades and records it, emits learnerDataChanged()
 * once the store has committed, then feedbackReady() (practice) or moves on (an exam:
 * questionShown() for the next one, or finished()).
 */
class QuizController : public QObject
{
    Q_OBJECT

public:
    QuizController(const ContentRepository& content, LearnerRepository& learner,
                   const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~QuizController() override;

    /** Reads the bank, the topics, the glossary, the sources and the learner's state. */
    Status reload();
    /** Re-reads what the learner has done (after answers elsewhere). */
    Status refreshLearnerState();

    const QList<Question>& bank() const { return m_bank; }
    const QList<Topic>& topics() const { return m_topics; }
    const QList<Source>& sources() const { return m_sources; }
    const LearnerState& learnerState() const { return m_state; }

    /** The topics with questions in the bank, in course order. */
    QList<TopicChoice> topicChoices() const;
    /** Questions whose latest answer was wrong. */
    int mistakeCount() const;
    /** What a review would hold now. */
    ReviewCount dueForReview() const;
    /** A topic's title; "Glossary" for glossary review cards; the id when the course has no such topic. */
    QString topicTitle(const QString& topicId) const;
    /** @p scores in the course's order of topics, the glossary last. */
    QList<TopicScore> inCourseOrder(QList<TopicScore> scores) const;

    /** Starts a quiz; false when it would have no questions. @p timeLimitMs 0 for none. */
    bool start(const QuizOptions& options, qint64 timeLimitMs = 0);
    /** Starts a quiz of exactly these questions (or glossary review items), e.g. the ones just missed. */
    bool startWith(const QStringList& questionIds, QuizMode mode);
    /** Starts the last quiz begun with start() again, in a new order. */
    bool startAgain();
    /** Practises the questions the last quiz missed. */
    bool retryMissed();
    /** Forgets the finished quiz (back to the start page). */
    void close();

    /** The running or finished session; nullptr before the first quiz and after close(). */
    QuizSession* session() const { return m_session.get(); }
    bool isRunning() const { return m_session && !m_session->isFinished(); }
    /** The question asked now or last, for "back to the quiz". */
    QString currentQuestionId() const { return m_lastQuestionId; }
    /** The options of the last quiz begun with start(); Mistakes when none was. */
    const QuizOptions& lastOptions() const { return m_lastOptions; }
    /** Whether startAgain() has a quiz to repeat (a practice round or an exam). */
    bool canStartAgain() const;
    /** The questions the last finished quiz missed, in its order. */
    const QStringList& missed() const { return m_missed; }

    /**
     * Grades and records @p answer to the current question. Returns the outcome; nullopt when
     * nothing was graded (no quiz, already answered, or the time had run out: finished() has
     * been emitted).
     */
    std::optional<QuizOutcome> check(const Answer& answer);
    /** Moves on from an answered question, or skips an unanswered one. */
    void next();
    /** Ends the quiz before its last question (the panes ask first where that matters). */
    void endEarly();
    /** Flags or unflags the current question for review, and saves that. */
    void toggleFlag();

signals:
    /** A new quiz began; questionShown() follows with its first question. */
    void started();
    /** A new question is current (also the first of a new quiz). */
    void questionShown(const demarc::Question& question);
    /** Practice: the answer just recorded, to show with its explanation. */
    void feedbackReady(const demarc::QuizOutcome& outcome);
    void finished(const demarc::QuizSummary& summary);
    /** The time left changed (once a half-second while a time limit runs). */
    void timeLeftChanged(qint64 ms);
    void flagChanged(const QString& questionId, bool flagged);
    /** An answer, a flag or an exam result was committed to the store. */
    void learnerDataChanged();
    /** Something could not be saved; the quiz goes on. */
    void saveFailed(const QString& message);

private:
    bool begin(QuizMode mode, QList<Question> questions, qint64 timeLimitMs);
    void onFinished(const QuizSummary& summary);
    void onFlagChanged(const QString& id, bool flagged);
    void tick();
    /** Reports a failed save; returns whether it was saved. */
    bool saved(const Status& status);

    const ContentRepository& m_content;
    LearnerRepository& m_learner;
    const Clock& m_clock;
    QuizRecorder m_recorder;
    QList<Question> m_bank;
    QList<GlossaryTerm> m_glossary;
    QList<Topic> m_topics;
    QList<Source> m_sources;
    LearnerState m_state;
    std::unique_ptr<QuizSession> m_session;
    QString m_lastQuestionId;
    QStringList m_missed;
    QuizOptions m_lastOptions;
    qint64 m_lastTimeLimitMs = 0;
    QTimer m_timer;
};

} // namespace demarc
