// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/ContentRepository.h"
#include "core/LearnerRepository.h"
#include "core/LearnerState.h"
#include "core/quiz/ReviewScheduler.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;

namespace demarc {

class ReadingBrowser;

/**
 * What to go over again: how much is due for spaced review (questions, glossary terms,
 * flagged questions), and every question whose latest answer was wrong, with that answer
 * and the explanation of each option.
 */
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    /** How many mistakes are explained at first, and how many more each "Show more" adds. */
    static constexpr int MistakesPerPage = 25;

    ReviewPage(const ContentRepository& content, const LearnerRepository& learner,
               const Clock& clock = Clock::system(), QWidget* parent = nullptr);

    Status reload();
    int mistakeCount() const { return m_mistakes; }

signals:
    void reviewRequested();
    void mistakesRequested();
    void lessonRequested(const QString& lessonId);

private:
    void showDue(const QList<Question>& bank, const QList<GlossaryTerm>& glossary, const LearnerState& state,
                 const ReviewScheduler& scheduler);
    Status showMistakes(const QList<Question>& outline, const LearnerState& state);
    /** Explains the first @p count mistakes, keeping the reader's place; reads those not yet read. */
    Status explainMistakes(int count);

    const ContentRepository& m_content;
    const LearnerRepository& m_learner;
    const Clock& m_clock;
    int m_mistakes = 0;
    /** The mistakes' ids, latest first, with the learner's totals for each. */
    QList<std::pair<QString, ItemStats>> m_mistakeList;
    /** The mistakes explained so far, read whole (choices, explanations) as they are shown. */
    QHash<QString, Question> m_read;
    int m_explained = 0;
    QLabel* m_dueLabel;
    QPushButton* m_reviewButton;
    QLabel* m_mistakesLabel;
    QPushButton* m_mistakesButton;
    ReadingBrowser* m_browser;
    QPushButton* m_moreButton;
};

} // namespace demarc
