// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/HomeSummary.h"
#include "core/quiz/QuizSession.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace demarc {

class BarChart;
class QuizController;
class ReadingBrowser;

/**
 * The end of a quiz: the verdict, what the quiz was, the score per topic and what was missed
 * with its explanations; then retry the mistakes, take it again, or choose a new quiz.
 */
class QuizSummaryPane : public QWidget
{
    Q_OBJECT

public:
    explicit QuizSummaryPane(QWidget* parent = nullptr);

    /** Shows @p summary of the quiz @p quiz has just finished. */
    void showSummary(const QuizSummary& summary, const QuizController& quiz);
    /** Adds a problem to the details (the learner's progress could not be read again, …). */
    void addProblem(const QString& message);
    /** Puts the focus on the step suggested next, else Retry mistakes, else New quiz. */
    void focusContent();

signals:
    void retryRequested();
    void againRequested();
    void newQuizRequested();
    void lessonRequested(const QString& lessonId);
    void termRequested(const QString& termId);
    /** The exam, suggested after a practice round with every answer right. */
    void examRequested();

private:
    QString missedMarkdown(const QuizSummary& summary, const QuizController& quiz) const;
    /** The one action suggested next, with its reason, on the Next step button. */
    void showNextStep(const QuizSummary& summary, const QuizController& quiz);
    void takeNextStep();

    QLabel* m_verdictLabel;
    QLabel* m_summaryDetails;
    BarChart* m_topicBars;
    ReadingBrowser* m_missedBrowser;
    QPushButton* m_retryButton;
    QPushButton* m_againButton;
    QPushButton* m_newQuizButton;
    QLabel* m_nextLabel;
    QPushButton* m_nextButton;
    AfterQuiz m_next;
};

} // namespace demarc
