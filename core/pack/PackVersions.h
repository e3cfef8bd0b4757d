// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PackStore.h"

#include <QString>

#include <optional>

namespace demarc {

/** What is installed of a pack: enough to decide what installing a file of it does. */
struct InstalledVersion
{
    int version = 0;
    QString contentHash; ///< packContentHash() of the bytes it was installed from
};

/** What installing the course shipped with the application does (see installBundledCourse()). */
enum class CourseStep {
    UpToDate, ///< these very bytes are installed: nothing to read or write
    KeepNewer, ///< a newer version is installed (a newer Demarc wrote it): it stays
    Install, ///< not installed yet
    Update, ///< an older version, or the same version with other content: replaced, learner data kept
};
CourseStep courseStep(const std::optional<InstalledVersion>& installed, int version, const QString& hash);

/** What importing an instructor's pack file does (see importPackFile()). */
enum class ImportStep {
    UpToDate, ///< these very bytes are installed
    Install, ///< a new pack
    Update, ///< a lower version is replaced
    SameVersionOtherContent, ///< refused: raise the version to replace it
    NeedsDowngrade, ///< a higher version is installed and a downgrade was not allowed: nothing changes
    Downgrade, ///< a higher version is replaced, as allowed
};
ImportStep importStep(const std::optional<InstalledVersion>& installed, int version, const QString& hash,
                      Downgrade downgrade);

} // namespace demarc
