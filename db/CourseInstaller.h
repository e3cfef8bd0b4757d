// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlPackStore.h"
#include "core/Result.h"
#include "core/pack/PackParser.h"
#include "core/pack/PackStore.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace demarc {

struct InstallOutcome
{
    enum class Action {
        UpToDate, ///< the same content is installed; nothing was parsed or written
        KeptNewer, ///< a newer version of the pack is installed; it was kept
        Installed, ///< the pack was not installed before
        Updated, ///< the pack replaced an older version (or changed content of the same version)
    };
    Action action = Action::UpToDate;
    int version = 0;
};

/** The SHA-256 of a pack file's bytes, in hex: how an installed pack is recognised. */
QString packContentHash(const QByteArray& bytes);

/**
 * Makes sure the course shipped with the application is installed: imports it into a fresh
 * database, re-imports it when the shipped version is newer (or the same version with other
 * content), and does nothing at all when the same bytes are already installed.
 * Learner data is never touched.
 */
Result<InstallOutcome> installBundledCourse(SqlPackStore& store, const QByteArray& bytes,
                                            const QString& label);

/** The course shipped with the application, as start-up knows it before reading it. */
struct BundledCourse
{
    QString hash; ///< packContentHash() of its bytes, computed when the application was built
    std::function<QByteArray()> read; ///< its bytes; called only when they are needed
    QString label; ///< the file name its problems are reported under
};

/**
 * installBundledCourse() for a course whose hash is known in advance: when the installed
 * bundled course carries that hash, nothing is read, parsed or hashed. Otherwise the bytes are
 * read and installed under the hash of what was actually read.
 */
Result<InstallOutcome> installBundledCourse(SqlPackStore& store, const BundledCourse& course);

/** Finds installed packs for the packs that extend them (see PackParser::parse). */
PackBaseLookup installedPackLookup(const SqlPackStore& store);

/**
 * Imports the content pack at @p path as an instructor's pack (never marked as the bundled
 * course): all or nothing, in one transaction. A pack with a new id is installed; the same id
 * with a higher version replaces the old content (learner data keyed to ids that survive
 * stays; the rest is retired); the same bytes change nothing; a lower version is replaced
 * only with Downgrade::Allow. Errors: the file's problems, one "FILE:LINE:COL: message" per
 * line; the same version with other content; an id another pack already uses.
 */
Result<PackImportOutcome> importPackFile(SqlPackStore& store, const QString& path,
                                         Downgrade downgrade = Downgrade::Refuse);

/**
 * Saves a pack edited in the app, through the same checks as a file: its problems are
 * reported as "ID.json:LINE:COL: message" lines (of the pack as it would be written) and
 * nothing is saved. A changed pack that is installed becomes its next version; an unchanged
 * one writes nothing. The bundled course is never written.
 */
Result<PackImportOutcome> saveEditedPack(SqlPackStore& store, Pack pack);

} // namespace demarc
