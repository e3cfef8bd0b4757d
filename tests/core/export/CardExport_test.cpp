// SPDX-License-Identifier: GPL-3.0-or-later
// The Anki, GIFT and CSV exports against golden files in tests/fixtures/export/, and the
// rules of each format checked on their own. DEMARC_UPDATE_GOLDEN=1 rewrites the golden files.
#include "core/export/CardExport.h"
#include "core/pack/PackParser.h"
#include "core/quiz/TermQuestions.h"
#include "support/Golden.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <iostream>

using namespace demarc;

namespace {

const QString Hostile =
    QStringLiteral("Escape ~ = # { } : \\ , \"quotes\", <b>tags</b> & a\ttab\nand a newline");

Choice choice(const char* id, const QString& text, bool correct, const QString& explanation)
{
    return { QLatin1String(id), text, correct, std::nullopt, explanation };
}

Choice item(const char* id, const QString& text, Party party, const QString& explanation)
{
    return { QLatin1String(id), text, false, party, explanation };
}

QList<Topic> fixtureTopics()
{
    return { { QStringLiteral("basics"), QStringLiteral("The basics"), QStringLiteral("A") },
             { QStringLiteral("sorting"), QStringLiteral("Sorting: who does what"), QStringLiteral("B") },
             { QStringLiteral("odd"), QStringLiteral("Odd / ends"), QStringLiteral("C") } };
}

QList<Question> fixtureQuestions()
{
    QList<Question> out;
    Question single;
    single.id = QStringLiteral("q-single");
    single.type = QuestionType::Single;
    single.topic = QStringLiteral("basics");
    single.prompt = QStringLiteral("Who guards the data center doors for an EC2 workload?");
    single.choices = { choice("a", QStringLiteral("AWS"), true,
                              QStringLiteral("Physical security is security of the cloud.")),
                       choice("b", QStringLiteral("The customer"), false,
                              QStringLiteral("Customers cannot enter AWS data centers.")),
                       choice("c", QStringLiteral("Nobody"), false,
                              QStringLiteral("Someone always does: AWS.")) };
    out.append(single);

    Question multiple;
    multiple.id = QStringLiteral("q-multiple");
    multiple.type = QuestionType::Multiple;
    multiple.topic = QStringLiteral("basics");
    multiple.prompt = QStringLiteral("Which of these are yours on EC2? Select all that apply.");
    multiple.choices = { choice("a", QStringLiteral("The guest OS"), true, QStringLiteral("You patch it.")),
                         choice("b", QStringLiteral("Security group rules"), true,
                                QStringLiteral("You write them.")),
                         choice("c", QStringLiteral("Your data"), true, QStringLiteral("Always yours.")),
                         choice("d", QStringLiteral("The hypervisor"), false, QStringLiteral("AWS's layer.")),
                         choice("e", QStringLiteral("Cabling"), false, QStringLiteral("AWS's hardware.")) };
    out.append(multiple);

    Question trueFalse;
    trueFalse.id = QStringLiteral("q-truefalse");
    trueFalse.type = QuestionType::TrueFalse;
    trueFalse.topic = QStringLiteral("basics");
    trueFalse.prompt = QStringLiteral("True or false: AWS and the customer jointly secure every layer.");
    trueFalse.choices = {
        choice("true", QStringLiteral("True"), false, QStringLiteral("Not quite: the layers are divided.")),
        choice("false", QStringLiteral("False"), true, QStringLiteral("Right: each layer has one owner."))
    };
    out.append(trueFalse);

    Question classify;
    classify.id = QStringLiteral("q-classify");
    classify.type = QuestionType::Classify;
    classify.topic = QStringLiteral("sorting");
    classify.prompt = QStringLiteral("Assign each task to the party responsible for it.");
    classify.choices = { item("a", QStringLiteral("Disk disposal"), Party::Aws,
                              QStringLiteral("AWS wipes its media.")),
                         item("b", QStringLiteral("Key rotation"), Party::Customer,
                              QStringLiteral("Your keys, your rotation.")),
                         item("c", QStringLiteral("Staff training"), Party::Shared,
                              QStringLiteral("Each trains its own people.")) };
    out.append(classify);

    // Two parts only: written as a matching question, it needs a third answer.
    Question split;
    split.id = QStringLiteral("q-split");
    split.type = QuestionType::Split;
    split.topic = QStringLiteral("sorting");
    split.control = QStringLiteral("Patch management");
    split.prompt =
        QStringLiteral("Patch management is shared. Assign each part to the party that carries it out.");
    split.choices = { item("a", QStringLiteral("Patching the hypervisor"), Party::Aws,
                           QStringLiteral("AWS's layer.")),
                      item("b", QStringLiteral("Patching the guest OS -> on EC2"), Party::Customer,
                           QStringLiteral("Yours on EC2.")) };
    out.append(split);

    Question hostile;
    hostile.id = QStringLiteral("q-hostile");
    hostile.type = QuestionType::Single;
    hostile.topic = QStringLiteral("odd");
    hostile.prompt = Hostile;
    hostile.choices = {
        choice("a", QStringLiteral("=100% {right}"), true,
               QStringLiteral("Because: #1, \"quoted\" & <i>so</i>.")),
        choice("b", QStringLiteral("~wrong\\ one"), false, QStringLiteral("Line one\nline two\ttabbed")),
        choice("c", QStringLiteral("%5% off"), false, QStringLiteral("Looks like a weight.")),
        choice("d", QStringLiteral("[html]<p>not html</p>"), false, QStringLiteral("# not a comment"))
    };
    out.append(hostile);
    return out;
}

QList<GlossaryTerm> fixtureGlossary()
{
    return { { QStringLiteral("srm"),
               QStringLiteral("Shared responsibility model"),
               { QStringLiteral("SRM"), QStringLiteral("AWS SRM") },
               QStringLiteral("How security work is divided between AWS & the customer."),
               {} },
             { QStringLiteral("iaas"),
               QStringLiteral("Infrastructure as a Service"),
               {},
               QStringLiteral("Rented <servers>, networks and storage; you run \"everything\" above "
                              "the hypervisor."),
               {} } };
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2024, 5, day), QTime(hour, minute), Qt::UTC);
}

QList<Attempt> fixtureAttempts()
{
    Attempt sorted;
    sorted.questionId = QStringLiteral("q-classify");
    sorted.mode = QuizMode::Practice;
    sorted.answeredAt = utc(1, 9, 30);
    sorted.answer.assigned = { { QStringLiteral("c"), Party::Shared },
                               { QStringLiteral("a"), Party::Aws },
                               { QStringLiteral("b"), Party::Aws } };
    sorted.score = 2.0 / 3.0;
    sorted.elapsedMs = 12345;

    Attempt hostile;
    hostile.questionId = QStringLiteral("q-hostile");
    hostile.mode = QuizMode::Exam;
    hostile.answeredAt = QDateTime(QDate(2024, 5, 1), QTime(11, 45, 10), Qt::OffsetFromUTC, 7200);
    hostile.answer.chosen = { QStringLiteral("a") };
    hostile.score = 1;
    hostile.correct = true;
    hostile.elapsedMs = 4049;

    Attempt term;
    term.questionId = termItemId(QStringLiteral("srm"));
    term.mode = QuizMode::Review;
    term.answeredAt = utc(2, 18, 5);
    term.answer.chosen = { QStringLiteral("srm") };
    term.score = 1;
    term.correct = true;
    term.elapsedMs = 4200;

    Attempt removed;
    removed.questionId = QStringLiteral("q-retired");
    removed.mode = QuizMode::Mistakes;
    removed.answeredAt = utc(3, 7, 0);
    removed.answer.chosen = { QStringLiteral("b"), QStringLiteral("a") };
    removed.elapsedMs = 8000;
    return { sorted, hostile, term, removed };
}

/** GIFT's unescaping as Moodle's importer does it: \\ \~ \= \# \{ \} \: and \n. */
QString giftUnescape(const QString& text)
{
    static const QString special = QStringLiteral("\\~=#{}:");
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' && i + 1 < text.size()) {
            const QChar next = text.at(i + 1);
            if (special.contains(next)) {
                out += next;
                ++i;
                continue;
            }
            if (next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

/** @p text with every escaped character (and escaped backslash) taken out. */
QString withoutEscapes(const QString& text)
{
    static const QRegularExpression escaped(QStringLiteral("\\\\."));
    QString out = text;
    return out.remove(escaped);
}

/** The blank-line separated blocks of a GIFT file, comment lines left out, empty blocks dropped. */
QStringList giftBlocks(const QString& gift)
{
    QStringList blocks;
    QStringList current;
    const QStringList lines = gift.split(u'\n');
    for (const QString& line : lines) {
        if (line.trimmed().isEmpty()) {
            if (!current.isEmpty())
                blocks.append(current.join(u'\n'));
            current.clear();
        } else if (!line.trimmed().startsWith(QLatin1String("//"))) {
            current.append(line);
        }
    }
    if (!current.isEmpty())
        blocks.append(current.join(u'\n'));
    return blocks;
}

/** The question name of a block ("::name::…"), unescaped; empty for a category or anything else. */
QString giftName(const QString& block)
{
    if (!block.startsWith(QLatin1String("::")))
        return {};
    // Escaped colons never end the name.
    for (qsizetype i = 2; i + 1 < block.size(); ++i) {
        if (block.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (block.at(i) == u':' && block.at(i + 1) == u':')
            return giftUnescape(block.mid(2, i - 2));
    }
    return {};
}

/** A whole RFC 4180 document: records of fields. Fails the test on a bare LF or a stray quote. */
QList<QStringList> readCsv(const QString& text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            EXPECT_TRUE(field.isEmpty() && !wasQuoted) << "a quote inside an unquoted field at " << i;
            quoted = true;
            wasQuoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            wasQuoted = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            wasQuoted = false;
            ++i;
        } else {
            EXPECT_TRUE(c != u'\r' && c != u'\n') << "a bare line break outside quotes at " << i;
            EXPECT_FALSE(wasQuoted) << "text after a closing quote at " << i;
            field += c;
        }
    }
    EXPECT_FALSE(quoted) << "the file ends inside a quoted field";
    EXPECT_TRUE(row.isEmpty() && field.isEmpty()) << "the last record has no CRLF";
    return rows;
}

/**
 * Checks the rules of Anki's text import: headers first, then notes of exactly five fields, the deck last.
 */
void expectAnkiStructure(const QString& tsv, qsizetype notes)
{
    ASSERT_TRUE(tsv.endsWith(u'\n'));
    const QStringList lines = tsv.left(tsv.size() - 1).split(u'\n');
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).startsWith(u'#'))
        ++i;
    EXPECT_EQ(lines.mid(0, i),
              QStringList({ QStringLiteral("#separator:Tab"), QStringLiteral("#html:true"),
                            QStringLiteral("#notetype:Basic"),
                            QStringLiteral("#columns:Front\tBack\tTags\tGuid\tDeck"),
                            QStringLiteral("#tags column:3"), QStringLiteral("#guid column:4"),
                            QStringLiteral("#deck column:5") }))
        << "no \"#deck:\" header: Anki uses that only for a deck that exists, the column creates it";
    EXPECT_EQ(lines.size() - i, notes);
    QSet<QString> guids;
    for (; i < lines.size(); ++i) {
        const QString& line = lines.at(i);
        const QStringList fields = line.split(u'\t');
        EXPECT_EQ(fields.size(), 5) << "line " << i + 1 << ": " << line.toStdString();
        EXPECT_FALSE(line.contains(u'"')) << "line " << i + 1;
        EXPECT_FALSE(line.contains(u'\r')) << "line " << i + 1;
        if (fields.size() != 5)
            continue;
        EXPECT_EQ(fields.at(4), QStringLiteral("Demarc"));
        EXPECT_FALSE(fields.at(0).isEmpty());
        EXPECT_TRUE(fields.at(2).startsWith(QLatin1String("demarc demarc::"))) << fields.at(2).toStdString();
        EXPECT_EQ(fields.at(2).split(u' ').size(), 2) << fields.at(2).toStdString();
        EXPECT_TRUE(fields.at(3).startsWith(QLatin1String("demarc-"))) << fields.at(3).toStdString();
        EXPECT_FALSE(guids.contains(fields.at(3))) << "guid twice: " << fields.at(3).toStdString();
        guids.insert(fields.at(3));
        // Only the markup the export writes itself; everything from the content is escaped.
        QString rest = fields.at(0) + fields.at(1);
        static const QRegularExpression own(QStringLiteral("</?(?:ul|li|b|i|p|small)>|<br>"));
        rest.remove(own);
        EXPECT_FALSE(rest.contains(u'<') || rest.contains(u'>'))
            << "line " << i + 1 << ": " << rest.toStdString();
    }
}

struct GiftQuestion
{
    QString name;
    QString block;
};

/** Checks the structure of every question block; returns the questions found. */
QList<GiftQuestion> expectGiftStructure(const QString& gift)
{
    QList<GiftQuestion> out;
    for (const QString& block : giftBlocks(gift)) {
        if (block.startsWith(QLatin1String("$CATEGORY: "))) {
            EXPECT_FALSE(block.contains(u'\n'))
                << "a category block holds more than its line: " << block.toStdString();
            EXPECT_TRUE(block.startsWith(QLatin1String("$CATEGORY: Demarc/"))) << block.toStdString();
            continue;
        }
        const QString name = giftName(block);
        EXPECT_FALSE(name.isEmpty()) << "a block without a question name: " << block.toStdString();
        const QString plain = withoutEscapes(block);
        EXPECT_EQ(plain.count(u'{'), 1) << block.toStdString();
        EXPECT_EQ(plain.count(u'}'), 1) << block.toStdString();
        EXPECT_LT(plain.indexOf(u'{'), plain.indexOf(u'}')) << block.toStdString();
        EXPECT_TRUE(plain.endsWith(u'}')) << block.toStdString();
        EXPECT_TRUE(plain.contains(QLatin1String("::[plain]"))) << block.toStdString();
        out.append({ name, block });
    }
    return out;
}

/** The weights of a question's "~%w%" answers. */
QList<double> giftWeights(const QString& block)
{
    static const QRegularExpression weight(QStringLiteral("^\\t~%(-?[0-9]+(?:\\.[0-9]+)?)%"),
                                           QRegularExpression::MultilineOption);
    QList<double> out;
    for (auto it = weight.globalMatch(block); it.hasNext();)
        out.append(it.next().captured(1).toDouble());
    return out;
}

void expectMoodleWeights(const QString& name, const QList<double>& weights, qsizetype right, qsizetype wrong)
{
    static const QList<double> accepted { 100,      90,       83.33333, 80,       75, 70, 66.66667,
                                          60,       50,       40,       33.33333, 30, 25, 20,
                                          16.66667, 14.28571, 12.5,     11.11111, 10, 5 };
    double plus = 0;
    double minus = 0;
    qsizetype positives = 0;
    qsizetype negatives = 0;
    for (double w : weights) {
        const bool known = std::any_of(accepted.cbegin(), accepted.cend(),
                                       [&](double a) { return std::abs(std::abs(w) - a) < 0.001; });
        EXPECT_TRUE(known) << name.toStdString() << ": Moodle does not accept " << w << " %";
        (w > 0 ? plus : minus) += w;
        ++(w > 0 ? positives : negatives);
    }
    EXPECT_EQ(positives, right) << name.toStdString();
    EXPECT_EQ(negatives, wrong) << name.toStdString();
    EXPECT_NEAR(plus, 100, 0.01) << name.toStdString();
    if (wrong > 0) {
        EXPECT_NEAR(minus, -100, 0.01) << name.toStdString();
    }
}

class CardExportBundled : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_result = new PackParseResult(PackParser::parseFile(test::bundledCoursePath()));
    }
    static void TearDownTestSuite() { delete s_result; }
    const Pack& pack() const { return *s_result->pack; }

    static PackParseResult* s_result;
};

PackParseResult* CardExportBundled::s_result = nullptr;

} // namespace

TEST(CardExport, anki_cards_match_the_golden_file)
{
    test::expectGolden(QStringLiteral("cards.tsv"),
                       ankiCards(fixtureQuestions(), fixtureGlossary(), fixtureTopics()));
}

TEST(CardExport, gift_matches_the_golden_file)
{
    test::expectGolden(QStringLiteral("questions.gift"), moodleGift(fixtureQuestions(), fixtureTopics()));
}

TEST(CardExport, attempts_csv_matches_the_golden_file)
{
    test::expectGolden(QStringLiteral("attempts.csv"),
                       attemptsCsv(fixtureAttempts(), fixtureQuestions(), fixtureGlossary()));
}

TEST(CardExport, gift_escaping_survives_a_round_trip)
{
    for (const QString& text :
         { Hostile, QStringLiteral("~=#{}:\\"), QStringLiteral("\\\\n is not a newline"),
           QStringLiteral("a:b::c"), QStringLiteral("trailing backslash \\"), QString() }) {
        const QString escaped = giftEscape(text);
        EXPECT_EQ(giftUnescape(escaped), text) << escaped.toStdString();
        EXPECT_FALSE(escaped.contains(u'\n'));
        const QString bare = withoutEscapes(escaped);
        for (QChar c : QStringLiteral("~=#{}:\\"))
            EXPECT_FALSE(bare.contains(c))
                << "unescaped " << QString(c).toStdString() << " in " << escaped.toStdString();
    }
    EXPECT_EQ(giftEscape(QStringLiteral("a\r\nb")), QStringLiteral("a\\nb"));
}

TEST(CardExport, gift_questions_are_well_formed)
{
    const QList<Question> questions = fixtureQuestions();
    const QString gift = moodleGift(questions, fixtureTopics());
    const QList<GiftQuestion> found = expectGiftStructure(gift);
    ASSERT_EQ(found.size(), questions.size());
    for (qsizetype i = 0; i < found.size(); ++i)
        EXPECT_EQ(found.at(i).name, questions.at(i).id);

    const QString hostile = found.at(5).block;
    const QString text = hostile.mid(hostile.indexOf(QLatin1String("[plain]")) + 7);
    EXPECT_EQ(giftUnescape(text.left(text.indexOf(QLatin1String("{\n")))), Hostile)
        << "the prompt comes back as written";
    EXPECT_TRUE(hostile.contains(QLatin1String("\t~%0%%5% off#")))
        << "a text that looks like a weight gets an explicit one";
    EXPECT_TRUE(hostile.contains(QLatin1String("\t~[plain][html]<p>not html</p>#")))
        << "a leading bracket is not a format";
    EXPECT_TRUE(found.at(2).block.contains(
        QLatin1String("{FALSE\n\t#Not quite\\: the layers are divided.\n\t#Right\\: each layer has "
                      "one owner.\n}")));
    EXPECT_TRUE(
        found.at(4).block.contains(QStringLiteral("\t=Patching the guest OS → on EC2 -> Customer\n")));
    EXPECT_TRUE(found.at(4).block.contains(QLatin1String("\t= -> Shared\n")))
        << "a third pair for a two-part question";
    expectMoodleWeights(found.at(1).name, giftWeights(found.at(1).block), 3, 2);

    EXPECT_TRUE(gift.contains(QLatin1String("\n$CATEGORY: Demarc/Odd // ends\n\n")))
        << "a slash in a title is doubled";
    EXPECT_TRUE(gift.contains(QLatin1String("\n$CATEGORY: Demarc/Sorting: who does what\n\n")));
}

TEST(CardExport, select_all_weights_are_grades_moodle_accepts_for_any_number_of_choices)
{
    for (int right = 1; right <= 20; ++right) {
        for (int wrong : { 0, 1, 3, 7, 11 }) {
            Question q;
            q.id = QStringLiteral("q-%1-%2").arg(right).arg(wrong);
            q.type = QuestionType::Multiple;
            q.topic = QStringLiteral("basics");
            q.prompt = QStringLiteral("Pick");
            for (int i = 0; i < right + wrong; ++i)
                q.choices.append(choice("x", QStringLiteral("choice %1").arg(i), i < right, QString()));
            const QList<GiftQuestion> found = expectGiftStructure(moodleGift({ q }, fixtureTopics()));
            ASSERT_EQ(found.size(), 1);
            expectMoodleWeights(q.id, giftWeights(found.first().block), right, wrong);
        }
    }
}

TEST(CardExport, anki_notes_have_five_fields_and_no_quotes)
{
    const QString tsv = ankiCards(fixtureQuestions(), fixtureGlossary(), fixtureTopics());
    expectAnkiStructure(tsv, fixtureQuestions().size() + fixtureGlossary().size());
    EXPECT_TRUE(tsv.contains(QLatin1String("Escape ~ = # { } : \\ , &quot;quotes&quot;, "
                                           "&lt;b&gt;tags&lt;/b&gt; &amp; a&#9;tab<br>and a newline")));
    EXPECT_TRUE(tsv.contains(QLatin1String("\tdemarc demarc::glossary\tdemarc-term-srm\tDemarc\n")));
    EXPECT_TRUE(tsv.contains(QLatin1String("\tdemarc demarc::sorting\tdemarc-q-classify\tDemarc\n")));
}

TEST(CardExport, anki_never_starts_a_note_with_a_comment_mark)
{
    Question q = fixtureQuestions().first();
    q.prompt = QStringLiteral("# not a header");
    const QString tsv = ankiCards({ q }, {}, {});
    EXPECT_TRUE(tsv.contains(QLatin1String("\n&#35; not a header<ul>"))) << tsv.toStdString();
    expectAnkiStructure(tsv, 1);
}

TEST(CardExport, attempts_csv_reads_back_field_for_field)
{
    const QList<QStringList> rows =
        readCsv(attemptsCsv(fixtureAttempts(), fixtureQuestions(), fixtureGlossary()));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.at(0),
              QStringList({ QStringLiteral("answered_at"), QStringLiteral("item_id"), QStringLiteral("kind"),
                            QStringLiteral("prompt"), QStringLiteral("topic"), QStringLiteral("mode"),
                            QStringLiteral("answer"), QStringLiteral("correct"), QStringLiteral("score"),
                            QStringLiteral("seconds") }));
    EXPECT_EQ(
        rows.at(1),
        QStringList({ QStringLiteral("2024-05-01T09:30:00Z"), QStringLiteral("q-classify"),
                      QStringLiteral("question"),
                      QStringLiteral("Assign each task to the party responsible for it."),
                      QStringLiteral("sorting"), QStringLiteral("practice"),
                      QStringLiteral("Disk disposal → AWS; Key rotation → AWS; Staff training → Shared"),
                      QStringLiteral("no"), QStringLiteral("0.67"), QStringLiteral("12.3") }));
    EXPECT_EQ(rows.at(2),
              QStringList({ QStringLiteral("2024-05-01T09:45:10Z"), QStringLiteral("q-hostile"),
                            QStringLiteral("question"), Hostile, QStringLiteral("odd"),
                            QStringLiteral("exam"), QStringLiteral("=100% {right}"), QStringLiteral("yes"),
                            QStringLiteral("1.00"), QStringLiteral("4.0") }));
    EXPECT_EQ(rows.at(3),
              QStringList({ QStringLiteral("2024-05-02T18:05:00Z"), QStringLiteral("term:srm"),
                            QStringLiteral("term"), QStringLiteral("Shared responsibility model"),
                            QStringLiteral("glossary"), QStringLiteral("review"),
                            QStringLiteral("Shared responsibility model"), QStringLiteral("yes"),
                            QStringLiteral("1.00"), QStringLiteral("4.2") }));
    EXPECT_EQ(rows.at(4),
              QStringList({ QStringLiteral("2024-05-03T07:00:00Z"), QStringLiteral("q-retired"),
                            QStringLiteral("question"), QString(), QString(), QStringLiteral("mistakes"),
                            QStringLiteral("a; b"), QStringLiteral("no"), QStringLiteral("0.00"),
                            QStringLiteral("8.0") }));
}

TEST(CardExport, attempts_csv_names_retired_items_by_their_last_title)
{
    const RetiredItem gone { RetiredItem::Kind::Question, QStringLiteral("q-retired"),
                             QStringLiteral("old-pack"), QStringLiteral("Who patches the hypervisor?"),
                             QDateTime() };
    const QList<QStringList> rows =
        readCsv(attemptsCsv(fixtureAttempts(), fixtureQuestions(), fixtureGlossary(), { gone }));
    ASSERT_EQ(rows.size(), 5);
    EXPECT_EQ(rows.at(4).at(1), QStringLiteral("q-retired"));
    EXPECT_EQ(rows.at(4).at(3), QStringLiteral("(retired) Who patches the hypervisor?"));
    EXPECT_EQ(rows.at(1).at(3), QStringLiteral("Assign each task to the party responsible for it."));
}

TEST(CardExport, an_empty_history_is_just_the_header)
{
    EXPECT_EQ(attemptsCsv({}, {}),
              QStringLiteral("answered_at,item_id,kind,prompt,topic,mode,answer,correct,score,seconds\r\n"));
}

TEST_F(CardExportBundled, gift_has_every_question_once_and_well_formed)
{
    ASSERT_TRUE(s_result->ok());
    const QString gift = moodleGift(pack().questions, pack().topics);
    const QList<GiftQuestion> found = expectGiftStructure(gift);
    QHash<QString, const Question*> byId;
    for (const Question& q : pack().questions)
        byId.insert(q.id, &q);
    QSet<QString> seen;
    for (const GiftQuestion& g : found) {
        EXPECT_FALSE(seen.contains(g.name)) << "twice: " << g.name.toStdString();
        seen.insert(g.name);
        const Question* q = byId.value(g.name);
        ASSERT_NE(q, nullptr) << "not in the bank: " << g.name.toStdString();
        switch (q->type) {
        case QuestionType::Multiple: {
            const auto right = std::count_if(q->choices.cbegin(), q->choices.cend(),
                                             [](const Choice& c) { return c.correct; });
            expectMoodleWeights(g.name, giftWeights(g.block), right, q->choices.size() - right);
            break;
        }
        case QuestionType::TrueFalse:
            EXPECT_TRUE(g.block.contains(QLatin1String("{TRUE\n\t#"))
                        || g.block.contains(QLatin1String("{FALSE\n\t#")))
                << g.block.toStdString();
            break;
        case QuestionType::Classify:
        case QuestionType::Split:
            EXPECT_EQ(g.block.count(QLatin1String(" -> ")), std::max<qsizetype>(3, q->choices.size()))
                << g.block.toStdString();
            EXPECT_EQ(g.block.count(QLatin1String("\t####")), 1) << g.block.toStdString();
            break;
        case QuestionType::Single:
            EXPECT_EQ(g.block.count(QLatin1String("\n\t=")), 1) << g.block.toStdString();
            break;
        }
    }
    EXPECT_EQ(seen.size(), pack().questions.size());
    EXPECT_EQ(gift.count(QLatin1String("$CATEGORY: ")), pack().topics.size());
}

TEST_F(CardExportBundled, anki_has_a_card_for_every_question_and_term)
{
    ASSERT_TRUE(s_result->ok());
    const QString tsv = ankiCards(pack().questions, pack().glossary, pack().topics);
    expectAnkiStructure(tsv, pack().questions.size() + pack().glossary.size());
    for (const Question& q : pack().questions)
        EXPECT_EQ(tsv.count(QStringLiteral("\tdemarc-%1\tDemarc\n").arg(q.id)), 1) << q.id.toStdString();
    for (const GlossaryTerm& t : pack().glossary)
        EXPECT_EQ(tsv.count(QStringLiteral("\tdemarc-term-%1\tDemarc\n").arg(t.id)), 1) << t.id.toStdString();
}
