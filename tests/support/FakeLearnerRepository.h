// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

namespace demarc::test {

/** A learner's data held in memory, with a switch that makes every write fail as a full disk would. */
class FakeLearnerRepository final : public LearnerRepository
{
public:
    Status recordAttempt(const Attempt& attempt, const ReviewState& nextReview) override;
    Result<QHash<QString, ItemStats>> itemStats() const override;
    Result<QList<DayActivity>> dailyActivity(const QDate& since) const override;
    Result<QHash<QString, ReviewState>> reviewStates() const override;
    Status recordExam(const ExamResult& result) override;
    Result<ExamRecord> examRecord() const override;
    Result<int> attemptCount() const override;
    Result<QList<Attempt>> attempts() const override { return m_attempts; }
    Result<QList<Note>> notes() const override;
    Result<std::optional<Note>> note(const NoteTarget& target) const override;
    Status saveNote(const NoteTarget& target, const QString& body) override;
    Result<QList<Bookmark>> bookmarks() const override;
    Status setBookmarked(const NoteTarget& target, bool bookmarked) override;
    Result<QStringList> presenterDeck() const override;
    Status savePresenterDeck(const QStringList& items) override;
    Result<QSet<QString>> lessonsRead() const override { return m_lessonsRead; }
    Status markLessonRead(const QString& lessonId, const QDateTime& at) override;

    void setFailingWrites(bool failing) { m_failingWrites = failing; }
    const QList<Attempt>& recorded() const { return m_attempts; }
    const QList<ExamResult>& exams() const { return m_exams; }
    QHash<QString, ReviewState>& reviews() { return m_reviews; }

private:
    QList<Attempt> m_attempts;
    QHash<QString, ReviewState> m_reviews;
    QList<ExamResult> m_exams;
    QList<Note> m_notes;
    QList<Bookmark> m_bookmarks;
    QStringList m_presenterDeck;
    QSet<QString> m_lessonsRead;
    bool m_failingWrites = false;
};

} // namespace demarc::test
