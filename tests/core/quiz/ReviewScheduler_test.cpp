// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quiz/ReviewScheduler.h"

#include "support/FakeClock.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::FakeClock;

TEST(ReviewScheduler, new_items_are_due_at_once)
{
    FakeClock clock;
    const ReviewScheduler s(clock);
    const ReviewState first = s.firstState();
    EXPECT_TRUE(s.isDue(first));
    EXPECT_EQ(first.due, clock.now());
    EXPECT_DOUBLE_EQ(first.ease, 2.5);
}

TEST(ReviewScheduler, intervals_grow_one_six_then_by_the_ease_factor)
{
    FakeClock clock;
    const ReviewScheduler s(clock);
    ReviewState st = s.review(s.firstState(), 5);
    EXPECT_DOUBLE_EQ(st.intervalDays, 1);
    EXPECT_NEAR(st.ease, 2.6, 1e-9);
    EXPECT_EQ(st.due, clock.now().addDays(1));
    EXPECT_FALSE(s.isDue(st));

    clock.advanceDays(1);
    EXPECT_TRUE(s.isDue(st));
    st = s.review(st, 4);
    EXPECT_DOUBLE_EQ(st.intervalDays, 6);
    EXPECT_NEAR(st.ease, 2.6, 1e-9); // q = 4 leaves the ease as it is

    clock.advanceDays(6);
    st = s.review(st, 4);
    EXPECT_NEAR(st.intervalDays, 15.6, 1e-9); // 6 × 2.6
    EXPECT_EQ(st.repetitions, 3);
    EXPECT_EQ(st.due, clock.now().addSecs(qint64(15.6 * 24 * 3600)));
}

TEST(ReviewScheduler, a_lapse_starts_over_and_comes_back_the_same_day)
{
    FakeClock clock;
    const ReviewScheduler s(clock);
    ReviewState st = s.review(s.review(s.firstState(), 5), 5);
    ASSERT_EQ(st.repetitions, 2);
    st = s.review(st, 1);
    EXPECT_EQ(st.repetitions, 0);
    EXPECT_EQ(st.lapses, 1);
    EXPECT_EQ(st.due, clock.now().addSecs(ReviewScheduler::RelearnMinutes * 60));
    EXPECT_NEAR(st.ease, 2.7 - 0.54, 1e-9); // 2.5 +0.1 +0.1, then −0.54 for q = 1
}

TEST(ReviewScheduler, the_ease_never_falls_below_its_floor)
{
    FakeClock clock;
    const ReviewScheduler s(clock);
    ReviewState st = s.firstState();
    for (int i = 0; i < 20; ++i)
        st = s.review(st, 0);
    EXPECT_DOUBLE_EQ(st.ease, ReviewScheduler::MinimumEase);
    EXPECT_EQ(st.lapses, 20);
    EXPECT_EQ(s.review(st, 9).repetitions, 1) << "qualities above 5 count as 5";
}

TEST(ReviewScheduler, quiz_results_map_to_qualities)
{
    EXPECT_EQ(ReviewScheduler::qualityFor(1.0, true), 5);
    EXPECT_EQ(ReviewScheduler::qualityFor(1.0, false), 4);
    EXPECT_EQ(ReviewScheduler::qualityFor(0.5, true), 3);
    EXPECT_EQ(ReviewScheduler::qualityFor(0.25, false), 1);
}

TEST(ReviewScheduler, intervals_stop_growing_at_a_hundred_years)
{
    FakeClock clock;
    const ReviewScheduler s(clock);
    ReviewState state = s.firstState();
    for (int i = 0; i < 40; ++i)
        state = s.review(state, 5);
    EXPECT_DOUBLE_EQ(state.intervalDays, ReviewScheduler::MaximumIntervalDays);
    EXPECT_EQ(state.due, clock.now().addDays(36500));
    EXPECT_FALSE(state.due.toString(Qt::ISODateWithMs).isEmpty()) << "a due date the store can write";
}
