// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

#include <QSqlDatabase>

namespace demarc {

/**
 * Attempts, running totals, review schedules, exam results and flags in SQLite (tables from
 * migrations 002, 007 and 008). Glossary terms' review items (termItemId()) are scheduled
 * under the item kind 'term'.
 */
class SqlLearnerRepository final : public LearnerRepository
{
public:
    explicit SqlLearnerRepository(QSqlDatabase db);

    Status recordAttempt(const Attempt& attempt, const ReviewState& nextReview) override;
    Result<QHash<QString, ItemStats>> itemStats() const override;
    Result<QList<DayActivity>> dailyActivity(const QDate& since) const override;
    Result<QHash<QString, ReviewState>> reviewStates() const override;
    Status recordExam(const ExamResult& result) override;
    Result<ExamRecord> examRecord() const override;
    Result<QSet<QString>> flaggedQuestions() const override;
    Status setFlagged(const QString& questionId, bool flagged) override;
    Result<int> attemptCount() const override;

private:
    QSqlDatabase m_db;
};

} // namespace demarc
