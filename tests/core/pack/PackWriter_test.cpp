// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QFile>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

QByteArray bundledBytes()
{
    QFile file(test::bundledCoursePath());
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

Pack parsed(const QByteArray& json)
{
    const PackParseResult r = PackParser::parse(json, QStringLiteral("pack.json"));
    QStringList problems;
    for (const PackProblem& p : r.problems)
        problems.append(p.toString());
    EXPECT_TRUE(r.ok()) << problems.join(QLatin1Char('\n')).toStdString();
    return r.pack.value_or(Pack {});
}

} // namespace

TEST(PackWriter, the_bundled_course_reads_back_the_same)
{
    const Pack pack = parsed(bundledBytes());
    ASSERT_GT(pack.questions.size(), 100);
    const QByteArray written = writePack(pack);
    EXPECT_EQ(parsed(written), pack);
    EXPECT_EQ(writePack(parsed(written)), written);
}

TEST(PackWriter, the_bundled_file_is_already_in_the_written_form)
{
    // The shipped file is kept as the writer writes it, so an export of the course and the
    // file itself can be compared with diff.
    EXPECT_EQ(writePack(parsed(bundledBytes())), bundledBytes());
}

TEST(PackWriter, the_readme_example_reads_back_the_same)
{
    const Pack pack = parsed(test::readmeExamplePack());
    EXPECT_EQ(parsed(writePack(pack)), pack);
}

TEST(PackWriter, leaves_out_optional_fields_that_are_empty)
{
    Pack pack = parsed(test::readmeExamplePack());
    pack.info.description.clear();
    pack.services.clear();
    const QByteArray json = writePack(pack);
    EXPECT_FALSE(json.contains("\"description\""));
    EXPECT_FALSE(json.contains("\"services\""));
    EXPECT_FALSE(json.contains("\"nuance\": \"\""));
    EXPECT_EQ(parsed(json), pack);
}

TEST(PackWriter, escapes_what_json_needs_and_keeps_the_rest_as_utf8)
{
    Pack pack = parsed(test::readmeExamplePack());
    const QString tricky = QStringLiteral("Quote \" backslash \\ tab\tnew line\nbell \x07 é 雲 ")
        + QString::fromUtf8("\xF0\x9F\x94\x92");
    pack.info.title = tricky;
    pack.questions.first().prompt = tricky;
    const QByteArray json = writePack(pack);
    EXPECT_TRUE(json.contains("Quote \\\" backslash \\\\ tab\\tnew line\\nbell \\u0007 "));
    EXPECT_TRUE(json.contains("\xC3\xA9 \xE9\x9B\xB2 \xF0\x9F\x94\x92"));
    const Pack back = parsed(json);
    EXPECT_EQ(back.info.title, tricky);
    EXPECT_EQ(back, pack);
}

TEST(PackWriter, writes_the_party_or_the_correct_flag_as_the_question_type_needs)
{
    const Pack pack = parsed(bundledBytes());
    const QByteArray json = writePack(pack);
    for (const Question& q : pack.questions) {
        for (const Choice& c : q.choices) {
            if (q.assignsParties()) {
                ASSERT_TRUE(c.party.has_value()) << q.id.toStdString();
            }
        }
    }
    EXPECT_TRUE(json.contains("\"correct\": true"));
    EXPECT_TRUE(json.contains("\"party\": \"customer\""));
}
