// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/GlossaryLinks.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Lesson lesson(const QString& id, const QString& body)
{
    Lesson l;
    l.id = id;
    l.title = QStringLiteral("Title of ") + id;
    l.body = body;
    return l;
}

GlossaryTerm term(const QString& id, const QString& text, const QStringList& aliases = {})
{
    GlossaryTerm t;
    t.id = id;
    t.term = text;
    t.aliases = aliases;
    return t;
}

} // namespace

TEST(GlossaryLinks, matches_whole_phrases_ignoring_case_and_line_breaks)
{
    const QList<Lesson> lessons {
        lesson(QStringLiteral("one"), QStringLiteral("Patch the Guest\nOS yourself.")),
        lesson(QStringLiteral("two"), QStringLiteral("The host OS belongs to AWS.")),
        lesson(QStringLiteral("three"), QStringLiteral("A guest operating system runs in your instance.")),
    };
    const auto links =
        lessonsUsingTerms({ term(QStringLiteral("guest-os"), QStringLiteral("Guest operating system"),
                                 { QStringLiteral("guest OS") }) },
                          lessons);
    EXPECT_EQ(links.value(QStringLiteral("guest-os")),
              (QStringList { QStringLiteral("one"), QStringLiteral("three") }));
}

TEST(GlossaryLinks, matches_plurals_but_not_inside_longer_words)
{
    const QList<Lesson> lessons {
        lesson(QStringLiteral("a"), QStringLiteral("Amazon SQS queues messages.")),
        lesson(QStringLiteral("b"), QStringLiteral("The AZ-level design.")),
        lesson(QStringLiteral("c"), QStringLiteral("Pick an AZ.")),
        lesson(QStringLiteral("d"), QStringLiteral("Spread over two AZs.")),
        lesson(QStringLiteral("e"), QStringLiteral("AZSTAR is not a word.")),
    };
    const auto links = lessonsUsingTerms({ term(QStringLiteral("az"), QStringLiteral("AZ")) }, lessons);
    EXPECT_EQ(links.value(QStringLiteral("az")), (QStringList { QStringLiteral("c"), QStringLiteral("d") }));
}

TEST(GlossaryLinks, treats_regex_characters_in_terms_literally)
{
    const QList<Lesson> lessons { lesson(QStringLiteral("a"),
                                         QStringLiteral("Use SSE-C (customer keys) sparingly.")) };
    const auto links =
        lessonsUsingTerms({ term(QStringLiteral("ssec"), QStringLiteral("SSE-C (customer keys)")),
                            term(QStringLiteral("dot"), QStringLiteral("S.E")) },
                          lessons);
    EXPECT_EQ(links.value(QStringLiteral("ssec")), QStringList { QStringLiteral("a") });
    EXPECT_TRUE(links.value(QStringLiteral("dot")).isEmpty());
}

TEST(GlossaryLinks, names_a_term_by_its_name_an_alias_or_a_plural)
{
    const QList<GlossaryTerm> glossary { term(QStringLiteral("sg"), QStringLiteral("Security group")),
                                         term(QStringLiteral("nacl"), QStringLiteral("Network ACL"),
                                              { QStringLiteral("NACL") }),
                                         term(QStringLiteral("az"), QStringLiteral("Availability Zone")) };
    auto named = [&](const char* phrase) {
        const GlossaryTerm* t = termNamed(glossary, QLatin1String(phrase));
        return t ? t->id : QStringLiteral("(none)");
    };
    EXPECT_EQ(named("security group"), QStringLiteral("sg"));
    EXPECT_EQ(named("Security\n  groups"), QStringLiteral("sg"));
    EXPECT_EQ(named("NACLs"), QStringLiteral("nacl"));
    EXPECT_EQ(named("network acl"), QStringLiteral("nacl"));
    EXPECT_EQ(named("Availability Zones"), QStringLiteral("az"));
    EXPECT_EQ(named("security"), QStringLiteral("(none)"));
    EXPECT_EQ(named("security group rules"), QStringLiteral("(none)"));
    EXPECT_EQ(named(""), QStringLiteral("(none)"));
}

TEST(GlossaryLinks, finds_the_phrases_set_in_bold)
{
    EXPECT_EQ(
        boldPhrases(QStringLiteral("A **hypervisor** runs *guests*; **host\nOS** and **AWS**.")),
        (QStringList { QStringLiteral("hypervisor"), QStringLiteral("host\nOS"), QStringLiteral("AWS") }));
    EXPECT_TRUE(boldPhrases(QStringLiteral("No bold, only *emphasis*.")).isEmpty());
}

TEST(GlossaryLinks, links_the_bold_phrases_that_name_terms_and_leaves_the_rest)
{
    const QList<GlossaryTerm> glossary { term(QStringLiteral("hypervisor"), QStringLiteral("Hypervisor")),
                                         term(QStringLiteral("sg"), QStringLiteral("Security group")) };
    EXPECT_EQ(
        withTermLinks(QStringLiteral("The **hypervisor** is **AWS's**; set your **security groups**."),
                      glossary),
        QStringLiteral(
            "The [**hypervisor**](term:hypervisor) is **AWS's**; set your [**security groups**](term:sg)."));
    // Bold already inside a link keeps its link.
    const QString linked =
        QStringLiteral("See [**hypervisor**](lesson:aws-side) and a hypervisor in plain text.");
    EXPECT_EQ(withTermLinks(linked, glossary), linked);
}

namespace {

/** The plain reading of which lessons use a term: one pattern per term over every lesson's text. */
QHash<QString, QStringList> lessonsUsingTermsByPattern(const QList<GlossaryTerm>& glossary,
                                                       const QList<Lesson>& lessons)
{
    QHash<QString, QStringList> result;
    for (const GlossaryTerm& term : glossary) {
        QStringList alternatives;
        for (const QString& phrase : QStringList { term.term } + term.aliases) {
            QString pattern = QRegularExpression::escape(phrase.simplified());
            pattern.replace(QLatin1String("\\ "), QLatin1String("\\s+"));
            alternatives.append(pattern);
        }
        const QRegularExpression re(
            QStringLiteral("(?<![\\w-])(?:%1)(?:e?s)?(?![\\w-])").arg(alternatives.join(QLatin1Char('|'))),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        QStringList& ids = result[term.id];
        for (const Lesson& lesson : lessons) {
            if (re.match(lesson.title).hasMatch() || re.match(lesson.body).hasMatch())
                ids.append(lesson.id);
        }
    }
    return result;
}

} // namespace

TEST(GlossaryLinks, the_word_index_finds_what_a_pattern_per_term_finds_in_the_whole_course)
{
    const Pack& course = test::FakeContentRepository::bundledCourse();
    const auto expected = lessonsUsingTermsByPattern(course.glossary, course.lessons);
    const auto links = lessonsUsingTerms(course.glossary, course.lessons);
    int linked = 0;
    for (const GlossaryTerm& t : course.glossary) {
        EXPECT_EQ(links.value(t.id), expected.value(t.id)) << t.term.toStdString();
        linked += int(links.value(t.id).size());
    }
    EXPECT_GT(linked, 100);
}

TEST(GlossaryLinks, a_phrase_spans_white_space_but_not_punctuation)
{
    Lesson wrapped;
    wrapped.id = QStringLiteral("wrapped");
    wrapped.body = QStringLiteral("Each security\n   group is stateful; so are Security Groups.");
    Lesson broken;
    broken.id = QStringLiteral("broken");
    broken.body = QStringLiteral("A security, group of rules.");
    GlossaryTerm sg;
    sg.id = QStringLiteral("sg");
    sg.term = QStringLiteral("security group");
    const auto links = lessonsUsingTerms({ sg }, { wrapped, broken });
    EXPECT_EQ(links.value(QStringLiteral("sg")), QStringList { QStringLiteral("wrapped") });
}
