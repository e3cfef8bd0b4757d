// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pack/PackStore.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

PackSummary installed(const char* id, bool bundled)
{
    PackSummary s;
    s.info.id = QLatin1String(id);
    s.bundled = bundled;
    return s;
}

} // namespace

TEST(PackStore, a_pack_id_is_made_from_its_title)
{
    EXPECT_EQ(packIdFromTitle(QStringLiteral("Workshop: a web shop")), QStringLiteral("workshop-a-web-shop"));
    EXPECT_EQ(packIdFromTitle(QStringLiteral("  --RDS & Lambda!  ")), QStringLiteral("rds-lambda"));
    EXPECT_EQ(packIdFromTitle(QStringLiteral("Ünïcode only ✓")), QStringLiteral("n-code-only"));
    EXPECT_EQ(packIdFromTitle(QStringLiteral("✓✓✓")), QStringLiteral("my-pack"));
    EXPECT_EQ(packIdFromTitle(QString(100, QLatin1Char('a'))).size(), 40);
}

TEST(PackStore, a_new_pack_extends_the_course_under_an_id_of_its_own)
{
    const QList<PackSummary> packs { installed("web-shop", false),
                                     installed("aws-shared-responsibility", true),
                                     installed("web-shop-2", false) };
    auto made = newPackExtendingCourse(packs, QStringLiteral("Web shop"), QStringLiteral("Dana"));
    ASSERT_TRUE(made.ok()) << made.errorMessage().toStdString();
    EXPECT_EQ(made->info.id, QStringLiteral("web-shop-3"));
    EXPECT_EQ(made->info.title, QStringLiteral("Web shop"));
    EXPECT_EQ(made->info.author, QStringLiteral("Dana"));
    EXPECT_EQ(made->info.version, 1);
    EXPECT_EQ(made->info.language, QStringLiteral("en"));
    EXPECT_EQ(made->info.extends, QStringLiteral("aws-shared-responsibility"));
    EXPECT_TRUE(made->lessons.isEmpty() && made->questions.isEmpty() && made->glossary.isEmpty());

    EXPECT_EQ(newPackExtendingCourse(packs, QStringLiteral("Fresh"), QString())->info.author,
              QStringLiteral("An instructor"));
    EXPECT_EQ(newPackExtendingCourse(packs, QStringLiteral("Fresh"), QString())->info.id,
              QStringLiteral("fresh"));

    auto none = newPackExtendingCourse({ installed("web-shop", false) }, QStringLiteral("X"), QString());
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.errorMessage(), QStringLiteral("there is no course to add to"));
}
