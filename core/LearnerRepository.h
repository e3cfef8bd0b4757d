// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "QuizSession.h"
#include "Result.h"
#include "ReviewScheduler.h"

#include <QDateTime>
#include <QHash>
#include <QString>

namespace demarc {

/** One recorded answer, as stored. */
struct Attempt
{
    QString questionId;
    QuizMode mode = QuizMode::Practice;
    QDateTime answeredAt;
    Answer answer;
    double score = 0;
    bool correct = false;
    qint64 elapsedMs = 0;
};

QString quizModeId(QuizMode mode);
std::optional<QuizMode> quizModeFromId(const QString& id);

/**
 * What a learner did, kept by the store. Declared here, implemented in db/. Every write is
 * committed before it returns: an answer whose feedback is shown is already safe.
 */
class LearnerRepository
{
public:
    virtual ~LearnerRepository() = default;

    /** Records an answer and the review state it leads to, in one transaction. */
    virtual Status recordAttempt(const Attempt& attempt, const ReviewState& nextReview) = 0;
    /** For each question answered at least once: whether its latest answer was correct. */
    virtual Result<QHash<QString, bool>> lastAnswerCorrect() const = 0;
    /** Review states by question id. */
    virtual Result<QHash<QString, ReviewState>> reviewStates() const = 0;
    virtual Result<int> attemptCount() const = 0;
};

} // namespace demarc
