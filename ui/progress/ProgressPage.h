// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/Progress.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace demarc {

class ActivityChart;
class BarChart;

/**
 * How far the learner has got: questions mastered, the best exam and the day of the first
 * pass at 100 %, what is due for review, mastery per topic and answers per day. The charts
 * are painted here; every figure is in words too, on screen and for screen readers.
 */
class ProgressPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int Days = 30;

    ProgressPage(const ContentRepository& content, const LearnerRepository& learner,
                 const Clock& clock = Clock::system(), QWidget* parent = nullptr);

    /** Reads the learner's totals and redraws. */
    Status reload();
    const ProgressReport& report() const { return m_report; }

signals:
    void reviewRequested();
    void mistakesRequested();
    void examRequested();

private:
    void showCards();
    void showCharts();
    const ContentRepository& m_content;
    const LearnerRepository& m_learner;
    const Clock& m_clock;
    ProgressReport m_report;

    QLabel* m_masteredLabel;
    QLabel* m_examLabel;
    QLabel* m_dueLabel;
    QLabel* m_answersLabel;
    QPushButton* m_reviewButton;
    QPushButton* m_mistakesButton;
    QPushButton* m_examButton;
    BarChart* m_mastery;
    QLabel* m_masteryText;
    ActivityChart* m_activity;
    QLabel* m_activityText;
};

} // namespace demarc
