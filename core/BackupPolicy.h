// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace demarc {

/**
 * When the learner's database is copied, what the copies are called, and which are kept.
 *
 * A copy is named after its database and the moment it was taken, with the reason:
 * `demarc-20261204-153000-before-migration.sqlite`. Thinning keeps the newest few, the newest
 * copy of each of the last days that have one, and of each of the last weeks; the rest go.
 */
class BackupPolicy
{
public:
    int recent = 12;
    int daily = 10;
    int weekly = 9;
    /** Minutes of use between automatic copies, taken only when something changed. */
    int intervalMinutes = 30;

    /** The file name of a copy of @p databaseFile taken at @p at (local time) for @p reason. */
    static QString fileName(const QString& databaseFile, const QDateTime& at, const QString& reason);
    /** When a copy named by fileName() was taken; nothing for any other name. */
    static std::optional<QDateTime> takenAt(const QString& databaseFile, const QString& backupFileName);
    /** The reason in a copy's name ("before-migration"), or an empty string. */
    static QString reasonOf(const QString& databaseFile, const QString& backupFileName);

    /**
     * Which of the copies taken at @p taken (any order) to keep: indexes into @p taken. A copy
     * from the future (a clock set back) counts as recent and is kept.
     */
    QList<int> keep(const QList<QDateTime>& taken) const;

    /** Whether an automatic copy is due after @p minutesOfUse since the last one. */
    bool automaticCopyDue(int minutesOfUse, bool changed) const
    {
        return changed && minutesOfUse >= intervalMinutes;
    }
};

} // namespace demarc
