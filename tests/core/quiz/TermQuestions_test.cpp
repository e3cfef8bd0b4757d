// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quiz/Grading.h"
#include "core/quiz/TermQuestions.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

const QList<GlossaryTerm> Glossary {
    { QStringLiteral("guest-os"),
      QStringLiteral("Guest operating system"),
      { QStringLiteral("guest OS") },
      QStringLiteral("The operating system inside your instance. On EC2 the guest OS is yours to patch."),
      { QStringLiteral("srm") } },
    { QStringLiteral("hypervisor"),
      QStringLiteral("Hypervisor"),
      {},
      QStringLiteral("Runs virtual machines; AWS patches it."),
      {} },
    { QStringLiteral("region"),
      QStringLiteral("Region"),
      {},
      QStringLiteral("A place with several Availability Zones."),
      {} },
    { QStringLiteral("az"),
      QStringLiteral("Availability Zone"),
      {},
      QStringLiteral("One or more data centers."),
      {} },
    { QStringLiteral("edge"),
      QStringLiteral("Edge location"),
      {},
      QStringLiteral("A point of presence."),
      {} },
};

} // namespace

TEST(TermQuestions, item_ids_cannot_meet_question_ids)
{
    EXPECT_EQ(termItemId(QStringLiteral("hypervisor")), QStringLiteral("term:hypervisor"));
    EXPECT_EQ(termIdOfItem(QStringLiteral("term:hypervisor")), QStringLiteral("hypervisor"));
    EXPECT_TRUE(termIdOfItem(QStringLiteral("q-hypervisor")).isEmpty());
}

TEST(TermQuestions, asks_which_term_a_definition_describes_with_the_term_blanked_out)
{
    const Question q = termQuestion(Glossary.first(), Glossary, 3);
    EXPECT_EQ(q.id, QStringLiteral("term:guest-os"));
    EXPECT_EQ(q.type, QuestionType::Single);
    EXPECT_EQ(q.topic, GlossaryTopic);
    EXPECT_EQ(q.term, QStringLiteral("guest-os"));
    EXPECT_EQ(q.sources, QStringList { QStringLiteral("srm") });
    EXPECT_FALSE(q.prompt.contains(QLatin1String("guest OS"), Qt::CaseInsensitive)) << q.prompt.toStdString();
    EXPECT_TRUE(q.prompt.contains(QLatin1String("_____ is yours to patch")));
    ASSERT_EQ(q.choices.size(), 4) << "the term and three others";
    EXPECT_TRUE(grade(q, Answer { { QStringLiteral("guest-os") }, {} }).correct);
    QHash<QString, QString> definitions;
    for (const GlossaryTerm& t : Glossary)
        definitions.insert(t.id, t.definition);
    for (const Choice& c : q.choices)
        EXPECT_TRUE(c.explanation.contains(definitions.value(c.id)))
            << "each choice is explained by its own definition";
    EXPECT_EQ(termQuestion(Glossary.first(), Glossary, 3).choices.at(1).id, q.choices.at(1).id)
        << "the seed fixes the choices";
}

TEST(TermQuestions, a_small_glossary_gives_fewer_choices)
{
    const Question q = termQuestion(Glossary.at(1), Glossary.mid(0, 2), 1);
    ASSERT_EQ(q.choices.size(), 2);
}

TEST(TermQuestions, the_wrong_options_are_near_misses)
{
    // An Availability Zone is easily taken for a Region (whose definition names it); a
    // hypervisor for the guest OS (both are patched): those are offered whatever the seed.
    const auto ids = [](const Question& q) {
        QStringList out;
        for (const Choice& c : q.choices)
            out.append(c.id);
        return out;
    };
    for (quint32 seed = 1; seed <= 12; ++seed) {
        EXPECT_TRUE(ids(termQuestion(Glossary.at(3), Glossary, seed)).contains(QStringLiteral("region")))
            << seed;
        EXPECT_TRUE(ids(termQuestion(Glossary.at(1), Glossary, seed)).contains(QStringLiteral("guest-os")))
            << seed;
    }
    // A source shared outranks a word shared.
    QList<GlossaryTerm> withSource = Glossary;
    withSource[4].sources = { QStringLiteral("srm") };
    withSource.append({ QStringLiteral("ami"),
                        QStringLiteral("Machine image"),
                        {},
                        QStringLiteral("A template for an instance."),
                        {} });
    const Question q = termQuestion(withSource.first(), withSource, 5);
    EXPECT_EQ(q.choices.at(1).id, QStringLiteral("edge")) << "the nearest comes first among the wrong";
}
