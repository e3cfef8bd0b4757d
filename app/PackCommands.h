// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExitCode.h"
#include "db/CourseInstaller.h"

#include <QString>

class QTextStream;

namespace demarc {

class SqlPackStore;

/** The content-pack commands of the command line. Each returns the process's exit code. */
namespace packcommand {

/** "3 lessons, 1 glossary term, 12 questions" */
QString contentCounts(const Pack& pack);

/** --import-pack: all or nothing; a lower version than the installed one only with --allow-downgrade. */
int importPack(SqlPackStore& packs, const QString& path, Downgrade downgrade, QTextStream& out,
               QTextStream& err);

/** --export-pack: the installed pack @p packId (or the only one installed, when empty) as a pack file. */
int exportPack(const SqlPackStore& packs, const QString& packId, const QString& path, QTextStream& out,
               QTextStream& err);

} // namespace packcommand

} // namespace demarc
