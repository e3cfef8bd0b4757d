// SPDX-License-Identifier: GPL-3.0-or-later
// The presenter deck: the saved form of its items, the deck a new instructor starts from, the
// problems of a deck against the course, its expansion into clicker steps with their speaker
// notes, and the items offered to add. Against a small hand-made course (exact values) and the
// bundled course.
#include "core/PresenterDeck.h"
#include "core/pack/PackParser.h"

#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QHash>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace demarc;

namespace {

using Kind = DeckItem::Kind;

Responsibility cell(Party p) { return { p, QStringLiteral("why"), {} }; }

Layer layer(const char* id, const char* name, Party onprem, Party iaas, Party paas)
{
    Layer l;
    l.id = QLatin1String(id);
    l.name = QLatin1String(name);
    l.responsibility = { { QStringLiteral("onprem"), cell(onprem) },
                         { QStringLiteral("iaas"), cell(iaas) },
                         { QStringLiteral("paas"), cell(paas) } };
    return l;
}

ServiceModel model(const char* id, const char* name)
{
    ServiceModel m;
    m.id = QLatin1String(id);
    m.name = QString::fromUtf8(name);
    return m;
}

Service service(const char* id, const char* name, const char* model)
{
    Service s;
    s.id = QLatin1String(id);
    s.name = QString::fromUtf8(name);
    s.model = QLatin1String(model);
    return s;
}

Lesson lesson(const char* id, const char* title, const char* body)
{
    Lesson l;
    l.id = QLatin1String(id);
    l.title = QString::fromUtf8(title);
    l.summary = QStringLiteral("Speaker notes for ") + l.title;
    l.body = QString::fromUtf8(body);
    return l;
}

struct QuestionSpec
{
    const char* id;
    QuestionType type;
    const char* topic;
    const char* lesson;
    const char* service;
    const char* model;
    const char* layer;
};

Question question(const QuestionSpec& spec)
{
    Question q;
    q.id = QLatin1String(spec.id);
    q.type = spec.type;
    q.topic = QLatin1String(spec.topic);
    q.prompt = QStringLiteral("Prompt of ") + q.id;
    q.lesson = QLatin1String(spec.lesson);
    q.service = QLatin1String(spec.service);
    q.model = QLatin1String(spec.model);
    q.layer = QLatin1String(spec.layer);
    return q;
}

/**
 * A small course: four layers, three models, EC2 and RDS, four lessons and nine questions.
 * Speaker notes it is built to give: EC2 → lesson-ec2 (two questions against one for
 * lesson-stack, which comes first), RDS → lesson-rds (the two questions pointing to the
 * missing "retired-lesson" do not count), IaaS and the matrix → lesson-stack, the controls →
 * lesson-controls, the areas → lesson-rds (the only lesson naming "Customer data").
 */
DeckMaterial smallCourse(bool withServices = true)
{
    DeckMaterial m;
    const QList<Layer> layers {
        layer("facilities", "Physical facilities", Party::Customer, Party::Aws, Party::Aws),
        layer("guest-os", "Guest operating system", Party::Customer, Party::Customer, Party::Aws),
        layer("network", "Network configuration", Party::Customer, Party::Customer, Party::Shared),
        layer("data", "Customer data", Party::Customer, Party::Customer, Party::Customer)
    };
    const QList<ServiceModel> models { model("onprem", "On-premises"),
                                       model("iaas", "IaaS (Infrastructure as a Service)"),
                                       model("paas", "PaaS (Platform as a Service)") };
    QList<Service> services;
    if (withServices) {
        services = { service("ec2", "Amazon EC2 (Elastic Compute Cloud)", "iaas"),
                     service("rds", "Amazon RDS (Relational Database Service)", "paas") };
    }
    m.stack = ResponsibilityStack(layers, models, services);

    ControlCategory patching;
    patching.id = QStringLiteral("shared");
    patching.name = QStringLiteral("Shared controls");
    patching.summary = QStringLiteral("Both sides do their part.");
    m.controls = { patching };
    CustomerArea data;
    data.id = QStringLiteral("data");
    data.name = QStringLiteral("Customer data");
    data.items = { QStringLiteral("Classify it"), QStringLiteral("Back it up") };
    m.areas = { data };

    m.lessons = {
        lesson("lesson-stack", "The stack, layer by layer", "From the facilities up to the data."),
        lesson("lesson-ec2", "Running your own servers", "You patch the guest operating system."),
        lesson("lesson-rds", "Managed databases", "Customer data in a managed database is still yours."),
        lesson("lesson-controls", "Shared controls", "Patch management is split between both sides.")
    };

    using T = QuestionType;
    const QuestionSpec specs[] = {
        { "q-ec2-storage", T::Multiple, "stack", "lesson-stack", "ec2", "iaas", "data" },
        { "q-ec2-patching", T::Single, "stack", "lesson-ec2", "ec2", "iaas", "guest-os" },
        { "q-ec2-firewall", T::Single, "stack", "lesson-ec2", "ec2", "iaas", "network" },
        { "q-iaas-line", T::TrueFalse, "stack", "lesson-stack", "", "iaas", "guest-os" },
        { "q-rds-backups", T::Single, "services", "lesson-rds", "rds", "paas", "data" },
        { "q-rds-engine", T::Single, "services", "retired-lesson", "rds", "paas", "" },
        { "q-rds-minor-versions", T::TrueFalse, "services", "retired-lesson", "rds", "paas", "" },
        { "q-patching-split", T::Split, "controls", "lesson-controls", "", "", "" },
        { "q-controls-who", T::Single, "controls", "retired-lesson", "", "", "" },
    };
    for (const QuestionSpec& s : specs)
        m.questions.append(question(s));
    m.questions[7].control = QStringLiteral("Patch management");
    return m;
}

DeckItem item(Kind kind, const QStringList& ids = {}) { return DeckItem { kind, ids }; }

QStringList texts(const QList<DeckItem>& items)
{
    QStringList out;
    for (const DeckItem& i : items)
        out.append(i.toText());
    return out;
}

/** The items of @p lines, each as DeckItem::fromText reads it; fails the test on a bad line. */
QList<DeckItem> items(const QStringList& lines)
{
    QList<DeckItem> out;
    for (const QString& line : lines) {
        QString error;
        const auto i = DeckItem::fromText(line, &error);
        if (i)
            out.append(*i);
        else
            ADD_FAILURE() << "cannot read '" << line.toStdString() << "': " << error.toStdString();
    }
    return out;
}

template<typename F> QStringList column(const QList<PresenterStep>& steps, F field)
{
    QStringList out;
    for (const PresenterStep& s : steps)
        out.append(field(s));
    return out;
}

QStringList titles(const QList<PresenterStep>& steps)
{
    return column(steps, [](const PresenterStep& s) { return s.title; });
}

QStringList selections(const QList<PresenterStep>& steps)
{
    return column(steps, [](const PresenterStep& s) { return s.selection; });
}

QStringList lessonIds(const QList<PresenterStep>& steps)
{
    return column(steps, [](const PresenterStep& s) { return s.lessonId; });
}

QList<int> revealed(const QList<PresenterStep>& steps)
{
    QList<int> out;
    for (const PresenterStep& s : steps)
        out.append(s.revealed);
    return out;
}

QList<int> itemIndexes(const QList<PresenterStep>& steps)
{
    QList<int> out;
    for (const PresenterStep& s : steps)
        out.append(s.item);
    return out;
}

std::string describe(const QList<int>& values)
{
    QStringList out;
    for (int v : values)
        out.append(QString::number(v));
    return out.join(QStringLiteral(", ")).toStdString();
}

qsizetype countOf(const QList<DeckItem>& items, Kind kind)
{
    return std::count_if(items.begin(), items.end(), [&](const DeckItem& i) { return i.kind == kind; });
}

} // namespace

// --- The saved form ---------------------------------------------------------------------------

TEST(PresenterDeck, every_kind_of_item_reads_back_as_it_was_written)
{
    const QList<DeckItem> all { item(Kind::Stack, { QStringLiteral("ec2") }),
                                item(Kind::Services,
                                     { QStringLiteral("ec2"), QStringLiteral("rds"), QStringLiteral("lambda"),
                                       QStringLiteral("s3") }),
                                item(Kind::Compare, { QStringLiteral("ec2"), QStringLiteral("rds") }),
                                item(Kind::Matrix),
                                item(Kind::Controls),
                                item(Kind::Areas),
                                item(Kind::Quiz, { QStringLiteral("q-definition-of-and-in") }) };
    const QStringList expected { QStringLiteral("stack ec2"),
                                 QStringLiteral("services ec2 rds lambda s3"),
                                 QStringLiteral("compare ec2 rds"),
                                 QStringLiteral("matrix"),
                                 QStringLiteral("controls"),
                                 QStringLiteral("areas"),
                                 QStringLiteral("quiz q-definition-of-and-in") };
    EXPECT_EQ(texts(all), expected);
    for (const DeckItem& i : all) {
        QString error;
        const auto back = DeckItem::fromText(i.toText(), &error);
        ASSERT_TRUE(back.has_value()) << i.toText().toStdString() << ": " << error.toStdString();
        EXPECT_EQ(*back, i) << "'" << i.toText().toStdString() << "' read back as '"
                            << back->toText().toStdString() << "'";
    }
}

TEST(PresenterDeck, each_kind_has_its_own_keyword)
{
    EXPECT_EQ(DeckItem::keyword(Kind::Stack), QStringLiteral("stack"));
    EXPECT_EQ(DeckItem::keyword(Kind::Services), QStringLiteral("services"));
    EXPECT_EQ(DeckItem::keyword(Kind::Compare), QStringLiteral("compare"));
    EXPECT_EQ(DeckItem::keyword(Kind::Matrix), QStringLiteral("matrix"));
    EXPECT_EQ(DeckItem::keyword(Kind::Controls), QStringLiteral("controls"));
    EXPECT_EQ(DeckItem::keyword(Kind::Areas), QStringLiteral("areas"));
    EXPECT_EQ(DeckItem::keyword(Kind::Quiz), QStringLiteral("quiz"));
}

TEST(PresenterDeck, reading_tolerates_extra_spaces)
{
    const auto i = DeckItem::fromText(QStringLiteral("   compare   ec2    rds  "));
    ASSERT_TRUE(i.has_value());
    EXPECT_EQ(i->kind, Kind::Compare);
    EXPECT_EQ(i->ids, (QStringList { QStringLiteral("ec2"), QStringLiteral("rds") }))
        << "no empty ids from runs of spaces";
    EXPECT_EQ(i->toText(), QStringLiteral("compare ec2 rds")) << "written back with single spaces";

    const auto matrix = DeckItem::fromText(QStringLiteral("matrix "));
    ASSERT_TRUE(matrix.has_value());
    EXPECT_EQ(*matrix, item(Kind::Matrix)) << "a trailing space adds no id";
}

TEST(PresenterDeck, an_empty_line_is_not_an_item)
{
    for (const QString& line : { QString(), QStringLiteral("     ") }) {
        QString error;
        EXPECT_FALSE(DeckItem::fromText(line, &error).has_value()) << "'" << line.toStdString() << "'";
        EXPECT_EQ(error, QStringLiteral("an empty line")) << "'" << line.toStdString() << "'";
    }
}

TEST(PresenterDeck, an_unknown_keyword_is_named_in_the_message)
{
    QString error;
    EXPECT_FALSE(DeckItem::fromText(QStringLiteral("slide ec2"), &error).has_value());
    EXPECT_TRUE(error.contains(QStringLiteral("'slide'")))
        << "the message should name the bad word: " << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("stack")))
        << "and list the known ones: " << error.toStdString();

    EXPECT_FALSE(DeckItem::fromText(QStringLiteral("Stack ec2"), &error).has_value())
        << "keywords are lower case";
    EXPECT_TRUE(error.contains(QStringLiteral("'Stack'"))) << error.toStdString();

    EXPECT_FALSE(DeckItem::fromText(QStringLiteral("slide")).has_value()) << "no error pointer is needed";
}

// --- The default deck -------------------------------------------------------------------------

TEST(PresenterDeck, the_default_deck_of_a_small_course_uses_its_services_and_one_question_per_topic)
{
    const DeckMaterial m = smallCourse();
    const QList<DeckItem> deck = defaultDeck(m);
    const QStringList expected { QStringLiteral("stack ec2"),
                                 QStringLiteral("services ec2 rds"),
                                 QStringLiteral("compare ec2 rds"),
                                 QStringLiteral("matrix"),
                                 QStringLiteral("controls"),
                                 QStringLiteral("areas"),
                                 QStringLiteral("quiz q-ec2-patching"),
                                 QStringLiteral("quiz q-rds-backups"),
                                 QStringLiteral("quiz q-controls-who") };
    EXPECT_EQ(texts(deck), expected)
        << "the first single-answer question of each topic; lambda and s3 left out";
    EXPECT_EQ(deckProblems(deck, m), QStringList());
}

TEST(PresenterDeck, the_deck_to_present_is_the_saved_one_or_else_the_default)
{
    const DeckMaterial m = smallCourse();
    QStringList problems;
    EXPECT_EQ(texts(deckToPresent(QStringList {}, m, &problems)), texts(defaultDeck(m))) << "nothing saved";
    EXPECT_TRUE(problems.isEmpty());

    const QList<DeckItem> saved =
        deckToPresent(QStringList { QStringLiteral("stack rds"), QStringLiteral("dance ec2"),
                                    QStringLiteral("compare ec2 vax"), QStringLiteral("matrix") },
                      m, &problems);
    EXPECT_EQ(texts(saved),
              (QStringList { QStringLiteral("stack rds"), QStringLiteral("compare ec2 vax"),
                             QStringLiteral("matrix") }))
        << "an unreadable line is left out; an item with problems stays for the expansion to skip";
    ASSERT_EQ(problems.size(), 2) << problems.join(QLatin1Char('|')).toStdString();
    EXPECT_TRUE(problems.at(0).contains(QStringLiteral("dance ec2")));
    EXPECT_TRUE(problems.at(1).contains(QStringLiteral("vax")));

    problems.clear();
    EXPECT_EQ(texts(deckToPresent(QStringList { QStringLiteral("nonsense") }, m, &problems)),
              texts(defaultDeck(m)))
        << "nothing usable saved: the default deck";
    problems.clear();
    EXPECT_EQ(
        texts(deckToPresent(Result<QStringList> { Error { QStringLiteral("disk on fire") } }, m, &problems)),
        texts(defaultDeck(m)));
    ASSERT_EQ(problems.size(), 1);
    EXPECT_TRUE(problems.constFirst().contains(QStringLiteral("disk on fire")));
}

TEST(PresenterDeck, without_the_usual_services_the_default_deck_falls_back_to_the_models)
{
    const DeckMaterial m = smallCourse(false);
    const QList<DeckItem> deck = defaultDeck(m);
    ASSERT_GE(deck.size(), 6);
    const QStringList expected { QStringLiteral("stack onprem"),
                                 QStringLiteral("services onprem iaas paas"),
                                 QStringLiteral("compare onprem iaas"),
                                 QStringLiteral("matrix"),
                                 QStringLiteral("controls"),
                                 QStringLiteral("areas") };
    EXPECT_EQ(texts(deck).mid(0, 6), expected);
    EXPECT_EQ(countOf(deck, Kind::Quiz), 3);
    EXPECT_EQ(deckProblems(deck, m), QStringList());
}

TEST(PresenterDeck, the_default_deck_leaves_out_what_the_course_lacks)
{
    DeckMaterial m = smallCourse();
    m.controls.clear();
    m.areas.clear();
    m.questions.clear();
    EXPECT_EQ(texts(defaultDeck(m)),
              (QStringList { QStringLiteral("stack ec2"), QStringLiteral("services ec2 rds"),
                             QStringLiteral("compare ec2 rds"), QStringLiteral("matrix") }));

    EXPECT_TRUE(defaultDeck(DeckMaterial()).isEmpty()) << "nothing to show in an empty course";

    // Models but no layers: no matrix to reveal, so the deck must not offer one.
    DeckMaterial noLayers = smallCourse();
    noLayers.stack = ResponsibilityStack({}, smallCourse().stack.models(), smallCourse().stack.services());
    const QList<DeckItem> deck = defaultDeck(noLayers);
    EXPECT_EQ(deckProblems(deck, noLayers), QStringList())
        << texts(deck).join(QStringLiteral(" | ")).toStdString();
}

TEST(PresenterDeck, a_lone_service_gives_a_stack_but_nothing_to_switch_or_compare)
{
    DeckMaterial m = smallCourse();
    m.stack = ResponsibilityStack(m.stack.layers(), m.stack.models(),
                                  { service("rds", "Amazon RDS (Relational Database Service)", "paas") });
    m.questions.clear();
    EXPECT_EQ(texts(defaultDeck(m)),
              (QStringList { QStringLiteral("stack rds"), QStringLiteral("matrix"),
                             QStringLiteral("controls"), QStringLiteral("areas") }));
}

// --- Problems ---------------------------------------------------------------------------------

TEST(PresenterDeck, every_bad_item_gets_one_message_naming_it)
{
    const DeckMaterial m = smallCourse();
    const QStringList lines {
        QStringLiteral("stack"), // 1
        QStringLiteral("stack ec2 rds"), // 2
        QStringLiteral("services"), // 3
        QStringLiteral("compare ec2"), // 4
        QStringLiteral("compare ec2 rds paas"), // 5
        QStringLiteral("matrix ec2"), // 6
        QStringLiteral("controls shared"), // 7
        QStringLiteral("areas data"), // 8
        QStringLiteral("quiz"), // 9
        QStringLiteral("quiz q-rds-backups q-ec2-patching"), // 10
        QStringLiteral("stack ec2"), // 11: fine
        QStringLiteral("stack lambda"), // 12
        QStringLiteral("services ec2 lambda s3"), // 13: two unknown ids, still one message
        QStringLiteral("compare ec2 s3"), // 14
        QStringLiteral("quiz no-such-question"), // 15
        QStringLiteral("quiz q-rds-backups"), // 16: fine
    };
    const QList<DeckItem> deck = items(lines);
    ASSERT_EQ(deck.size(), lines.size());
    const QStringList problems = deckProblems(deck, m);
    const QList<int> bad { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15 };
    ASSERT_EQ(problems.size(), bad.size()) << problems.join(QLatin1Char('\n')).toStdString();
    for (qsizetype i = 0; i < bad.size(); ++i) {
        const int n = bad.at(i);
        const QString start = QStringLiteral("item %1 (%2): ").arg(n).arg(lines.at(n - 1));
        EXPECT_TRUE(problems.at(i).startsWith(start))
            << "expected to start with '" << start.toStdString() << "': " << problems.at(i).toStdString();
    }
    EXPECT_EQ(problems.at(3), QStringLiteral("item 4 (compare ec2): needs two models or services"));
    EXPECT_EQ(
        problems.at(13),
        QStringLiteral("item 15 (quiz no-such-question): no question 'no-such-question' in the course"));
    EXPECT_EQ(problems.at(0), QStringLiteral("item 1 (stack): needs one model or service"));
    EXPECT_EQ(problems.at(2), QStringLiteral("item 3 (services): needs at least one model or service"));
    EXPECT_EQ(problems.at(5), QStringLiteral("item 6 (matrix ec2): takes no ids"));
    EXPECT_EQ(problems.at(8), QStringLiteral("item 9 (quiz): needs one question"));
    EXPECT_EQ(problems.at(10),
              QStringLiteral("item 12 (stack lambda): no model or service 'lambda' in the course"));
    EXPECT_EQ(problems.at(11),
              QStringLiteral(
                  "item 13 (services ec2 lambda s3): no models or services 'lambda', 's3' in the course"))
        << "one message naming both unknown ids";
    EXPECT_TRUE(problems.at(12).contains(QStringLiteral("'s3'"))) << problems.at(12).toStdString();
}

TEST(PresenterDeck, the_tables_are_problems_when_the_course_has_none)
{
    DeckMaterial m = smallCourse();
    m.controls.clear();
    m.areas.clear();
    const QStringList problems =
        deckProblems({ item(Kind::Controls), item(Kind::Areas), item(Kind::Matrix) }, m);
    EXPECT_EQ(problems,
              (QStringList { QStringLiteral("item 1 (controls): the course has no IT controls"),
                             QStringLiteral("item 2 (areas): the course has no customer-managed areas") }))
        << "the matrix is fine: the course has layers";

    m.stack = ResponsibilityStack({}, m.stack.models(), m.stack.services());
    EXPECT_EQ(deckProblems({ item(Kind::Matrix) }, m),
              QStringList { QStringLiteral("item 1 (matrix): the course has no layers") });
}

TEST(PresenterDeck, a_good_deck_has_no_problems)
{
    const DeckMaterial m = smallCourse();
    const QList<DeckItem> deck =
        items({ QStringLiteral("stack onprem"), QStringLiteral("stack rds"), QStringLiteral("services iaas"),
                QStringLiteral("services paas ec2 rds"), QStringLiteral("compare iaas rds"),
                QStringLiteral("matrix"), QStringLiteral("controls"), QStringLiteral("areas"),
                QStringLiteral("quiz q-patching-split") });
    EXPECT_EQ(deckProblems(deck, m), QStringList());
    EXPECT_EQ(deckProblems({}, m), QStringList());
}

// --- Steps ------------------------------------------------------------------------------------

TEST(PresenterDeck, a_stack_reveals_one_layer_per_step_from_the_ground_up)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps = expandDeck({ item(Kind::Stack, { QStringLiteral("iaas") }) }, m);
    ASSERT_EQ(steps.size(), 4) << "one step per layer";
    EXPECT_EQ(revealed(steps), (QList<int> { 1, 2, 3, 4 })) << describe(revealed(steps));
    EXPECT_EQ(titles(steps),
              (QStringList { QStringLiteral("IaaS: 1 of 4 layers"), QStringLiteral("IaaS: 2 of 4 layers"),
                             QStringLiteral("IaaS: 3 of 4 layers"), QStringLiteral("IaaS: 4 of 4 layers") }));
    for (const PresenterStep& s : steps) {
        EXPECT_EQ(s.kind, Kind::Stack);
        EXPECT_EQ(s.item, 0);
        EXPECT_EQ(s.selection, QStringLiteral("iaas"));
        EXPECT_TRUE(s.compare.isEmpty());
        EXPECT_TRUE(s.questionId.isEmpty());
    }

    const QList<PresenterStep> ec2 = expandDeck({ item(Kind::Stack, { QStringLiteral("ec2") }) }, m);
    ASSERT_EQ(ec2.size(), 4);
    EXPECT_EQ(ec2.at(1).title, QStringLiteral("Amazon EC2: 2 of 4 layers")) << "a service by its short name";
}

TEST(PresenterDeck, services_give_one_step_per_id_in_order)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps = expandDeck(
        { item(Kind::Services, { QStringLiteral("rds"), QStringLiteral("ec2"), QStringLiteral("paas") }) },
        m);
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(selections(steps),
              (QStringList { QStringLiteral("rds"), QStringLiteral("ec2"), QStringLiteral("paas") }));
    EXPECT_EQ(
        titles(steps),
        (QStringList { QStringLiteral("The line for Amazon RDS"), QStringLiteral("The line for Amazon EC2"),
                       QStringLiteral("The line for PaaS") }));
    for (const PresenterStep& s : steps) {
        EXPECT_EQ(s.kind, Kind::Services);
        EXPECT_EQ(s.item, 0);
        EXPECT_EQ(s.revealed, -1) << "the whole stack is shown";
    }
}

TEST(PresenterDeck, a_comparison_is_one_step_with_both_sides)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps =
        expandDeck({ item(Kind::Compare, { QStringLiteral("ec2"), QStringLiteral("rds") }) }, m);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps.at(0).kind, Kind::Compare);
    EXPECT_EQ(steps.at(0).selection, QStringLiteral("ec2"));
    EXPECT_EQ(steps.at(0).compare, QStringLiteral("rds"));
    EXPECT_EQ(steps.at(0).title, QStringLiteral("Amazon EC2 beside Amazon RDS"));
    EXPECT_EQ(steps.at(0).revealed, -1);
    EXPECT_EQ(steps.at(0).lessonId, QStringLiteral("lesson-rds"))
        << "the notes are about the right-hand side";
}

TEST(PresenterDeck, the_matrix_reveals_one_column_per_step)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps = expandDeck({ item(Kind::Matrix) }, m);
    ASSERT_EQ(steps.size(), 3) << "one step per model";
    EXPECT_EQ(revealed(steps), (QList<int> { 1, 2, 3 })) << describe(revealed(steps));
    EXPECT_EQ(titles(steps),
              (QStringList { QStringLiteral("The matrix: 1 of 3 columns"),
                             QStringLiteral("The matrix: 2 of 3 columns"),
                             QStringLiteral("The matrix: 3 of 3 columns") }));
    EXPECT_EQ(lessonIds(steps), QStringList(3, QStringLiteral("lesson-stack")))
        << "from the questions about a model";
}

TEST(PresenterDeck, the_tables_are_one_step_each)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps = expandDeck({ item(Kind::Controls), item(Kind::Areas) }, m);
    ASSERT_EQ(steps.size(), 2);
    EXPECT_EQ(steps.at(0).kind, Kind::Controls);
    EXPECT_EQ(steps.at(0).title, QStringLiteral("IT controls"));
    EXPECT_EQ(steps.at(0).lessonId, QStringLiteral("lesson-controls"))
        << "the lesson of the questions about a control";
    EXPECT_EQ(steps.at(1).kind, Kind::Areas);
    EXPECT_EQ(steps.at(1).item, 1);
    EXPECT_EQ(steps.at(1).title, QStringLiteral("Customer-managed areas"));
    EXPECT_EQ(steps.at(1).lessonId, QStringLiteral("lesson-rds")) << "the lesson naming the areas";
}

TEST(PresenterDeck, class_questions_are_numbered_across_the_deck)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps =
        expandDeck(items({ QStringLiteral("quiz q-rds-backups"), QStringLiteral("matrix"),
                           QStringLiteral("quiz q-ec2-storage") }),
                   m);
    ASSERT_EQ(steps.size(), 5);
    EXPECT_EQ(steps.at(0).kind, Kind::Quiz);
    EXPECT_EQ(steps.at(0).questionId, QStringLiteral("q-rds-backups"));
    EXPECT_EQ(steps.at(0).title, QStringLiteral("Class question 1"));
    EXPECT_EQ(steps.at(0).item, 0);
    EXPECT_EQ(steps.at(4).kind, Kind::Quiz);
    EXPECT_EQ(steps.at(4).questionId, QStringLiteral("q-ec2-storage"));
    EXPECT_EQ(steps.at(4).title, QStringLiteral("Class question 2"))
        << "the matrix in between does not count";
    EXPECT_EQ(steps.at(4).item, 2);
}

TEST(PresenterDeck, items_with_problems_are_skipped_and_the_rest_keep_their_index)
{
    const DeckMaterial m = smallCourse();
    const QList<DeckItem> deck = items({ QStringLiteral("stack ec2"), // 0: four steps
                                         QStringLiteral("quiz no-such-question"), // 1: skipped
                                         QStringLiteral("compare ec2"), // 2: skipped
                                         QStringLiteral("quiz q-rds-backups"), // 3
                                         QStringLiteral("matrix"), // 4: three steps
                                         QStringLiteral("stack lambda"), // 5: skipped
                                         QStringLiteral("quiz q-controls-who") }); // 6
    const QList<PresenterStep> steps = expandDeck(deck, m);
    const QList<int> expected { 0, 0, 0, 0, 3, 4, 4, 4, 6 };
    EXPECT_EQ(itemIndexes(steps), expected)
        << "got " << describe(itemIndexes(steps)) << ", expected " << describe(expected);
    for (const PresenterStep& s : steps) {
        ASSERT_GE(s.item, 0);
        ASSERT_LT(s.item, deck.size());
        EXPECT_EQ(s.kind, deck.at(s.item).kind)
            << "step '" << s.title.toStdString() << "' points at item " << s.item;
    }
    ASSERT_EQ(steps.size(), expected.size());
    EXPECT_EQ(steps.at(4).title, QStringLiteral("Class question 1")) << "a skipped question takes no number";
    EXPECT_EQ(steps.at(8).title, QStringLiteral("Class question 2"));
    EXPECT_TRUE(expandDeck(items({ QStringLiteral("stack"), QStringLiteral("quiz") }), m).isEmpty());
}

// --- Speaker notes ----------------------------------------------------------------------------

TEST(PresenterDeck, a_service_step_takes_the_lesson_most_of_its_questions_point_to)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps =
        expandDeck({ item(Kind::Services, { QStringLiteral("ec2"), QStringLiteral("rds") }),
                     item(Kind::Stack, { QStringLiteral("ec2") }) },
                   m);
    ASSERT_EQ(steps.size(), 6);
    EXPECT_EQ(steps.at(0).lessonId, QStringLiteral("lesson-ec2"))
        << "two EC2 questions point to lesson-ec2, one (the first) to lesson-stack";
    EXPECT_EQ(steps.at(1).lessonId, QStringLiteral("lesson-rds"))
        << "questions pointing to a missing lesson do not count";
    for (qsizetype i = 2; i < steps.size(); ++i)
        EXPECT_EQ(steps.at(i).lessonId, QStringLiteral("lesson-ec2")) << "stack step " << i;
}

TEST(PresenterDeck, a_model_step_takes_the_lesson_of_the_questions_about_the_model_alone)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps = expandDeck({ item(Kind::Services, { QStringLiteral("iaas") }) }, m);
    ASSERT_EQ(steps.size(), 1);
    EXPECT_EQ(steps.at(0).lessonId, QStringLiteral("lesson-stack"))
        << "the IaaS question without a service, not the EC2 questions that also name IaaS";
}

TEST(PresenterDeck, a_quiz_step_takes_the_questions_own_lesson)
{
    const DeckMaterial m = smallCourse();
    const QList<PresenterStep> steps =
        expandDeck(items({ QStringLiteral("quiz q-ec2-storage"), QStringLiteral("quiz q-controls-who"),
                           QStringLiteral("quiz q-rds-engine") }),
                   m);
    ASSERT_EQ(steps.size(), 3);
    EXPECT_EQ(steps.at(0).lessonId, QStringLiteral("lesson-stack"))
        << "its own lesson, not the one most EC2 questions share";
    EXPECT_EQ(steps.at(1).lessonId, QString()) << "its lesson is not in the course";
    EXPECT_EQ(steps.at(2).lessonId, QString()) << "its lesson is not in the course";
}

TEST(PresenterDeck, without_lessons_the_steps_have_no_speaker_notes)
{
    DeckMaterial m = smallCourse();
    m.lessons.clear();
    const QList<PresenterStep> steps = expandDeck(defaultDeck(m), m);
    ASSERT_FALSE(steps.isEmpty());
    for (const PresenterStep& s : steps)
        EXPECT_EQ(s.lessonId, QString()) << s.title.toStdString();
}

// --- Descriptions -----------------------------------------------------------------------------

TEST(PresenterDeck, every_kind_of_item_has_a_readable_description)
{
    const DeckMaterial m = smallCourse();
    auto describeLine = [&](const char* line) {
        return describeItem(items({ QString(QLatin1String(line)) }).value(0), m);
    };
    EXPECT_EQ(describeLine("stack ec2"), QStringLiteral("The stack of Amazon EC2, layer by layer"));
    EXPECT_EQ(describeLine("stack onprem"), QStringLiteral("The stack of On-premises, layer by layer"));
    EXPECT_EQ(describeLine("services ec2 rds paas"),
              QStringLiteral("The line moving: Amazon EC2 → Amazon RDS → PaaS"));
    EXPECT_EQ(describeLine("compare iaas paas"), QStringLiteral("IaaS beside PaaS"));
    EXPECT_EQ(describeLine("matrix"), QStringLiteral("The matrix, column by column"));
    EXPECT_EQ(describeLine("controls"), QStringLiteral("IT controls: inherited, shared, customer-specific"));
    EXPECT_EQ(describeLine("areas"), QStringLiteral("Customer-managed areas"));
    EXPECT_EQ(describeLine("quiz q-rds-backups"), QStringLiteral("Class question: Prompt of q-rds-backups"));
    // Unknown ids are shown as they are, so a broken item can still be listed.
    EXPECT_EQ(describeLine("stack lambda"), QStringLiteral("The stack of lambda, layer by layer"));
    EXPECT_EQ(describeLine("quiz no-such-question"), QStringLiteral("Class question: no-such-question"));
}

// --- What can be added ------------------------------------------------------------------------

TEST(PresenterDeck, the_available_items_of_a_small_course)
{
    const DeckMaterial m = smallCourse();
    const QList<DeckItem> available = availableItems(m);
    const QStringList expected {
        QStringLiteral("stack onprem"),
        QStringLiteral("stack iaas"),
        QStringLiteral("stack paas"),
        QStringLiteral("stack ec2"),
        QStringLiteral("stack rds"),
        QStringLiteral("services onprem iaas paas"),
        QStringLiteral("services ec2 rds"),
        QStringLiteral("compare onprem iaas"),
        QStringLiteral("compare iaas paas"),
        QStringLiteral("compare ec2 rds"),
        QStringLiteral("matrix"),
        QStringLiteral("controls"),
        QStringLiteral("areas"),
        QStringLiteral("quiz q-ec2-storage"),
        QStringLiteral("quiz q-ec2-patching"),
        QStringLiteral("quiz q-ec2-firewall"),
        QStringLiteral("quiz q-iaas-line"),
        QStringLiteral("quiz q-rds-backups"),
        QStringLiteral("quiz q-rds-engine"),
        QStringLiteral("quiz q-rds-minor-versions"),
        QStringLiteral("quiz q-patching-split"),
        QStringLiteral("quiz q-controls-who"),
    };
    EXPECT_EQ(texts(available), expected);
    EXPECT_EQ(deckProblems(available, m), QStringList());
}

TEST(PresenterDeck, only_what_the_course_has_is_available)
{
    DeckMaterial m = smallCourse();
    m.controls.clear();
    m.areas.clear();
    const QList<DeckItem> available = availableItems(m);
    EXPECT_EQ(countOf(available, Kind::Controls), 0);
    EXPECT_EQ(countOf(available, Kind::Areas), 0);
    EXPECT_EQ(deckProblems(available, m), QStringList());

    const DeckMaterial empty;
    const QList<DeckItem> none = availableItems(empty);
    EXPECT_EQ(deckProblems(none, empty), QStringList())
        << "offered: " << texts(none).join(QStringLiteral(" | ")).toStdString();
}

// --- The bundled course -----------------------------------------------------------------------

namespace {

class PresenterDeckBundled : public testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        const PackParseResult result = PackParser::parseFile(test::bundledCoursePath());
        if (!result.ok())
            return;
        const Pack& pack = *result.pack;
        s_pack = new Pack(pack);
        s_material = new DeckMaterial;
        s_material->stack = ResponsibilityStack(pack.layers, pack.serviceModels, pack.services);
        s_material->controls = pack.controlCategories;
        s_material->areas = pack.customerAreas;
        s_material->lessons = pack.lessons;
        s_material->questions = pack.questions;
    }
    static void TearDownTestSuite()
    {
        delete s_material;
        delete s_pack;
        s_material = nullptr;
        s_pack = nullptr;
    }
    void SetUp() override { ASSERT_NE(s_material, nullptr) << "the bundled course does not parse"; }

    const DeckMaterial& material() const { return *s_material; }
    const Pack& pack() const { return *s_pack; }

    qsizetype questionIndex(const QString& id) const
    {
        for (qsizetype i = 0; i < pack().questions.size(); ++i) {
            if (pack().questions.at(i).id == id)
                return i;
        }
        return -1;
    }

    static Pack* s_pack;
    static DeckMaterial* s_material;
};

Pack* PresenterDeckBundled::s_pack = nullptr;
DeckMaterial* PresenterDeckBundled::s_material = nullptr;

} // namespace

TEST_F(PresenterDeckBundled, the_default_deck_walks_the_stack_the_switch_the_tables_and_five_questions)
{
    const QList<DeckItem> deck = defaultDeck(material());
    ASSERT_EQ(deck.size(), 11) << texts(deck).join(QStringLiteral(" | ")).toStdString();
    const QStringList expected {
        QStringLiteral("stack ec2"),       QStringLiteral("services ec2 rds lambda s3"),
        QStringLiteral("compare ec2 rds"), QStringLiteral("matrix"),
        QStringLiteral("controls"),        QStringLiteral("areas")
    };
    EXPECT_EQ(texts(deck).mid(0, 6), expected);

    // The first single-answer question of each of the first five topics that have one.
    QStringList firstTopics;
    QHash<QString, QString> firstSingle;
    for (const Question& q : pack().questions) {
        if (q.type != QuestionType::Single || firstSingle.contains(q.topic))
            continue;
        firstSingle.insert(q.topic, q.id);
        firstTopics.append(q.topic);
    }
    ASSERT_GE(firstTopics.size(), 5) << "the course should have five topics with a single-answer question";
    QSet<QString> topics;
    qsizetype previous = -1;
    for (qsizetype i = 6; i < deck.size(); ++i) {
        const DeckItem& quiz = deck.at(i);
        ASSERT_EQ(quiz.kind, Kind::Quiz) << quiz.toText().toStdString();
        ASSERT_EQ(quiz.ids.size(), 1) << quiz.toText().toStdString();
        const Question* q = material().question(quiz.ids.first());
        ASSERT_NE(q, nullptr) << quiz.toText().toStdString();
        EXPECT_EQ(q->type, QuestionType::Single) << q->id.toStdString();
        EXPECT_FALSE(topics.contains(q->topic))
            << q->id.toStdString() << " repeats topic " << q->topic.toStdString();
        topics.insert(q->topic);
        const qsizetype index = questionIndex(q->id);
        EXPECT_GT(index, previous) << q->id.toStdString() << " is out of course order";
        previous = index;
        EXPECT_EQ(q->topic, firstTopics.value(i - 6)) << q->id.toStdString();
        EXPECT_EQ(q->id, firstSingle.value(q->topic))
            << "not the first single-answer question of " << q->topic.toStdString();
    }
    EXPECT_EQ(deckProblems(deck, material()), QStringList());
}

TEST_F(PresenterDeckBundled, the_default_deck_expands_into_the_steps_of_a_class)
{
    const QList<DeckItem> deck = defaultDeck(material());
    const QList<PresenterStep> steps = expandDeck(deck, material());
    const int layers = int(pack().layers.size());
    const int models = int(pack().serviceModels.size());
    // The IT controls take two slides and the customer-managed areas six (about 40 words a slide).
    ASSERT_EQ(steps.size(), layers + 4 + 1 + models + 2 + 6 + 5);

    for (int r = 1; r <= layers; ++r) {
        const PresenterStep& s = steps.at(r - 1);
        EXPECT_EQ(s.item, 0);
        EXPECT_EQ(s.revealed, r);
        EXPECT_EQ(s.title, QStringLiteral("Amazon EC2: %1 of %2 layers").arg(r).arg(layers));
    }
    const QList<PresenterStep> switchSteps = steps.mid(layers, 4);
    EXPECT_EQ(selections(switchSteps),
              (QStringList { QStringLiteral("ec2"), QStringLiteral("rds"), QStringLiteral("lambda"),
                             QStringLiteral("s3") }));
    EXPECT_EQ(titles(switchSteps),
              (QStringList {
                  QStringLiteral("The line for Amazon EC2"), QStringLiteral("The line for Amazon RDS"),
                  QStringLiteral("The line for AWS Lambda"), QStringLiteral("The line for Amazon S3") }));
    EXPECT_EQ(steps.at(layers + 4).title, QStringLiteral("Amazon EC2 beside Amazon RDS"));
    EXPECT_EQ(steps.at(layers + 5).title, QStringLiteral("The matrix: 1 of %1 columns").arg(models));

    int number = 0;
    for (const PresenterStep& s : steps) {
        EXPECT_EQ(s.kind, deck.at(s.item).kind) << s.title.toStdString();
        if (!s.lessonId.isEmpty()) {
            EXPECT_NE(material().lesson(s.lessonId), nullptr)
                << s.title.toStdString() << " names a missing lesson";
        }
        if (s.kind != Kind::Quiz)
            continue;
        EXPECT_EQ(s.title, QStringLiteral("Class question %1").arg(++number));
        const Question* q = material().question(s.questionId);
        ASSERT_NE(q, nullptr) << s.questionId.toStdString();
        EXPECT_EQ(s.lessonId, q->lesson) << s.questionId.toStdString();
    }
    EXPECT_EQ(number, 5);
}

TEST_F(PresenterDeckBundled, a_service_step_takes_the_lesson_most_questions_about_it_point_to)
{
    for (const char* id : { "ec2", "rds", "lambda", "s3" }) {
        const QString service = QLatin1String(id);
        QHash<QString, int> counts;
        int most = 0;
        for (const Question& q : pack().questions) {
            if (q.service == service && material().lesson(q.lesson))
                most = std::max(most, ++counts[q.lesson]);
        }
        ASSERT_GT(most, 0) << id << " has no questions with a lesson";
        const QList<PresenterStep> steps = expandDeck({ item(Kind::Services, { service }) }, material());
        ASSERT_EQ(steps.size(), 1) << id;
        EXPECT_EQ(counts.value(steps.at(0).lessonId), most)
            << id << ": " << steps.at(0).lessonId.toStdString() << " is pointed to by "
            << counts.value(steps.at(0).lessonId) << " questions, another lesson by " << most;
    }
    const QList<PresenterStep> rds = expandDeck({ item(Kind::Stack, { QStringLiteral("rds") }) }, material());
    ASSERT_FALSE(rds.isEmpty());
    EXPECT_EQ(rds.at(0).lessonId, QStringLiteral("service-types-rds"));
}

TEST_F(PresenterDeckBundled, every_model_service_and_question_can_be_added)
{
    const QList<DeckItem> available = availableItems(material());
    for (const QString& id : material().stack.selectionIds())
        EXPECT_TRUE(available.contains(item(Kind::Stack, { id })))
            << "no stack item for " << id.toStdString();
    for (const Question& q : pack().questions)
        EXPECT_TRUE(available.contains(item(Kind::Quiz, { q.id })))
            << "no quiz item for " << q.id.toStdString();
    EXPECT_EQ(countOf(available, Kind::Matrix), 1);
    EXPECT_EQ(countOf(available, Kind::Controls), 1);
    EXPECT_EQ(countOf(available, Kind::Areas), 1);
    EXPECT_TRUE(available.contains(item(
        Kind::Services,
        { QStringLiteral("ec2"), QStringLiteral("rds"), QStringLiteral("lambda"), QStringLiteral("s3") })));
    EXPECT_TRUE(available.contains(item(Kind::Compare, { QStringLiteral("ec2"), QStringLiteral("rds") })));
    const QList<DeckItem> deck = defaultDeck(material());
    for (const DeckItem& d : deck)
        EXPECT_TRUE(available.contains(d))
            << "the default deck uses '" << d.toText().toStdString() << "', which is not offered";
    EXPECT_EQ(deckProblems(available, material()), QStringList());
}

TEST_F(PresenterDeckBundled, descriptions_use_the_short_names)
{
    EXPECT_EQ(describeItem(item(Kind::Services,
                                { QStringLiteral("ec2"), QStringLiteral("rds"), QStringLiteral("lambda"),
                                  QStringLiteral("s3") }),
                           material()),
              QStringLiteral("The line moving: Amazon EC2 → Amazon RDS → AWS Lambda → Amazon S3"));
    EXPECT_EQ(describeItem(item(Kind::Stack, { QStringLiteral("saas") }), material()),
              QStringLiteral("The stack of SaaS, layer by layer"));
    EXPECT_EQ(
        describeItem(item(Kind::Compare, { QStringLiteral("iaas"), QStringLiteral("ec2") }), material()),
        QStringLiteral("IaaS beside Amazon EC2"));
}

TEST_F(PresenterDeckBundled, a_table_is_split_into_pages_of_about_forty_words_and_loses_no_row)
{
    for (const DeckItem::Kind kind : { DeckItem::Kind::Controls, DeckItem::Kind::Areas }) {
        const QList<PresenterStep> steps = expandDeck({ { kind, {} } }, material());
        ASSERT_GT(steps.size(), 1);
        QStringList cells;
        for (int p = 0; p < steps.size(); ++p) {
            EXPECT_EQ(steps.at(p).page, p);
            EXPECT_TRUE(steps.at(p).title.endsWith(QStringLiteral("(%1 of %2)").arg(p + 1).arg(steps.size())))
                << steps.at(p).title.toStdString();
            const SlideTable table = slideTable(steps.at(p), material());
            ASSERT_FALSE(table.rows.isEmpty());
            EXPECT_LE(wordCount(table), SlideWordLimit) << table.title.toStdString();
            for (const QStringList& row : table.rows)
                cells << row.mid(1);
        }
        const QString shown = cells.join(QStringLiteral(" · "));
        if (kind == DeckItem::Kind::Controls) {
            for (const ControlCategory& c : material().controls)
                for (const ControlExample& e : c.examples)
                    EXPECT_TRUE(shown.contains(e.name)) << e.name.toStdString();
        } else {
            QStringList items;
            for (const CustomerArea& a : material().areas)
                items << a.items;
            EXPECT_EQ(cells.join(QStringLiteral(" · ")).split(QStringLiteral(" · ")), items)
                << "every item of every area, once and in order";
        }
    }
}

TEST(PresenterDeck, words_are_counted_as_a_reader_counts_them)
{
    EXPECT_EQ(wordCount(QStringLiteral("Patch management, Configuration management · Awareness & training")),
              6);
    EXPECT_EQ(wordCount(QStringLiteral("  Service / zone security  ")), 3);
    EXPECT_EQ(wordCount(QString()), 0);
}
