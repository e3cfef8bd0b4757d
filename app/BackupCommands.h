// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QString>

class QTextStream;

namespace demarc {

struct BackupCopy;

/** The backup commands of the command line. Each returns the process's exit code. */
namespace backupcommand {

/** --backup: a copy of the database now, into its backup folder. */
int backUp(const QString& databasePath, QTextStream& out, QTextStream& err);

/** --list-backups: the copies there are, newest first, one per line. */
int list(const QString& databasePath, QTextStream& out, QTextStream& err);

/** --restore-backup FILE|newest: puts a copy in the database's place, keeping the file it replaces. */
int restore(const QString& databasePath, const QString& backup, QTextStream& out, QTextStream& err);

/** "4 Dec 2026 15:30, before an import (1.2 MB)": how a copy is named to a person. */
QString describe(const BackupCopy& copy);

} // namespace backupcommand

} // namespace demarc
