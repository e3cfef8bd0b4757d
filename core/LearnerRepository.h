// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LearnerState.h"
#include "Notes.h"
#include "Result.h"
#include "core/quiz/QuizSession.h"
#include "core/quiz/ReviewScheduler.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace demarc {

/** One recorded answer, as stored. */
struct Attempt
{
    /** A question id, or a glossary term's review item (termItemId()). */
    QString questionId;
    QuizMode mode = QuizMode::Practice;
    QDateTime answeredAt;
    Answer answer;
    double score = 0;
    bool correct = false;
    qint64 elapsedMs = 0;
};

/** How many answers were given on one day (the learner's local date), and how many were right. */
struct DayActivity
{
    QDate day;
    int attempts = 0;
    int correct = 0;

    friend bool operator==(const DayActivity&, const DayActivity&) = default;
};

/** A finished exam. */
struct ExamResult
{
    QDateTime finishedAt;
    int questions = 0;
    int correct = 0;
    double score = 0;
    bool passed = false;
    qint64 durationMs = 0;
};

/**
 * The share of questions right in whole percent, as every surface shows a quiz or an exam
 * (its summary, Progress, the study notes): right answers over questions asked, never a
 * partial-credit mean. Below 100 unless every one is right.
 */
int percentRight(int correct, int questions);
/** "7 of 10 right (70 %)": a quiz's or an exam's result, said the same way everywhere. */
QString rightOutOf(int correct, int questions);

/** The learner's exams at a glance. */
struct ExamRecord
{
    int taken = 0;
    /**
     * The best exam by percentRight() (more questions first among equals); invalid finishedAt when none was
     * taken.
     */
    ExamResult best;
    /** When the learner first passed at 100 %; invalid when never. */
    QDateTime firstPassedAt;
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

    /** Records an answer, its running totals and the review state it leads to, in one transaction. */
    virtual Status recordAttempt(const Attempt& attempt, const ReviewState& nextReview) = 0;
    /** Totals by question id (and term item id), for every item answered at least once. */
    virtual Result<QHash<QString, ItemStats>> itemStats() const = 0;
    /** Answers per day from @p since on, oldest first; days without answers are left out. */
    virtual Result<QList<DayActivity>> dailyActivity(const QDate& since) const = 0;
    /** Review states by question id (and term item id). */
    virtual Result<QHash<QString, ReviewState>> reviewStates() const = 0;
    virtual Status recordExam(const ExamResult& result) = 0;
    virtual Result<ExamRecord> examRecord() const = 0;
    virtual Result<int> attemptCount() const = 0;
    /** Every recorded answer, oldest first. */
    virtual Result<QList<Attempt>> attempts() const = 0;

    /** Every note, most recently changed first. */
    virtual Result<QList<Note>> notes() const = 0;
    /** The note on @p target; std::nullopt when there is none. */
    virtual Result<std::optional<Note>> note(const NoteTarget& target) const = 0;
    /**
     * Saves the note on @p target (normalizedNoteBody()); an empty body removes it. Text
     * longer than MaximumNoteLength is refused with an error and nothing changes.
     */
    virtual Status saveNote(const NoteTarget& target, const QString& body) = 0;
    /** Every bookmark, newest first. */
    virtual Result<QList<Bookmark>> bookmarks() const = 0;
    virtual Status setBookmarked(const NoteTarget& target, bool bookmarked) = 0;

    /** The instructor's presenter deck, one line per item in order; empty when none is saved. */
    virtual Result<QStringList> presenterDeck() const = 0;
    /**
     * Replaces the saved deck in one transaction; an empty list removes it (the default deck applies
     * again).
     */
    virtual Status savePresenterDeck(const QStringList& items) = 0;

    /** Lessons the learner has opened (at least once). */
    virtual Result<QSet<QString>> lessonsRead() const = 0;
    /** Records that @p lessonId was opened at @p at; a lesson opened again keeps its first time. */
    virtual Status markLessonRead(const QString& lessonId, const QDateTime& at) = 0;

    /** Questions the learner flagged for review: their question bookmarks. A store may read only those. */
    virtual Result<QSet<QString>> flaggedQuestions() const;
    Status setFlagged(const QString& questionId, bool flagged);
    /** Whether @p target is bookmarked; a store answers without reading every bookmark. */
    virtual Result<bool> isBookmarked(const NoteTarget& target) const;
};

/** The totals, review states and flags, read from @p store in one go. */
Result<LearnerState> readLearnerState(const LearnerRepository& store);

} // namespace demarc
