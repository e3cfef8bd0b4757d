// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/Backups.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlBackupStore.h"
#include "db/SqlContentRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

const QDateTime Noon(QDate(2026, 12, 4), QTime(12, 0));

class BackupsTest : public testing::Test
{
protected:
    QString file() const { return m_dir.filePath(QStringLiteral("demarc.sqlite")); }

    std::unique_ptr<Database> openWithCourse()
    {
        auto db = Database::open(file());
        EXPECT_TRUE(db.ok()) << (db ? "" : db.errorMessage().toStdString());
        if (!db)
            return nullptr;
        SqlPackStore packs((*db)->connection());
        if (queryValue((*db)->connection(), QStringLiteral("SELECT count(*) FROM packs")).toInt() == 0) {
            EXPECT_TRUE(packs.install(test::examplePack(), QStringLiteral("h"), true).ok());
        }
        return std::move(*db);
    }

    static void answer(const QSqlDatabase& db, int times)
    {
        for (int i = 0; i < times; ++i)
            test::execOrFail(
                db,
                QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                               "VALUES ('q-facilities', '2026-01-01', 'practice', 1, 1)"));
        test::execOrFail(
            db,
            QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                           "VALUES ('lesson', ?, 'note', '2026-01-01', '2026-01-01')"),
            { QStringLiteral("n%1").arg(times) });
    }

    static int count(const QSqlDatabase& db, const char* table)
    {
        return queryValue(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toInt();
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(BackupsTest, a_copy_holds_what_the_database_held_and_is_sound)
{
    auto db = openWithCourse();
    ASSERT_TRUE(db);
    answer(db->connection(), 5);
    const Backups backups(file());
    auto copy = backups.take(db->connection(), QStringLiteral("manual"), Noon);
    ASSERT_TRUE(copy.ok()) << copy.errorMessage().toStdString();
    EXPECT_EQ(QFileInfo(*copy).dir().path(), backups.folder());
    EXPECT_EQ(QFileInfo(*copy).fileName(), QStringLiteral("demarc-20261204-120000000-manual.sqlite"));
    EXPECT_FALSE(QFile::exists(*copy + QStringLiteral(".partial")));

    const QString digest = test::contentDigest(db->connection());
    auto opened = Database::open(*copy);
    ASSERT_TRUE(opened.ok()) << opened.errorMessage().toStdString();
    EXPECT_EQ(test::contentDigest((*opened)->connection()), digest);
    EXPECT_TRUE((*opened)->integrityProblems()->isEmpty());

    ASSERT_EQ(backups.list().size(), 1);
    EXPECT_EQ(backups.list().constFirst().reason, QStringLiteral("manual"));
    EXPECT_EQ(backups.list().constFirst().takenAt, Noon);
}

TEST_F(BackupsTest, nothing_is_copied_for_a_database_in_memory)
{
    auto db = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(db.ok());
    EXPECT_TRUE(Backups::fileOf((*db)->connection()).isEmpty());
    EXPECT_TRUE(backUpBeforeChange((*db)->connection(), QStringLiteral("before-import")).ok());
}

TEST_F(BackupsTest, copies_are_thinned_by_the_policy_as_they_are_taken)
{
    auto db = openWithCourse();
    ASSERT_TRUE(db);
    const Backups backups(file());
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(backups.take(db->connection(), QStringLiteral("automatic"), Noon.addDays(-40 + i)).ok());
    // One a day for 40 days: the 12 newest cover the last 12 days; then a copy a week.
    const QList<BackupCopy> copies = backups.list();
    EXPECT_EQ(copies.constFirst().takenAt, Noon.addDays(-1));
    EXPECT_GE(copies.size(), 12);
    EXPECT_LE(copies.size(), 12 + 9);
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files).size(), copies.size())
        << "nothing else is left in the folder";
}

TEST_F(BackupsTest, a_restore_brings_back_the_rows_of_the_copy_and_keeps_the_file_it_replaces)
{
    QString copyPath;
    int attemptsAtCopy = 0;
    int notesAtCopy = 0;
    {
        auto db = openWithCourse();
        ASSERT_TRUE(db);
        answer(db->connection(), 7);
        attemptsAtCopy = count(db->connection(), "attempts");
        notesAtCopy = count(db->connection(), "notes");
        auto copy = Backups(file()).take(db->connection(), QStringLiteral("manual"), Noon);
        ASSERT_TRUE(copy.ok());
        copyPath = *copy;
        answer(db->connection(), 3); // after the copy: these go with the replaced file
    }
    auto kept = Backups(file()).restore(copyPath, Noon.addSecs(60));
    ASSERT_TRUE(kept.ok()) << kept.errorMessage().toStdString();
    EXPECT_EQ(QFileInfo(*kept).fileName(), QStringLiteral("demarc-replaced-20261204-120100000.sqlite"));

    auto restored = Database::open(file());
    ASSERT_TRUE(restored.ok()) << restored.errorMessage().toStdString();
    EXPECT_EQ(count((*restored)->connection(), "attempts"), attemptsAtCopy);
    EXPECT_EQ(count((*restored)->connection(), "notes"), notesAtCopy);
    EXPECT_GT(count((*restored)->connection(), "lessons"), 0);
    EXPECT_TRUE((*restored)->integrityProblems()->isEmpty());
    EXPECT_TRUE(QFile::exists(copyPath)) << "the copy itself stays";

    auto replaced = Database::open(*kept);
    ASSERT_TRUE(replaced.ok()) << replaced.errorMessage().toStdString();
    EXPECT_EQ(count((*replaced)->connection(), "attempts"), attemptsAtCopy + 3);
}

TEST_F(BackupsTest, a_damaged_copy_is_refused_and_nothing_changes)
{
    {
        auto db = openWithCourse();
        ASSERT_TRUE(db);
        answer(db->connection(), 2);
    }
    const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
    test::writeFile(bad, QByteArray("SQLite format 3\0", 16) + QByteArray(5000, '\x5a'));
    const QByteArray before = test::fileHash(file());
    auto restored = Backups(file()).restore(bad, Noon);
    ASSERT_FALSE(restored.ok());
    EXPECT_TRUE(restored.errorMessage().contains(bad)) << restored.errorMessage().toStdString();
    EXPECT_EQ(test::fileHash(file()), before);
    EXPECT_EQ(QDir(m_dir.path()).entryList({ QStringLiteral("*.sqlite*") }, QDir::Files),
              (QStringList { QStringLiteral("bad.sqlite"), QStringLiteral("demarc.sqlite") }));
}

TEST_F(BackupsTest, an_older_copy_is_restored_at_the_current_schema)
{
    const QString old = m_dir.filePath(QStringLiteral("old.sqlite"));
    {
        auto db = Database::openAtVersion(old, 2);
        ASSERT_TRUE(db.ok());
        test::execOrFail(
            (*db)->connection(),
            QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) "
                           "VALUES ('lesson', 'x', 'old note', '2026-01-01', '2026-01-01')"));
    }
    ASSERT_TRUE(openWithCourse());
    ASSERT_TRUE(Backups(file()).restore(old, Noon).ok());
    auto db = Database::open(file());
    ASSERT_TRUE(db.ok());
    EXPECT_EQ((*db)->schemaVersion().value(), Database::latestSchemaVersion());
    EXPECT_EQ(count((*db)->connection(), "notes"), 1);
    EXPECT_FALSE(
        QDir(Backups::folderFor(m_dir.filePath(QStringLiteral("demarc.restoring.sqlite")))).exists());
}

TEST_F(BackupsTest, a_migration_is_preceded_by_a_copy_of_the_old_schema)
{
    {
        auto db = Database::openAtVersion(file(), 5);
        ASSERT_TRUE(db.ok());
    }
    EXPECT_TRUE(Backups(file()).list().isEmpty()) << "creating a file copies nothing";
    auto db = Database::open(file());
    ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
    const QList<BackupCopy> copies = Backups(file()).list();
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(copies.constFirst().reason, QStringLiteral("before-migration"));
    auto copy = Database::openAtVersion(copies.constFirst().path, 5, Database::BackupBeforeMigration::No);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ((*copy)->schemaVersion().value(), 5);
    db->reset();
    auto again = Database::open(file());
    EXPECT_EQ(Backups(file()).list().size(), 1) << "an up-to-date file is not copied again";
}

TEST_F(BackupsTest, importing_a_pack_is_preceded_by_a_copy)
{
    auto db = Database::open(file());
    ASSERT_TRUE(db.ok());
    SqlPackStore packs((*db)->connection());
    const QString pack = m_dir.filePath(QStringLiteral("pack.json"));
    test::writeFile(pack, test::readmeExamplePack());
    auto imported = importPackFile(packs, pack);
    ASSERT_TRUE(imported.ok()) << imported.errorMessage().toStdString();
    const QList<BackupCopy> copies = Backups(file()).list();
    ASSERT_EQ(copies.size(), 1);
    EXPECT_EQ(copies.constFirst().reason, QStringLiteral("before-import"));
    auto copy = Database::open(copies.constFirst().path, Database::BackupBeforeMigration::No);
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(count((*copy)->connection(), "packs"), 0) << "the copy is from before the import";
}

TEST_F(BackupsTest, a_file_that_is_not_demarcs_is_never_set_aside)
{
    for (const QByteArray& bytes : { QByteArray("root:x:0:0:root:/root:/bin/bash\n"), QByteArray() }) {
        test::writeFile(file(), bytes);
        auto aside = Backups(file()).setAside(QStringLiteral("damaged"), Noon);
        ASSERT_FALSE(aside.ok());
        EXPECT_TRUE(aside.errorMessage().contains(QStringLiteral("leaves it where it is")));
        EXPECT_EQ(test::readFile(file()), bytes);
        EXPECT_EQ(QDir(QFileInfo(file()).absolutePath()).entryList(QDir::Files).size(), 1);
    }
}

TEST_F(BackupsTest, setting_a_damaged_file_aside_moves_it_with_its_log_and_deletes_nothing)
{
    // Demarc's own database with everything after its header lost.
    {
        auto made = Database::open(file(), Database::BackupBeforeMigration::No);
        ASSERT_TRUE(made.ok());
    }
    QByteArray damaged = test::readFile(file()).left(100);
    damaged.append(QByteArray(4096, 'x'));
    test::writeFile(file(), damaged);
    ASSERT_EQ(Database::check(file()).problem, Database::FileProblem::Damaged);
    test::writeFile(file() + QStringLiteral("-wal"), QByteArray("log"));
    const QByteArray hash = test::fileHash(file());
    auto aside = Backups(file()).setAside(QStringLiteral("damaged"), Noon);
    ASSERT_TRUE(aside.ok()) << aside.errorMessage().toStdString();
    EXPECT_EQ(QFileInfo(*aside).fileName(), QStringLiteral("demarc-damaged-20261204-120000000.sqlite"));
    EXPECT_FALSE(QFile::exists(file()));
    EXPECT_EQ(test::fileHash(*aside), hash);
    EXPECT_EQ(test::readFile(*aside + QStringLiteral("-wal")), QByteArray("log"));
}

TEST_F(BackupsTest, the_store_knows_whether_anything_changed_since_its_last_copy)
{
    auto db = openWithCourse();
    ASSERT_TRUE(db);
    SqlBackupStore store(db->connection());
    EXPECT_FALSE(store.changedSinceBackup()) << "what happened before it was opened does not count";
    EXPECT_TRUE(store.backups().isEmpty());
    answer(db->connection(), 1);
    EXPECT_TRUE(store.changedSinceBackup());
    auto copy = store.backUp(QStringLiteral("automatic"));
    ASSERT_TRUE(copy.ok()) << copy.errorMessage().toStdString();
    EXPECT_FALSE(store.changedSinceBackup()) << "taking the copy is not a change";
    ASSERT_EQ(store.backups().size(), 1);
    EXPECT_EQ(store.backups().constFirst().path, *copy);
    EXPECT_EQ(store.folder(), Backups::folderFor(file()));

    auto memory = Database::open(QStringLiteral(":memory:"));
    ASSERT_TRUE(memory.ok());
    SqlBackupStore none((*memory)->connection());
    EXPECT_FALSE(none.backUp(QStringLiteral("manual")).ok());
    EXPECT_TRUE(none.backups().isEmpty());
}

TEST_F(BackupsTest, a_copy_cut_short_is_cleared_away_once_it_is_an_hour_old)
{
    auto db = openWithCourse();
    ASSERT_TRUE(db);
    const Backups backups(file());
    ASSERT_TRUE(QDir().mkpath(backups.folder()));
    const QString stale =
        QDir(backups.folder()).filePath(QStringLiteral("demarc-20261201-100000000-automatic.sqlite.partial"));
    const QString fresh =
        QDir(backups.folder()).filePath(QStringLiteral("demarc-20261204-115959000-automatic.sqlite.partial"));
    test::writeFile(stale, QByteArray("half a copy"));
    test::writeFile(fresh, QByteArray("a copy being written"));
    {
        QFile old(stale);
        ASSERT_TRUE(old.open(QIODevice::ReadWrite));
        ASSERT_TRUE(old.setFileTime(QDateTime::currentDateTime().addSecs(-2 * 3600),
                                    QFileDevice::FileModificationTime));
    }
    ASSERT_TRUE(backups.take(db->connection(), QStringLiteral("manual"), Noon).ok());
    EXPECT_FALSE(QFile::exists(stale));
    EXPECT_TRUE(QFile::exists(fresh)) << "perhaps another process's copy in progress";
    EXPECT_EQ(backups.list().size(), 1) << "a partial copy is never listed";
}
