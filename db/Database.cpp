// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "Backups.h"
#include "Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QtEndian>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include <unistd.h>

namespace demarc {

namespace {

enum class WaitForLocks { No, Yes };

/**
 * Points @p db at @p path for reading only. With a write-ahead log beside the file (another
 * connection has it open, or left its log) it reads through the log; with none, everything is
 * in the file itself and "immutable" reads it without creating -wal and -shm files beside it.
 */
void setReadOnly(QSqlDatabase& db, const QString& path, WaitForLocks wait)
{
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        db.setDatabaseName(path);
        db.setConnectOptions(
            wait == WaitForLocks::Yes
                ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(Database::BusyTimeoutMs)
                : QStringLiteral("QSQLITE_OPEN_READONLY"));
    } else {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString()
                           + QStringLiteral("?immutable=1"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    }
}

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

struct Migration
{
    int version;
    QString resource;
};

/** The embedded migrations, db/migrations/NNN_name.sql, in order. */
QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> found;
        const QDir dir(QStringLiteral(":/demarc/migrations"));
        const QRegularExpression name(
            QRegularExpression::anchoredPattern(QStringLiteral("(\\d{3})_[a-z0-9_]+\\.sql")));
        for (const QString& file : dir.entryList(QDir::Files, QDir::Name)) {
            const auto m = name.match(file);
            if (m.hasMatch())
                found.append({ m.captured(1).toInt(), dir.filePath(file) });
        }
        return found;
    }();
    return list;
}

/** Splits a migration file into statements: comments dropped, split at ';' ending a line. */
QStringList statements(const QString& script)
{
    QStringList out;
    QString current;
    for (const QString& rawLine : script.split(QLatin1Char('\n'))) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0)
            line.truncate(comment);
        if (line.trimmed().isEmpty())
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

/** The fixed-size header at the start of every SQLite file, and where it keeps the application id. */
constexpr qint64 SqliteHeaderSize = 100;
constexpr int ApplicationIdOffset = 68;

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("demarc-%1").arg(counter.fetchAndAddRelaxed(1));
}

/**
 * How each opening checks a table. What grows with use and with packs is not checked at all: the
 * answer log grows with every answer (1,000,000 answers are nine tenths of the file), the
 * learner's notes and bookmarks with what they write and mark, and the course's text and its
 * search index with every pack (which installs them again). Checking them made start-up grow with
 * the history and the packs (0.47 s instead of 0.05 s with a large pack and 1,000,000 answers).
 * The learner's totals and schedule grow with packs too (one row per question) but every answer
 * writes them: their pages, and their indexes' pages, are walked (each must be a sound page of
 * that tree), which costs a fifth of a quick_check of their every cell. The days, the exams and
 * the catalogue of packs get a whole quick_check. Everything is checked by `--check-db`
 * (integrity_check), and damage met while reading or writing is reported as damage, with the
 * backups to restore from.
 */
enum class OpenCheck { None, Pages, Whole };

OpenCheck checkAtOpen(const QString& table)
{
    static const QStringList skipped { QStringLiteral("attempts"),       QStringLiteral("notes"),
                                       QStringLiteral("bookmarks"),      QStringLiteral("questions"),
                                       QStringLiteral("choices"),        QStringLiteral("lessons"),
                                       QStringLiteral("glossary_terms"), QStringLiteral("glossary_lessons") };
    static const QStringList walked { QStringLiteral("item_stats"), QStringLiteral("schedule") };
    if (skipped.contains(table) || table.startsWith(QLatin1String("search_index")))
        return OpenCheck::None;
    return walked.contains(table) ? OpenCheck::Pages : OpenCheck::Whole;
}

QString quoted(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

/**
 * The statements that walk every page of @p table and of each of its @p indexes without reading
 * their cells: count(*) steps through a table's own tree when told not to use an index; a scan
 * that asks for nothing, forced onto an index, steps through that index's tree.
 */
QStringList pageWalks(const QString& table, const QStringList& indexes)
{
    QStringList out { QStringLiteral("SELECT count(*) FROM %1 NOT INDEXED").arg(quoted(table)) };
    for (const QString& index : indexes)
        out.append(QStringLiteral("SELECT sum(1) FROM %1 INDEXED BY %2").arg(quoted(table), quoted(index)));
    return out;
}

/**
 * The check of each table at opening (checkAtOpen()). Returns SQLite's first finding, empty when
 * all is well; an error when the file cannot even be read as a database. A page walk that meets a
 * damaged page is a finding, in SQLite's words.
 */
Result<QString> quickCheck(const QSqlDatabase& db)
{
    QSqlQuery schema(db);
    schema.setForwardOnly(true);
    if (!schema.exec(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema "
                                    "WHERE type IN ('table', 'index') ORDER BY rootpage")))
        return Error { schema.lastError().databaseText() };
    QStringList checks;
    QStringList walks;
    QHash<QString, QStringList> indexes;
    while (schema.next()) {
        const QString name = schema.value(1).toString();
        if (schema.value(0).toString() == QLatin1String("index")) {
            indexes[schema.value(2).toString()].append(name);
        } else if (const OpenCheck check = checkAtOpen(name); check == OpenCheck::Whole) {
            checks.append(QStringLiteral("PRAGMA quick_check(%1)").arg(quoted(name)));
        } else if (check == OpenCheck::Pages) {
            walks.append(name);
        }
    }
    if (schema.lastError().isValid())
        return Error { schema.lastError().databaseText() };
    for (const QString& table : std::as_const(walks))
        checks += pageWalks(table, indexes.value(table));
    for (const QString& statement : std::as_const(checks)) {
        QSqlQuery check(db);
        check.setForwardOnly(true);
        const bool walk = !statement.startsWith(QLatin1String("PRAGMA"));
        if (!check.exec(statement) || (walk && !check.next())) {
            // SQLITE_CORRUPT met on the way through a tree is damage found, not an unreadable file.
            if (walk && (check.lastError().nativeErrorCode().toInt() & 0xff) == 11)
                return check.lastError().databaseText();
            return Error { check.lastError().databaseText() };
        }
        if (!walk && check.next() && check.value(0).toString() != QLatin1String("ok"))
            return check.value(0).toString();
    }
    return QString();
}

/** What SQLite says of an existing file opened read-only in @p db: sound, damaged, not Demarc's, newer. */
Database::FileCheck checkContents(QSqlDatabase& db, const QString& path, Database::FileProblem unreadable)
{
    using Problem = Database::FileProblem;
    Database::FileCheck status;
    if (!db.open()) {
        status = { unreadable, Text::tr("%1 cannot be opened: %2").arg(path, db.lastError().text()) };
    } else if (const Result<QString> found = quickCheck(db); !found) {
        // SQLite's own words ("database disk image is malformed") without the driver's wrapping.
        status = { unreadable,
                   Text::tr("%1 is damaged or not a database (SQLite reports: %2); it has not been changed")
                       .arg(path, found.errorMessage()) };
    } else if (!found->isEmpty()) {
        status = {
            unreadable,
            Text::tr("%1 is damaged (SQLite reports: %2); it has not been changed").arg(path, *found)
        };
    } else {
        const auto version = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
        const auto appId = sql::scalar(db, QStringLiteral("PRAGMA application_id"));
        const auto tables = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"));
        if (!version || !appId || !tables) {
            status = { unreadable,
                       Text::tr("%1 cannot be read as a database; it has not been changed").arg(path) };
        } else if (appId->toInt() != Database::ApplicationId
                   && (appId->toInt() != 0 || tables->toInt() > 0)) {
            status = { Problem::ForeignDatabase,
                       Text::tr("%1 is an SQLite database of another program, not a Demarc "
                                "database; it has not been changed")
                           .arg(path) };
        } else if (version->toInt() > Database::latestSchemaVersion()) {
            status = { Problem::NewerSchema,
                       Text::tr("%1 was written by a newer version of Demarc (schema %2; this "
                                "version reads up to %3). It has not been changed; update Demarc to open it")
                           .arg(path)
                           .arg(version->toInt())
                           .arg(Database::latestSchemaVersion()) };
        }
    }
    return status;
}

/** Runs a read-only look at an existing file before anything may write to it. */
Database::FileCheck inspectExisting(const QString& path)
{
    using Problem = Database::FileProblem;
    const QFileInfo info(path);
    if (info.size() == 0)
        return { Problem::NotADatabase,
                 Text::tr("%1 is an empty file, not a Demarc database; it has not been changed").arg(path) };
    QByteArray header;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return { Problem::Unreadable, Text::tr("%1 cannot be read: %2").arg(path, file.errorString()) };
        header = file.read(SqliteHeaderSize);
    }
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return { Problem::NotADatabase,
                 Text::tr("%1 is not a Demarc database (it is not an SQLite file); it has not been changed")
                     .arg(path) };
    if (header.size() < SqliteHeaderSize)
        return { Problem::NotADatabase,
                 Text::tr("%1 is not a Demarc database (it is too short to be an SQLite file); "
                          "it has not been changed")
                     .arg(path) };
    // The header names the program that made the file even when the rest cannot be read:
    // only a file Demarc made counts as Demarc's own damaged database.
    const bool demarcsOwn =
        qFromBigEndian<qint32>(header.constData() + ApplicationIdOffset) == Database::ApplicationId;
    const Problem unreadable = demarcsOwn ? Problem::Damaged : Problem::ForeignDatabase;
    // The mode bits, not access(): root may write anywhere, but a file marked read-only is
    // a user's decision to respect.
    const QFileDevice::Permissions writable =
        QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!(info.permissions() & writable) || !info.isWritable())
        return { Problem::ReadOnly,
                 Text::tr("%1 is read-only; Demarc needs to write its progress there. "
                          "Make the file writable or choose another one with --db")
                     .arg(path) };

    const QString name = newConnectionName();
    Database::FileCheck status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        setReadOnly(db, path, WaitForLocks::No);
        status = checkContents(db, path, unreadable);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{ }

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Database::FileCheck Database::check(const QString& path)
{
    if (path == QLatin1String(MemoryPath))
        return {};
    const QFileInfo info(path);
    if (info.isDir())
        return { FileProblem::Folder, Text::tr("%1 is a folder, not a database file").arg(path) };
    if (!info.absoluteDir().exists())
        return { FileProblem::NoFolder,
                 Text::tr("cannot create %1: the folder %2 does not exist")
                     .arg(path, QDir::toNativeSeparators(info.absolutePath())) };
    if (!info.exists())
        return {};
    return inspectExisting(path);
}

int Database::latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

Result<std::unique_ptr<Database>> Database::open(const QString& path, BackupBeforeMigration backup)
{
    return openAtVersion(path, latestSchemaVersion(), backup);
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int schemaVersion,
                                                          BackupBeforeMigration backup)
{
    if (path.isEmpty())
        return Error { Text::tr("no database file was given") };
    if (const FileCheck c = check(path); c.problem != FileProblem::None)
        return Error { c.message };

    if (path != QLatin1String(MemoryPath) && !QFileInfo::exists(path)) {
        if (Status s = createAtomically(path, schemaVersion); !s)
            return Error { s.errorMessage() };
    }
    return openExisting(path, schemaVersion, backup);
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString& path)
{
    if (path.isEmpty())
        return Error { Text::tr("no database file was given") };
    if (path == QLatin1String(MemoryPath))
        return Error { Text::tr("a database in memory has nothing to read") };
    if (!QFileInfo(path).isDir() && !QFileInfo::exists(path))
        return Error { Text::tr("%1: no such database file").arg(path) };
    // The same checks as open(); a file marked read-only is fine for reading.
    if (const FileCheck c = check(path); c.problem != FileProblem::None && c.problem != FileProblem::ReadOnly)
        return Error { c.message };

    std::unique_ptr<Database> database(new Database(path, newConnectionName()));
    database->m_readOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    setReadOnly(db, path, WaitForLocks::Yes);
    if (!db.open())
        return Error { Text::tr("cannot open %1: %2").arg(path, db.lastError().text()) };
    if (auto set = sql::run(db, QStringLiteral("PRAGMA query_only = ON")); !set)
        return Error { Text::tr("cannot use %1: %2").arg(path, set.errorMessage()) };
    return database;
}

Status Database::snapshotInto(const QString& target) const
{
    if (QFileInfo::exists(target))
        return Error { Text::tr("cannot copy %1 to %2: the file exists").arg(m_path, target) };
    // VACUUM INTO writes only the target, but query_only refuses it: lifted for the copy (a
    // read-only connection still cannot write its own file).
    const QSqlDatabase db = connection();
    if (m_readOnly) {
        if (auto lifted = sql::run(db, QStringLiteral("PRAGMA query_only = OFF")); !lifted)
            return Error { Text::tr("cannot copy %1: %2").arg(m_path, lifted.errorMessage()) };
    }
    auto copied = sql::run(db, QStringLiteral("VACUUM INTO ?"), { target });
    if (!copied)
        return Error { Text::tr("cannot copy %1 to %2: %3").arg(m_path, target, copied.errorMessage()) };
    if (m_readOnly) {
        if (auto restored = sql::run(db, QStringLiteral("PRAGMA query_only = ON")); !restored)
            return Error {
                Text::tr("cannot use %1 after copying it: %2").arg(m_path, restored.errorMessage())
            };
    }
    return {};
}

Status Database::createAtomically(const QString& path, int schemaVersion)
{
    // A new database is built beside its final name and moved there complete, so a process
    // killed while creating it leaves no half-made file, and of two processes creating it at
    // once one wins and the other opens what the first made.
    // Most file systems allow 255 bytes for a name, and the temporary one adds 16.
    constexpr qsizetype LongestName = 239;
    if (const qsizetype bytes = QFile::encodeName(QFileInfo(path).fileName()).size(); bytes > LongestName)
        return Error { Text::tr("cannot create %1: the file name is too long (%2 bytes; at most %3)")
                           .arg(path)
                           .arg(bytes)
                           .arg(LongestName) };
    QString building;
    {
        QTemporaryFile file(path + QStringLiteral(".creating-XXXXXX"));
        file.setAutoRemove(false);
        if (!file.open() || file.fileName().isEmpty())
            return Error { Text::tr("cannot create %1: %2").arg(path, file.errorString()) };
        building = file.fileName();
    }
    const auto removeBuilding = [&building] {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(building + suffix);
    };
    {
        auto made = openExisting(building, schemaVersion, BackupBeforeMigration::No);
        if (!made) {
            removeBuilding();
            return Error { QString(made.errorMessage()).replace(building, path) };
        }
    } // closed: the write-ahead log is folded into the file and removed
    // link() refuses an existing name atomically; QFile::rename() would fall back to copying
    // over a file another process has just put there.
    const bool placed =
        ::link(QFile::encodeName(building).constData(), QFile::encodeName(path).constData()) == 0;
    const int linkError = errno;
    removeBuilding();
    if (!placed && linkError != EEXIST)
        return Error {
            Text::tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(linkError)))
        };
    return {};
}

Result<std::unique_ptr<Database>> Database::openExisting(const QString& path, int schemaVersion,
                                                         BackupBeforeMigration backup)
{
    std::unique_ptr<Database> database(new Database(path, newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open())
        return Error { Text::tr("cannot open %1: %2").arg(path, db.lastError().text()) };
    if (Status s = database->configure(); !s)
        return Error { Text::tr("cannot use %1: %2").arg(path, s.errorMessage()) };
    if (Status s = database->migrate(schemaVersion, backup); !s)
        return Error {
            Text::tr("cannot update %1 to this version of Demarc: %2").arg(path, s.errorMessage())
        };
    return database;
}

Status Database::configure()
{
    const QSqlDatabase db = connection();
    // Qt ignores connect options it does not know, so each pragma is set and read back.
    struct Pragma
    {
        const char* set;
        const char* read;
        QStringList accepted;
    };
    const QList<Pragma> pragmas {
        { "PRAGMA journal_mode = WAL",
          "PRAGMA journal_mode",
          { QStringLiteral("wal"), QStringLiteral("memory") } },
        { "PRAGMA synchronous = FULL", "PRAGMA synchronous", { QStringLiteral("2") } },
        { "PRAGMA foreign_keys = ON", "PRAGMA foreign_keys", { QStringLiteral("1") } },
        { "PRAGMA busy_timeout = 5000", "PRAGMA busy_timeout", { QString::number(BusyTimeoutMs) } },
    };
    for (const Pragma& p : pragmas) {
        if (auto set = sql::run(db, QLatin1String(p.set)); !set)
            return Error { set.errorMessage() };
        const auto value = sql::scalar(db, QLatin1String(p.read));
        if (!value)
            return Error { value.errorMessage() };
        if (!p.accepted.contains(value->toString().toLower()))
            return Error { Text::tr("\"%1\" did not take effect (the database reports %2)")
                               .arg(QLatin1String(p.set), value->toString()) };
    }
    return {};
}

Status Database::migrate(int targetVersion, BackupBeforeMigration backup)
{
    const QSqlDatabase db = connection();
    const auto current = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return Error { current.errorMessage() };
    if (backup == BackupBeforeMigration::Yes && current->toInt() > 0 && current->toInt() < targetVersion
        && !isMemory()) {
        auto copy = Backups(m_path).take(db, QStringLiteral("before-migration"));
        if (!copy)
            return Error { Text::tr("the copy taken before updating failed, so nothing was changed: %1")
                               .arg(copy.errorMessage()) };
    }
    for (const Migration& m : migrations()) {
        if (m.version <= current->toInt() || m.version > targetVersion)
            continue;
        QFile file(m.resource);
        if (!file.open(QIODevice::ReadOnly))
            return Error { Text::tr("migration %1 is missing from this build").arg(m.resource) };
        sql::WriteTransaction transaction(db);
        if (!transaction.begun())
            return transaction.begun();
        for (const QString& statement : statements(QString::fromUtf8(file.readAll()))) {
            QSqlQuery query(db);
            if (!query.exec(statement))
                return Error { Text::tr("migration %1 failed: %2")
                                   .arg(QFileInfo(m.resource).fileName(), query.lastError().text()) };
        }
        // Pragmas take no bound values; these are integers from this build.
        for (const QString& pragma : { QStringLiteral("PRAGMA user_version = %1").arg(m.version),
                                       QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId) }) {
            if (auto done = sql::run(db, pragma); !done)
                return Error { done.errorMessage() };
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return {};
}

Result<QStringList> Database::integrityProblems() const
{
    auto query = sql::run(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (!query)
        return Error { query.errorMessage() };
    QStringList problems;
    while (query->next()) {
        const QString line = query->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (auto fk = sql::run(connection(), QStringLiteral("PRAGMA foreign_key_check")); fk) {
        while (fk->next())
            problems.append(
                Text::tr("row %1 of %2 refers to a missing row of %3")
                    .arg(fk->value(1).toString(), fk->value(0).toString(), fk->value(2).toString()));
    } else {
        return Error { fk.errorMessage() };
    }
    return problems;
}

Result<int> Database::schemaVersion() const
{
    const auto v = sql::scalar(connection(), QStringLiteral("PRAGMA user_version"));
    if (!v)
        return Error { v.errorMessage() };
    return v->toInt();
}

} // namespace demarc
