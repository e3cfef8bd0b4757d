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
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace demarc {

class QuizController;

/**
 * The quiz's start page: the mode (with how many mistakes and reviews are waiting), the topic,
 * the length and, for an exam, an optional time limit.
 */
class QuizStartPane : public QWidget
{
    Q_OBJECT

public:
    explicit QuizStartPane(QWidget* parent = nullptr);

    /** Offers the topics @p quiz has read, keeping the one chosen when it is still there. */
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
};

} // namespace demarc
