// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backups)
};

const QStringList SideFiles { QStringLiteral("-wal"), QStringLiteral("-shm") };

/** Renames @p from (and its -wal and -shm, when there) to @p to. */
Status moveWithSideFiles(const QString& from, const QString& to)
{
    if (!QFile::rename(from, to))
        return Error { Text::tr("cannot rename %1 to %2").arg(from, to) };
    for (const QString& suffix : SideFiles) {
        if (QFileInfo::exists(from + suffix) && !QFile::rename(from + suffix, to + suffix))
            return Error { Text::tr("cannot rename %1 to %2").arg(from + suffix, to + suffix) };
    }
    return {};
}

} // namespace

Backups::Backups(QString databasePath, BackupPolicy policy)
    : m_databasePath(std::move(databasePath))
    , m_policy(policy)
{ }

QString Backups::folderFor(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

QString Backups::fileOf(const QSqlDatabase& db)
{
    auto list = sql::run(db, QStringLiteral("PRAGMA database_list"));
    if (!list)
        return {};
    while (list->next()) {
        if (list->value(1).toString() == QLatin1String("main"))
            return list->value(2).toString();
    }
    return {};
}

Result<QString> Backups::take(const QSqlDatabase& db, const QString& reason, const QDateTime& now) const
{
    if (m_databasePath.isEmpty() || m_databasePath == QLatin1String(Database::MemoryPath))
        return QString();
    const QDir dir(folder());
    if (!dir.exists() && !QDir().mkpath(dir.path()))
        return Error {
            Text::tr("cannot make the backup folder %1").arg(QDir::toNativeSeparators(dir.path()))
        };
    const QString target = dir.filePath(BackupPolicy::fileName(m_databasePath, now, reason));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    if (auto copied = sql::run(db, QStringLiteral("VACUUM INTO ?"), { partial }); !copied) {
        QFile::remove(partial);
        return Error { Text::tr("the backup %1 could not be written: %2")
                           .arg(QDir::toNativeSeparators(target), copied.errorMessage()) };
    }
    if (QFileInfo::exists(target) || !QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error {
            Text::tr("the backup %1 could not be put in place").arg(QDir::toNativeSeparators(target))
        };
    }
    if (Status s = thin(); !s)
        return Error { s.errorMessage() };
    return target;
}

QList<BackupCopy> Backups::list() const
{
    QList<BackupCopy> copies;
    const QDir dir(folder());
    for (const QFileInfo& file : dir.entryInfoList({ QStringLiteral("*.sqlite") }, QDir::Files)) {
        const auto at = BackupPolicy::takenAt(m_databasePath, file.fileName());
        if (!at)
            continue;
        copies.append({ file.absoluteFilePath(), *at, BackupPolicy::reasonOf(m_databasePath, file.fileName()),
                        file.size() });
    }
    std::sort(copies.begin(), copies.end(),
              [](const BackupCopy& a, const BackupCopy& b) { return a.takenAt > b.takenAt; });
    return copies;
}

Status Backups::thin() const
{
    // A copy cut short by a crash or a full disk leaves its temporary file; one not written to
    // for an hour is no other process's copy in progress.
    const QDir dir(folder());
    for (const QFileInfo& partial : dir.entryInfoList({ QStringLiteral("*.sqlite.partial") }, QDir::Files)) {
        if (partial.lastModified().secsTo(QDateTime::currentDateTime()) > 3600)
            QFile::remove(partial.absoluteFilePath());
    }
    const QList<BackupCopy> copies = list();
    QList<QDateTime> taken;
    for (const BackupCopy& c : copies)
        taken.append(c.takenAt);
    const QList<int> kept = m_policy.keep(taken);
    for (int i = 0; i < copies.size(); ++i) {
        if (!kept.contains(i) && !QFile::remove(copies[i].path))
            return Error {
                Text::tr("cannot remove the old backup %1").arg(QDir::toNativeSeparators(copies[i].path))
            };
    }
    return {};
}

QString Backups::asidePath(const QString& label, const QDateTime& now) const
{
    const QFileInfo info(m_databasePath);
    return info.absoluteDir().filePath(
        QStringLiteral("%1-%2-%3.sqlite")
            .arg(info.completeBaseName(), label, now.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
}

Result<QString> Backups::setAside(const QString& label, const QDateTime& now) const
{
    if (!QFileInfo::exists(m_databasePath))
        return QString();
    // Only Demarc's own file is ever moved: a file that is not a database, or another
    // program's, stays where its owner put it.
    if (const Database::FileCheck c = Database::check(m_databasePath);
        c.problem == Database::FileProblem::NotADatabase
        || c.problem == Database::FileProblem::ForeignDatabase)
        return Error {
            Text::tr("%1 is not Demarc's database, so Demarc leaves it where it is").arg(m_databasePath)
        };
    const QString aside = asidePath(label, now);
    if (QFileInfo::exists(aside))
        return Error { Text::tr("%1 already exists").arg(aside) };
    if (Status s = moveWithSideFiles(m_databasePath, aside); !s)
        return Error { s.errorMessage() };
    return aside;
}

Result<QString> Backups::restore(const QString& backupPath, const QDateTime& now,
                                 const QString& setAsideLabel) const
{
    // The copy must be a sound Demarc database this version can open; checked on a copy of
    // it, so that opening (and migrating, for an older one) never touches the backup itself.
    const QFileInfo info(m_databasePath);
    const QString staged =
        info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral(".restoring.sqlite"));
    const auto removeStaged = [&staged] {
        for (const QString& suffix : { QString(), SideFiles[0], SideFiles[1] })
            QFile::remove(staged + suffix);
    };
    removeStaged(); // left by a restore cut short
    if (!QFile::copy(backupPath, staged))
        return Error { Text::tr("cannot copy %1 beside %2").arg(backupPath, m_databasePath) };
    QFile(staged).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto opened = Database::open(staged, Database::BackupBeforeMigration::No);
        if (!opened) {
            removeStaged();
            return Error { Text::tr("the backup %1 cannot be restored: %2")
                               .arg(backupPath, QString(opened.errorMessage()).replace(staged, backupPath)) };
        }
        auto problems = (*opened)->integrityProblems();
        if (!problems || !problems->isEmpty()) {
            removeStaged();
            return Error { Text::tr("the backup %1 is damaged and was not restored").arg(backupPath) };
        }
    }
    auto aside = setAside(setAsideLabel, now);
    if (!aside) {
        removeStaged();
        return Error { aside.errorMessage() };
    }
    if (Status s = moveWithSideFiles(staged, m_databasePath); !s) {
        // Put the old file back: nothing lost either way; and if even that fails, say where it is.
        if (!aside->isEmpty()) {
            if (Status back = moveWithSideFiles(*aside, m_databasePath); !back) {
                removeStaged();
                return Error { Text::tr("%1; the database it was to replace is kept as %2 (%3)")
                                   .arg(s.errorMessage(), QDir::toNativeSeparators(*aside),
                                        back.errorMessage()) };
            }
        }
        removeStaged();
        return Error { s.errorMessage() };
    }
    return *aside;
}

Status backUpBeforeChange(const QSqlDatabase& db, const QString& reason)
{
    const QString file = Backups::fileOf(db);
    if (file.isEmpty())
        return {};
    auto taken = Backups(file).take(db, reason);
    if (!taken)
        return Error { taken.errorMessage() };
    return {};
}

} // namespace demarc
