// SPDX-License-Identifier: GPL-3.0-or-later
// Commands that only read open the learner's file without ever writing it.
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/ReadingDatabase.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

class ReadingDatabaseTest : public testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    BundledCourse course()
    {
        return { packContentHash(m_bytes),
                 [this] {
                     ++m_reads;
                     return m_bytes;
                 },
                 QStringLiteral("course.json") };
    }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /** A database Demarc made and closed, the course installed and one answer given. */
    QString made(int schemaVersion = Database::latestSchemaVersion())
    {
        const QString file = path(QStringLiteral("learner.sqlite"));
        auto db = Database::openAtVersion(file, schemaVersion);
        EXPECT_TRUE(db.ok()) << db.errorMessage().toStdString();
        if (schemaVersion == Database::latestSchemaVersion()) {
            SqlPackStore packs((*db)->connection());
            EXPECT_TRUE(installBundledCourse(packs, course()).ok());
        }
        test::execOrFail(
            (*db)->connection(),
            QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, score, correct) "
                           "VALUES ('q-facilities', '2026-01-01T10:00:00Z', 'practice', 1, 1)"));
        m_reads = 0;
        return file;
    }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name); }

    QTemporaryDir m_dir;
    QByteArray m_bytes = test::readmeExamplePack();
    int m_reads = 0;
};

} // namespace

TEST_F(ReadingDatabaseTest, a_current_file_is_read_where_it_lies_and_never_written)
{
    const QString file = made();
    const QByteArray before = test::fileHash(file);
    const QStringList beside = files();
    {
        auto reading = openForReading(file, course());
        ASSERT_TRUE(reading.ok()) << reading.errorMessage().toStdString();
        EXPECT_EQ(reading->source, ReadingDatabase::Source::File);
        EXPECT_TRUE(reading->database->isReadOnly());
        EXPECT_EQ(m_reads, 0) << "the installed course is this build's: nothing to read";
        const SqlContentRepository content(reading->database->connection());
        EXPECT_FALSE(content.questions()->isEmpty());
        EXPECT_EQ(
            test::queryValue(reading->database->connection(), QStringLiteral("SELECT count(*) FROM attempts"))
                .toInt(),
            1);
        // Reading through the learner repository writes nothing either.
        SqlLearnerRepository learner(reading->database->connection());
        EXPECT_TRUE(learner.attempts().ok());
        EXPECT_TRUE(learner.itemStats().ok());
        EXPECT_TRUE(learner.notes().ok());
        // And nothing can be written through this connection.
        QSqlQuery write(reading->database->connection());
        EXPECT_FALSE(write.exec(QStringLiteral("DELETE FROM attempts")));
        EXPECT_EQ(files(), beside) << "no -wal or -shm beside the file while it is read";
    }
    EXPECT_EQ(test::fileHash(file), before);
    EXPECT_EQ(files(), beside);
}

TEST_F(ReadingDatabaseTest, an_older_file_is_read_through_an_updated_copy_and_stays_as_it_was)
{
    const QString file = made(3);
    const QByteArray before = test::fileHash(file);
    const QStringList beside = files();
    QString scratch;
    {
        auto reading = openForReading(file, course());
        ASSERT_TRUE(reading.ok()) << reading.errorMessage().toStdString();
        EXPECT_EQ(reading->source, ReadingDatabase::Source::Copy);
        scratch = reading->scratch->path();
        EXPECT_EQ(reading->database->schemaVersion().value(), Database::latestSchemaVersion());
        EXPECT_EQ(m_reads, 1);
        const SqlContentRepository content(reading->database->connection());
        EXPECT_FALSE(content.questions()->isEmpty()) << "the course is installed in the copy";
        EXPECT_EQ(
            test::queryValue(reading->database->connection(), QStringLiteral("SELECT count(*) FROM attempts"))
                .toInt(),
            1);
    }
    EXPECT_EQ(test::fileHash(file), before);
    EXPECT_EQ(files(), beside) << "no backup folder, no log";
    EXPECT_FALSE(QDir(QFileInfo(file).absolutePath() + QStringLiteral("/learner-backups")).exists());
    EXPECT_FALSE(QDir(scratch).exists()) << "the copy goes with the command";
}

TEST_F(ReadingDatabaseTest, a_missing_file_is_not_created_and_the_course_is_read_alone)
{
    const QString file = path(QStringLiteral("none.sqlite"));
    {
        auto reading = openForReading(file, course());
        ASSERT_TRUE(reading.ok()) << reading.errorMessage().toStdString();
        EXPECT_EQ(reading->source, ReadingDatabase::Source::Empty);
        EXPECT_FALSE(SqlContentRepository(reading->database->connection()).questions()->isEmpty());
    }
    EXPECT_FALSE(QFile::exists(file));
    EXPECT_TRUE(files().isEmpty());
    auto noFolder = openForReading(path(QStringLiteral("no/such/folder/x.sqlite")), course());
    ASSERT_FALSE(noFolder.ok());
    EXPECT_TRUE(noFolder.errorMessage().contains(QStringLiteral("does not exist")))
        << noFolder.errorMessage().toStdString();
}

TEST_F(ReadingDatabaseTest, a_file_marked_read_only_can_be_read)
{
    const QString file = made();
    ASSERT_TRUE(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    const QByteArray before = test::fileHash(file);
    {
        auto reading = openForReading(file, course());
        ASSERT_TRUE(reading.ok()) << reading.errorMessage().toStdString();
        EXPECT_EQ(
            test::queryValue(reading->database->connection(), QStringLiteral("SELECT count(*) FROM attempts"))
                .toInt(),
            1);
    }
    EXPECT_EQ(test::fileHash(file), before);
}

TEST_F(ReadingDatabaseTest, files_that_are_not_sound_demarc_databases_are_refused_untouched)
{
    const QString text = path(QStringLiteral("notes.sqlite"));
    test::writeFile(text, QByteArray("just some text\n").repeated(200));
    const QByteArray before = test::fileHash(text);
    auto r = openForReading(text, course());
    ASSERT_FALSE(r.ok());
    EXPECT_TRUE(r.errorMessage().contains(text)) << r.errorMessage().toStdString();
    EXPECT_EQ(test::fileHash(text), before);
    EXPECT_EQ(files(), QStringList { QStringLiteral("notes.sqlite") });
    EXPECT_FALSE(Database::openReadOnly(QString::fromLatin1(Database::MemoryPath)).ok());
}
