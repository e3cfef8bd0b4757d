// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace demarc {

/** One copy of the learner's database. */
struct BackupCopy
{
    QString path;
    QDateTime takenAt;
    QString reason; ///< "automatic", "before-migration", "before-import", "manual"
    qint64 bytes = 0;
};

/** "4 Dec 2026 15:30, before a pack import (1.2 MB)": a copy as a person reads it. */
QString describeBackup(const BackupCopy& copy);

/** The copies of the database the app has open, as the interface sees them. */
class BackupStore
{
public:
    virtual ~BackupStore() = default;

    /** The copies there are, newest first. */
    virtual QList<BackupCopy> backups() const = 0;
    /** Copies the database now; returns the copy's path. */
    virtual Result<QString> backUp(const QString& reason) = 0;
    /** Whether anything was written since the last copy taken through this store (or since opening). */
    virtual bool changedSinceBackup() const = 0;
    /** The folder the copies are kept in. */
    virtual QString folder() const = 0;
};

} // namespace demarc
