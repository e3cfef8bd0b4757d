// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewScheduler.h"

#include <algorithm>
#include <cmath>

namespace demarc {

ReviewScheduler::ReviewScheduler(const Clock& clock)
    : m_clock(clock)
{ }

ReviewState ReviewScheduler::firstState() const
{
    ReviewState s;
    s.due = m_clock.now();
    return s;
}

bool ReviewScheduler::isDue(const ReviewState& state) const
{
    return !state.due.isValid() || state.due <= m_clock.now();
}

ReviewState ReviewScheduler::review(const ReviewState& state, int quality) const
{
    const int q = std::clamp(quality, 0, 5);
    ReviewState next = state;
    const QDateTime now = m_clock.now();
    next.ease = std::max(MinimumEase, state.ease + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)));
    if (q < 3) {
        next.repetitions = 0;
        next.lapses = state.lapses + 1;
        next.intervalDays = 1;
        next.due = now.addSecs(RelearnMinutes * 60);
        return next;
    }
    next.repetitions = state.repetitions + 1;
    if (next.repetitions == 1)
        next.intervalDays = 1;
    else if (next.repetitions == 2)
        next.intervalDays = 6;
    else
        next.intervalDays =
            std::min(MaximumIntervalDays, std::round(state.intervalDays * next.ease * 10) / 10);
    next.due = now.addSecs(qint64(next.intervalDays * 24 * 3600));
    return next;
}

int ReviewScheduler::qualityFor(double score, bool quick)
{
    if (score >= 1.0)
        return quick ? 5 : 4;
    if (score >= 0.5)
        return 3;
    return 1;
}

} // namespace demarc
