// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/HomeSummary.h"
#include "core/LearnerRepository.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace demarc {

/**
 * Where a study day starts: for a new learner, "Start here" (the first lesson, then a
 * 5-question check); otherwise the lesson to continue, what is due today, the daily goal with
 * its streak, the exam, mastery per topic (each opening a practice round on it) and the one
 * step suggested next.
 */
class HomePage : public QWidget
{
    Q_OBJECT

public:
    /** Questions in the check after the first lesson, and in a round on one topic. */
    static constexpr int CheckLength = 5;
    static constexpr int RoundLength = 10;
    static constexpr int DefaultDailyGoal = 10;

    HomePage(const ContentRepository& content, const LearnerRepository& learner,
             const Clock& clock = Clock::system(), QWidget* parent = nullptr);

    /** Reads the learner's progress and the lessons read again, and redraws. */
    Status reload();
    /** The lesson last open in the Lessons view, to continue from. */
    void setCurrentLesson(const QString& lessonId) { m_currentLesson = lessonId; }
    const HomeSummary& summary() const { return m_summary; }
    /** Questions answered a day that make the goal (kept between starts). */
    static int dailyGoal();

signals:
    void lessonRequested(const QString& lessonId);
    void reviewRequested();
    void practiceRequested(const QStringList& topicIds, int length);
    void examRequested();

private:
    QWidget* buildCards();
    /** Works the figures out from m_input again and shows them: no store is read. */
    void summarize();
    void showSummary();
    void showNextStep();
    void showTopics();
    void takeNextStep();

    const ContentRepository& m_content;
    const LearnerRepository& m_learner;
    const Clock& m_clock;
    QString m_currentLesson;
    QHash<QString, QString> m_lessonTitles;
    HomeInput m_input;
    HomeSummary m_summary;

    QLabel* m_title;
    QLabel* m_nextLabel;
    QPushButton* m_nextButton;
    QLabel* m_lessonLabel;
    QPushButton* m_lessonButton;
    QPushButton* m_checkButton;
    QLabel* m_dueLabel;
    QPushButton* m_reviewButton;
    QLabel* m_goalLabel;
    QProgressBar* m_goalBar;
    QSpinBox* m_goalSpin;
    QLabel* m_examLabel;
    QPushButton* m_examButton;
    QGridLayout* m_topics;
};

} // namespace demarc
