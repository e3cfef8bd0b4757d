// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "ContentRepository.h"
#include "LearnerRepository.h"
#include "ResponsibilityStack.h"
#include "core/quiz/ReviewScheduler.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

namespace demarc {

/** How far a learner has got with one topic. */
struct TopicMastery
{
    QString topic;
    QString title;
    /** Questions on the topic in the course. */
    int questions = 0;
    /** Answered at least once. */
    int answered = 0;
    /** Mastered: the latest answer was right. */
    int mastered = 0;
};

/** Everything the Progress view shows, worked out from the store's totals. */
struct ProgressReport
{
    QList<TopicMastery> topics;
    /** One entry per day, oldest first, ending today; days without answers hold zeros. */
    QList<DayActivity> days;
    ExamRecord exams;
    int questions = 0;
    int answered = 0;
    int mastered = 0;
    /** Questions whose latest answer was wrong (the Mistakes quiz). */
    int mistakes = 0;
    int attempts = 0;
    /** Questions due for review now, counting flagged ones once. */
    int dueQuestions = 0;
    int dueTerms = 0;
    /** Glossary terms never reviewed. */
    int newTerms = 0;
};

struct ProgressInput
{
    QList<Topic> topics;
    /** The bank's outline (ContentRepository::questionOutline()): which questions, where; no choices. */
    QList<Question> bank;
    QList<GlossaryTerm> glossary;
    LearnerState learner;
    QList<DayActivity> activity;
    ExamRecord exams;
};

/**
 * Reads what progress and review are built from: the course's topics, questions and glossary,
 * the learner's state, their activity from @p since on and their exams.
 */
Result<ProgressInput> readProgressInput(const ContentRepository& content, const LearnerRepository& learner,
                                        const QDate& since);

/**
 * Mastery per topic (a question counts as mastered while its latest answer is right), the
 * last @p dayCount days of activity ending on @p today, and what is due by @p scheduler.
 * Topics without questions are left out.
 */
ProgressReport buildProgress(const ProgressInput& input, const ReviewScheduler& scheduler, const QDate& today,
                             int dayCount);

/** How often answers about one matrix cell (or one layer) were wrong. */
struct CellErrors
{
    int wrong = 0;
    int attempts = 0;

    friend bool operator==(const CellErrors&, const CellErrors&) = default;
};

/**
 * The learner's wrong answers laid over the matrix. A question about a layer and a service
 * counts for that service's cell and its model's; one about a layer and a model for that
 * model's cell; every question about a layer counts for the layer as a whole.
 */
class ErrorHeat
{
public:
    static ErrorHeat build(const QList<Question>& bank, const QHash<QString, ItemStats>& stats,
                           const ResponsibilityStack& stack);

    /** Under a model or service id. */
    CellErrors cell(const QString& layerId, const QString& selectionId) const;
    CellErrors layer(const QString& layerId) const;
    /** The most wrong answers in any one cell: the top of the scale. */
    int maxWrong() const { return m_maxWrong; }
    bool isEmpty() const { return m_layers.isEmpty(); }

private:
    QHash<QString, QHash<QString, CellErrors>> m_cells;
    QHash<QString, CellErrors> m_layers;
    int m_maxWrong = 0;
};

} // namespace demarc
