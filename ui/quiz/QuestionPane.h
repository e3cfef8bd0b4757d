// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/quiz/QuizSession.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QButtonGroup;
class QKeyEvent;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace demarc {

class ChoiceButton;
class ClassifyBoard;
class LearnerRepository;
class NotePanel;
class ReadingBrowser;

/**
 * One question of a session as the learner meets it: the header (mode, position, progress,
 * flag, time left), the prompt, the choices or the sorting board, and after checking the
 * marked answers with the explanation and its sources. It draws the session and reports what
 * the learner does; whoever owns the session grades, records and moves on.
 *
 * Keys (handleKey()): 1–9 pick a choice, Space or Enter check and continue, Up and Down move
 * between choices, F flags the question, K skips it.
 */
class QuestionPane : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPane(QWidget* parent = nullptr);
    ~QuestionPane() override;

    /** The course's topics (for each question's topic line) and sources (for its explanation). */
    void setCourse(const QList<Topic>& topics, const QList<Source>& sources);
    /** Where the learner's notes on questions are kept; none hides the note panel. */
    void setNoteStore(LearnerRepository* store);
    /**
     * A trial of one question (an editor's preview): no flag, no skip, no end; after checking, ask it
     * again.
     */
    void setTrial(bool trial);

    /** Draws @p session's current question, unanswered. */
    void showQuestion(QuizSession& session);
    /** Marks the answers and shows the explanation of @p outcome, the current question's. */
    void showFeedback(const QuizOutcome& outcome);
    /** Redraws the header: position, flag, time left. */
    void updateHeader();
    /** Says that an answer (or flag, or note) could not be saved, until clearSaveProblem(). */
    void showSaveProblem(const QString& message);
    void clearSaveProblem();

    /** Acts on a quiz key; false when the key is not one. */
    bool handleKey(QKeyEvent* event);
    /** Puts the focus on the first choice, the board, or the button that moves on. */
    void focusContent();
    NotePanel* notePanel() const { return m_note; }

signals:
    void checkRequested(const demarc::Answer& answer);
    /** Moving on: after the feedback, or (skipped) without an answer. */
    void nextRequested();
    void endRequested();
    void flagRequested();
    /** A trial asks its question again. */
    void againRequested();
    void showInDiagramRequested(const QString& selectionId, const QString& layerId);
    void showInMatrixRequested(const QString& selectionId, const QString& layerId);
    void lessonRequested(const QString& lessonId);
    void termRequested(const QString& termId);
    void noteSaved();
    /** The feedback for @p questionId is on screen. */
    void feedbackShown(const QString& questionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLayout* buildHeader();
    QWidget* buildBody();
    QWidget* buildFeedback();
    QLayout* buildButtons();
    void showChoices(const Question& q);
    void primaryAction();
    void skip();
    bool hasChoice() const;
    Answer currentAnswer() const;
    void updatePrimaryButton();
    void pick(int number);
    void moveFocus(int step);
    const Question* shown() const;

    QPointer<QuizSession> m_session;
    QList<Topic> m_topics;
    QHash<QString, Source> m_sources;
    bool m_trial = false;

    QLabel* m_modeLabel;
    QLabel* m_positionLabel;
    QProgressBar* m_progress;
    QLabel* m_timerLabel;
    QLabel* m_flagLabel;
    QLabel* m_topicLabel;
    QLabel* m_promptLabel;
    QLabel* m_instructionLabel;
    QScrollArea* m_scroll;
    QWidget* m_questionArea;
    QWidget* m_choicesBox;
    QVBoxLayout* m_choicesLayout;
    QList<ChoiceButton*> m_choiceButtons;
    QButtonGroup* m_choiceGroup;
    ClassifyBoard* m_board;
    QWidget* m_feedbackBox;
    QLabel* m_verdictLabel;
    ReadingBrowser* m_feedback;
    NotePanel* m_note;
    QPushButton* m_diagramButton;
    QPushButton* m_matrixButton;
    QPushButton* m_lessonButton;
    QPushButton* m_termButton;
    QLabel* m_saveProblemLabel;
    QPushButton* m_flagButton;
    QPushButton* m_endButton;
    QPushButton* m_skipButton;
    QPushButton* m_primaryButton;
};

} // namespace demarc
