// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlContentRepository.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

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
Result<InstallOutcome> installBundledCourse(SqlContentRepository& repository, const QByteArray& bytes,
                                            const QString& label);

} // namespace demarc
