// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>

#include <gtest/gtest.h>

#include <iostream>

using namespace demarc;
using demarc::test::queryValue;

namespace {

class DatabaseTest : public testing::Test
{
protected:
    QString path(const QString& name = QStringLiteral("demarc.sqlite")) const { return m_dir.filePath(name); }

    /** A real database with the example course and a learner's attempt in it, closed again. */
    QString makeDatabase(const QString& name = QStringLiteral("demarc.sqlite"))
    {
        auto db = Database::open(path(name));
        EXPECT_TRUE(db.ok()) << (db ? "" : db.errorMessage().toStdString());
        if (!db)
            return {};
        SqlPackStore packs((*db)->connection());
        EXPECT_TRUE(packs.install(test::examplePack(), QStringLiteral("h"), true).ok());
        test::execOrFail((*db)->connection(),
                         QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, "
                                        "correct) VALUES ('q-facilities', '2026-01-01', 'practice', 1, 1)"));
        return path(name);
    }

    /** Expects open() to refuse @p file with a message containing @p text, leaving it byte-identical. */
    void expectRefusedUntouched(const QString& file, const QString& text)
    {
        const QByteArray before = test::fileHash(file);
        auto db = Database::open(file);
        ASSERT_FALSE(db.ok()) << file.toStdString();
        EXPECT_TRUE(db.errorMessage().contains(text)) << db.errorMessage().toStdString();
        EXPECT_TRUE(db.errorMessage().contains(file))
            << "the message names the file: " << db.errorMessage().toStdString();
        EXPECT_EQ(test::fileHash(file), before);
        EXPECT_FALSE(QFile::exists(file + QStringLiteral("-wal")));
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(DatabaseTest, sets_its_pragmas_on_every_connection)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    const QSqlDatabase c = (*db)->connection();
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA busy_timeout")).toInt(), Database::BusyTimeoutMs);
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA application_id")).toInt(), Database::ApplicationId);
    EXPECT_EQ(queryValue(c, QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
}

TEST_F(DatabaseTest, creates_every_table_from_an_empty_file)
{
    auto db = Database::open(path());
    ASSERT_TRUE(db.ok());
    EXPECT_EQ(Database::latestSchemaVersion(), 12);
    for (const char* table : { "packs",
                               "sources",
                               "layers",
                               "service_models",
                               "responsibilities",
                               "services",
                               "control_categories",
                               "control_examples",
                               "customer_areas",
                               "customer_area_items",
                               "topics",
                               "lessons",
                               "glossary_terms",
                               "glossary_lessons",
                               "questions",
                               "choices",
                               "attempts",
                               "notes",
                               "bookmarks",
                               "schedule",
                               "search_index",
                               "service_responsibilities",
                               "analogy_rows",
                               "item_stats",
                               "daily_activity",
                               "exam_results",
                               "presenter_deck",
                               "lessons_read" }) {
        EXPECT_EQ(queryValue((*db)->connection(),
                             QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = ?"),
                             { QString::fromLatin1(table) })
                      .toInt(),
                  1)
            << table;
    }
    auto problems = (*db)->integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_TRUE(problems->isEmpty());
}

TEST_F(DatabaseTest, works_in_memory)
{
    auto db = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    EXPECT_TRUE((*db)->isMemory());
    EXPECT_EQ((*db)->schemaVersion().value(), Database::latestSchemaVersion());
}

TEST_F(DatabaseTest, upgrades_from_every_earlier_schema_version_keeping_data)
{
    for (int from = 0; from < Database::latestSchemaVersion(); ++from) {
        SCOPED_TRACE(from);
        const QString file = path(QStringLiteral("v%1.sqlite").arg(from));
        {
            auto old = Database::openAtVersion(file, from);
            ASSERT_TRUE(old.ok()) << old.errorMessage().toStdString();
            EXPECT_EQ((*old)->schemaVersion().value(), from);
            const QSqlDatabase c = (*old)->connection();
            if (from >= 1)
                test::execOrFail(c,
                                 QStringLiteral("INSERT INTO packs (id, title, version, language, author, "
                                                "content_hash, installed_at) "
                                                "VALUES ('p', 'P', 1, 'en', 'me', 'h', '2026-01-01')"));
            if (from >= 2)
                test::execOrFail(
                    c,
                    QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                                   "VALUES ('lesson', 'x', 'my note', '2026-01-01', '2026-01-01')"));
        }
        auto db = Database::open(file);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        const QSqlDatabase c = (*db)->connection();
        EXPECT_EQ((*db)->schemaVersion().value(), Database::latestSchemaVersion());
        EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM packs")).toInt(), from >= 1 ? 1 : 0);
        EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM notes")).toInt(), from >= 2 ? 1 : 0);
        EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM search_index")).toInt(), 0);
        EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM presenter_deck")).toInt(), 0)
            << "no deck: the default applies";
        EXPECT_TRUE((*db)->integrityProblems()->isEmpty());
    }
}

TEST_F(DatabaseTest, reopens_its_own_file_with_data_intact)
{
    const QString file = makeDatabase();
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    EXPECT_EQ(queryValue((*db)->connection(), QStringLiteral("SELECT count(*) FROM attempts")).toInt(), 1);
    EXPECT_EQ(queryValue((*db)->connection(), QStringLiteral("SELECT count(*) FROM lessons")).toInt(), 1);
}

TEST_F(DatabaseTest, refuses_a_file_from_a_newer_demarc_untouched)
{
    const QString file = makeDatabase();
    test::withRawConnection(file, { QStringLiteral("PRAGMA user_version = 99") });
    expectRefusedUntouched(file, QStringLiteral("newer version of Demarc"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::NewerSchema);
}

TEST_F(DatabaseTest, refuses_garbage_untouched)
{
    const QString file = path(QStringLiteral("garbage.sqlite"));
    QByteArray noise;
    for (int i = 0; i < 8192; ++i)
        noise.append(char((i * 7919 + 13) % 251));
    test::writeFile(file, noise);
    expectRefusedUntouched(file, QStringLiteral("not a Demarc database"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::NotADatabase);
}

TEST_F(DatabaseTest, a_text_file_is_not_a_database_and_stays_as_it_was)
{
    const QString file = path(QStringLiteral("passwd"));
    test::writeFile(file,
                    "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
    expectRefusedUntouched(file, QStringLiteral("not an SQLite file"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::NotADatabase);
}

TEST_F(DatabaseTest, another_programs_damaged_database_is_foreign_not_demarcs_to_replace)
{
    const QString file = path(QStringLiteral("other-damaged.sqlite"));
    test::withRawConnection(
        file,
        { QStringLiteral("PRAGMA page_size = 1024"), QStringLiteral("CREATE TABLE contacts (name TEXT)") });
    for (int i = 0; i < 50; ++i)
        test::withRawConnection(file,
                                { QStringLiteral("INSERT INTO contacts VALUES ('%1')")
                                      .arg(QString(200, QLatin1Char('a' + i % 26))) });
    // Its pages after the first replaced by noise: a damaged file whose header names no Demarc.
    QByteArray bytes = test::readFile(file);
    ASSERT_GT(bytes.size(), 4096);
    for (qsizetype i = 1024; i < bytes.size(); ++i)
        bytes[i] = char((i * 131) % 256);
    test::writeFile(file, bytes);
    expectRefusedUntouched(file, QStringLiteral("has not been changed"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::ForeignDatabase);
}

TEST_F(DatabaseTest, refuses_an_empty_file_untouched)
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    test::writeFile(file, {});
    expectRefusedUntouched(file, QStringLiteral("empty file"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::NotADatabase);
}

TEST_F(DatabaseTest, refuses_a_file_truncated_at_twenty_points_untouched)
{
    const QString source = makeDatabase();
    const QByteArray whole = test::readFile(source);
    ASSERT_GT(whole.size(), 8192);
    // In the header, at page edges and evenly through the file.
    QList<qsizetype> cuts { 1, 10, 16, 50, 99, 100, 4095, 4096, 4097 };
    for (int i = 1; cuts.size() < 20; ++i)
        cuts.append(whole.size() * i / 12);
    for (const qsizetype cut : std::as_const(cuts)) {
        SCOPED_TRACE(cut);
        ASSERT_LT(cut, whole.size());
        const QString file = path(QStringLiteral("cut-%1.sqlite").arg(cut));
        test::writeFile(file, whole.left(cut));
        expectRefusedUntouched(file, QStringLiteral("has not been changed"));
        // Cut inside the 100-byte header, nothing says whose file it was: it is never offered
        // for a fresh start. With the header whole, it names Demarc: a damaged Demarc database.
        EXPECT_EQ(Database::check(file).problem,
                  cut < 100 ? Database::FileProblem::NotADatabase : Database::FileProblem::Damaged);
    }
}

TEST_F(DatabaseTest, survives_fifty_random_byte_flips_refusing_the_damage_it_finds_untouched)
{
    const QString source = path(QStringLiteral("course.sqlite"));
    {
        auto db = Database::open(source);
        ASSERT_TRUE(db.ok());
        SqlPackStore packs((*db)->connection());
        ASSERT_TRUE(
            installBundledCourse(packs, test::readFile(test::bundledCoursePath()), QStringLiteral("course"))
                .ok());
        for (int i = 0; i < 200; ++i)
            test::execOrFail((*db)->connection(),
                             QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, "
                                            "correct) VALUES ('q', '2026-01-01', 'practice', 1, 1)"));
    }
    const QByteArray whole = test::readFile(source);
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    int refused = 0;
    int foundByIntegrityCheck = 0;
    for (int flip = 0; flip < 50; ++flip) {
        SCOPED_TRACE(testing::Message() << "flip " << flip << ", seed " << seed);
        QByteArray bytes = whole;
        const qsizetype at = random.bounded(int(bytes.size()));
        bytes[at] = char(bytes[at] ^ char(1 + random.bounded(255)));
        const QString file = path(QStringLiteral("flip-%1.sqlite").arg(flip));
        test::writeFile(file, bytes);
        const QByteArray before = test::fileHash(file);
        auto db = Database::open(file);
        if (!db.ok()) {
            ++refused;
            EXPECT_TRUE(db.errorMessage().contains(file)) << db.errorMessage().toStdString();
            EXPECT_EQ(test::fileHash(file), before) << "byte " << at;
        } else {
            // quick_check at open passed: the flip is in a value, in unused space, or in an
            // index (which only integrity_check, `demarc --check-db`, compares with its table).
            // Damage that stops the check itself is reported as such, never a crash.
            auto problems = (*db)->integrityProblems();
            if (!problems.ok()) {
                EXPECT_TRUE(problems.errorMessage().contains(QStringLiteral("damaged")))
                    << problems.errorMessage().toStdString();
            }
            foundByIntegrityCheck += !problems.ok() || !problems->isEmpty() ? 1 : 0;
            db->reset();
            EXPECT_EQ(test::fileHash(file), before) << "opening and checking wrote nothing; byte " << at;
        }
    }
    std::cout << "byte flips in a " << whole.size() << "-byte file: 50, " << refused
              << " refused at open, untouched; " << foundByIntegrityCheck << " found by the integrity check; "
              << 50 - refused - foundByIntegrityCheck << " in values or unused space (seed " << seed << ")\n";
}

TEST_F(DatabaseTest, damage_in_the_answer_log_is_left_to_the_full_check_and_damage_elsewhere_is_refused)
{
    // Opening checks the learner's totals, schedule and days and the catalogue, not what grows
    // with use (the answer log, notes) or with packs (the course's text), so that start-up does not
    // grow with years of answers or with packs; integrity_check (`demarc --check-db`) checks all.
    // The totals and schedule, one row per question, have their pages walked, indexes too.
    const QString source = path(QStringLiteral("history.sqlite"));
    int pageSize = 0;
    QHash<QString, int> rootPage;
    {
        auto db = Database::open(source);
        ASSERT_TRUE(db.ok());
        SqlPackStore packs((*db)->connection());
        ASSERT_TRUE(
            installBundledCourse(packs, test::readFile(test::bundledCoursePath()), QStringLiteral("course"))
                .ok());
        test::execOrFail(
            (*db)->connection(),
            QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 3000) INSERT INTO attempts (question_id, answered_at, mode, "
                           "score, correct) SELECT 'q' || i, '2026-01-01', 'practice', 1, 1 FROM n"));
        // Totals for a large bank: a tree of more than one page.
        test::execOrFail((*db)->connection(),
                         QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                                        "WHERE i < 3000) INSERT INTO item_stats (item_id, attempts, "
                                        "last_answer) SELECT 'q' || i, 1, '[\"a\",\"b\"]' FROM n"));
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT name, rootpage FROM sqlite_schema WHERE rootpage > 0")));
        while (q.next())
            rootPage.insert(q.value(0).toString(), q.value(1).toInt());
        ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    const QByteArray whole = test::readFile(source);
    // The right-most child of an interior page (a B-tree page header gives it at byte 8).
    auto lastChild = [&](qsizetype page) {
        const qsizetype at = (page - 1) * pageSize;
        EXPECT_EQ(quint8(whole.at(at)), 0x05) << "an interior page of a table";
        return qsizetype(qFromBigEndian<quint32>(whole.constData() + at + 8));
    };
    rootPage.insert(QStringLiteral("item_stats leaf"),
                    int(lastChild(rootPage.value(QStringLiteral("item_stats")))));
    auto damaged = [&](const char* table) {
        QByteArray bytes = whole;
        const qsizetype page = rootPage.value(QLatin1String(table));
        EXPECT_GT(page, 1) << table;
        bytes.replace((page - 1) * pageSize, pageSize, QByteArray(pageSize, char(0xab)));
        const QString file = path(QStringLiteral("damaged-%1.sqlite").arg(QLatin1String(table)));
        test::writeFile(file, bytes);
        return file;
    };

    // The course's text is left to the full check too (a pack installs it again), and the notes,
    // which grow with what the learner writes.
    for (const char* content : { "questions", "lessons", "notes" }) {
        auto db = Database::open(damaged(content));
        ASSERT_TRUE(db.ok()) << content << ": " << db.errorMessage().toStdString();
        auto problems = (*db)->integrityProblems();
        EXPECT_TRUE(!problems.ok() || !problems->isEmpty()) << content;
    }

    const QString log = damaged("attempts");
    const QByteArray before = test::fileHash(log);
    {
        auto db = Database::open(log);
        ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
        auto problems = (*db)->integrityProblems();
        EXPECT_TRUE(!problems.ok() || !problems->isEmpty()) << "the full check finds the damaged log";
    }
    EXPECT_EQ(test::fileHash(log), before);

    for (const char* learner :
         { "item_stats", "item_stats leaf", "schedule", "daily_activity", "packs",
           "sqlite_autoindex_item_stats_1", "sqlite_autoindex_schedule_1", "schedule_by_due" })
        expectRefusedUntouched(damaged(learner), QStringLiteral("damaged"));
}

TEST_F(DatabaseTest, refuses_random_bytes_untouched)
{
    QRandomGenerator random(7);
    for (const int size : { 1, 100, 4096, 65536 }) {
        const QString file = path(QStringLiteral("random-%1.sqlite").arg(size));
        QByteArray bytes(size, Qt::Uninitialized);
        for (char& c : bytes)
            c = char(random.bounded(256));
        test::writeFile(file, bytes);
        expectRefusedUntouched(file, QStringLiteral("not a Demarc database"));
        EXPECT_EQ(Database::check(file).problem, Database::FileProblem::NotADatabase);
    }
    // Random pages behind a valid header.
    const QString file = path(QStringLiteral("random-behind-header.sqlite"));
    QByteArray bytes = test::readFile(makeDatabase()).left(100);
    while (bytes.size() < 8 * 4096)
        bytes.append(char(random.bounded(256)));
    test::writeFile(file, bytes);
    expectRefusedUntouched(file, QStringLiteral("has not been changed"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::Damaged);
}

TEST_F(DatabaseTest, refuses_another_programs_database_untouched)
{
    const QString file = path(QStringLiteral("other.sqlite"));
    test::withRawConnection(file,
                            { QStringLiteral("CREATE TABLE contacts (name TEXT)"),
                              QStringLiteral("INSERT INTO contacts VALUES ('Ada')") });
    expectRefusedUntouched(file, QStringLiteral("another program"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::ForeignDatabase);
}

TEST_F(DatabaseTest, refuses_a_read_only_file_untouched)
{
    const QString file = makeDatabase();
    ASSERT_TRUE(QFile::setPermissions(
        file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    expectRefusedUntouched(file, QStringLiteral("read-only"));
    EXPECT_EQ(Database::check(file).problem, Database::FileProblem::ReadOnly);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

TEST_F(DatabaseTest, refuses_a_directory_and_a_missing_folder)
{
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral("folder.sqlite")));
    auto dir = Database::open(path(QStringLiteral("folder.sqlite")));
    ASSERT_FALSE(dir.ok());
    EXPECT_TRUE(dir.errorMessage().contains(QStringLiteral("is a folder")));
    EXPECT_EQ(Database::check(path(QStringLiteral("folder.sqlite"))).problem, Database::FileProblem::Folder);

    const QString nested = path(QStringLiteral("missing/deeper/demarc.sqlite"));
    auto missing = Database::open(nested);
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QDir(path(QStringLiteral("missing"))).exists());
    EXPECT_EQ(Database::check(nested).problem, Database::FileProblem::NoFolder);
}

TEST_F(DatabaseTest, reports_damage_found_by_the_integrity_check)
{
    const QString file = makeDatabase();
    // Drop an index entry behind SQLite's back: the table and its index disagree.
    test::withRawConnection(
        file,
        { QStringLiteral("PRAGMA writable_schema = ON"),
          QStringLiteral(
              "UPDATE sqlite_schema SET sql = replace(sql, 'topic_id, position', 'position, topic_id') "
              "WHERE name = 'lessons_by_topic'"),
          QStringLiteral("PRAGMA writable_schema = OFF") });
    // quick_check (at open) does not compare indexes with their tables; integrity_check does.
    auto db = Database::open(file);
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    auto problems = (*db)->integrityProblems();
    ASSERT_TRUE(problems.ok());
    EXPECT_FALSE(problems->isEmpty());
}
