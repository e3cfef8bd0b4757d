// SPDX-License-Identifier: GPL-3.0-or-later
// Databases as every earlier version of Demarc left them upgrade to the current schema with
// the learner's data intact. The fixtures (tests/fixtures/schema/vN.sql) are SQL dumps of a
// file at schema version N holding a learner's answers, notes, bookmarks, review schedule,
// totals, an exam and a presenter deck, as far as that version had them. They stand for files
// on users' disks and are never regenerated: when a migration is added, the file of the
// version it replaces is written once with DEMARC_WRITE_SCHEMA_FIXTURES=N (the old version).
#include "db/Backups.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/SqlContentRepository.h"
#include "db/SqlPackStore.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

QString fixturePath(int version)
{
    return test::fixture(QStringLiteral("schema/v%1.sql").arg(version, 2, 10, QLatin1Char('0')));
}

/** The learner's data a file at @p version held: the statements that wrote it. */
QStringList learnerData(int version)
{
    QStringList out {
        QStringLiteral(
            "INSERT INTO packs (id, title, version, language, author, content_hash, bundled, installed_at) "
            "VALUES ('aws-shared-responsibility', 'An older course', 1, 'en', 'Demarc', 'old', 1, "
            "'2026-01-05T10:00:00Z')"),
    };
    if (version < 2)
        return out;
    const QString attempt = version >= 7
        ? QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct, "
                         "elapsed_ms) VALUES ('%1', '%2', '%3', '%4', %5, %6, 4200)")
        : QStringLiteral("INSERT INTO attempts (question_id, answered_at, mode, answer, score, correct) "
                         "VALUES ('%1', '%2', '%3', '%4', %5, %6)");
    out << attempt
               .arg(QStringLiteral("q-physical-security"), QStringLiteral("2026-01-05T10:01:00Z"),
                    QStringLiteral("practice"), QStringLiteral("[\"a\"]"), QStringLiteral("1"))
               .arg(1)
        << attempt
               .arg(QStringLiteral("q-guest-os"), QStringLiteral("2026-01-05T10:02:00Z"),
                    QStringLiteral("practice"), QStringLiteral("[\"b\"]"), QStringLiteral("0"))
               .arg(0)
        << attempt
               .arg(QStringLiteral("q-guest-os"), QStringLiteral("2026-01-06T09:00:00Z"),
                    QStringLiteral("mistakes"), QStringLiteral("[\"c\"]"), QStringLiteral("1"))
               .arg(1)
        << QStringLiteral("INSERT INTO notes (target_kind, target_id, body, created_at, updated_at) VALUES "
                          "('lesson', 'l-intro', 'Guest OS = **mine**; <b>not</b> AWS''s', "
                          "'2026-01-05T10:03:00Z', '2026-01-05T10:04:00Z')")
        << QStringLiteral("INSERT INTO bookmarks (target_kind, target_id, created_at) VALUES ('question', "
                          "'q-guest-os', '2026-01-05T10:05:00Z')")
        << QStringLiteral("INSERT INTO schedule (item_kind, item_id, due_at, interval_days, ease, "
                          "repetitions, lapses) VALUES "
                          "('question', 'q-guest-os', '2026-01-07T09:00:00Z', 1, 2.36, 1, 1)");
    if (version >= 8)
        out << QStringLiteral("INSERT INTO item_stats (item_id, attempts, correct, last_correct, "
                              "last_answered_at, last_answer) VALUES "
                              "('q-physical-security', 1, 1, 1, '2026-01-05T10:01:00Z', '[\"a\"]'), "
                              "('q-guest-os', 2, 1, 1, '2026-01-06T09:00:00Z', '[\"c\"]')")
            << QStringLiteral("INSERT INTO daily_activity (day, attempts, correct) VALUES ('2026-01-05', 2, "
                              "1), ('2026-01-06', 1, 1)")
            << QStringLiteral("INSERT INTO exam_results (finished_at, questions, correct, score, passed, "
                              "duration_ms) VALUES "
                              "('2026-01-06T10:00:00Z', 20, 19, 0.95, 0, 600000)");
    if (version >= 9)
        out << QStringLiteral(
            "INSERT INTO presenter_deck (position, item) VALUES (0, 'lesson l-intro'), (1, 'diagram ec2')");
    return out;
}

bool runSqlite(const QStringList& args, const QString& input, const QString& output, QString* error)
{
    QProcess sqlite;
    if (!input.isEmpty())
        sqlite.setStandardInputFile(input);
    if (!output.isEmpty())
        sqlite.setStandardOutputFile(output);
    sqlite.start(QStringLiteral("sqlite3"), args);
    if (!sqlite.waitForFinished(30000) || sqlite.exitStatus() != QProcess::NormalExit
        || sqlite.exitCode() != 0) {
        *error = QString::fromUtf8(sqlite.readAllStandardError()) + sqlite.errorString();
        return false;
    }
    return true;
}

class SchemaFixtures : public testing::Test
{
protected:
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(SchemaFixtures, there_is_one_for_every_earlier_schema_version)
{
    if (const int version = qEnvironmentVariableIntValue("DEMARC_WRITE_SCHEMA_FIXTURES"); version > 0) {
        ASSERT_LE(version, Database::latestSchemaVersion());
        const QString file = m_dir.filePath(QStringLiteral("new.sqlite"));
        {
            auto db = Database::openAtVersion(file, version);
            ASSERT_TRUE(db.ok());
            for (const QString& statement : learnerData(version))
                test::execOrFail((*db)->connection(), statement);
        }
        QString error;
        ASSERT_TRUE(runSqlite({ file, QStringLiteral(".dump") }, {}, fixturePath(version), &error))
            << error.toStdString();
        QFile dump(fixturePath(version));
        ASSERT_TRUE(dump.open(QIODevice::Append));
        // .dump leaves out the header's numbers; a file of that version had them.
        dump.write(QStringLiteral("PRAGMA user_version = %1;\nPRAGMA application_id = %2;\n")
                       .arg(version)
                       .arg(Database::ApplicationId)
                       .toUtf8());
    }
    for (int version = 1; version < Database::latestSchemaVersion(); ++version)
        EXPECT_TRUE(QFile::exists(fixturePath(version))) << fixturePath(version).toStdString();
}

TEST_F(SchemaFixtures, every_earlier_version_upgrades_with_the_learners_data_intact)
{
    const QString course = test::bundledCoursePath();
    for (int version = 1; version < Database::latestSchemaVersion(); ++version) {
        SCOPED_TRACE(testing::Message() << "schema version " << version);
        const QString file = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QString error;
        ASSERT_TRUE(runSqlite({ file }, fixturePath(version), {}, &error)) << error.toStdString();
        {
            auto db = Database::open(file);
            ASSERT_TRUE(db.ok()) << db.errorMessage().toStdString();
            const QSqlDatabase c = (*db)->connection();
            EXPECT_EQ((*db)->schemaVersion().value(), Database::latestSchemaVersion());
            EXPECT_TRUE((*db)->integrityProblems()->isEmpty());
            SqlPackStore packs(c);
            auto installed = installBundledCourse(packs, test::readFile(course), QStringLiteral("course"));
            ASSERT_TRUE(installed.ok()) << installed.errorMessage().toStdString();
            EXPECT_EQ(installed->action, InstallOutcome::Action::Updated);
            EXPECT_GT(queryValue(c, QStringLiteral("SELECT count(*) FROM questions")).toInt(), 100);

            const int answers = version >= 2 ? 3 : 0;
            EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), answers);
            if (version >= 2) {
                EXPECT_EQ(queryValue(c, QStringLiteral("SELECT answer FROM attempts WHERE mode = 'mistakes'"))
                              .toString(),
                          QStringLiteral("[\"c\"]"));
                EXPECT_EQ(queryValue(c, QStringLiteral("SELECT sum(elapsed_ms) FROM attempts")).toInt(),
                          version >= 7 ? 3 * 4200 : 0);
                EXPECT_EQ(queryValue(c, QStringLiteral("SELECT body FROM notes")).toString(),
                          QStringLiteral("Guest OS = **mine**; <b>not</b> AWS's"));
                EXPECT_EQ(queryValue(c, QStringLiteral("SELECT target_id FROM bookmarks")).toString(),
                          QStringLiteral("q-guest-os"));
                EXPECT_DOUBLE_EQ(
                    queryValue(c, QStringLiteral("SELECT ease FROM schedule WHERE item_id = 'q-guest-os'"))
                        .toDouble(),
                    2.36);
                // Totals: written with the answers from version 8, filled from them by the migration before.
                EXPECT_EQ(
                    queryValue(c,
                               QStringLiteral(
                                   "SELECT attempts || '/' || correct || '/' || last_correct FROM item_stats "
                                   "WHERE item_id = 'q-guest-os'"))
                        .toString(),
                    QStringLiteral("2/1/1"));
                EXPECT_EQ(queryValue(c, QStringLiteral("SELECT sum(attempts) FROM daily_activity")).toInt(),
                          3);
            }
            EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM exam_results")).toInt(),
                      version >= 8 ? 1 : 0);
            EXPECT_EQ(queryValue(c, QStringLiteral("SELECT count(*) FROM presenter_deck")).toInt(),
                      version >= 9 ? 2 : 0);
        }
        const QList<BackupCopy> copies = Backups(file).list();
        ASSERT_EQ(copies.size(), 2) << "one before the migration, one before the course was re-imported";
        auto before =
            Database::openAtVersion(copies.constLast().path, version, Database::BackupBeforeMigration::No);
        ASSERT_TRUE(before.ok()) << before.errorMessage().toStdString();
        EXPECT_EQ((*before)->schemaVersion().value(), version)
            << "the copy before the migration is the old file";
    }
}
