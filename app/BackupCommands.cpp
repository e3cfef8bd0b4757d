// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommands.h"

#include "Messages.h"

#include "db/Backups.h"
#include "db/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QTextStream>

namespace demarc::backupcommand {

namespace {

bool refuseMemory(const QString& databasePath, QTextStream& err)
{
    if (databasePath != QLatin1String(Database::MemoryPath))
        return false;
    report(err, QObject::tr("a database in memory has no backups"));
    return true;
}

} // namespace

int backUp(const QString& databasePath, QTextStream& out, QTextStream& err)
{
    if (refuseMemory(databasePath, err))
        return DataProblem;
    auto db = Database::open(databasePath);
    if (!db) {
        report(err, db.errorMessage());
        return DataProblem;
    }
    auto copy = Backups(databasePath).take((*db)->connection(), QStringLiteral("manual"));
    if (!copy) {
        report(err, copy.errorMessage());
        return DataProblem;
    }
    out << QObject::tr("backed up %1 to %2").arg(databasePath, QDir::toNativeSeparators(*copy)) << "\n";
    return Success;
}

int list(const QString& databasePath, QTextStream& out, QTextStream& err)
{
    if (refuseMemory(databasePath, err))
        return DataProblem;
    const Backups backups(databasePath);
    const QList<BackupCopy> copies = backups.list();
    if (copies.isEmpty()) {
        out << QObject::tr("no backups of %1 yet (they go in %2)")
                   .arg(databasePath, QDir::toNativeSeparators(backups.folder()))
            << "\n";
        return Success;
    }
    for (const BackupCopy& copy : copies)
        out << describeBackup(copy) << "\t" << QDir::toNativeSeparators(copy.path) << "\n";
    return Success;
}

int restore(const QString& databasePath, const QString& backup, QTextStream& out, QTextStream& err)
{
    if (refuseMemory(databasePath, err))
        return DataProblem;
    const Backups backups(databasePath);
    QString chosen = backup;
    if (backup == QLatin1String("newest")) {
        const QList<BackupCopy> copies = backups.list();
        if (copies.isEmpty()) {
            report(err, QObject::tr("there are no backups of %1 in %2").arg(databasePath, backups.folder()));
            return DataProblem;
        }
        chosen = copies.constFirst().path;
    } else if (!QFileInfo(backup).isFile()) {
        report(err, QObject::tr("%1: no such backup file").arg(backup));
        return DataProblem;
    }
    auto replaced = backups.restore(chosen);
    if (!replaced) {
        report(err, replaced.errorMessage());
        return DataProblem;
    }
    out << QObject::tr("restored %1 from %2").arg(databasePath, QDir::toNativeSeparators(chosen)) << "\n";
    if (!replaced->isEmpty())
        out << QObject::tr("the database it replaced is kept as %1").arg(QDir::toNativeSeparators(*replaced))
            << "\n";
    return Success;
}

} // namespace demarc::backupcommand
