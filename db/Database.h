// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace demarc {

/**
 * One SQLite connection to a Demarc database, checked, configured and migrated.
 *
 * Opening never changes a file it refuses: an existing file is checked read-only first
 * (SQLite header, quick_check, schema version, application id) and only then opened for
 * writing. Every connection runs in WAL mode with synchronous=FULL, foreign keys on and a
 * busy timeout.
 */
class Database
{
public:
    /** "DEMR": marks a file as a Demarc database. */
    static constexpr int ApplicationId = 0x44454D52;
    static constexpr int BusyTimeoutMs = 5000;
    static constexpr const char* MemoryPath = ":memory:";

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /** Whether an existing file's schema is copied (Backups) before a migration changes it. */
    enum class BackupBeforeMigration { Yes, No };

    /**
     * Opens (creating when missing) and migrates to the newest schema. Before an existing
     * file is migrated, a copy is taken into its backup folder; when that fails, nothing is
     * migrated and the error says why.
     */
    static Result<std::unique_ptr<Database>> open(const QString& path,
                                                  BackupBeforeMigration backup = BackupBeforeMigration::Yes);
    /** Opens and migrates only up to @p schemaVersion: for upgrade tests. */
    static Result<std::unique_ptr<Database>>
    openAtVersion(const QString& path, int schemaVersion,
                  BackupBeforeMigration backup = BackupBeforeMigration::Yes);

    /**
     * Opens an existing database for reading only: never created, migrated, backed up or
     * written (the connection is query_only), and no -wal or -shm file is made beside a file
     * that has none. A file with an older schema opens as it is; schemaVersion() says which.
     * A file marked read-only opens too. ":memory:" has nothing to read: it is refused.
     */
    static Result<std::unique_ptr<Database>> openReadOnly(const QString& path);
    /**
     * Writes a consistent copy of the database to @p target (which must not exist) with
     * VACUUM INTO; works on a read-only connection and leaves this database as it is.
     */
    Status snapshotInto(const QString& target) const;
    bool isReadOnly() const { return m_readOnly; }

    enum class FileProblem {
        None, ///< a sound Demarc database this version can open, or no file yet (it will be made)
        /**
         * a Demarc database (its header says so) that fails to open or quick_check: a restore or a fresh
         * start may help
         */
        Damaged,
        /**
         * empty, not SQLite, or too short to be: someone's file, never to be moved or replaced
         */
        NotADatabase,
        /**
         * another program's SQLite database, sound or damaged: never to be moved or replaced
         */
        ForeignDatabase,
        NewerSchema, ///< written by a newer Demarc
        ReadOnly,
        Unreadable,
        Folder, ///< a folder where the file should be
        NoFolder, ///< the folder the file would go in does not exist
    };
    struct FileCheck
    {
        FileProblem problem = FileProblem::None;
        QString message; ///< names the file and says what is wrong
    };
    /** Looks at @p path read-only, as open() does first; the file is never changed. */
    static FileCheck check(const QString& path);

    /** The schema version this build writes: the number of the last migration. */
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    bool isMemory() const { return m_path == QLatin1String(MemoryPath); }

    /** PRAGMA integrity_check: an empty list when the file is sound. */
    Result<QStringList> integrityProblems() const;
    Result<int> schemaVersion() const;

private:
    Database(QString path, QString connectionName);
    static Status createAtomically(const QString& path, int schemaVersion);
    static Result<std::unique_ptr<Database>> openExisting(const QString& path, int schemaVersion,
                                                          BackupBeforeMigration backup);
    Status configure();
    Status migrate(int targetVersion, BackupBeforeMigration backup);

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
};

} // namespace demarc
