// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerRepository.h"

#include <algorithm>

namespace demarc {

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
