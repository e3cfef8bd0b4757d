// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the pack validator, one broken pack per rule: tests/fixtures/packs/invalid/
// NAME.json, and in NAME.expected the exact lines `demarc --validate-pack` prints for it
// (labelled NAME.json). Packs named addon-* are checked against the bundled course and the
// workshop pack (tests/fixtures/packs/workshop.json), as if both were installed.
//
// After changing a message on purpose, DEMARC_UPDATE_EXPECTED=1 rewrites the .expected files;
// read every changed line before committing them.
#include "core/pack/PackParser.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QString InvalidDir = test::fixture(QStringLiteral("packs/invalid"));

PackBaseLookup installedCourseAndWorkshop()
{
    static const std::optional<Pack> course =
        PackParser::parse(test::readFile(test::bundledCoursePath()), QStringLiteral("course.json")).pack;
    static const std::optional<Pack> workshop =
        PackParser::parse(test::readFile(test::fixture(QStringLiteral("packs/workshop.json"))),
                          QStringLiteral("workshop.json"),
                          [](const QString& id) -> std::optional<PackBase> {
                              if (course && id == course->info.id)
                                  return PackBase::of(*course);
                              return std::nullopt;
                          })
            .pack;
    return [](const QString& id) -> std::optional<PackBase> {
        for (const std::optional<Pack>& p : { course, workshop }) {
            if (p && p->info.id == id)
                return PackBase::of(*p);
        }
        return std::nullopt;
    };
}

QStringList fixtureNames()
{
    QStringList names;
    for (const QString& file :
         QDir(InvalidDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name))
        names.append(file.chopped(5));
    return names;
}

} // namespace

TEST(PackRules, the_course_and_the_workshop_pack_are_valid_bases)
{
    const PackBaseLookup bases = installedCourseAndWorkshop();
    ASSERT_TRUE(bases(QStringLiteral("aws-shared-responsibility")).has_value());
    const auto workshop = bases(QStringLiteral("web-shop-workshop"));
    ASSERT_TRUE(workshop.has_value()) << "tests/fixtures/packs/workshop.json must be a valid pack";
    EXPECT_EQ(workshop->info.extends, QStringLiteral("aws-shared-responsibility"));
}

TEST(PackRules, every_broken_pack_gives_exactly_its_expected_messages)
{
    const QStringList names = fixtureNames();
    ASSERT_GE(names.size(), 50);
    const bool update = qEnvironmentVariableIsSet("DEMARC_UPDATE_EXPECTED");
    for (const QString& name : names) {
        SCOPED_TRACE(name.toStdString());
        const QString file = name + QStringLiteral(".json");
        const PackParseResult result =
            PackParser::parse(test::readFile(InvalidDir + u'/' + file), file, installedCourseAndWorkshop());
        EXPECT_FALSE(result.ok());
        QString lines;
        for (const PackProblem& p : result.problems)
            lines += p.toString() + u'\n';
        const QString expectedPath = InvalidDir + u'/' + name + QStringLiteral(".expected");
        if (update) {
            QFile out(expectedPath);
            ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(lines.toUtf8());
            continue;
        }
        ASSERT_TRUE(QFile::exists(expectedPath)) << "no " << expectedPath.toStdString();
        EXPECT_EQ(lines, QString::fromUtf8(test::readFile(expectedPath)));
    }
}

TEST(PackRules, each_broken_pack_breaks_one_rule)
{
    // One problem per fixture keeps each rule's message and position pinned on its own.
    for (const QString& name : fixtureNames()) {
        const QString file = name + QStringLiteral(".json");
        const PackParseResult result =
            PackParser::parse(test::readFile(InvalidDir + u'/' + file), file, installedCourseAndWorkshop());
        EXPECT_EQ(result.problems.size(), 1) << name.toStdString();
    }
}

TEST(PackRules, the_format_descriptions_add_on_example_is_valid)
{
    // The second example in resources/content/README.md: a pack extending the bundled course.
    const QByteArray readme = test::readFile(test::sourcePath(QStringLiteral("resources/content/README.md")));
    const QByteArray open = "```json\n";
    const qsizetype first = readme.indexOf(open);
    const qsizetype start = readme.indexOf(open, first + open.size());
    ASSERT_GT(start, first);
    const qsizetype end = readme.indexOf("```", start + open.size());
    const QByteArray json = readme.mid(start + open.size(), end - start - open.size());
    const PackParseResult r =
        PackParser::parse(json, QStringLiteral("README.md"), installedCourseAndWorkshop());
    QStringList problems;
    for (const PackProblem& p : r.problems)
        problems.append(p.toString());
    ASSERT_TRUE(r.ok()) << problems.join(u'\n').toStdString();
    EXPECT_EQ(r.pack->info.extends, QStringLiteral("aws-shared-responsibility"));
    EXPECT_EQ(r.pack->questions.size(), 1);
}
