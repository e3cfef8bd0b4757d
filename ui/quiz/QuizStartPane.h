// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz/QuizSession.h"

#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace demarc {

class QuizController;

/**
 * The quiz's start page: the mode (with how many mistakes and reviews are waiting), the topics
 * (one, several or all), the length and, for an exam, an optional time limit; the choices made
 * are kept for the next quiz and the next start.
 */
class QuizStartPane : public QWidget
{
    Q_OBJECT

public:
    explicit QuizStartPane(QWidget* parent = nullptr);

    /** Offers the topics @p quiz has read, keeping those chosen (or last chosen) that are still there. */
    void showTopics(const QuizController& quiz);
    /** Shows what each mode holds now (mistakes, what is due), keeping the mode chosen if it applies. */
    void showCounts(const QuizController& quiz);
    /** Preselects a mode, when it has anything to ask. */
    void chooseMode(QuizMode mode);
    /** Says that the choice made has nothing to ask. */
    void sayNothingToAsk();
    /** Asks for a quiz as chosen (what Start and Enter do). */
    void requestStart();
    void focusStart();

signals:
    void startRequested(const demarc::QuizOptions& options, qint64 timeLimitMs);

private:
    QGroupBox* buildModeBox();
    QFormLayout* buildForm();
    void updateForMode();
    /** The topics ticked; none ticked asks from every topic. */
    QStringList chosenTopics() const;
    void updateTopicSummary();
    /** The choices a learner made last time (mode, topics, length, time limit), kept between starts. */
    void restoreChoices();
    void saveChoices() const;

    QButtonGroup* m_modes;
    QRadioButton* m_practiceRadio;
    QRadioButton* m_examRadio;
    QRadioButton* m_mistakesRadio;
    QRadioButton* m_reviewRadio;
    QListWidget* m_topicList;
    QLabel* m_topicSummary;
    QComboBox* m_lengthCombo;
    QCheckBox* m_timeLimitCheck;
    QSpinBox* m_timeLimitSpin;
    QPushButton* m_startButton;
    QLabel* m_startNote;
    int m_bankSize = 0;
};

} // namespace demarc
