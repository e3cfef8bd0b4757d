// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

#include <QSqlDatabase>

namespace demarc {

/** Attempts and review schedules in SQLite (tables from migration 002). */
class SqlLearnerRepository final : public LearnerRepository
{
public:
    explicit SqlLearnerRepository(QSqlDatabase db);

    Status recordAttempt(const Attempt& attempt, const ReviewState& nextReview) override;
    Result<QHash<QString, bool>> lastAnswerCorrect() const override;
    Result<QHash<QString, ReviewState>> reviewStates() const override;
    Result<int> attemptCount() const override;

private:
    QSqlDatabase m_db;
};

} // namespace demarc
