// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz/Grading.h"
#include "core/quiz/ReviewScheduler.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>

namespace demarc {

/** Running totals for one question or term, kept beside the history so that nothing has to scan it. */
struct ItemStats
{
    int attempts = 0;
    int correct = 0;
    bool lastCorrect = false;
    QDateTime lastAnsweredAt;
    Answer lastAnswer;

    int wrong() const { return attempts - correct; }
};

/** What the learner has done so far, as the quiz, the review and progress need it. */
struct LearnerState
{
    /** By item id (a question id or a term's review item): the totals, with the latest answer. */
    QHash<QString, ItemStats> stats;
    QHash<QString, ReviewState> reviews;
    QSet<QString> flagged;
};

} // namespace demarc
