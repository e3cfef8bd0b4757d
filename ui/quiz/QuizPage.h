// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/quiz/QuizSession.h"

#include <QWidget>

class QStackedWidget;

namespace demarc {

class NotePanel;
class QuestionPane;
class QuizController;
class QuizStartPane;
class QuizSummaryPane;

/**
 * The quiz page: a start pane (mode, topic, length, an optional time limit for exams), a
 * question pane and a summary pane over one QuizController, which chooses, grades, records
 * and times. The page switches panes and passes the learner's actions on.
 *
 * Keys: 1–9 pick a choice (on the sorting board 1–3 send the current item to AWS, the
 * customer or shared, 0 back), Space or Enter check and continue, Up and Down move between
 * choices, F flags the question for review, K skips it; Enter on the start pane starts.
 */
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    QuizPage(const ContentRepository& content, LearnerRepository& learner,
             const Clock& clock = Clock::system(), QWidget* parent = nullptr);
    ~QuizPage() override;

    /** Reads the bank, the topics and the learner's state; shows the start page unless a quiz is running. */
    Status reload();
    /** Re-reads what the learner has done (after answers elsewhere), for the start page's counts. */
    Status refreshLearnerState();

    /** Starts a quiz; false when it would have no questions. @p timeLimitMs 0 for none. */
    bool start(const QuizOptions& options, qint64 timeLimitMs = 0);
    /** Starts a practice round of exactly these questions (e.g. the ones just missed). */
    bool startWith(const QStringList& questionIds, QuizMode mode);
    /** Preselects a mode on the start page. */
    void chooseMode(QuizMode mode);

    QuizController& controller() const { return *m_quiz; }
    QuizSession* session() const;
    /** Whether a question of an unfinished quiz is on screen. */
    bool isRunning() const;
    int questionCount() const;
    /** The question bank as read by the last reload(), in course order. */
    const QList<Question>& bank() const;
    int mistakeCount() const;
    /** Puts the keyboard focus where the current pane wants it: Start, the first choice, or the results. */
    void focusContent();
    /** The question shown or last shown, for "back to the quiz". */
    QString currentQuestionId() const;
    /** The learner's note on the question (or glossary term) whose feedback is shown. */
    NotePanel* notePanel() const;

signals:
    void showInDiagramRequested(const QString& selectionId, const QString& layerId);
    void showInMatrixRequested(const QString& selectionId, const QString& layerId);
    void lessonRequested(const QString& lessonId);
    void termRequested(const QString& termId);
    /** An answer (or an exam result, a flag or a note) was committed to the store. */
    void learnerDataChanged();
    /** The feedback for @p questionId is on screen; its answer was committed before. */
    void feedbackShown(const QString& questionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void connectQuestionPane();
    void connectSummaryPane();
    void showStart();
    /** End quiz: an exam asks first (its unanswered questions count as not answered). */
    void endEarly();
    void showSummary(const QuizSummary& summary);
    void reportSaveProblem(const QString& message);

    QuizController* m_quiz;
    QStackedWidget* m_panes;
    QuizStartPane* m_start;
    QuestionPane* m_question;
    QuizSummaryPane* m_summary;
};

} // namespace demarc
