// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupPolicy.h"
#include "core/BackupStore.h"
#include "core/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace demarc {

/**
 * The copies of one database file, kept in the folder "<name>-backups" beside it.
 *
 * A copy is made with VACUUM INTO (a consistent snapshot, taken while the app keeps working)
 * into a temporary name and renamed when complete, so a half-written copy never counts as one.
 * After each copy the folder is thinned by the BackupPolicy. A restore checks the copy first,
 * keeps the file it replaces (renamed, with its write-ahead log) and never deletes anything.
 */
class Backups
{
public:
    explicit Backups(QString databasePath, BackupPolicy policy = {});

    static QString folderFor(const QString& databasePath);
    /** The main file of @p db, or an empty string for an in-memory database. */
    static QString fileOf(const QSqlDatabase& db);

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return folderFor(m_databasePath); }

    /**
     * Copies the database open on @p db (which must not be inside a transaction) and thins the
     * folder. Returns the copy's path. Nothing is written for an in-memory database.
     */
    Result<QString> take(const QSqlDatabase& db, const QString& reason,
                         const QDateTime& now = QDateTime::currentDateTime()) const;

    /** The copies there are, newest first. A missing folder is no copies. */
    QList<BackupCopy> list() const;
    /** Removes the copies the policy does not keep, and copies cut short more than an hour ago. */
    Status thin() const;

    /**
     * Puts the copy at @p backupPath in the database's place. No connection to the database
     * may be open. The copy is checked first (a damaged one is refused and nothing changes);
     * the file it replaces, if any, is kept beside it as "<name>-<setAsideLabel>-<time>.sqlite".
     * Returns the path the replaced file was kept under (empty when there was none).
     */
    Result<QString> restore(const QString& backupPath, const QDateTime& now = QDateTime::currentDateTime(),
                            const QString& setAsideLabel = QStringLiteral("replaced")) const;

    /**
     * Moves the database file (with its -wal and -shm) aside as "<name>-<label>-<time>.sqlite"
     * so that a fresh one can be made: for a damaged file, which is kept, never deleted.
     * A file that is not a database, or another program's database, is refused and stays put.
     */
    Result<QString> setAside(const QString& label, const QDateTime& now = QDateTime::currentDateTime()) const;
    /** Where setAside(@p label, @p now) keeps the file. */
    QString asidePath(const QString& label, const QDateTime& now) const;

private:
    QString m_databasePath;
    BackupPolicy m_policy;
};

/** Backups(fileOf(db)).take(db, reason) when @p db is a file; nothing for memory. */
Status backUpBeforeChange(const QSqlDatabase& db, const QString& reason);

} // namespace demarc
