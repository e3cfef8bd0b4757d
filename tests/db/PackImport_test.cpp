// SPDX-License-Identifier: GPL-3.0-or-later
// Instructors' packs beside the bundled course: import all or nothing, upgrades that keep
// learner data, retired items, downgrades only when asked, and export that reads back the same.
#include "core/NoteTargets.h"
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;
using demarc::test::contentDigest;
using demarc::test::queryValue;

namespace {

const QString BundledPath = test::bundledCoursePath();

/** The bundled course, parsed once: its counts grow with the course. */
const Pack& bundledCourse()
{
    static const Pack pack = *PackParser::parseFile(test::bundledCoursePath()).pack;
    return pack;
}

/** How many questions the bundled course holds (the workshop pack adds 2). */
int courseQuestions() { return int(bundledCourse().questions.size()); }

/** "questions topics lessons terms" of the course, plus what the workshop pack adds, and the search hits. */
QString courseCounts(int extraQuestions, int extraTopics, int extraLessons, int extraTerms, int hits)
{
    const Pack& c = bundledCourse();
    return QStringLiteral("%1 %2 %3 %4 %5")
        .arg(c.questions.size() + extraQuestions)
        .arg(c.topics.size() + extraTopics)
        .arg(c.lessons.size() + extraLessons)
        .arg(c.glossary.size() + extraTerms)
        .arg(hits);
}
const QString WorkshopPath = test::fixture(QStringLiteral("packs/workshop.json"));

class PackImportTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demarc.sqlite")));
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        m_db = std::move(*db);
        m_repo = std::make_unique<SqlContentRepository>(m_db->connection());
        m_packs = std::make_unique<SqlPackStore>(m_db->connection());
        auto installed =
            installBundledCourse(*m_packs, test::readFile(BundledPath), QStringLiteral("course.json"));
        ASSERT_TRUE(installed.ok()) << installed.errorMessage().toStdString();
    }

    QSqlDatabase connection() const { return m_db->connection(); }
    int count(const QString& statement) const { return queryValue(connection(), statement).toInt(); }

    /** The workshop pack with @p edit applied to its text, saved as @p name. */
    QString workshopWith(const QString& name, const std::function<void(QByteArray&)>& edit) const
    {
        QByteArray json = test::readFile(WorkshopPath);
        edit(json);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(json);
        return path;
    }

    static void setVersion(QByteArray& json, int version)
    {
        const QByteArray from = "\"version\": 1,\n    \"language\"";
        EXPECT_TRUE(json.contains(from));
        json.replace(from, "\"version\": " + QByteArray::number(version) + ",\n    \"language\"");
    }

    Result<PackImportOutcome> import(const QString& path, Downgrade downgrade = Downgrade::Refuse)
    {
        return importPackFile(*m_packs, path, downgrade);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlContentRepository> m_repo;
    std::unique_ptr<SqlPackStore> m_packs;
};

} // namespace

TEST_F(PackImportTest, the_installed_course_reads_back_as_the_bundled_file)
{
    const PackParseResult bundled = PackParser::parseFile(BundledPath);
    ASSERT_TRUE(bundled.ok());
    auto pack = m_packs->pack(QStringLiteral("aws-shared-responsibility"));
    ASSERT_TRUE(pack.ok()) << pack.errorMessage().toStdString();
    EXPECT_EQ(*pack, *bundled.pack);
    EXPECT_EQ(writePack(*pack), test::readFile(BundledPath));
    EXPECT_FALSE(m_packs->pack(QStringLiteral("no-such-pack")).ok());
}

TEST_F(PackImportTest, installs_a_pack_beside_the_course)
{
    auto r = import(WorkshopPath);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->action, PackImportOutcome::Action::Installed);
    EXPECT_EQ(r->info.id, QStringLiteral("web-shop-workshop"));
    EXPECT_EQ(r->questions, 2);
    auto packs = m_packs->installedPacks();
    ASSERT_TRUE(packs.ok());
    ASSERT_EQ(packs->size(), 2);
    EXPECT_TRUE(packs->at(0).bundled);
    EXPECT_FALSE(packs->at(1).bundled);
    EXPECT_EQ(packs->at(1).extends, QStringLiteral("aws-shared-responsibility"));
    auto questions = m_repo->questions();
    ASSERT_TRUE(questions.ok());
    EXPECT_EQ(questions->last().id, QStringLiteral("workshop-who-does-what"))
        << "a pack's questions follow the course's";
    auto topics = m_repo->topics();
    ASSERT_TRUE(topics.ok());
    EXPECT_EQ(topics->last().id, QStringLiteral("workshop"));
    EXPECT_EQ(m_repo->lesson(QStringLiteral("workshop-web-shop"))->title,
              QStringLiteral("Who secures the web shop?"));
}

TEST_F(PackImportTest, the_same_file_again_changes_nothing)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QString before = contentDigest(connection());
    auto again = import(WorkshopPath);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->action, PackImportOutcome::Action::UpToDate);
    EXPECT_EQ(contentDigest(connection()), before);
}

TEST_F(PackImportTest, exported_and_imported_again_gives_the_same_bytes)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    auto pack = m_packs->pack(QStringLiteral("web-shop-workshop"));
    ASSERT_TRUE(pack.ok());
    const QByteArray exported = writePack(*pack);
    EXPECT_EQ(exported, test::readFile(WorkshopPath));

    // Into a second database: the same content, and the same bytes out again.
    auto other = Database::open(m_dir.filePath(QStringLiteral("other.sqlite")));
    ASSERT_TRUE(other.ok());
    SqlPackStore otherRepo((*other)->connection());
    ASSERT_TRUE(
        installBundledCourse(otherRepo, test::readFile(BundledPath), QStringLiteral("course.json")).ok());
    const QString path = m_dir.filePath(QStringLiteral("exported.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(exported);
    file.close();
    ASSERT_TRUE(importPackFile(otherRepo, path).ok());
    EXPECT_EQ(writePack(*otherRepo.pack(QStringLiteral("web-shop-workshop"))), exported);
    EXPECT_EQ(*otherRepo.pack(QStringLiteral("web-shop-workshop")), *pack);
}

TEST_F(PackImportTest, a_higher_version_replaces_the_content_and_keeps_learner_data)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QSqlDatabase c = connection();
    for (const char* id : { "workshop-rds-engine-patch", "workshop-who-does-what" }) {
        test::execOrFail(
            c,
            QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                           "VALUES (?, '2026-11-30T10:00:00Z', 'practice', 1, 1)"),
            { QLatin1String(id) });
        test::execOrFail(
            c,
            QStringLiteral(
                "INSERT INTO schedule (item_kind, item_id, due_at) VALUES ('question', ?, '2026-12-10')"),
            { QLatin1String(id) });
        test::execOrFail(
            c,
            QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                           "VALUES ('question', ?, 'mine', '2026-11-30', '2026-11-30')"),
            { QLatin1String(id) });
        test::execOrFail(c,
                         QStringLiteral("INSERT INTO bookmarks (target_kind, target_id, created_at) VALUES "
                                        "('question', ?, '2026-11-30')"),
                         { QLatin1String(id) });
    }
    const QString learnerCounts = QStringLiteral(
        "SELECT (SELECT count(*) FROM attempts) || ' ' || (SELECT count(*) FROM schedule) || ' ' || "
        "(SELECT count(*) FROM notes) || ' ' || (SELECT count(*) FROM bookmarks)");
    const QString learnerBefore = queryValue(c, learnerCounts).toString();
    ASSERT_EQ(learnerBefore, QStringLiteral("2 2 2 2"));

    // Version 2 rewords one question and drops the sorting question.
    const QString v2 = workshopWith(QStringLiteral("v2.json"), [](QByteArray& json) {
        setVersion(json, 2);
        json.replace("Who applies the required security patches",
                     "Who installs the required security patches");
        const qsizetype start = json.indexOf(",\n    {\n      \"id\": \"workshop-who-does-what\"");
        const qsizetype end = json.indexOf("\n  ]\n}", start);
        ASSERT_GT(start, 0);
        json.remove(start, end - start);
    });
    auto r = import(v2);
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->action, PackImportOutcome::Action::Updated);
    EXPECT_EQ(r->previousVersion, 1);
    EXPECT_EQ(r->retired, 1);
    EXPECT_EQ(queryValue(c, learnerCounts).toString(), learnerBefore) << "no learner row is lost";
    EXPECT_EQ((*m_packs->installedPack(QStringLiteral("web-shop-workshop")))->version, 2);
    auto questions = m_repo->questions();
    ASSERT_TRUE(questions.ok());
    EXPECT_TRUE(std::none_of(questions->cbegin(), questions->cend(), [](const Question& q) {
        return q.id == QLatin1String("workshop-who-does-what");
    }));
    auto retired = m_repo->retiredItems();
    ASSERT_TRUE(retired.ok());
    ASSERT_EQ(retired->size(), 1);
    EXPECT_EQ(retired->first().kind, RetiredItem::Kind::Question);
    EXPECT_EQ(retired->first().id, QStringLiteral("workshop-who-does-what"));
    EXPECT_EQ(retired->first().packId, QStringLiteral("web-shop-workshop"));
    EXPECT_EQ(retired->first().title, QStringLiteral("Sort the shop's tasks: whose job is each one?"));

    // Version 3 brings it back: no longer retired, and its history still there.
    const QString v3 = workshopWith(QStringLiteral("v3.json"), [](QByteArray& json) { setVersion(json, 3); });
    auto back = import(v3);
    ASSERT_TRUE(back.ok()) << back.errorMessage().toStdString();
    EXPECT_EQ(back->retired, 0);
    EXPECT_TRUE(m_repo->retiredItems()->isEmpty());
    EXPECT_EQ(queryValue(c, learnerCounts).toString(), learnerBefore);
}

TEST_F(PackImportTest, an_older_version_asks_first_and_replaces_only_when_allowed)
{
    const QString v2 = workshopWith(QStringLiteral("v2.json"), [](QByteArray& json) { setVersion(json, 2); });
    ASSERT_TRUE(import(v2).ok());
    const QString before = contentDigest(connection());

    auto asked = import(WorkshopPath);
    ASSERT_TRUE(asked.ok()) << asked.errorMessage().toStdString();
    EXPECT_EQ(asked->action, PackImportOutcome::Action::NeedsDowngrade);
    EXPECT_EQ(asked->previousVersion, 2);
    EXPECT_EQ(asked->info.version, 1);
    EXPECT_EQ(contentDigest(connection()), before) << "nothing is written before the user agrees";

    auto done = import(WorkshopPath, Downgrade::Allow);
    ASSERT_TRUE(done.ok()) << done.errorMessage().toStdString();
    EXPECT_EQ(done->action, PackImportOutcome::Action::Downgraded);
    EXPECT_EQ((*m_packs->installedPack(QStringLiteral("web-shop-workshop")))->version, 1);
}

TEST_F(PackImportTest, the_same_version_with_other_content_is_refused)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QString before = contentDigest(connection());
    const QString changed = workshopWith(QStringLiteral("changed.json"), [](QByteArray& json) {
        json.replace("Who secures the web shop?", "Who secures the shop?");
    });
    auto r = import(changed);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorMessage(),
              changed
                  + QStringLiteral(": version 1 of \"Workshop: securing a small web shop\" is "
                                   "already installed with other content; raise \"version\" in "
                                   "\"pack\" to replace it"));
    EXPECT_EQ(contentDigest(connection()), before);
}

TEST_F(PackImportTest, no_broken_pack_changes_a_single_row)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    test::execOrFail(
        connection(),
        QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                       "VALUES ('workshop-rds-engine-patch', '2026-11-30T10:00:00Z', 'practice', 1, 1)"));
    const QString before = contentDigest(connection());
    ASSERT_TRUE(before.contains(QStringLiteral("questions: %1 rows").arg(courseQuestions() + 2)))
        << before.toStdString();

    const QDir invalid(test::fixture(QStringLiteral("packs/invalid")));
    const QStringList files = invalid.entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    ASSERT_GE(files.size(), 50);
    for (const QString& name : files) {
        auto r = import(invalid.filePath(name));
        EXPECT_FALSE(r.ok()) << name.toStdString();
        EXPECT_TRUE(r.errorMessage().startsWith(invalid.filePath(name) + u':'))
            << r.errorMessage().toStdString();
        EXPECT_EQ(contentDigest(connection()), before) << name.toStdString();
    }
}

TEST_F(PackImportTest, a_pack_using_ids_the_course_owns_is_refused_by_name)
{
    const QString before = contentDigest(connection());
    // A stand-alone course with its own stack: its layer, model and source ids are the course's.
    const QString mini = m_dir.filePath(QStringLiteral("mini.json"));
    QFile file(mini);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(test::readmeExamplePack());
    file.close();
    auto r = import(mini);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorMessage().split(u'\n').first(),
              mini
                  + QStringLiteral(": source id \"srm\" is already used by the installed pack "
                                   "\"The AWS Shared Responsibility Model\" (aws-shared-responsibility)"));
    EXPECT_EQ(contentDigest(connection()), before);
}

TEST_F(PackImportTest, a_failure_half_way_through_the_import_rolls_everything_back)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    // The store refuses the second question of version 2, after everything before it was written.
    test::execOrFail(
        connection(),
        QStringLiteral(
            "CREATE TRIGGER refuse_one BEFORE INSERT ON questions WHEN NEW.id = 'workshop-who-does-what' "
            "BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"));
    const QString before = contentDigest(connection());
    const QString v2 = workshopWith(QStringLiteral("v2.json"), [](QByteArray& json) {
        setVersion(json, 2);
        json.replace("Who secures the web shop?", "Who secures the shop?");
    });
    auto r = import(v2);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("the disk is full")))
        << r.errorMessage().toStdString();
    EXPECT_EQ(contentDigest(connection()), before);
    EXPECT_EQ(m_repo->lesson(QStringLiteral("workshop-web-shop"))->title,
              QStringLiteral("Who secures the web shop?"));
}

TEST_F(PackImportTest, a_pack_for_a_course_that_is_not_installed_is_refused)
{
    const QString before = contentDigest(connection());
    const QString other = workshopWith(QStringLiteral("other.json"), [](QByteArray& json) {
        json.replace("\"extends\": \"aws-shared-responsibility\"",
                     "\"extends\": \"azure-shared-responsibility\"");
    });
    auto r = import(other);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.errorMessage(),
              other
                  + QStringLiteral(":11:16: \"extends\" names the pack \"azure-shared-responsibility\", "
                                   "which is not installed; install it first"));
    EXPECT_EQ(contentDigest(connection()), before);
}

TEST_F(PackImportTest, lists_the_installed_packs_with_their_counts)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    auto packs = m_packs->packs();
    ASSERT_TRUE(packs.ok()) << packs.errorMessage().toStdString();
    ASSERT_EQ(packs->size(), 2);
    const PackSummary& course = packs->at(0);
    EXPECT_TRUE(course.bundled);
    EXPECT_TRUE(course.enabled);
    EXPECT_EQ(course.questions, courseQuestions());
    EXPECT_EQ(course.lessons, 33);
    const PackSummary& workshop = packs->at(1);
    EXPECT_EQ(workshop.info.title, QStringLiteral("Workshop: securing a small web shop"));
    EXPECT_EQ(workshop.info.author, QStringLiteral("A. Instructor"));
    EXPECT_EQ(workshop.info.extends, QStringLiteral("aws-shared-responsibility"));
    EXPECT_EQ(workshop.lessons, 1);
    EXPECT_EQ(workshop.glossaryTerms, 1);
    EXPECT_EQ(workshop.questions, 2);
    EXPECT_TRUE(workshop.installedAt.isValid());
}

TEST_F(PackImportTest, a_disabled_pack_is_hidden_everywhere_until_enabled)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    auto shown = [this] {
        return QStringLiteral("%1 %2 %3 %4 %5")
            .arg(m_repo->questions()->size())
            .arg(m_repo->topics()->size())
            .arg(m_repo->lessonOutline()->size())
            .arg(m_repo->glossary()->size())
            .arg(m_repo->search(QStringLiteral("maintenance window the shop chose"), 10)->size());
    };
    // counts() counts what the lists hold, without reading them.
    auto counted = [this] {
        const ContentCounts c = *m_repo->counts();
        return QStringLiteral("%1 %2 %3").arg(c.questions).arg(c.lessons).arg(c.glossaryTerms);
    };
    auto listed = [this] {
        return QStringLiteral("%1 %2 %3")
            .arg(m_repo->questions()->size())
            .arg(m_repo->lessonOutline()->size())
            .arg(m_repo->glossary()->size());
    };
    EXPECT_EQ(counted(), listed());
    EXPECT_EQ(shown(), courseCounts(2, 1, 1, 1, 2));
    ASSERT_TRUE(m_packs->setEnabled(QStringLiteral("web-shop-workshop"), false).ok());
    EXPECT_EQ(shown(), courseCounts(0, 0, 0, 0, 0));
    EXPECT_EQ(counted(), listed());
    EXPECT_FALSE(m_repo->lesson(QStringLiteral("workshop-web-shop")).ok());
    EXPECT_FALSE(m_packs->packs()->at(1).enabled);
    ASSERT_TRUE(m_packs->setEnabled(QStringLiteral("web-shop-workshop"), true).ok());
    EXPECT_EQ(shown(), courseCounts(2, 1, 1, 1, 2));
    EXPECT_EQ(counted(), listed()) << "every pack shown again: counted from the indexes alone";

    const Status course = m_packs->setEnabled(QStringLiteral("aws-shared-responsibility"), false);
    ASSERT_FALSE(course.ok());
    EXPECT_EQ(course.errorMessage(), QStringLiteral("the bundled course cannot be disabled"));
    EXPECT_FALSE(m_packs->setEnabled(QStringLiteral("nothing"), true).ok());
}

TEST_F(PackImportTest, removing_a_pack_retires_its_items_and_keeps_the_learners_history)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QSqlDatabase c = connection();
    test::execOrFail(
        c,
        QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                       "VALUES ('workshop-rds-engine-patch', '2026-11-30T10:00:00Z', 'practice', 1, 1)"));
    test::execOrFail(
        c,
        QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                       "VALUES ('lesson', 'workshop-web-shop', 'mine', '2026-11-30', '2026-11-30')"));
    ASSERT_TRUE(m_packs->removePack(QStringLiteral("web-shop-workshop"), LearnerHistory::Keep).ok());
    EXPECT_EQ(m_packs->packs()->size(), 1);
    EXPECT_EQ(m_repo->questions()->size(), courseQuestions());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attempts")), 1);
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM notes")), 1);
    auto retired = m_repo->retiredItems();
    ASSERT_TRUE(retired.ok());
    QStringList ids;
    for (const RetiredItem& item : std::as_const(*retired))
        ids.append(item.id);
    ids.sort();
    EXPECT_EQ(ids,
              (QStringList { QStringLiteral("workshop-maintenance-window-choice"),
                             QStringLiteral("workshop-rds-engine-patch"), QStringLiteral("workshop-web-shop"),
                             QStringLiteral("workshop-who-does-what") }));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM search_index WHERE item_id LIKE 'workshop-%'")), 0);
    auto names = NoteTargetNames::read(*m_repo);
    ASSERT_TRUE(names.ok()) << names.errorMessage().toStdString();
    EXPECT_EQ(names->displayTitle(NoteTarget::lesson(QStringLiteral("workshop-web-shop"))),
              QStringLiteral("(retired) Who secures the web shop?"));

    // Installed again: nothing is retired any more, and the history is still there.
    ASSERT_TRUE(import(WorkshopPath).ok());
    EXPECT_TRUE(m_repo->retiredItems()->isEmpty());
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM attempts")), 1);
}

TEST_F(PackImportTest, removing_a_pack_with_its_history_deletes_only_what_was_about_it)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QSqlDatabase c = connection();
    for (const char* id : { "workshop-rds-engine-patch", "definition-of-and-in-q1",
                            "term:workshop-maintenance-window-choice" }) {
        test::execOrFail(
            c,
            QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                           "VALUES (?, '2026-11-30T10:00:00Z', 'practice', 1, 1)"),
            { QLatin1String(id) });
        test::execOrFail(
            c, QStringLiteral("INSERT INTO item_stats (item_id, attempts, correct) VALUES (?, 1, 1)"),
            { QLatin1String(id) });
    }
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO schedule (item_kind, item_id, due_at) VALUES ('term', "
                                    "'workshop-maintenance-window-choice', '2026-12-10')"));
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO schedule (item_kind, item_id, due_at) VALUES ('question', "
                                    "'definition-of-and-in-q1', '2026-12-10')"));
    test::execOrFail(
        c,
        QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                       "VALUES ('lesson', 'workshop-web-shop', 'mine', '2026-11-30', '2026-11-30')"));
    test::execOrFail(
        c,
        QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                       "VALUES ('lesson', 'definition-of-and-in', 'kept', '2026-11-30', '2026-11-30')"));
    test::execOrFail(c,
                     QStringLiteral("INSERT INTO bookmarks (target_kind, target_id, created_at) VALUES "
                                    "('question', 'workshop-who-does-what', '2026-11-30')"));

    const Status removed = m_packs->removePack(QStringLiteral("web-shop-workshop"), LearnerHistory::Delete);
    ASSERT_TRUE(removed.ok()) << removed.errorMessage().toStdString();
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT group_concat(question_id) FROM attempts")).toString(),
              QStringLiteral("definition-of-and-in-q1"));
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT group_concat(item_id) FROM item_stats")).toString(),
              QStringLiteral("definition-of-and-in-q1"));
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT group_concat(item_id) FROM schedule")).toString(),
              QStringLiteral("definition-of-and-in-q1"));
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT group_concat(body) FROM notes")).toString(),
              QStringLiteral("kept"));
    EXPECT_EQ(count(QStringLiteral("SELECT count(*) FROM bookmarks")), 0);
    EXPECT_TRUE(m_repo->retiredItems()->isEmpty());
}

TEST_F(PackImportTest, the_course_cannot_be_removed)
{
    ASSERT_TRUE(import(WorkshopPath).ok());
    const QString before = contentDigest(connection());
    const Status s = m_packs->removePack(QStringLiteral("aws-shared-responsibility"), LearnerHistory::Keep);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.errorMessage(), QStringLiteral("the bundled course cannot be removed"));
    EXPECT_FALSE(m_packs->removePack(QStringLiteral("nothing"), LearnerHistory::Keep).ok());
    EXPECT_EQ(contentDigest(connection()), before);
}

TEST(PackRemoval, a_course_other_packs_extend_stays_until_they_go)
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("d.sqlite")));
    ASSERT_TRUE(db.ok());
    SqlPackStore repo((*db)->connection());
    auto write = [&](const QString& name, const QByteArray& json) {
        QFile f(dir.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(json);
        return dir.filePath(name);
    };
    ASSERT_TRUE(importPackFile(repo, write(QStringLiteral("mini.json"), test::readmeExamplePack())).ok());
    const QByteArray addOn = R"({ "format": "demarc-pack", "version": 1,
        "pack": { "id": "mini-extra", "title": "Extra", "version": 1, "language": "en", "author": "T",
                  "extends": "srm-mini" },
        "glossary": [ { "id": "extra-term", "term": "Edge location", "definition": "A site near users.",
                        "sources": ["srm"] } ] })";
    auto added = importPackFile(repo, write(QStringLiteral("extra.json"), addOn));
    ASSERT_TRUE(added.ok()) << added.errorMessage().toStdString();
    const Status refused = repo.removePack(QStringLiteral("srm-mini"), LearnerHistory::Keep);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(),
              QStringLiteral("\"Shared responsibility in five minutes\" is the course of other packs "
                             "(Extra); remove those first"));
    ASSERT_TRUE(repo.removePack(QStringLiteral("mini-extra"), LearnerHistory::Keep).ok());
    ASSERT_TRUE(repo.removePack(QStringLiteral("srm-mini"), LearnerHistory::Keep).ok());
    EXPECT_TRUE(repo.packs()->isEmpty());
}

TEST_F(PackImportTest, an_edited_pack_is_checked_saved_and_versioned)
{
    SqlPackStore& store = *m_packs;
    // A new pack of one's own: installed as version 1.
    Pack pack = PackParser::parseFile(WorkshopPath, nullptr, store.bases()).pack.value();
    pack.info.id = QStringLiteral("my-pack");
    for (Question& q : pack.questions)
        q.id.prepend(QStringLiteral("my-"));
    for (Lesson& l : pack.lessons)
        l.id.prepend(QStringLiteral("my-"));
    for (Question& q : pack.questions)
        q.lesson = pack.lessons.first().id;
    for (GlossaryTerm& g : pack.glossary)
        g.id.prepend(QStringLiteral("my-"));
    pack.topics.first().id = QStringLiteral("my-workshop");
    pack.lessons.first().topic = QStringLiteral("my-workshop");
    for (Question& q : pack.questions)
        q.topic = QStringLiteral("my-workshop");
    auto first = store.savePack(pack);
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    EXPECT_EQ(first->action, PackImportOutcome::Action::Installed);
    EXPECT_EQ(store.pack(QStringLiteral("my-pack"))->info.version, 1);

    // Unchanged: nothing written. Changed: the next version, the dropped question retired.
    EXPECT_EQ(store.savePack(pack)->action, PackImportOutcome::Action::UpToDate);
    pack.questions.first().prompt = QStringLiteral("Who patches the database engine of an RDS instance?");
    pack.questions.removeLast();
    auto second = store.savePack(pack);
    ASSERT_TRUE(second.ok()) << second.errorMessage().toStdString();
    EXPECT_EQ(second->action, PackImportOutcome::Action::Updated);
    EXPECT_EQ(second->retired, 1);
    const Pack saved = store.pack(QStringLiteral("my-pack")).value();
    EXPECT_EQ(saved.info.version, 2);
    EXPECT_EQ(saved.questions.first().prompt,
              QStringLiteral("Who patches the database engine of an RDS instance?"));

    // A broken edit: the validator's messages, nothing saved.
    const QString before = contentDigest(connection());
    pack.questions.first().choices.first().explanation.clear();
    auto broken = store.savePack(pack);
    ASSERT_FALSE(broken.ok());
    EXPECT_TRUE(broken.errorMessage().startsWith(QStringLiteral("my-pack.json:")));
    EXPECT_TRUE(broken.errorMessage().endsWith(
        QStringLiteral(": every choice needs an explanation of why it is right or wrong")))
        << broken.errorMessage().toStdString();
    EXPECT_EQ(contentDigest(connection()), before);

    // The course itself is never written.
    Pack course = store.pack(QStringLiteral("aws-shared-responsibility")).value();
    course.lessons.first().title = QStringLiteral("Changed");
    auto refused = store.savePack(course);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.errorMessage(),
              QStringLiteral("\"The AWS Shared Responsibility Model\" is the course that comes with "
                             "Demarc; edits go into a pack of your own"));
    EXPECT_EQ(contentDigest(connection()), before);
}
