// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupPolicy.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace demarc {

namespace {

const char* const StampFormat = "yyyyMMdd-HHmmss";

QString baseName(const QString& databaseFile)
{
    const QString name = QFileInfo(databaseFile).completeBaseName();
    return name.isEmpty() ? QStringLiteral("demarc") : name;
}

std::optional<QRegularExpressionMatch> parse(const QString& databaseFile, const QString& backupFileName)
{
    const QRegularExpression pattern(QRegularExpression::anchoredPattern(
        QStringLiteral("%1-(\\d{8}-\\d{6})(\\d{3})?-([a-z0-9-]+)\\.sqlite")
            .arg(QRegularExpression::escape(baseName(databaseFile)))));
    auto match = pattern.match(backupFileName);
    if (!match.hasMatch())
        return std::nullopt;
    return match;
}

} // namespace

QString BackupPolicy::fileName(const QString& databaseFile, const QDateTime& at, const QString& reason)
{
    // Milliseconds too: two copies in one second (a migration, then an import) keep both.
    const QDateTime local = at.toLocalTime();
    return QStringLiteral("%1-%2%3-%4.sqlite")
        .arg(baseName(databaseFile), local.toString(QLatin1String(StampFormat)),
             QStringLiteral("%1").arg(local.time().msec(), 3, 10, QLatin1Char('0')), reason);
}

std::optional<QDateTime> BackupPolicy::takenAt(const QString& databaseFile, const QString& backupFileName)
{
    const auto match = parse(databaseFile, backupFileName);
    if (!match)
        return std::nullopt;
    QDateTime at = QDateTime::fromString(match->captured(1), QLatin1String(StampFormat));
    if (!at.isValid())
        return std::nullopt;
    if (match->hasCaptured(2))
        at = at.addMSecs(match->captured(2).toInt());
    return at;
}

QString BackupPolicy::reasonOf(const QString& databaseFile, const QString& backupFileName)
{
    const auto match = parse(databaseFile, backupFileName);
    return match ? match->captured(3) : QString();
}

QList<int> BackupPolicy::keep(const QList<QDateTime>& taken) const
{
    QList<int> order(taken.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&taken](int a, int b) { return taken[a] > taken[b]; });

    QSet<int> kept;
    for (int i = 0; i < std::min<int>(recent, int(order.size())); ++i)
        kept.insert(order[i]);
    // The newest copy of each day (and of each week), newest days first, up to the limits.
    const auto newestPer = [&](auto periodOf, int limit) {
        QSet<qint64> periods;
        for (int index : std::as_const(order)) {
            const qint64 period = periodOf(taken[index].date());
            if (periods.contains(period))
                continue;
            if (int(periods.size()) >= limit)
                break;
            periods.insert(period);
            kept.insert(index);
        }
    };
    newestPer([](const QDate& d) { return d.toJulianDay(); }, daily);
    newestPer(
        [](const QDate& d) {
            int year = 0;
            const int week = d.weekNumber(&year);
            return qint64(year) * 100 + week;
        },
        weekly);

    QList<int> out(kept.begin(), kept.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace demarc
