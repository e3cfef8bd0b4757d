// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Backups.h"
#include "core/BackupStore.h"

#include <QSqlDatabase>

namespace demarc {

/** The copies of the database open on one connection (see Backups). */
class SqlBackupStore : public BackupStore
{
public:
    explicit SqlBackupStore(QSqlDatabase db);

    QList<BackupCopy> backups() const override;
    Result<QString> backUp(const QString& reason) override;
    bool changedSinceBackup() const override;
    QString folder() const override;

private:
    /** Rows this connection has written since it opened (SQLite's total_changes()). */
    qint64 changesSoFar() const;

    QSqlDatabase m_db;
    Backups m_backups;
    qint64 m_changesAtBackup = 0;
};

} // namespace demarc
