// SPDX-License-Identifier: GPL-3.0-or-later
#include "demarc/BundledCourse.h"

#include "support/TestFiles.h"

#include <QCryptographicHash>

#include <gtest/gtest.h>

using namespace demarc;

TEST(BundledCourseHash, the_hash_recorded_at_build_time_is_that_of_the_course_file)
{
    const QByteArray bytes =
        test::readFile(test::sourcePath(QStringLiteral("resources/content/aws-shared-responsibility.json")));
    ASSERT_FALSE(bytes.isEmpty());
    EXPECT_EQ(QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
              QStringLiteral(DEMARC_BUNDLED_COURSE_SHA256));
}
