// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeLearnerRepository.h"

#include <QMap>

namespace demarc::test {

namespace {
const Error DiskFull { QStringLiteral("database or disk is full") };
}

Status FakeLearnerRepository::recordAttempt(const Attempt& attempt, const ReviewState& nextReview)
{
    if (m_failingWrites)
        return DiskFull;
    m_attempts.append(attempt);
    m_reviews.insert(attempt.questionId, nextReview);
    return {};
}

Result<QHash<QString, ItemStats>> FakeLearnerRepository::itemStats() const
{
    QHash<QString, ItemStats> out;
    for (const Attempt& a : m_attempts) {
        ItemStats& s = out[a.questionId];
        ++s.attempts;
        s.correct += a.correct ? 1 : 0;
        s.lastCorrect = a.correct;
        s.lastAnsweredAt = a.answeredAt;
        s.lastAnswer = a.answer;
    }
    return out;
}

Result<QList<DayActivity>> FakeLearnerRepository::dailyActivity(const QDate& since) const
{
    QMap<QDate, DayActivity> days;
    for (const Attempt& a : m_attempts) {
        const QDate day = a.answeredAt.toLocalTime().date();
        if (day < since)
            continue;
        DayActivity& d = days[day];
        d.day = day;
        ++d.attempts;
        d.correct += a.correct ? 1 : 0;
    }
    return days.values();
}

Result<QHash<QString, ReviewState>> FakeLearnerRepository::reviewStates() const { return m_reviews; }

Status FakeLearnerRepository::recordExam(const ExamResult& result)
{
    if (m_failingWrites)
        return DiskFull;
    m_exams.append(result);
    return {};
}

Result<ExamRecord> FakeLearnerRepository::examRecord() const
{
    ExamRecord r;
    r.taken = int(m_exams.size());
    for (const ExamResult& e : m_exams) {
        if (!r.best.finishedAt.isValid() || double(e.correct) / e.questions > double(r.best.correct) / r.best.questions)
            r.best = e;
        if (e.passed && !r.firstPassedAt.isValid())
            r.firstPassedAt = e.finishedAt;
    }
    return r;
}

Result<QSet<QString>> FakeLearnerRepository::flaggedQuestions() const { return m_flagged; }

Status FakeLearnerRepository::setFlagged(const QString& questionId, bool flagged)
{
    if (m_failingWrites)
        return DiskFull;
    if (flagged)
        m_flagged.insert(questionId);
    else
        m_flagged.remove(questionId);
    return {};
}

Result<int> FakeLearnerRepository::attemptCount() const { return int(m_attempts.size()); }

} // namespace demarc::test
