// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/QuizRecorder.h"
#include "core/QuizSession.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace demarc {

class BarChart;
class ChoiceButton;
class ClassifyBoard;
class NotePanel;
class ReadingBrowser;

/**
 * The quiz: a start page (mode, topic, length, an optional time limit for exams), one
 * question at a time, and a summary. The session (core) chooses, grades and times; this
 * widget draws it, forwards input and has every answer recorded before showing its feedback.
 *
 * Keys: 1–9 pick a choice (on the sorting board 1–3 send the current item to AWS, the
 * customer or shared, 0 back), Space or Enter check and continue, Up and Down move between
 * choices, F flags the question for review.
 */
class QuizPage : public QWidget
{
    Q_OBJECT

public:
    QuizPage(const ContentRepository& content, LearnerRepository& learner, const Clock& clock = Clock::system(),
             QWidget* parent = nullptr);
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

    QuizSession* session() const { return m_session.get(); }
    bool isRunning() const;
    int questionCount() const { return int(m_bank.size()); }
    /** The question bank as read by the last reload(), in course order. */
    const QList<Question>& bank() const { return m_bank; }
    int mistakeCount() const;
    /** Puts the keyboard focus where the current pane wants it: Start, the first choice, or the results. */
    void focusContent();
    /** The question shown or last shown, for "back to the quiz". */
    QString currentQuestionId() const;
    /** The learner's note on the question (or glossary term) whose feedback is shown. */
    NotePanel* notePanel() const { return m_note; }

signals:
    void showInDiagramRequested(const QString& selectionId, const QString& layerId);
    void showInMatrixRequested(const QString& selectionId, const QString& layerId);
    void lessonRequested(const QString& lessonId);
    void termRequested(const QString& termId);
    /** An answer (or an exam result, or a flag) was committed to the store. */
    void learnerDataChanged();
    /** The feedback for @p questionId is on screen; its answer was committed before. */
    void feedbackShown(const QString& questionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* buildStartPane();
    QWidget* buildQuestionPane();
    QWidget* buildSummaryPane();
    void updateStartPane();
    void startFromPane();
    bool begin(QuizMode mode, QList<Question> questions, qint64 timeLimitMs);
    void showQuestion();
    void primaryAction();
    /** Whether the learner has chosen (or sorted) anything for the current question. */
    bool hasChoice() const;
    /** Moves on without an answer: recorded as skipped, never as wrong. */
    void skip();
    void check();
    void showFeedback(const QuizOutcome& outcome);
    void advance();
    /** End quiz: an exam asks first (its unanswered questions count as not answered). */
    void endEarly();
    void showSummary(const QuizSummary& summary);
    void toggleFlag();
    void pick(int number);
    void moveFocus(int step);
    void tick();
    void updateHeader();
    void updatePrimaryButton();
    Answer currentAnswer() const;
    QString topicTitle(const QString& topicId) const;
    void reportSaveProblem(const Status& status);

    const ContentRepository& m_content;
    LearnerRepository& m_learner;
    const Clock& m_clock;
    QuizRecorder m_recorder;
    QList<Question> m_bank;
    QList<GlossaryTerm> m_glossary;
    QList<Topic> m_topics;
    LearnerState m_state;
    std::unique_ptr<QuizSession> m_session;
    QString m_lastQuestionId;

    QStackedWidget* m_panes;
    // Start
    QButtonGroup* m_modes;
    QRadioButton* m_practiceRadio;
    QRadioButton* m_examRadio;
    QRadioButton* m_mistakesRadio;
    QRadioButton* m_reviewRadio;
    QComboBox* m_topicCombo;
    QComboBox* m_lengthCombo;
    QCheckBox* m_timeLimitCheck;
    QSpinBox* m_timeLimitSpin;
    QPushButton* m_startButton;
    QLabel* m_startNote;
    // Question
    QLabel* m_modeLabel;
    QLabel* m_positionLabel;
    QProgressBar* m_progress;
    QLabel* m_timerLabel;
    QLabel* m_flagLabel;
    QLabel* m_topicLabel;
    QLabel* m_promptLabel;
    QLabel* m_instructionLabel;
    QScrollArea* m_scroll;
    QWidget* m_choicesBox;
    QVBoxLayout* m_choicesLayout;
    QList<ChoiceButton*> m_choiceButtons;
    QButtonGroup* m_choiceGroup;
    ClassifyBoard* m_board;
    QWidget* m_feedbackBox;
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
    QTimer* m_timer;
    // Summary
    QLabel* m_verdictLabel;
    QLabel* m_summaryDetails;
    BarChart* m_topicBars;
    ReadingBrowser* m_missedBrowser;
    QPushButton* m_retryButton;
    QPushButton* m_againButton;
    QPushButton* m_newQuizButton;
    QStringList m_lastMissed;
    /** The last quiz started with start(), for "take it again"; Mistakes when none was. */
    QuizOptions m_lastOptions = [] {
        QuizOptions o;
        o.mode = QuizMode::Mistakes;
        return o;
    }();
    qint64 m_lastTimeLimitMs = 0;
    QHash<QString, Source> m_sources;
};

} // namespace demarc
