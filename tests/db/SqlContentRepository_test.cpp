// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"

#include <QRegularExpression>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;
using demarc::test::queryValue;

namespace {

class SqlContentRepositoryTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        m_db = std::move(*db);
        m_repo = std::make_unique<SqlContentRepository>(m_db->connection());
        m_packs = std::make_unique<SqlPackStore>(m_db->connection());
    }

    QSqlDatabase connection() const { return m_db->connection(); }
    int count(const char* table) const
    {
        return queryValue(connection(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    }

    /** The example pack with a second lesson and glossary term, for linking and search. */
    static Pack richerPack()
    {
        Pack pack = test::examplePack();
        Lesson second;
        second.id = QStringLiteral("guest-os");
        second.topic = QStringLiteral("basics");
        second.title = QStringLiteral("Your operating system");
        second.summary = QStringLiteral("On EC2 you patch the guest OS.");
        second.body = QStringLiteral("Security in the cloud includes patching the guest operating system.");
        second.sources = { QStringLiteral("srm") };
        pack.lessons.append(second);
        GlossaryTerm term;
        term.id = QStringLiteral("guest-os");
        term.term = QStringLiteral("Guest operating system");
        term.aliases = { QStringLiteral("guest OS") };
        term.definition = QStringLiteral("The operating system inside your instance.");
        term.sources = { QStringLiteral("srm") };
        pack.glossary.append(term);
        return pack;
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlContentRepository> m_repo;
    std::unique_ptr<SqlPackStore> m_packs;
};

/** The example pack with three more questions, q-zulu, q-alpha and q-mike in that order (not by id). */
Pack packWithThreeMore()
{
    Pack pack = test::examplePack();
    const Question first = pack.questions.value(0);
    for (const char* id : { "q-zulu", "q-alpha", "q-mike" }) {
        Question q = first;
        q.id = QLatin1String(id);
        q.prompt += QLatin1Char(' ') + q.id;
        pack.questions.append(q);
    }
    return pack;
}

} // namespace

TEST_F(SqlContentRepositoryTest, imports_and_reads_back_a_pack)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("hash-1"), true).ok());
    auto topics = m_repo->topics();
    ASSERT_TRUE(topics.ok());
    ASSERT_EQ(topics->size(), 1);
    EXPECT_EQ(topics->first().title, QStringLiteral("The basics"));

    auto outline = m_repo->lessonOutline();
    ASSERT_TRUE(outline.ok());
    ASSERT_EQ(outline->size(), 2);
    EXPECT_EQ(outline->at(0).id, QStringLiteral("of-and-in")); // pack order
    EXPECT_TRUE(outline->at(0).body.isEmpty()); // outlines carry no bodies

    auto lesson = m_repo->lesson(QStringLiteral("guest-os"));
    ASSERT_TRUE(lesson.ok());
    EXPECT_TRUE(lesson->body.contains(QStringLiteral("guest operating system")));
    EXPECT_EQ(lesson->sources, QStringList { QStringLiteral("srm") });
    EXPECT_FALSE(m_repo->lesson(QStringLiteral("nope")).ok());

    auto sources = m_repo->sources();
    ASSERT_TRUE(sources.ok());
    ASSERT_EQ(sources->size(), 1);
    EXPECT_EQ(sources->first().asOf, QDate(2026, 11, 1));

    auto glossary = m_repo->glossary();
    ASSERT_TRUE(glossary.ok());
    ASSERT_EQ(glossary->size(), 2);
    EXPECT_EQ(glossary->first().term, QStringLiteral("Guest operating system")); // sorted by term
    EXPECT_EQ(glossary->first().aliases, QStringList { QStringLiteral("guest OS") });

    EXPECT_EQ(count("responsibilities"), 4);
    EXPECT_EQ(
        queryValue(connection(),
                   QStringLiteral(
                       "SELECT party FROM responsibilities WHERE layer_id = 'data' AND model_id = 'saas'"))
            .toString(),
        QStringLiteral("customer"));
    EXPECT_EQ(count("choices"), 2);
    EXPECT_EQ(count("services"), 1);

    auto installed = m_packs->installedPack(QStringLiteral("srm-mini"));
    ASSERT_TRUE(installed.ok());
    ASSERT_TRUE(installed->has_value());
    EXPECT_EQ((*installed)->version, 1);
    EXPECT_EQ((*installed)->contentHash, QStringLiteral("hash-1"));
    EXPECT_TRUE((*installed)->bundled);
}

TEST_F(SqlContentRepositoryTest, reads_back_the_stack_with_service_cells_controls_and_areas)
{
    Pack pack = richerPack();
    ControlCategory shared;
    shared.id = QStringLiteral("shared");
    shared.name = QStringLiteral("Shared controls");
    shared.summary = QStringLiteral("Both, each in its own context.");
    shared.examples = { { QStringLiteral("Patch management"), QStringLiteral("AWS patches its hosts"),
                          QStringLiteral("You patch your guests") } };
    shared.sources = { QStringLiteral("srm") };
    pack.controlCategories = { shared };
    pack.customerAreas = { { QStringLiteral("iam"),
                             QStringLiteral("IAM"),
                             { QStringLiteral("MFA"), QStringLiteral("Key rotation") },
                             { QStringLiteral("srm") } } };
    ASSERT_TRUE(m_packs->install(pack, QStringLiteral("h"), true).ok());

    auto stack = m_repo->responsibilityStack();
    ASSERT_TRUE(stack.ok()) << stack.errorMessage().toStdString();
    ASSERT_EQ(stack->layers().size(), 2);
    EXPECT_EQ(stack->layers().first().id, QStringLiteral("facilities")); // bottom first
    EXPECT_EQ(stack->layers().first().examples,
              QStringList { QStringLiteral("Guarding the doors of the data center") });
    ASSERT_EQ(stack->models().size(), 2);
    EXPECT_EQ(stack->cell(QStringLiteral("facilities"), QStringLiteral("iaas"))->party, Party::Aws);
    const auto own = stack->cell(QStringLiteral("data"), QStringLiteral("ec2"));
    ASSERT_TRUE(own.has_value());
    EXPECT_TRUE(stack->hasOwnCell(QStringLiteral("data"), QStringLiteral("ec2")));
    EXPECT_TRUE(own->nuance.startsWith(QStringLiteral("Some courses")));
    EXPECT_EQ(stack->service(QStringLiteral("ec2"))->category, ServiceCategory::Infrastructure);

    auto controls = m_repo->controlCategories();
    ASSERT_TRUE(controls.ok());
    ASSERT_EQ(controls->size(), 1);
    ASSERT_EQ(controls->first().examples.size(), 1);
    EXPECT_EQ(controls->first().examples.first().customer, QStringLiteral("You patch your guests"));
    auto analogy = m_repo->analogy();
    ASSERT_TRUE(analogy.ok());
    ASSERT_EQ(analogy->size(), 1);
    EXPECT_EQ(analogy->first().house, QStringLiteral("Locking the doors"));
    EXPECT_EQ(analogy->first().party, Party::Customer);
    auto areas = m_repo->customerAreas();
    ASSERT_TRUE(areas.ok());
    ASSERT_EQ(areas->size(), 1);
    EXPECT_EQ(areas->first().items, (QStringList { QStringLiteral("MFA"), QStringLiteral("Key rotation") }));
}

TEST_F(SqlContentRepositoryTest, links_glossary_terms_to_the_lessons_using_them)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    auto lessons = m_repo->lessonsUsingTerm(QStringLiteral("guest-os"));
    ASSERT_TRUE(lessons.ok());
    EXPECT_EQ(*lessons, QStringList { QStringLiteral("guest-os") });
    auto other = m_repo->lessonsUsingTerm(QStringLiteral("security-in-the-cloud"));
    ASSERT_TRUE(other.ok());
    EXPECT_EQ(*other, (QStringList { QStringLiteral("of-and-in"), QStringLiteral("guest-os") }));
}

TEST_F(SqlContentRepositoryTest, importing_twice_gives_the_same_content)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    const int lessons = count("lessons"), terms = count("glossary_terms"), index = count("search_index");
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    EXPECT_EQ(count("lessons"), lessons);
    EXPECT_EQ(count("glossary_terms"), terms);
    EXPECT_EQ(count("search_index"), index);
    EXPECT_EQ(count("packs"), 1);
    EXPECT_EQ(index, 2 + 2 + 1);
}

TEST_F(SqlContentRepositoryTest, keeps_learner_data_when_content_is_replaced)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("v1"), true).ok());
    const QSqlDatabase c = connection();
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                                    "VALUES ('q-facilities', '2026-01-01', 'practice', 1, 1)"));
    test::execOrFail(
        c,
        QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) VALUES "
                       "('lesson', 'guest-os', 'mine', '2026-01-01', '2026-01-01')"));
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO bookmarks (target_kind, target_id, created_at) VALUES "
                                    "('lesson', 'of-and-in', '2026-01-01')"));
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO schedule (item_kind, item_id, due_at) VALUES ('question', "
                                    "'q-facilities', '2026-01-02')"));

    Pack v2 = test::examplePack(); // drops the guest-os lesson: its note must stay anyway
    v2.info.version = 2;
    v2.lessons.first().title = QStringLiteral("Of and in, revised");
    ASSERT_TRUE(m_packs->install(v2, QStringLiteral("v2"), true).ok());

    EXPECT_EQ(count("attempts"), 1);
    EXPECT_EQ(count("notes"), 1);
    EXPECT_EQ(count("bookmarks"), 1);
    EXPECT_EQ(count("schedule"), 1);
    EXPECT_EQ(m_repo->lesson(QStringLiteral("of-and-in"))->title, QStringLiteral("Of and in, revised"));
    EXPECT_FALSE(m_repo->lesson(QStringLiteral("guest-os")).ok());
    EXPECT_EQ((*m_packs->installedPack(QStringLiteral("srm-mini")))->version, 2);
}

TEST_F(SqlContentRepositoryTest, a_failed_import_changes_nothing)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("v1"), true).ok());
    const int lessons = count("lessons");
    // A second pack claiming a layer id the first one owns: the import fails part-way.
    Pack clash = test::examplePack();
    clash.info.id = QStringLiteral("another-pack");
    clash.lessons.first().id = QStringLiteral("another-lesson");
    const Status s = m_packs->install(clash, QStringLiteral("x"), false);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.errorMessage().split(QLatin1Char('\n')).first(),
              QStringLiteral("source id \"srm\" is already used by the installed pack "
                             "\"Shared responsibility in five minutes\" (srm-mini)"));
    EXPECT_EQ(count("packs"), 1);
    EXPECT_EQ(count("lessons"), lessons);
    EXPECT_EQ(queryValue(connection(),
                         QStringLiteral("SELECT count(*) FROM sources WHERE pack_id = 'another-pack'"))
                  .toInt(),
              0);
}

TEST_F(SqlContentRepositoryTest, searches_lessons_glossary_and_questions)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    auto hits = m_repo->search(QStringLiteral("operating"), 10);
    ASSERT_TRUE(hits.ok()) << hits.errorMessage().toStdString();
    ASSERT_EQ(hits->size(), 2);
    QSet<SearchHit::Kind> kinds;
    for (const SearchHit& h : std::as_const(*hits))
        kinds.insert(h.kind);
    EXPECT_TRUE(kinds.contains(SearchHit::Kind::Lesson));
    EXPECT_TRUE(kinds.contains(SearchHit::Kind::GlossaryTerm));
    EXPECT_EQ(hits->first().kind, SearchHit::Kind::Lesson)
        << "both titles hold the word: the lesson comes before the term";
    // More of the words in a title comes first, whatever the kind: the term "Guest operating
    // system" holds both words, the lesson "Your operating system" one.
    auto both = m_repo->search(QStringLiteral("guest operating"), 10);
    ASSERT_TRUE(both.ok());
    ASSERT_FALSE(both->isEmpty());
    EXPECT_EQ(both->first().kind, SearchHit::Kind::GlossaryTerm);

    auto question = m_repo->search(QStringLiteral("data center doors"), 10);
    ASSERT_TRUE(question.ok());
    ASSERT_EQ(question->size(), 1);
    EXPECT_EQ(question->first().kind, SearchHit::Kind::Question);
    EXPECT_EQ(question->first().lessonId, QStringLiteral("of-and-in"))
        << "a question opens a lesson of its topic";
    QString shown = question->first().snippet;
    shown.remove(SearchHit::SnippetStart).remove(SearchHit::SnippetEnd).remove(QStringLiteral("…"));
    EXPECT_TRUE(question->first().title.contains(shown.trimmed()))
        << "a question's snippet is from its prompt, never an explanation that gives the answer: "
        << shown.toStdString();

    auto prefix = m_repo->search(QStringLiteral("patch"), 10); // "patching" by prefix
    ASSERT_TRUE(prefix.ok());
    ASSERT_FALSE(prefix->isEmpty());
    EXPECT_TRUE(prefix->first().snippet.contains(SearchHit::SnippetStart));
}

TEST_F(SqlContentRepositoryTest, search_survives_any_text_a_learner_types)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    for (const QString& text :
         { QStringLiteral("\"unbalanced"), QStringLiteral("NEAR(a b"), QStringLiteral("*"),
           QStringLiteral("a OR"), QStringLiteral("guest's OS"), QStringLiteral("   "),
           QStringLiteral("-data"), QStringLiteral("title:x"), QStringLiteral("日本語") }) {
        auto hits = m_repo->search(text, 10);
        EXPECT_TRUE(hits.ok()) << text.toStdString() << ": " << hits.errorMessage().toStdString();
    }
    EXPECT_TRUE(m_repo->search(QStringLiteral("   "), 10)->isEmpty());
    EXPECT_EQ(m_repo->search(QStringLiteral("guest's OS"), 10)->size(), 2);
    EXPECT_EQ(m_repo->searchCount(QStringLiteral("guest's OS")).value(), 2);
    EXPECT_EQ(m_repo->searchCount(QStringLiteral("   ")).value(), 0);
}

TEST_F(SqlContentRepositoryTest, search_results_come_a_page_at_a_time_in_one_order)
{
    ASSERT_TRUE(m_packs->install(richerPack(), QStringLiteral("h"), true).ok());
    const QString word = QStringLiteral("the");
    const auto all = m_repo->search(word, 1000);
    ASSERT_TRUE(all.ok());
    ASSERT_GE(all->size(), 3);
    EXPECT_EQ(m_repo->searchCount(word).value(), all->size());
    QStringList paged;
    for (int offset = 0; offset < all->size(); offset += 2) {
        const auto page = m_repo->searchPage(word, offset, 2);
        ASSERT_TRUE(page.ok());
        for (const SearchHit& h : *page)
            paged.append(h.id + u'/' + QString::number(int(h.kind)));
    }
    QStringList whole;
    for (const SearchHit& h : *all)
        whole.append(h.id + u'/' + QString::number(int(h.kind)));
    EXPECT_EQ(paged, whole) << "pages in turn are the whole list, each hit once";
    EXPECT_TRUE(m_repo->searchPage(word, int(all->size()), 2)->isEmpty());
}

TEST_F(SqlContentRepositoryTest, reads_back_the_question_bank_with_every_field)
{
    Pack pack = test::examplePack();
    Question split;
    split.id = QStringLiteral("q-patching");
    split.type = QuestionType::Split;
    split.topic = QStringLiteral("basics");
    split.prompt = QStringLiteral("Split patch management.");
    split.control = QStringLiteral("Patch management");
    split.facts = { 84 };
    split.lesson = QStringLiteral("of-and-in");
    split.layer = QStringLiteral("data");
    split.model = QStringLiteral("iaas");
    split.service = QStringLiteral("ec2");
    split.sources = { QStringLiteral("srm") };
    split.choices = { { QStringLiteral("a"), QStringLiteral("The hypervisor"), false, Party::Aws,
                        QStringLiteral("AWS's layer.") },
                      { QStringLiteral("b"), QStringLiteral("The guest OS"), false, Party::Customer,
                        QStringLiteral("Yours on EC2.") } };
    pack.questions.append(split);
    ASSERT_TRUE(m_packs->install(pack, QStringLiteral("h"), false).ok());

    const auto questions = m_repo->questions();
    ASSERT_TRUE(questions.ok()) << questions.errorMessage().toStdString();
    ASSERT_EQ(questions->size(), 2);
    EXPECT_EQ(questions->at(0).id, QStringLiteral("q-facilities")) << "in course order";
    EXPECT_EQ(questions->at(0).choices.size(), 2);
    EXPECT_TRUE(questions->at(0).choices.at(0).correct);
    EXPECT_FALSE(questions->at(0).choices.at(0).party.has_value());
    const Question& q = questions->at(1);
    EXPECT_EQ(q.type, QuestionType::Split);
    EXPECT_EQ(q.control, QStringLiteral("Patch management"));
    EXPECT_EQ(q.facts, QList<int> { 84 });
    EXPECT_EQ(q.lesson, QStringLiteral("of-and-in"));
    EXPECT_EQ(q.layer, QStringLiteral("data"));
    EXPECT_EQ(q.model, QStringLiteral("iaas"));
    EXPECT_EQ(q.service, QStringLiteral("ec2"));
    EXPECT_EQ(q.sources, QStringList { QStringLiteral("srm") });
    ASSERT_EQ(q.choices.size(), 2);
    EXPECT_EQ(q.choices.at(1).party, Party::Customer);
    EXPECT_EQ(q.choices.at(1).explanation, QStringLiteral("Yours on EC2."));
}

TEST_F(SqlContentRepositoryTest, a_question_damaged_in_the_store_is_skipped_with_a_warning)
{
    Pack pack = test::examplePack();
    Question sorting;
    sorting.id = QStringLiteral("q-sorting");
    sorting.type = QuestionType::Classify;
    sorting.topic = QStringLiteral("basics");
    sorting.prompt = QStringLiteral("Sort these.");
    sorting.sources = { QStringLiteral("srm") };
    sorting.choices = {
        { QStringLiteral("a"), QStringLiteral("Guards"), false, Party::Aws, QStringLiteral("AWS's.") },
        { QStringLiteral("b"), QStringLiteral("Data"), false, Party::Customer, QStringLiteral("Yours.") }
    };
    pack.questions.append(sorting);
    ASSERT_TRUE(m_packs->install(pack, QStringLiteral("h"), false).ok());
    // Damage the store the way a hand-edited or half-written file might be: choices lost, a party erased.
    test::execOrFail(connection(), QStringLiteral("DELETE FROM choices WHERE question_id = 'q-facilities'"));
    test::execOrFail(
        connection(),
        QStringLiteral("UPDATE choices SET party = '' WHERE question_id = 'q-sorting' AND id = 'b'"));

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"q-facilities\" is incomplete")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"q-sorting\" is incomplete")));
    const auto questions = m_repo->questions();
    ASSERT_TRUE(questions.ok());
    EXPECT_TRUE(questions->isEmpty());
    const auto outline = m_repo->questionOutline();
    ASSERT_TRUE(outline.ok());
    EXPECT_TRUE(outline->isEmpty()) << "the outline leaves out what the bank leaves out";
}

TEST_F(SqlContentRepositoryTest, questions_named_are_read_whole_in_course_order_and_alone)
{
    const Pack pack = packWithThreeMore();
    ASSERT_TRUE(m_packs->install(pack, QStringLiteral("h1"), false).ok());
    const auto bank = m_repo->questions();
    ASSERT_TRUE(bank.ok());
    // Asked in another order, with an id the bank does not have and one twice.
    const auto named = m_repo->questionsNamed({ QStringLiteral("q-mike"), QStringLiteral("no-such-question"),
                                                QStringLiteral("q-zulu"), QStringLiteral("q-mike") });
    ASSERT_TRUE(named.ok()) << named.errorMessage().toStdString();
    ASSERT_EQ(named->size(), 2);
    for (const Question& q : *named) {
        const auto whole =
            std::find_if(bank->cbegin(), bank->cend(), [&](const Question& b) { return b.id == q.id; });
        ASSERT_NE(whole, bank->cend());
        EXPECT_EQ(q, *whole) << "read whole, choices and all";
    }
    EXPECT_EQ(named->at(0).id, QStringLiteral("q-zulu")) << "in course order";
    EXPECT_EQ(named->at(1).id, QStringLiteral("q-mike"));
    const auto none = m_repo->questionsNamed({});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->isEmpty());

    // A question the store cannot read whole is left out, as the bank leaves it out.
    test::execOrFail(connection(), QStringLiteral("DELETE FROM choices WHERE question_id = 'q-alpha'"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\"q-alpha\" is incomplete")));
    const auto damaged = m_repo->questionsNamed({ QStringLiteral("q-alpha"), QStringLiteral("q-zulu") });
    ASSERT_TRUE(damaged.ok());
    ASSERT_EQ(damaged->size(), 1);
    EXPECT_EQ(damaged->at(0).id, QStringLiteral("q-zulu"));
}

TEST_F(SqlContentRepositoryTest, the_outline_is_the_bank_without_its_choices_in_the_same_order)
{
    const Pack pack = packWithThreeMore();
    ASSERT_EQ(pack.questions.size(), test::examplePack().questions.size() + 3);
    ASSERT_TRUE(m_packs->install(pack, QStringLiteral("h1"), false).ok());
    const auto bank = m_repo->questions();
    const auto outline = m_repo->questionOutline();
    ASSERT_TRUE(bank.ok() && outline.ok());
    ASSERT_EQ(outline->size(), bank->size());
    ASSERT_EQ(bank->size(), pack.questions.size());
    EXPECT_EQ(outline->at(1).id, QStringLiteral("q-zulu"));
    for (qsizetype i = 0; i < bank->size(); ++i) {
        const Question& whole = bank->at(i);
        const Question& placed = outline->at(i);
        EXPECT_EQ(placed.id, whole.id) << i;
        EXPECT_EQ(placed.type, whole.type);
        EXPECT_EQ(placed.topic, whole.topic);
        EXPECT_EQ(placed.prompt, whole.prompt);
        EXPECT_EQ(placed.layer, whole.layer);
        EXPECT_EQ(placed.model, whole.model);
        EXPECT_EQ(placed.service, whole.service);
        EXPECT_EQ(placed.lesson, whole.lesson);
        EXPECT_TRUE(placed.choices.isEmpty());
        EXPECT_FALSE(whole.choices.isEmpty());
    }
}
