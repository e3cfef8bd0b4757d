// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BackupPolicy.h"
#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(15, 30, 0));

QList<QDateTime> keptOf(const BackupPolicy& policy, const QList<QDateTime>& taken)
{
    QList<QDateTime> out;
    for (int i : policy.keep(taken))
        out.append(taken[i]);
    return out;
}

} // namespace

TEST(BackupPolicy, names_a_copy_after_its_database_moment_and_reason_and_reads_them_back)
{
    const QDateTime at(QDate(2026, 12, 4), QTime(9, 5, 7, 42));
    const QString name = BackupPolicy::fileName(QStringLiteral("/home/a/demarc.sqlite"), at,
                                                QStringLiteral("before-migration"));
    EXPECT_EQ(name, QStringLiteral("demarc-20261204-090507042-before-migration.sqlite"));
    EXPECT_EQ(BackupPolicy::takenAt(QStringLiteral("demarc.sqlite"), name), at);
    EXPECT_EQ(BackupPolicy::reasonOf(QStringLiteral("demarc.sqlite"), name),
              QStringLiteral("before-migration"));
}

TEST(BackupPolicy, ignores_files_that_are_not_its_copies)
{
    for (const char* name :
         { "demarc.sqlite", "other-20261204-090507042-auto.sqlite", "demarc-2026-auto.sqlite",
           "demarc-20261304-090507042-auto.sqlite", "demarc-20261204-090507042-auto.sqlite-wal",
           "demarc-20261204-090507042-Auto.sqlite", "demarc-20261204-090507042-auto.sqlite\n" })
        EXPECT_FALSE(BackupPolicy::takenAt(QStringLiteral("demarc.sqlite"), QString::fromLatin1(name)))
            << name;
}

TEST(BackupPolicy, keeps_everything_while_there_are_few)
{
    const QList<QDateTime> taken { Now, Now.addSecs(-60), Now.addDays(-40) };
    EXPECT_EQ(BackupPolicy().keep(taken), (QList<int> { 0, 1, 2 }));
}

TEST(BackupPolicy, keeps_the_twelve_newest_then_one_a_day_then_one_a_week)
{
    // A copy every 30 minutes, around the clock, for 100 days.
    QList<QDateTime> taken;
    for (int i = 0; i < 100 * 48; ++i)
        taken.append(Now.addSecs(-i * 30 * 60));
    const QList<QDateTime> kept = keptOf(BackupPolicy(), taken);
    // 12 recent (all today), one for each of the 9 days before (today's is among the recent),
    // and the newest of each of the weeks before those days, up to nine weeks.
    for (int i = 0; i < 12; ++i)
        EXPECT_TRUE(kept.contains(taken[i])) << i;
    for (int day = 1; day < 10; ++day) {
        const QDate date = Now.date().addDays(-day);
        EXPECT_EQ(
            std::count_if(kept.begin(), kept.end(), [&](const QDateTime& t) { return t.date() == date; }), 1)
            << day;
        EXPECT_TRUE(kept.contains(QDateTime(date, QTime(23, 30)))) << "the newest of the day";
    }
    EXPECT_EQ(std::count_if(kept.begin(), kept.end(),
                            [&](const QDateTime& t) { return t.date() < Now.date().addDays(-9); }),
              qsizetype(7))
        << "older copies: one a week, nine weeks in all with the two the daily ones cover";
    EXPECT_TRUE(
        std::all_of(kept.begin(), kept.end(), [&](const QDateTime& t) { return t > Now.addDays(-70); }));
    EXPECT_EQ(kept.size(), 12 + 9 + 7);
}

TEST(BackupPolicy, thinning_the_kept_copies_again_keeps_them_all)
{
    QList<QDateTime> taken;
    for (int i = 0; i < 2000; ++i)
        taken.append(Now.addSecs(-i * 47 * 60));
    const QList<QDateTime> kept = keptOf(BackupPolicy(), taken);
    EXPECT_EQ(keptOf(BackupPolicy(), kept), kept);
}

TEST(BackupPolicy, an_automatic_copy_waits_for_thirty_minutes_of_use_and_a_change)
{
    const BackupPolicy policy;
    EXPECT_FALSE(policy.automaticCopyDue(29, true));
    EXPECT_TRUE(policy.automaticCopyDue(30, true));
    EXPECT_FALSE(policy.automaticCopyDue(300, false));
}
