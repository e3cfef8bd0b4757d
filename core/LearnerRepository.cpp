// SPDX-License-Identifier: GPL-3.0-or-later
#include "LearnerRepository.h"

namespace demarc {

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
