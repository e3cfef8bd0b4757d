// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuizSession.h"
#include "ReviewScheduler.h"
#include "core/Clock.h"
#include "core/LearnerRepository.h"

#include <QHash>

namespace demarc {

/**
 * Turns a quiz's outcomes into what the store keeps: the attempt, the review state it leads
 * to (by the scheduler), and, for an exam, the result. Each call returns once the store has
 * committed, so feedback shown after it describes an answer that is already safe.
 */
class QuizRecorder
{
public:
    /** An answer given within this many milliseconds, fully right, rates 5 for the scheduler; slower, 4. */
    static constexpr qint64 QuickAnswerMs = 20000;

    QuizRecorder(LearnerRepository& store, const Clock& clock = Clock::system());

    /** Reads the review states the next answers build on. */
    Status load();
    /** Builds on @p reviews, the review states just read with the rest of the learner's state. */
    void load(QHash<QString, ReviewState> reviews) { m_reviews = std::move(reviews); }
    /** Records one outcome; questions the time limit never reached are not recorded. */
    Status record(QuizMode mode, const QuizOutcome& outcome);
    /** Records a finished exam (other modes keep no result of their own). */
    Status finish(const QuizSummary& summary);

    const ReviewScheduler& scheduler() const { return m_scheduler; }

private:
    LearnerRepository& m_store;
    const Clock& m_clock;
    ReviewScheduler m_scheduler;
    QHash<QString, ReviewState> m_reviews;
};

} // namespace demarc
