// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlBackupStore.h"

#include "Sql.h"

#include <QCoreApplication>

namespace demarc {

SqlBackupStore::SqlBackupStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_backups(Backups::fileOf(m_db))
{
    m_changesAtBackup = changesSoFar();
}

QList<BackupCopy> SqlBackupStore::backups() const
{
    return m_backups.databasePath().isEmpty() ? QList<BackupCopy>() : m_backups.list();
}

Result<QString> SqlBackupStore::backUp(const QString& reason)
{
    if (m_backups.databasePath().isEmpty())
        return Error { QCoreApplication::translate("Backups", "a database in memory has no backups") };
    const qint64 changes = changesSoFar();
    auto copy = m_backups.take(m_db, reason);
    if (copy)
        m_changesAtBackup = changes;
    return copy;
}

bool SqlBackupStore::changedSinceBackup() const { return changesSoFar() != m_changesAtBackup; }

QString SqlBackupStore::folder() const { return m_backups.folder(); }

qint64 SqlBackupStore::changesSoFar() const
{
    const auto changes = sql::scalar(m_db, QStringLiteral("SELECT total_changes()"));
    return changes ? changes->toLongLong() : -1;
}

} // namespace demarc
