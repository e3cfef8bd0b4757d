// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"

#include <QString>

class QTextStream;

namespace demarc {

/** The backup commands of the command line. Each returns the process's exit code. */
namespace backupcommand {

/** --backup: a copy of the database now, into its backup folder. */
int backUp(const QString& databasePath, QTextStream& out, QTextStream& err);

/** --list-backups: the copies there are, newest first, one per line. */
int list(const QString& databasePath, QTextStream& out, QTextStream& err);

/** --restore-backup FILE|newest: puts a copy in the database's place, keeping the file it replaces. */
int restore(const QString& databasePath, const QString& backup, QTextStream& out, QTextStream& err);

} // namespace backupcommand

} // namespace demarc
