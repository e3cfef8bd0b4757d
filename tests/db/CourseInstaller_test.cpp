// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;
using demarc::test::queryValue;

namespace {

class CourseInstallerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto db = Database::open(QStringLiteral(":memory:"));
        ASSERT_TRUE(db.ok());
        m_db = std::move(*db);
        m_repo = std::make_unique<SqlContentRepository>(m_db->connection());
        m_packs = std::make_unique<SqlPackStore>(m_db->connection());
    }

    static QByteArray withVersion(int version, const QByteArray& extra = {})
    {
        QByteArray json = test::readmeExamplePack();
        json.replace("\"version\": 1,\n    \"language\"",
                     "\"version\": " + QByteArray::number(version) + ",\n    \"language\"");
        json.replace("Of and in\"", "Of and in" + extra + "\"");
        return json;
    }

    Result<InstallOutcome> install(const QByteArray& bytes)
    {
        return installBundledCourse(*m_packs, bytes, QStringLiteral("course.json"));
    }

    QString installedAt() const
    {
        return queryValue(m_db->connection(), QStringLiteral("SELECT installed_at FROM packs")).toString();
    }

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SqlContentRepository> m_repo;
    std::unique_ptr<SqlPackStore> m_packs;
};

} // namespace

TEST_F(CourseInstallerTest, installs_into_a_fresh_database)
{
    auto r = install(withVersion(1));
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->action, InstallOutcome::Action::Installed);
    EXPECT_EQ(r->version, 1);
    EXPECT_EQ(queryValue(m_db->connection(), QStringLiteral("SELECT bundled FROM packs")).toInt(), 1);
}

TEST_F(CourseInstallerTest, does_nothing_when_the_same_course_is_installed)
{
    ASSERT_TRUE(install(withVersion(1)).ok());
    const QString stamp = installedAt();
    // Same bytes: recognised by their hash, nothing is re-imported.
    auto again = install(withVersion(1));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->action, InstallOutcome::Action::UpToDate);
    EXPECT_EQ(installedAt(), stamp);
}

TEST_F(CourseInstallerTest, replaces_an_older_version_keeping_learner_data)
{
    ASSERT_TRUE(install(withVersion(1)).ok());
    test::execOrFail(m_db->connection(),
                     QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                                    "VALUES ('q-facilities', '2026-01-01', 'exam', 0, 0)"));
    auto r = install(withVersion(2, " (revised)"));
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    EXPECT_EQ(r->action, InstallOutcome::Action::Updated);
    EXPECT_EQ(r->version, 2);
    EXPECT_EQ(m_repo->lesson(QStringLiteral("of-and-in"))->title, QStringLiteral("Of and in (revised)"));
    EXPECT_EQ(queryValue(m_db->connection(), QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 1);
}

TEST_F(CourseInstallerTest, keeps_a_newer_installed_version)
{
    ASSERT_TRUE(install(withVersion(3)).ok());
    auto r = install(withVersion(2));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->action, InstallOutcome::Action::KeptNewer);
    EXPECT_EQ(r->version, 3);
}

TEST_F(CourseInstallerTest, refuses_an_invalid_course_with_its_problems_and_changes_nothing)
{
    ASSERT_TRUE(install(withVersion(1)).ok());
    const QString stamp = installedAt();
    QByteArray broken = withVersion(2);
    broken.replace("\"layer\": \"facilities\"", "\"layer\": \"roof\"");
    auto r = install(broken);
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("course.json:"))) << r.errorMessage().toStdString();
    EXPECT_TRUE(r.errorMessage().contains(QStringLiteral("unknown layer \"roof\"")));
    EXPECT_EQ(installedAt(), stamp);
}

TEST(CourseInstallerUpgrade, questions_return_after_the_split_migration_and_learner_data_stays)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.sqlite"));
    const QByteArray bytes = demarc::test::readmeExamplePack();
    {
        auto old = Database::openAtVersion(file, 5);
        ASSERT_TRUE(old.ok()) << old.errorMessage().toStdString();
        // The schema-5 tables, filled the way that version's import did.
        const QSqlDatabase c = (*old)->connection();
        test::execOrFail(c,
                         QStringLiteral("INSERT INTO packs (id, title, version, language, author, "
                                        "content_hash, bundled, installed_at) "
                                        "VALUES ('srm-mini', 'Mini', 1, 'en', 'A', ?, 1, '2026-01-01')"),
                         { packContentHash(bytes) });
        test::execOrFail(
            c,
            QStringLiteral("INSERT INTO questions (id, pack_id, position, type, topic_id, prompt) "
                           "VALUES ('q-facilities', 'srm-mini', 0, 'single', 'basics', 'Who?')"));
        test::execOrFail(
            c,
            QStringLiteral("INSERT INTO choices (question_id, id, position, text, correct, explanation) "
                           "VALUES ('q-facilities', 'a', 0, 'AWS', 1, 'Yes.')"));
        test::execOrFail((*old)->connection(),
                         QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, "
                                        "correct) VALUES ('q-facilities', '2026-01-01', 'exam', 1, 1)"));
    }
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    const QSqlDatabase c = (*db)->connection();
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM questions")).toInt(), 0);
    SqlPackStore repo(c);
    auto again = installBundledCourse(repo, bytes, QStringLiteral("course.json"));
    ASSERT_TRUE(again.ok()) << again.errorMessage().toStdString();
    EXPECT_EQ(again->action, InstallOutcome::Action::Updated);
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM questions")).toInt(), 1);
    EXPECT_EQ(
        queryValue(c, QStringLiteral("SELECT count(*) FROM search_index WHERE kind = 'question'")).toInt(),
        1);
    EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 1);
}

TEST_F(CourseInstallerTest, a_course_whose_hash_is_installed_is_not_read_at_all)
{
    const QByteArray bytes = withVersion(1);
    int reads = 0;
    const BundledCourse course { packContentHash(bytes),
                                 [&] {
                                     ++reads;
                                     return bytes;
                                 },
                                 QStringLiteral("course.json") };
    auto first = installBundledCourse(*m_packs, course);
    ASSERT_TRUE(first.ok()) << first.errorMessage().toStdString();
    EXPECT_EQ(first->action, InstallOutcome::Action::Installed);
    EXPECT_EQ(reads, 1);

    auto second = installBundledCourse(*m_packs, course);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->action, InstallOutcome::Action::UpToDate);
    EXPECT_EQ(second->version, 1);
    EXPECT_EQ(reads, 1) << "the known hash settles it without reading the course";
}

TEST_F(CourseInstallerTest, a_stale_known_hash_costs_a_read_but_never_a_reinstall)
{
    // A build whose recorded hash does not match its course: the bytes are read, and the hash
    // of what was read decides.
    const QByteArray bytes = withVersion(1);
    int reads = 0;
    const BundledCourse stale { QStringLiteral("0000"),
                                [&] {
                                    ++reads;
                                    return bytes;
                                },
                                QStringLiteral("course.json") };
    ASSERT_TRUE(installBundledCourse(*m_packs, stale).ok());
    const QString installed = installedAt();
    auto again = installBundledCourse(*m_packs, stale);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->action, InstallOutcome::Action::UpToDate);
    EXPECT_EQ(reads, 2);
    EXPECT_EQ(installedAt(), installed);
    EXPECT_EQ(queryValue(m_db->connection(), QStringLiteral("SELECT content_hash FROM packs")).toString(),
              packContentHash(bytes));
}

TEST_F(CourseInstallerTest, a_search_of_the_course_finds_the_lesson_first)
{
    QFile course(test::bundledCoursePath());
    ASSERT_TRUE(course.open(QIODevice::ReadOnly));
    ASSERT_TRUE(install(course.readAll()).ok());
    // The lesson on RDS patching, before the term "Amazon RDS" and the questions on it.
    const auto hits = m_repo->search(QStringLiteral("RDS patches"), 10);
    ASSERT_TRUE(hits.ok()) << hits.errorMessage().toStdString();
    ASSERT_FALSE(hits->isEmpty());
    EXPECT_EQ(hits->first().kind, SearchHit::Kind::Lesson);
    EXPECT_TRUE(hits->first().title.contains(QStringLiteral("RDS"))) << hits->first().title.toStdString();
}
