// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled course against its fact list (resources/content/facts.md): every section has a
// topic, every fact is taught by a lesson, every nuance is corrected; and its cells and text
// agree with themselves.
#include "core/GlossaryLinks.h"
#include "core/ResponsibilityStack.h"
#include "core/pack/PackParser.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

struct FactList
{
    QMap<QString, QString> sections; // letter → heading
    QSet<int> facts;
    QStringList nuances; // "I-1" …
};

FactList readFactList()
{
    FactList list;
    const QString text = QString::fromUtf8(test::readFile(test::factsPath()));
    static const QRegularExpression section(QStringLiteral("^## ([A-Z])\\. (.+)$"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression fact(QStringLiteral("^(\\d+)\\. "), QRegularExpression::MultilineOption);
    static const QRegularExpression nuance(QStringLiteral("^\\| (I-\\d+) \\|"),
                                           QRegularExpression::MultilineOption);
    for (auto it = section.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        list.sections.insert(m.captured(1), m.captured(2));
    }
    for (auto it = fact.globalMatch(text); it.hasNext();)
        list.facts.insert(it.next().captured(1).toInt());
    for (auto it = nuance.globalMatch(text); it.hasNext();)
        list.nuances.append(it.next().captured(1));
    return list;
}

class BundledCourse : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_result = new PackParseResult(PackParser::parseFile(test::bundledCoursePath()));
        s_facts = new FactList(readFactList());
    }
    static void TearDownTestSuite()
    {
        delete s_result;
        delete s_facts;
    }
    const Pack& pack() const { return *s_result->pack; }

    static PackParseResult* s_result;
    static FactList* s_facts;
};

PackParseResult* BundledCourse::s_result = nullptr;
FactList* BundledCourse::s_facts = nullptr;

} // namespace

TEST_F(BundledCourse, is_a_valid_pack)
{
    QStringList problems;
    for (const PackProblem& p : s_result->problems)
        problems.append(p.toString());
    ASSERT_TRUE(s_result->ok()) << problems.join(QLatin1Char('\n')).toStdString();
}

TEST_F(BundledCourse, the_fact_list_was_read)
{
    EXPECT_EQ(s_facts->sections.size(), 9);
    EXPECT_EQ(s_facts->facts.size(), 104);
    EXPECT_EQ(s_facts->nuances.size(), 22);
}

TEST_F(BundledCourse, has_a_topic_with_lessons_for_every_section_of_the_fact_list)
{
    ASSERT_TRUE(s_result->ok());
    for (auto it = s_facts->sections.cbegin(); it != s_facts->sections.cend(); ++it) {
        QString topicId;
        for (const Topic& t : pack().topics) {
            if (t.section == it.key())
                topicId = t.id;
        }
        EXPECT_FALSE(topicId.isEmpty())
            << "no topic for section " << it.key().toStdString() << " (" << it.value().toStdString() << ")";
        const bool hasLesson = std::any_of(pack().lessons.cbegin(), pack().lessons.cend(),
                                           [&](const Lesson& l) { return l.topic == topicId; });
        EXPECT_TRUE(hasLesson) << "section " << it.key().toStdString() << " has no lesson";
    }
}

TEST_F(BundledCourse, teaches_every_fact)
{
    ASSERT_TRUE(s_result->ok());
    QSet<int> taught;
    for (const Lesson& l : pack().lessons) {
        for (int f : l.facts)
            taught.insert(f);
    }
    QList<int> missing;
    for (int f : std::as_const(s_facts->facts)) {
        if (!taught.contains(f))
            missing.append(f);
    }
    std::sort(missing.begin(), missing.end());
    QStringList names;
    for (int f : std::as_const(missing))
        names.append(QString::number(f));
    EXPECT_TRUE(missing.isEmpty()) << "facts no lesson teaches: "
                                   << names.join(QStringLiteral(", ")).toStdString();
    for (int f : std::as_const(taught))
        EXPECT_TRUE(s_facts->facts.contains(f))
            << "a lesson cites fact " << f << ", which the fact list does not have";
}

TEST_F(BundledCourse, corrects_every_nuance_of_section_I)
{
    ASSERT_TRUE(s_result->ok());
    QSet<QString> corrected;
    for (const Lesson& l : pack().lessons) {
        for (const QString& n : l.nuances)
            corrected.insert(n);
    }
    for (const QString& n : std::as_const(s_facts->nuances))
        EXPECT_TRUE(corrected.contains(n)) << "no lesson corrects " << n.toStdString();
    for (const QString& n : std::as_const(corrected))
        EXPECT_TRUE(s_facts->nuances.contains(n)) << "a lesson names unknown nuance " << n.toStdString();
}

TEST_F(BundledCourse, cites_only_course_documents_the_fact_list_names)
{
    ASSERT_TRUE(s_result->ok());
    const QString facts = QString::fromUtf8(test::readFile(test::factsPath()));
    for (const Source& s : pack().sources) {
        if (!s.file.isEmpty())
            EXPECT_TRUE(facts.contains(QStringLiteral("`%1`").arg(s.file)))
                << s.file.toStdString() << " is no course document of the fact list";
        else
            EXPECT_TRUE(s.url.startsWith(QStringLiteral("https://"))) << s.id.toStdString();
    }
}

TEST_F(BundledCourse, draws_the_line_where_aws_does)
{
    ASSERT_TRUE(s_result->ok());
    const ResponsibilityStack stack(pack().layers, pack().serviceModels, pack().services);
    auto partyOf = [&](const char* layer, const char* selection) {
        const auto cell = stack.cell(QLatin1String(layer), QLatin1String(selection));
        EXPECT_TRUE(cell.has_value()) << layer << " under " << selection;
        return cell ? cell->party : Party::Shared;
    };
    // Customer data and identities are the customer's whatever the service (facts 52, 97).
    for (const QString& id : stack.selectionIds()) {
        const QByteArray s = id.toUtf8();
        EXPECT_EQ(partyOf("data", s.constData()), Party::Customer) << s.constData();
        EXPECT_EQ(partyOf("identity", s.constData()), Party::Customer) << s.constData();
    }
    // The physical and virtual foundations are AWS's in every cloud model (facts 15-17).
    for (const char* layer :
         { "facilities", "hardware", "infrastructure-software", "virtualization", "host-os" }) {
        EXPECT_EQ(partyOf(layer, "onprem"), Party::Customer) << layer;
        for (const char* model : { "iaas", "paas", "saas" })
            EXPECT_EQ(partyOf(layer, model), Party::Aws) << layer << "/" << model;
    }
    // The guest OS: the customer's on EC2 (fact 56), AWS's on RDS (facts 70, 71) and Lambda (fact 65).
    EXPECT_EQ(partyOf("guest-os", "ec2"), Party::Customer);
    EXPECT_EQ(partyOf("guest-os", "rds"), Party::Aws);
    EXPECT_EQ(partyOf("guest-os", "lambda"), Party::Aws);
    // Security groups on EC2 are the customer's (fact 56); on RDS not AWS's alone (facts 63, 70, 76).
    EXPECT_EQ(partyOf("network-config", "ec2"), Party::Customer);
    EXPECT_NE(partyOf("network-config", "rds"), Party::Aws);
    EXPECT_NE(partyOf("network-config", "paas"), Party::Aws);
    // Encryption and traffic protection are the customer's on EC2 and RDS (facts 51, 100) and on S3
    // (fact 54).
    EXPECT_EQ(partyOf("encryption", "ec2"), Party::Customer);
    EXPECT_EQ(partyOf("encryption", "rds"), Party::Customer);
    EXPECT_EQ(partyOf("encryption", "s3"), Party::Customer);
    // Bucket policies are the customer's (fact 72); nothing behind S3 is (fact 72).
    EXPECT_EQ(partyOf("identity", "s3"), Party::Customer);
    EXPECT_EQ(partyOf("platform-applications", "s3"), Party::Aws);
    // The line moves up from IaaS to PaaS to SaaS (fact 55).
    EXPECT_EQ(stack.awsLayerCount(QStringLiteral("onprem")), 0);
    EXPECT_LT(stack.awsLayerCount(QStringLiteral("iaas")), stack.awsLayerCount(QStringLiteral("paas")));
    EXPECT_LT(stack.awsLayerCount(QStringLiteral("paas")), stack.awsLayerCount(QStringLiteral("saas")));
    EXPECT_EQ(stack.awsLayerCount(QStringLiteral("ec2")), stack.awsLayerCount(QStringLiteral("iaas")));
}

TEST_F(BundledCourse, every_cell_reads_correctly_for_the_service_shown)
{
    ASSERT_TRUE(s_result->ok());
    const ResponsibilityStack stack(pack().layers, pack().serviceModels, pack().services);
    // Each service's names as text says them: "Amazon EC2 (Elastic Compute Cloud)" is "EC2" and "Elastic
    // Compute Cloud".
    QList<QPair<QString, QRegularExpression>> names;
    static const QRegularExpression parts(QStringLiteral("^(?:Amazon |AWS )?(.*?)(?: \\((.*)\\))?$"));
    for (const Service& s : pack().services) {
        const auto m = parts.match(s.name);
        ASSERT_TRUE(m.hasMatch()) << s.name.toStdString();
        for (const QString& name : { m.captured(1), m.captured(2) }) {
            if (!name.isEmpty())
                names.append({ s.id,
                               QRegularExpression(QStringLiteral("(?<![A-Za-z0-9])%1(?![A-Za-z0-9])")
                                                      .arg(QRegularExpression::escape(name))) });
        }
    }
    ASSERT_GT(names.size(), pack().services.size());
    int walked = 0;
    for (const Service& service : pack().services) {
        for (const Layer& layer : pack().layers) {
            const auto cell = stack.cell(layer.id, service.id);
            ASSERT_TRUE(cell.has_value()) << service.id.toStdString() << " / " << layer.id.toStdString();
            ++walked;
            // A service's own text is written for it (and may compare it with another); a text
            // it takes over from its model is written for the model in general: no service named.
            if (stack.hasOwnCell(layer.id, service.id))
                continue;
            const QString text = cell->explanation + QLatin1Char(' ') + cell->nuance;
            for (const auto& [id, pattern] : std::as_const(names)) {
                EXPECT_FALSE(pattern.match(text).hasMatch())
                    << service.id.toStdString() << " / " << layer.id.toStdString()
                    << " shows its model's text, which names " << id.toStdString() << ": "
                    << text.toStdString();
            }
        }
    }
    EXPECT_EQ(walked, pack().services.size() * pack().layers.size());
}

TEST_F(BundledCourse, every_whose_job_key_agrees_with_its_matrix_cell)
{
    ASSERT_TRUE(s_result->ok());
    const ResponsibilityStack stack(pack().layers, pack().serviceModels, pack().services);
    int checked = 0;
    for (const Question& q : pack().questions) {
        if (!q.party)
            continue;
        const QString selection = q.service.isEmpty() ? q.model : q.service;
        const auto cell = stack.cell(q.layer, selection);
        ASSERT_TRUE(cell.has_value()) << q.id.toStdString();
        EXPECT_EQ(*q.party, cell->party)
            << q.id.toStdString() << " keys " << partyId(*q.party).toStdString() << " for "
            << q.layer.toStdString() << " under " << selection.toStdString() << ", where the matrix says "
            << partyId(cell->party).toStdString();
        ++checked;
    }
    EXPECT_GE(checked, 14);
}

TEST_F(BundledCourse, services_of_one_category_agree_on_a_layer_unless_one_says_why)
{
    ASSERT_TRUE(s_result->ok());
    const ResponsibilityStack stack(pack().layers, pack().serviceModels, pack().services);
    QMap<int, QList<const Service*>> byCategory;
    for (const Service& s : pack().services) {
        if (s.category != ServiceCategory::None)
            byCategory[int(s.category)].append(&s);
    }
    ASSERT_EQ(byCategory.size(), 3) << "infrastructure, container and abstracted";
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        for (const Layer& layer : pack().layers) {
            QSet<int> parties;
            for (const Service* s : it.value())
                parties.insert(int(stack.cell(layer.id, s->id)->party));
            if (parties.size() < 2)
                continue;
            // They differ: the ones that differ from the category's column must say why, in a
            // cell of their own with a nuance.
            const Party inherited = stack.cell(layer.id, it.value().constFirst()->model)->party;
            for (const Service* s : it.value()) {
                const auto cell = stack.cell(layer.id, s->id);
                if (cell->party == inherited)
                    continue;
                EXPECT_TRUE(stack.hasOwnCell(layer.id, s->id) && !cell->nuance.isEmpty())
                    << "category " << it.key() << ": its services disagree on " << layer.id.toStdString()
                    << ": " << s->id.toStdString() << " gives no reason of its own";
            }
        }
    }
}

TEST_F(BundledCourse, every_link_between_lessons_leads_somewhere)
{
    ASSERT_TRUE(s_result->ok());
    QSet<QString> lessons, terms;
    for (const Lesson& l : pack().lessons)
        lessons.insert(l.id);
    for (const GlossaryTerm& t : pack().glossary)
        terms.insert(t.id);
    static const QRegularExpression link(QStringLiteral("\\]\\((lesson|term):([^)\\s]*)\\)"));
    int links = 0;
    for (const Lesson& l : pack().lessons) {
        for (auto it = link.globalMatch(l.body); it.hasNext(); ++links) {
            const auto m = it.next();
            const bool known = m.captured(1) == QLatin1String("lesson") ? lessons.contains(m.captured(2))
                                                                        : terms.contains(m.captured(2));
            EXPECT_TRUE(known) << l.id.toStdString() << " links to a missing " << m.captured(1).toStdString()
                               << " \"" << m.captured(2).toStdString() << "\"";
        }
    }
    EXPECT_GE(links, 6) << "points taught once are linked from the lessons that need them";
}

TEST_F(BundledCourse, every_term_a_lesson_sets_in_bold_has_a_glossary_entry)
{
    ASSERT_TRUE(s_result->ok());
    int bold = 0;
    for (const Lesson& l : pack().lessons) {
        for (const QString& phrase : boldPhrases(l.body)) {
            ++bold;
            EXPECT_NE(termNamed(pack().glossary, phrase), nullptr)
                << l.id.toStdString() << " sets \"" << phrase.toStdString()
                << "\" in bold, but no glossary term has that name or alias (bold marks a key term; use "
                   "*emphasis* otherwise)";
        }
    }
    EXPECT_GE(bold, 60);
}

TEST_F(BundledCourse, learner_text_names_no_internal_ids)
{
    ASSERT_TRUE(s_result->ok());
    // Ids of more than one word ("service-types", "aws-side-scope"), the fact list's nuance labels
    // ("I-7") and the authors' names for the course documents ("seed S2": a learner reads "course
    // document 3") are never words a learner should read; one-word ids are ordinary words.
    QStringList ids;
    auto add = [&ids](const QString& id) {
        if (id.contains(QLatin1Char('-')))
            ids.append(QRegularExpression::escape(id));
    };
    for (const Topic& t : pack().topics)
        add(t.id);
    for (const Lesson& l : pack().lessons)
        add(l.id);
    for (const GlossaryTerm& t : pack().glossary)
        add(t.id);
    for (const Question& q : pack().questions)
        add(q.id);
    for (const Layer& l : pack().layers)
        add(l.id);
    for (const Service& s : pack().services)
        add(s.id);
    for (const Source& s : pack().sources)
        add(s.id);
    std::sort(ids.begin(), ids.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    const QRegularExpression leak(QStringLiteral("(?<![A-Za-z0-9-])(%1|I-\\d+|[Ss]eed S\\d+)(?![A-Za-z0-9-])")
                                      .arg(ids.join(QLatin1Char('|'))));
    ASSERT_TRUE(leak.isValid());
    auto check = [&leak](const QString& where, const QString& text) {
        const auto m = leak.match(text);
        EXPECT_FALSE(m.hasMatch()) << where.toStdString() << " shows the id \"" << m.captured(1).toStdString()
                                   << "\"";
    };
    // A link's target is for the app, not for reading: only its text is shown.
    static const QRegularExpression linkTarget(QStringLiteral("\\]\\((?:lesson|term):[^)]*\\)"));
    for (const Lesson& l : pack().lessons)
        check(QStringLiteral("lesson ") + l.id,
              l.summary + QLatin1Char('\n') + QString(l.body).replace(linkTarget, QStringLiteral("]")));
    for (const GlossaryTerm& t : pack().glossary)
        check(QStringLiteral("term ") + t.id, t.definition);
    for (const Question& q : pack().questions) {
        QString text = q.prompt;
        for (const Choice& c : q.choices)
            text += QLatin1Char('\n') + c.text + QLatin1Char('\n') + c.explanation;
        check(QStringLiteral("question ") + q.id, text);
    }
    for (const Service& s : pack().services) {
        QString text = s.summary + QLatin1Char('\n') + s.note;
        for (const Responsibility& r : s.responsibility)
            text += QLatin1Char('\n') + r.explanation + QLatin1Char('\n') + r.nuance;
        check(QStringLiteral("service ") + s.id, text);
    }
    for (const Layer& l : pack().layers) {
        QString text = l.summary + QLatin1Char('\n') + l.examples.join(QLatin1Char('\n'));
        for (const Responsibility& r : l.responsibility)
            text += QLatin1Char('\n') + r.explanation + QLatin1Char('\n') + r.nuance;
        check(QStringLiteral("layer ") + l.id, text);
    }
}

TEST_F(BundledCourse, the_analogy_gives_the_structure_to_aws_and_the_locks_to_the_customer)
{
    ASSERT_TRUE(s_result->ok());
    QHash<QString, Party> parties;
    for (const AnalogyRow& a : pack().analogy)
        parties.insert(a.id, a.party);
    EXPECT_EQ(parties.value(QStringLiteral("foundations")), Party::Aws); // fact 12
    EXPECT_EQ(parties.value(QStringLiteral("locks")), Party::Customer); // fact 13
    EXPECT_EQ(parties.value(QStringLiteral("certificates")),
              Party::Aws); // fact 14: audit reports instead of visits
}

TEST_F(BundledCourse, every_layer_has_examples_and_every_cell_a_reason)
{
    ASSERT_TRUE(s_result->ok());
    for (const Layer& l : pack().layers) {
        EXPECT_FALSE(l.examples.isEmpty()) << l.id.toStdString();
        for (const ServiceModel& m : pack().serviceModels)
            EXPECT_FALSE(l.responsibility.value(m.id).explanation.isEmpty())
                << l.id.toStdString() << "/" << m.id.toStdString();
    }
}

TEST_F(BundledCourse, does_not_present_retired_or_mislabelled_services_as_current)
{
    ASSERT_TRUE(s_result->ok());
    for (const Service& s : pack().services) {
        if (s.id == QLatin1String("chime")) {
            EXPECT_EQ(s.endOfSupport, QDate(2026, 2, 20)); // fact 69
        }
        if (s.id == QLatin1String("lambda")) {
            EXPECT_FALSE(s.awsTerm.contains(QStringLiteral("PaaS")))
                << "AWS calls Lambda serverless (fact 67)";
            EXPECT_FALSE(s.note.isEmpty());
        }
        if (s.id == QLatin1String("shield") || s.id == QLatin1String("trusted-advisor")) {
            EXPECT_FALSE(s.awsTerm.contains(QStringLiteral("SaaS"))) << s.id.toStdString() << " (fact 68)";
            EXPECT_FALSE(s.note.isEmpty());
        }
    }
}

TEST_F(BundledCourse, every_question_links_to_what_it_is_about)
{
    ASSERT_TRUE(s_result->ok());
    for (const Question& q : pack().questions) {
        EXPECT_FALSE(q.lesson.isEmpty()) << q.id.toStdString() << " names no lesson";
        EXPECT_FALSE(q.sources.isEmpty()) << q.id.toStdString();
    }
}

TEST_F(BundledCourse, has_a_question_bank_of_at_least_220_with_12_per_topic_covering_every_fact)
{
    ASSERT_TRUE(s_result->ok());
    EXPECT_GE(pack().questions.size(), 220);
    QMap<QString, int> perTopic;
    for (const Topic& t : pack().topics)
        perTopic.insert(t.id, 0);
    QSet<int> tested;
    for (const Question& q : pack().questions) {
        ++perTopic[q.topic];
        EXPECT_FALSE(q.facts.isEmpty()) << q.id.toStdString() << " tests no fact";
        for (int f : q.facts) {
            EXPECT_TRUE(s_facts->facts.contains(f)) << q.id.toStdString() << " names fact " << f;
            tested.insert(f);
        }
    }
    for (auto it = perTopic.cbegin(); it != perTopic.cend(); ++it)
        EXPECT_GE(it.value(), 12) << "topic " << it.key().toStdString() << " has too few questions";
    for (int f : std::as_const(s_facts->facts))
        EXPECT_TRUE(tested.contains(f)) << "no question tests fact " << f;
}

TEST_F(BundledCourse, has_every_kind_of_question_and_a_split_for_each_shared_control)
{
    ASSERT_TRUE(s_result->ok());
    QMap<QuestionType, int> perType;
    QSet<QString> splitControls;
    for (const Question& q : pack().questions) {
        ++perType[q.type];
        if (q.type == QuestionType::Split)
            splitControls.insert(q.control);
    }
    for (QuestionType t : { QuestionType::Single, QuestionType::Multiple, QuestionType::TrueFalse,
                            QuestionType::Classify, QuestionType::Split })
        EXPECT_GE(perType.value(t), 4) << questionTypeId(t).toStdString();
    EXPECT_EQ(splitControls,
              (QSet<QString> { QStringLiteral("Patch management"), QStringLiteral("Configuration management"),
                               QStringLiteral("Awareness and training") }));
}
