// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"

#include <QDateTime>

namespace demarc {

/** Where an item (a question or a glossary term) stands in spaced review. */
struct ReviewState
{
    QDateTime due;
    double intervalDays = 0;
    double ease = 2.5;
    int repetitions = 0;
    int lapses = 0;
};

/**
 * Spaced review by SM-2 (Wozniak, 1987), with the usual reading of its quality scale.
 *
 * Each review is rated 0–5. Ratings below 3 are lapses: the item starts over (one day,
 * repetitions reset) and is due again the same day after ten minutes. Otherwise the interval
 * grows: 1 day, then 6 days, then the previous interval times the ease factor. The ease
 * factor moves by 0.1 − (5 − q)(0.08 + (5 − q)·0.02) after every review and never drops
 * below 1.3. Intervals stop growing at 100 years, as in common SM-2 implementations (and so
 * that a due date always stays a date the store can write). A fully correct quiz answer rates
 * 5 when it was fast or 4 otherwise; a partly right one 3; a wrong one 1.
 */
class ReviewScheduler
{
public:
    static constexpr double MinimumEase = 1.3;
    static constexpr int RelearnMinutes = 10;
    static constexpr double MaximumIntervalDays = 36500;

    explicit ReviewScheduler(const Clock& clock = Clock::system());

    /** The state after a review rated @p quality (clamped to 0–5), reviewed now. */
    ReviewState review(const ReviewState& state, int quality) const;
    /** A new item is due now. */
    ReviewState firstState() const;
    bool isDue(const ReviewState& state) const;

    /** The quality a quiz answer earns: @p score 0–1, @p quick when answered without hesitation. */
    static int qualityFor(double score, bool quick);

private:
    const Clock& m_clock;
};

} // namespace demarc
