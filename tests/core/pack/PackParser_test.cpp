// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pack/JsonLocator.h"
#include "core/pack/PackParser.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QString File = QStringLiteral("pack.json");

/** The README's example with one piece of text replaced: a pack broken in one known place. */
QByteArray exampleWith(const QByteArray& from, const QByteArray& to)
{
    QByteArray json = test::readmeExamplePack();
    EXPECT_TRUE(json.contains(from)) << "the README example no longer contains " << from.toStdString();
    return json.replace(from, to);
}

/** Where the first occurrence of @p needle starts (after skipping @p skip occurrences). */
TextPosition positionOf(const QByteArray& json, const QByteArray& needle, int skip = 0)
{
    qsizetype at = json.indexOf(needle);
    while (skip-- > 0 && at >= 0)
        at = json.indexOf(needle, at + 1);
    EXPECT_GE(at, 0) << needle.toStdString();
    return textPositionAt(json, at);
}

QStringList messages(const PackParseResult& r)
{
    QStringList out;
    for (const PackProblem& p : r.problems)
        out.append(p.toString());
    return out;
}

/** Expects exactly one problem, at @p where, whose message contains @p text. */
void expectOneProblem(const QByteArray& json, TextPosition where, const QString& text)
{
    const PackParseResult r = PackParser::parse(json, File);
    ASSERT_EQ(r.problems.size(), 1) << messages(r).join(QLatin1Char('\n')).toStdString();
    const PackProblem& p = r.problems.first();
    EXPECT_EQ(p.file, File);
    EXPECT_EQ(p.line, where.line) << p.toString().toStdString();
    EXPECT_EQ(p.column, where.column) << p.toString().toStdString();
    EXPECT_TRUE(p.message.contains(text)) << p.message.toStdString();
    EXPECT_FALSE(r.ok());
    EXPECT_FALSE(r.pack.has_value());
}

} // namespace

TEST(PackParser, reads_the_readme_example_completely)
{
    const PackParseResult r = PackParser::parse(test::readmeExamplePack(), File);
    ASSERT_TRUE(r.ok()) << messages(r).join(QLatin1Char('\n')).toStdString();
    const Pack& p = *r.pack;
    EXPECT_EQ(p.info.id, QStringLiteral("srm-mini"));
    EXPECT_EQ(p.info.version, 1);
    ASSERT_EQ(p.sources.size(), 1);
    EXPECT_EQ(p.sources.first().asOf, QDate(2026, 11, 1));
    ASSERT_EQ(p.serviceModels.size(), 2);
    ASSERT_EQ(p.layers.size(), 2);
    EXPECT_EQ(p.layers.first().id, QStringLiteral("facilities")); // bottom first
    EXPECT_EQ(p.layers.last().responsibility.value(QStringLiteral("saas")).party, Party::Customer);
    EXPECT_EQ(p.layers.first().responsibility.value(QStringLiteral("iaas")).party, Party::Aws);
    EXPECT_EQ(p.layers.first().examples,
              QStringList { QStringLiteral("Guarding the doors of the data center") });
    ASSERT_EQ(p.services.size(), 1);
    EXPECT_EQ(p.services.first().category, ServiceCategory::Infrastructure);
    ASSERT_TRUE(p.services.first().responsibility.contains(QStringLiteral("data")));
    EXPECT_EQ(p.services.first().responsibility.value(QStringLiteral("data")).party, Party::Customer);
    EXPECT_TRUE(p.services.first()
                    .responsibility.value(QStringLiteral("data"))
                    .nuance.startsWith(QStringLiteral("Some courses")));
    ASSERT_EQ(p.analogy.size(), 1);
    EXPECT_EQ(p.analogy.first().party, Party::Customer);
    EXPECT_EQ(p.analogy.first().cloud, QStringLiteral("Security group rules"));
    ASSERT_EQ(p.lessons.size(), 1);
    EXPECT_EQ(p.lessons.first().topic, QStringLiteral("basics"));
    ASSERT_EQ(p.questions.size(), 1);
    const Question& q = p.questions.first();
    EXPECT_EQ(q.type, QuestionType::Single);
    EXPECT_EQ(q.layer, QStringLiteral("facilities"));
    ASSERT_EQ(q.choices.size(), 2);
    EXPECT_TRUE(q.choices.first().correct);
    EXPECT_FALSE(q.choices.last().explanation.isEmpty());
}

TEST(PackParser, reports_a_syntax_error_at_its_position)
{
    const QByteArray json = exampleWith("\"version\": 1,\n  \"pack\"", "\"version\": 1\n  \"pack\"");
    const PackParseResult r = PackParser::parse(json, File);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().line, 4);
    EXPECT_TRUE(r.problems.first().message.startsWith(QStringLiteral("JSON syntax error")));
}

TEST(PackParser, refuses_other_formats_and_unknown_versions)
{
    const QByteArray other = exampleWith("\"demarc-pack\"", "\"anki-deck\"");
    expectOneProblem(other, positionOf(other, "\"anki-deck\""), QStringLiteral("must be \"demarc-pack\""));
    const QByteArray future = exampleWith("\"version\": 1,\n  \"pack\"", "\"version\": 7,\n  \"pack\"");
    expectOneProblem(future, positionOf(future, "7,"), QStringLiteral("unknown format version 7"));
}

TEST(PackParser, reports_a_missing_field_at_its_object)
{
    const QByteArray json = exampleWith("\"title\": \"Of and in\",", "");
    const QByteArray lessonStart = "{ \"id\": \"of-and-in\"";
    expectOneProblem(json, positionOf(json, lessonStart), QStringLiteral("missing field \"title\""));
}

TEST(PackParser, reports_a_wrong_type_at_the_value)
{
    const QByteArray json = exampleWith("\"correct\": true", "\"correct\": \"yes\"");
    expectOneProblem(json, positionOf(json, "\"yes\""), QStringLiteral("must be a boolean, not a string"));
}

TEST(PackParser, reports_duplicate_ids)
{
    const QByteArray json = exampleWith("{ \"id\": \"b\", \"text\": \"The customer\"",
                                        "{ \"id\": \"a\", \"text\": \"The customer\"");
    expectOneProblem(json, positionOf(json, "\"a\"", 1), QStringLiteral("duplicate choice id \"a\""));
}

TEST(PackParser, reports_references_to_unknown_things)
{
    const QByteArray topic =
        exampleWith("\"topic\": \"basics\", \"title\"", "\"topic\": \"advanced\", \"title\"");
    expectOneProblem(topic, positionOf(topic, "\"advanced\""), QStringLiteral("unknown topic \"advanced\""));
    const QByteArray layer = exampleWith("\"layer\": \"facilities\"", "\"layer\": \"roof\"");
    expectOneProblem(layer, positionOf(layer, "\"roof\""), QStringLiteral("unknown layer \"roof\""));
    const QByteArray model = exampleWith("\"model\": \"iaas\"", "\"model\": \"faas\"");
    expectOneProblem(model, positionOf(model, "\"faas\""), QStringLiteral("unknown service model \"faas\""));
    const QByteArray source =
        exampleWith("\"id\": \"ec2\", \"name\": \"Amazon EC2\", \"model\": \"iaas\", \"category\": "
                    "\"infrastructure\",\n      \"awsTerm\": \"Infrastructure as a Service\", \"summary\": "
                    "\"Virtual servers you administer.\", \"sources\": [\"srm\"]",
                    "\"id\": \"ec2\", \"name\": \"Amazon EC2\", \"model\": \"iaas\", \"category\": "
                    "\"infrastructure\",\n      \"awsTerm\": \"Infrastructure as a Service\", \"summary\": "
                    "\"Virtual servers you administer.\", \"sources\": [\"blog\"]");
    expectOneProblem(source, positionOf(source, "\"blog\""), QStringLiteral("unknown source \"blog\""));
}

TEST(PackParser, service_cells_must_name_a_known_layer)
{
    const QByteArray json =
        exampleWith("\"responsibility\": {\n        \"data\":", "\"responsibility\": {\n        \"roof\":");
    expectOneProblem(json, positionOf(json, "{ \"party\": \"customer\", \"explanation\": \"What you store"),
                     QStringLiteral("unknown layer \"roof\""));
}

TEST(PackParser, requires_every_layer_to_have_a_cell_for_every_model)
{
    const QByteArray json = exampleWith(",\n        \"saas\": { \"party\": \"aws\", \"explanation\": \"The "
                                        "provider runs the data centers.\" }",
                                        "");
    expectOneProblem(json, positionOf(json, "{\n        \"iaas\": { \"party\": \"aws\""),
                     QStringLiteral("no cell for service model \"saas\""));
    const QByteArray party = exampleWith("\"party\": \"customer\", \"explanation\": \"Your data",
                                         "\"party\": \"nobody\", \"explanation\": \"Your data");
    expectOneProblem(party, positionOf(party, "\"nobody\""), QStringLiteral("unknown party \"nobody\""));
}

TEST(PackParser, refuses_questions_without_a_correct_answer_or_explanations)
{
    const QByteArray none = exampleWith("\"correct\": true", "\"correct\": false");
    expectOneProblem(none, positionOf(none, "[\n        { \"id\": \"a\""),
                     QStringLiteral("no choice is marked correct"));
    const QByteArray two = exampleWith("\"correct\": false", "\"correct\": true");
    expectOneProblem(two, positionOf(two, "[\n        { \"id\": \"a\""),
                     QStringLiteral("exactly one correct choice"));
    const QByteArray unexplained = exampleWith(
        "\"explanation\": \"Customers cannot even enter AWS data centers.\"", "\"explanation\": \"  \"");
    expectOneProblem(unexplained, positionOf(unexplained, "\"  \""), QStringLiteral("needs an explanation"));
}

TEST(PackParser, checks_the_rules_of_each_question_type)
{
    const QByteArray multiple = exampleWith("\"type\": \"single\"", "\"type\": \"multiple\"");
    EXPECT_TRUE(PackParser::parse(multiple, File).ok());
    const QByteArray allCorrect = exampleWith("\"type\": \"single\"", "\"type\": \"multiple\"")
                                      .replace("\"correct\": false", "\"correct\": true");
    expectOneProblem(allCorrect, positionOf(allCorrect, "[\n        { \"id\": \"a\""),
                     QStringLiteral("at least one wrong choice"));
    const QByteArray classify = exampleWith("\"type\": \"single\"", "\"type\": \"classify\"");
    const PackParseResult r = PackParser::parse(classify, File);
    // One problem per choice: each gives "correct" where a classify choice names its party.
    EXPECT_EQ(r.problems.size(), 2) << messages(r).join(QLatin1Char('\n')).toStdString();
    const QByteArray essay = exampleWith("\"type\": \"single\"", "\"type\": \"essay\"");
    expectOneProblem(essay, positionOf(essay, "\"essay\""),
                     QStringLiteral("unknown question type \"essay\""));
}

TEST(PackParser, a_split_control_has_a_name_and_parts_on_both_sides)
{
    const QByteArray split =
        exampleWith("\"type\": \"single\"", "\"type\": \"split\", \"control\": \"Patch management\"")
            .replace("\"correct\": true", "\"party\": \"aws\"")
            .replace("\"correct\": false", "\"party\": \"customer\"");
    const PackParseResult ok = PackParser::parse(split, File);
    ASSERT_TRUE(ok.ok()) << messages(ok).join(QLatin1Char('\n')).toStdString();
    const Question& q = ok.pack->questions.first();
    EXPECT_EQ(q.type, QuestionType::Split);
    EXPECT_EQ(q.control, QStringLiteral("Patch management"));
    EXPECT_TRUE(q.assignsParties());
    EXPECT_EQ(q.choices.last().party, Party::Customer);

    QByteArray oneSided = split;
    oneSided.replace("\"party\": \"customer\"", "\"party\": \"aws\"");
    expectOneProblem(oneSided, positionOf(oneSided, "[\n        { \"id\": \"a\""),
                     QStringLiteral("parts on both sides"));
    QByteArray shared = split;
    shared.replace("\"party\": \"customer\"", "\"party\": \"shared\"");
    const PackParseResult r = PackParser::parse(shared, File);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(
        messages(r).join(QLatin1Char('\n')).contains(QStringLiteral("either \"aws\" or \"customer\"")));
    QByteArray unnamed = split;
    unnamed.replace(", \"control\": \"Patch management\"", "");
    EXPECT_TRUE(messages(PackParser::parse(unnamed, File))
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("missing field \"control\"")));
    const QByteArray stray =
        exampleWith("\"type\": \"single\"", "\"type\": \"single\", \"control\": \"Patch management\"");
    expectOneProblem(stray, positionOf(stray, "\"Patch management\""),
                     QStringLiteral("only split questions"));
}

TEST(PackParser, reports_text_over_the_limits_and_bad_ids)
{
    const QByteArray longTitle =
        exampleWith("\"title\": \"Of and in\"", "\"title\": \"" + QByteArray(201, 'x') + "\"");
    expectOneProblem(longTitle, positionOf(longTitle, "\"xxxx"), QStringLiteral("the limit is 200"));
    const QByteArray badId = exampleWith("\"id\": \"of-and-in\"", "\"id\": \"Of And In\"");
    expectOneProblem(badId, positionOf(badId, "\"Of And In\""), QStringLiteral("not a valid id"));
    // An id is matched whole: a trailing newline is not let through as the end of the text.
    const QByteArray newlineId = exampleWith("\"id\": \"of-and-in\"", "\"id\": \"of-and-in\\n\"");
    expectOneProblem(newlineId, positionOf(newlineId, "\"of-and-in\\n\""), QStringLiteral("not a valid id"));
    const QByteArray badDate = exampleWith("\"2026-11-01\"", "\"1 Nov 2026\"");
    expectOneProblem(badDate, positionOf(badDate, "\"1 Nov 2026\""), QStringLiteral("YYYY-MM-DD"));
}

TEST(PackParser, reports_unknown_fields_as_likely_typos)
{
    const QByteArray json =
        exampleWith("\"summary\": \"Virtual servers", "\"sumary\": \"x\", \"summary\": \"Virtual servers");
    expectOneProblem(json, positionOf(json, "\"x\""), QStringLiteral("unknown field \"sumary\""));
}

TEST(PackParser, reports_every_problem_not_just_the_first)
{
    QByteArray json = exampleWith("\"layer\": \"facilities\"", "\"layer\": \"roof\"");
    json.replace("\"topic\": \"basics\", \"title\"", "\"topic\": \"advanced\", \"title\"");
    json.replace("\"correct\": true", "\"correct\": 1");
    const PackParseResult r = PackParser::parse(json, File);
    EXPECT_EQ(r.problems.size(), 3) << messages(r).join(QLatin1Char('\n')).toStdString();
    for (const PackProblem& p : r.problems)
        EXPECT_TRUE(p.toString().startsWith(QStringLiteral("pack.json:%1:%2: ").arg(p.line).arg(p.column)));
}

TEST(PackParser, refuses_files_over_the_size_limit_before_reading_them)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(PackParser::MaxFileBytes + 1)); // sparse: nothing to parse, only a size
    file.close();
    const PackParseResult r = PackParser::parseFile(path);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_TRUE(r.problems.first().message.contains(QStringLiteral("limited to 16 MiB")));
}

TEST(PackParser, names_missing_files_and_directories)
{
    QTemporaryDir dir;
    EXPECT_TRUE(PackParser::parseFile(dir.filePath(QStringLiteral("nope.json")))
                    .problems.first()
                    .message.contains(QStringLiteral("no such file")));
    EXPECT_TRUE(
        PackParser::parseFile(dir.path()).problems.first().message.contains(QStringLiteral("directory")));
}

TEST(PackParser, refuses_a_document_that_is_not_an_object)
{
    const PackParseResult r = PackParser::parse("[1, 2]", File);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().line, 1);
    EXPECT_EQ(r.problems.first().column, 1);
}

// Found by the fuzzer: the bundled course with hundreds of problems once took seconds,
// because every problem's line and column were counted from the start of the file. Now all
// positions are found in one pass; this checks each still lands on its own value.
TEST(PackParser, places_each_of_hundreds_of_problems_at_its_own_value)
{
    QByteArray json = test::readFile(test::bundledCoursePath());
    const QByteArray from = "\"explanation\": ";
    const QByteArray to = "\"explain\": ";
    const int count = static_cast<int>(json.count(from));
    ASSERT_GT(count, 500);
    json.replace(from, to);

    const PackParseResult r = PackParser::parse(json, File);
    EXPECT_FALSE(r.ok());
    // An unknown field is reported at its value, just after the key.
    QList<TextPosition> expected;
    qsizetype at = -1;
    for (int i = 0; i < count; ++i) {
        at = json.indexOf(to, at + 1);
        expected.append(textPositionAt(json, at + to.size()));
    }
    QList<TextPosition> unknownFields;
    for (const PackProblem& p : r.problems) {
        if (p.message == QStringLiteral("unknown field \"explain\""))
            unknownFields.append({ p.line, p.column });
    }
    ASSERT_EQ(unknownFields.size(), count);
    for (int i = 0; i < count; ++i) {
        EXPECT_EQ(unknownFields.at(i).line, expected.at(i).line) << i;
        EXPECT_EQ(unknownFields.at(i).column, expected.at(i).column) << i;
    }
}

TEST(PackParser, names_the_json_pointer_of_each_problem)
{
    // The editor finds the item and field a problem belongs to by its pointer.
    const QByteArray json = exampleWith("\"explanation\": \"Customers cannot even enter AWS data centers.\"",
                                        "\"explanation\": \"  \"");
    const PackParseResult r = PackParser::parse(json, File);
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems.first().pointer, QStringLiteral("/questions/0/choices/1/explanation"));
    const PackParseResult syntax = PackParser::parse("{ \"format\": ", File);
    ASSERT_EQ(syntax.problems.size(), 1);
    EXPECT_TRUE(syntax.problems.first().pointer.isEmpty());
}
