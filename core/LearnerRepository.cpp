// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace demarc {

int percentRight(int correct, int questions)
{
    if (questions <= 0)
        return 0;
    if (correct >= questions)
        return 100;
    // 249 of 250 is not a pass, so it is never shown as 100 %.
    return std::min(99, int(std::lround(100.0 * correct / questions)));
}

QString rightOutOf(int correct, int questions)
{
    return QCoreApplication::translate("LearnerRepository", "%1 of %2 right (%3 %)")
        .arg(correct)
        .arg(questions)
        .arg(QLocale().toString(percentRight(correct, questions)));
}

Result<QSet<QString>> LearnerRepository::flaggedQuestions() const
{
    auto marks = bookmarks();
    if (!marks)
        return Error { marks.errorMessage() };
    QSet<QString> out;
    for (const Bookmark& b : std::as_const(*marks)) {
        if (b.target.kind == NoteTargetKind::Question)
            out.insert(b.target.id);
    }
    return out;
}

Status LearnerRepository::setFlagged(const QString& questionId, bool flagged)
{
    return setBookmarked(NoteTarget::question(questionId), flagged);
}

Result<bool> LearnerRepository::isBookmarked(const NoteTarget& target) const
{
    auto marks = bookmarks();
    if (!marks)
        return Error { marks.errorMessage() };
    return std::any_of(marks->cbegin(), marks->cend(), [&](const Bookmark& b) { return b.target == target; });
}

Result<LearnerState> readLearnerState(const LearnerRepository& store)
{
    auto stats = store.itemStats();
    if (!stats)
        return Error { stats.errorMessage() };
    auto reviews = store.reviewStates();
    if (!reviews)
        return Error { reviews.errorMessage() };
    auto flagged = store.flaggedQuestions();
    if (!flagged)
        return Error { flagged.errorMessage() };
    return LearnerState { std::move(*stats), std::move(*reviews), std::move(*flagged) };
}

} // namespace demarc
