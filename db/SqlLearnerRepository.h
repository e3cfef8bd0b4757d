// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

#include <QSqlDatabase>

namespace demarc {

/**
 * Attempts, running totals, review schedules, exam results, notes, bookmarks and the
 * presenter deck in SQLite (tables from migrations 002, 007, 008 and 009). Flagged questions
 * are question bookmarks. Glossary terms' review items (termItemId()) are scheduled under
 * the item kind 'term'.
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
    Result<int> attemptCount() const override;
    Result<QList<Attempt>> attempts() const override;
    Result<QList<Note>> notes() const override;
    Result<std::optional<Note>> note(const NoteTarget& target) const override;
    Status saveNote(const NoteTarget& target, const QString& body) override;
    Result<QList<Bookmark>> bookmarks() const override;
    Result<bool> isBookmarked(const NoteTarget& target) const override;
    Result<QSet<QString>> flaggedQuestions() const override;
    Status setBookmarked(const NoteTarget& target, bool bookmarked) override;
    Result<QStringList> presenterDeck() const override;
    Status savePresenterDeck(const QStringList& items) override;
    Result<QSet<QString>> lessonsRead() const override;
    Status markLessonRead(const QString& lessonId, const QDateTime& at) override;

private:
    QSqlDatabase m_db;
};

} // namespace demarc
