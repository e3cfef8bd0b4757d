// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pack/PackVersions.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QString Hash = QStringLiteral("aaaa");
const QString Other = QStringLiteral("bbbb");

std::optional<InstalledVersion> installed(int version, const QString& hash)
{
    return InstalledVersion { version, hash };
}

} // namespace

TEST(PackVersions, the_shipped_course_is_installed_updated_or_left_alone)
{
    EXPECT_EQ(courseStep(std::nullopt, 3, Hash), CourseStep::Install);
    EXPECT_EQ(courseStep(installed(3, Hash), 3, Hash), CourseStep::UpToDate);
    EXPECT_EQ(courseStep(installed(2, Other), 3, Hash), CourseStep::Update);
    EXPECT_EQ(courseStep(installed(3, Other), 3, Hash), CourseStep::Update)
        << "the same version with other content";
    EXPECT_EQ(courseStep(installed(4, Other), 3, Hash), CourseStep::KeepNewer)
        << "a newer Demarc's course stays";
    EXPECT_EQ(courseStep(installed(4, Hash), 3, Hash), CourseStep::UpToDate) << "the bytes decide first";
}

TEST(PackVersions, an_instructors_pack_follows_its_version)
{
    EXPECT_EQ(importStep(std::nullopt, 1, Hash, Downgrade::Refuse), ImportStep::Install);
    EXPECT_EQ(importStep(installed(1, Hash), 1, Hash, Downgrade::Refuse), ImportStep::UpToDate);
    EXPECT_EQ(importStep(installed(1, Other), 2, Hash, Downgrade::Refuse), ImportStep::Update);
    EXPECT_EQ(importStep(installed(2, Other), 2, Hash, Downgrade::Refuse),
              ImportStep::SameVersionOtherContent);
    EXPECT_EQ(importStep(installed(2, Other), 2, Hash, Downgrade::Allow), ImportStep::SameVersionOtherContent)
        << "allowing a downgrade does not allow a second meaning for one version";
    EXPECT_EQ(importStep(installed(3, Other), 2, Hash, Downgrade::Refuse), ImportStep::NeedsDowngrade);
    EXPECT_EQ(importStep(installed(3, Other), 2, Hash, Downgrade::Allow), ImportStep::Downgrade);
    EXPECT_EQ(importStep(installed(3, Hash), 2, Hash, Downgrade::Refuse), ImportStep::UpToDate);
}
