// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackVersions.h"

namespace demarc {

CourseStep courseStep(const std::optional<InstalledVersion>& installed, int version, const QString& hash)
{
    if (!installed)
        return CourseStep::Install;
    if (installed->contentHash == hash)
        return CourseStep::UpToDate;
    if (installed->version > version)
        return CourseStep::KeepNewer;
    return CourseStep::Update;
}

ImportStep importStep(const std::optional<InstalledVersion>& installed, int version, const QString& hash,
                      Downgrade downgrade)
{
    if (!installed)
        return ImportStep::Install;
    if (installed->contentHash == hash)
        return ImportStep::UpToDate;
    if (installed->version == version)
        return ImportStep::SameVersionOtherContent;
    if (installed->version > version)
        return downgrade == Downgrade::Allow ? ImportStep::Downgrade : ImportStep::NeedsDowngrade;
    return ImportStep::Update;
}

} // namespace demarc
