// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/FakeLearnerRepository.h"

#include <algorithm>

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
        if (!r.best.finishedAt.isValid()
            || double(e.correct) / e.questions > double(r.best.correct) / r.best.questions)
            r.best = e;
        if (e.passed && !r.firstPassedAt.isValid())
            r.firstPassedAt = e.finishedAt;
    }
    return r;
}

Result<QList<Note>> FakeLearnerRepository::notes() const
{
    QList<Note> out = m_notes;
    std::stable_sort(out.begin(), out.end(),
                     [](const Note& a, const Note& b) { return a.updatedAt > b.updatedAt; });
    return out;
}

Result<std::optional<Note>> FakeLearnerRepository::note(const NoteTarget& target) const
{
    for (const Note& n : m_notes) {
        if (n.target == target)
            return std::optional<Note> { n };
    }
    return std::optional<Note> {};
}

Status FakeLearnerRepository::saveNote(const NoteTarget& target, const QString& body)
{
    if (m_failingWrites)
        return DiskFull;
    const QString text = normalizedNoteBody(body);
    if (text.size() > MaximumNoteLength)
        return Error { QStringLiteral("the note is too long to save") };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qsizetype i = 0; i < m_notes.size(); ++i) {
        if (m_notes[i].target != target)
            continue;
        if (text.isEmpty()) {
            m_notes.removeAt(i);
        } else if (m_notes[i].body != text) {
            m_notes[i].body = text;
            m_notes[i].updatedAt = now;
        }
        return {};
    }
    if (!text.isEmpty())
        m_notes.append(Note { target, text, now, now });
    return {};
}

Result<QList<Bookmark>> FakeLearnerRepository::bookmarks() const
{
    QList<Bookmark> out(m_bookmarks.crbegin(), m_bookmarks.crend());
    return out;
}

Status FakeLearnerRepository::setBookmarked(const NoteTarget& target, bool bookmarked)
{
    if (m_failingWrites)
        return DiskFull;
    const auto at = std::find_if(m_bookmarks.begin(), m_bookmarks.end(),
                                 [&](const Bookmark& b) { return b.target == target; });
    if (bookmarked && at == m_bookmarks.end())
        m_bookmarks.append(Bookmark { target, QDateTime::currentDateTimeUtc() });
    else if (!bookmarked && at != m_bookmarks.end())
        m_bookmarks.erase(at);
    return {};
}

Result<int> FakeLearnerRepository::attemptCount() const { return int(m_attempts.size()); }

Result<QStringList> FakeLearnerRepository::presenterDeck() const { return m_presenterDeck; }

Status FakeLearnerRepository::savePresenterDeck(const QStringList& items)
{
    if (m_failingWrites)
        return DiskFull;
    m_presenterDeck = items;
    return {};
}

Status FakeLearnerRepository::markLessonRead(const QString& lessonId, const QDateTime& at)
{
    Q_UNUSED(at);
    if (m_failingWrites)
        return DiskFull;
    m_lessonsRead.insert(lessonId);
    return {};
}

} // namespace demarc::test
