// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing acknowledged is lost: answers survive SIGKILL at any moment, and two processes
// writing one database at once neither fail nor lose an answer.
#include "db/Database.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <iostream>

namespace {

/** A plain SQLite connection to a file, closed and removed when it goes out of scope. */
class RawConnection
{
public:
    explicit RawConnection(const QString& file)
        : m_name(QStringLiteral("crash-check-%1").arg(++s_count))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(file);
        m_open = m_db.open();
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    const QSqlDatabase& db() const { return m_db; }

private:
    static inline int s_count = 0;
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
};

QProcessEnvironment helperEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/** The numbers in "ACK <n>" lines; a last line cut short by the kill is not an acknowledgement. */
QSet<qint64> acknowledged(const QByteArray& output)
{
    QSet<qint64> numbers;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("ACK "))
            numbers.insert(line.mid(4).toLongLong());
    }
    if (!output.endsWith('\n') && !output.isEmpty()) {
        const QByteArray last = output.mid(output.lastIndexOf('\n') + 1);
        if (last.startsWith("ACK "))
            numbers.remove(last.mid(4).toLongLong());
    }
    return numbers;
}

/** The answer numbers recorded in @p file, read on a connection of its own. */
QSet<qint64> recorded(const QString& file)
{
    QSet<qint64> numbers;
    if (!QFileInfo::exists(file))
        return numbers; // killed before the file was made: nothing recorded, and nothing to create here
    const RawConnection c(file);
    EXPECT_TRUE(c.isOpen());
    QSqlQuery q(c.db());
    // A kill before the first migration committed leaves no table: nothing recorded yet.
    if (q.exec(QStringLiteral("SELECT elapsed_ms FROM attempts"))) {
        while (q.next())
            numbers.insert(q.value(0).toLongLong());
    }
    return numbers;
}

/** `demarc --check-db`: the app itself opens the file and runs its integrity check. */
void expectTheAppOpensIt(const QString& file, int round)
{
    QProcess check;
    check.setProcessEnvironment(helperEnvironment());
    check.start(QStringLiteral(DEMARC_EXECUTABLE),
                { QStringLiteral("--db"), file, QStringLiteral("--check-db") });
    ASSERT_TRUE(check.waitForFinished(30000));
    EXPECT_EQ(check.exitCode(), 0) << "round " << round << ": " << check.readAllStandardError().toStdString();
}

/** Waits for the first "ACK" line of @p writer; returns the milliseconds since @p started, or -1. */
qint64 untilFirstAck(QProcess& writer, const QElapsedTimer& started, QByteArray& output)
{
    while (!output.contains("ACK ") && writer.waitForReadyRead(60000))
        output += writer.readAllStandardOutput();
    return output.contains("ACK ") ? started.elapsed() : -1;
}

int envInt(const char* name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

QVariant scalar(const QSqlDatabase& db, const QString& statement, const QString& value = {})
{
    QSqlQuery q(db);
    EXPECT_TRUE(q.prepare(statement));
    if (!value.isNull())
        q.addBindValue(value);
    EXPECT_TRUE(q.exec()) << statement.toStdString();
    return q.next() ? q.value(0) : QVariant();
}

} // namespace

TEST(CrashSafety, an_answer_survives_a_kill_right_after_its_feedback_appears)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("learner.sqlite"));
    QStringList answered;
    for (int round = 1; round <= 3; ++round) {
        QProcess helper;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        helper.setProcessEnvironment(env);
        helper.start(QStringLiteral(DEMARC_ANSWER_HELPER), { file, QString::number(round) });
        ASSERT_TRUE(helper.waitForStarted());
        QByteArray out;
        while (!out.contains('\n') && helper.waitForReadyRead(30000))
            out += helper.readAllStandardOutput();
        // SIGKILL the moment the feedback is reported: no clean-up, no chance to flush anything.
        helper.kill();
        helper.waitForFinished();
        ASSERT_TRUE(out.startsWith("FEEDBACK "))
            << "round " << round << ": " << out.toStdString() << helper.readAllStandardError().toStdString();
        answered.append(QString::fromUtf8(out.mid(9).trimmed()));
    }

    {
        const RawConnection c(file);
        ASSERT_TRUE(c.isOpen());
        const QSqlDatabase& db = c.db();
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), answered.size());
        for (const QString& id : std::as_const(answered)) {
            EXPECT_GE(
                scalar(db, QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = ?"), id).toInt(),
                1)
                << id.toStdString();
            EXPECT_GE(
                scalar(db, QStringLiteral("SELECT attempts FROM item_stats WHERE item_id = ?"), id).toInt(),
                1)
                << id.toStdString();
            EXPECT_EQ(
                scalar(db, QStringLiteral("SELECT count(*) FROM schedule WHERE item_id = ?"), id).toInt(), 1)
                << id.toStdString();
        }
    }
}

TEST(CrashSafety, every_acknowledged_answer_survives_sigkill_at_a_random_moment)
{
    // DEMARC_CRASH_ROUNDS=200 (scripts/test --full) for the full run; DEMARC_CRASH_SEED repeats one.
    const int rounds = envInt("DEMARC_CRASH_ROUNDS", 20);
    const quint32 seed =
        quint32(envInt("DEMARC_CRASH_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("learner.sqlite"));
    qint64 acknowledgedTotal = 0;
    qint64 lost = 0;
    qint64 startUpMs = 400; // measured again in every round that waits for the answers
    for (int round = 1; round <= rounds; ++round) {
        QProcess writer;
        writer.setProcessEnvironment(helperEnvironment());
        QElapsedTimer started;
        started.start();
        writer.start(QStringLiteral(DEMARC_RECORD_HELPER),
                     { file, QString::number(round), QStringLiteral("0") });
        ASSERT_TRUE(writer.waitForStarted());
        QByteArray output;
        if (round % 2 == 1) {
            // Anywhere from the very start (creating and migrating the file on round 1,
            // installing the course, opening) to well into the answers, however fast this build is.
            QThread::msleep(random.bounded(int(startUpMs) + 300));
        } else {
            // Among the answers.
            const qint64 firstAck = untilFirstAck(writer, started, output);
            ASSERT_GE(firstAck, 0) << writer.readAllStandardError().toStdString();
            startUpMs = firstAck;
            QThread::msleep(random.bounded(300));
        }
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(30000));
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit)
            << "round " << round << " ended by itself: " << writer.readAllStandardError().toStdString();
        const QSet<qint64> acked = acknowledged(output + writer.readAllStandardOutput());
        if (QFileInfo::exists(file))
            expectTheAppOpensIt(file, round);
        const QSet<qint64> present = recorded(file);
        for (qint64 n : acked) {
            if (!present.contains(n)) {
                ++lost;
                ADD_FAILURE() << "round " << round << " (seed " << seed << "): answer " << n
                              << " was acknowledged and lost";
            }
        }
        acknowledgedTotal += acked.size();
    }
    std::cout << "crash safety: " << rounds << " rounds, " << acknowledgedTotal << " acknowledged answers, "
              << lost << " lost (seed " << seed << ")" << std::endl;
    RecordProperty("rounds", rounds);
    RecordProperty("acknowledged", int(acknowledgedTotal));
    RecordProperty("lost", int(lost));
    EXPECT_GT(acknowledgedTotal, 0) << "no kill landed after an answer: the test proved nothing";
}

TEST(CrashSafety, two_processes_on_one_database_both_record_without_a_failure_or_a_loss)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("learner.sqlite"));
    const int answers = envInt("DEMARC_TWO_WRITER_ANSWERS", 500);
    // Both start on a file neither has created yet: creating it is contended too.
    QProcess first;
    QProcess second;
    for (QProcess* p : { &first, &second }) {
        p->setProcessEnvironment(helperEnvironment());
        p->start(
            QStringLiteral(DEMARC_RECORD_HELPER),
            { file, QString::number(p == &first ? 1 : 2), QString::number(answers), QStringLiteral("1") });
        ASSERT_TRUE(p->waitForStarted());
    }
    QSet<qint64> acked;
    for (QProcess* p : { &first, &second }) {
        ASSERT_TRUE(p->waitForFinished(120000));
        const QByteArray errors = p->readAllStandardError();
        EXPECT_EQ(p->exitCode(), 0) << errors.toStdString();
        EXPECT_FALSE(errors.contains("locked")) << errors.toStdString();
        EXPECT_FALSE(errors.contains("busy")) << errors.toStdString();
        const QSet<qint64> mine = acknowledged(p->readAllStandardOutput());
        EXPECT_EQ(mine.size(), answers);
        acked.unite(mine);
    }
    EXPECT_EQ(recorded(file), acked);
    expectTheAppOpensIt(file, 1);

    // They really wrote at the same time: in commit order the writer changes many times.
    int switches = 0;
    {
        const RawConnection c(file);
        ASSERT_TRUE(c.isOpen());
        QSqlQuery q(c.db());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT elapsed_ms / 1000000000 FROM attempts ORDER BY id")));
        int previous = 0;
        while (q.next()) {
            const int writer = q.value(0).toInt();
            switches += previous != 0 && writer != previous ? 1 : 0;
            previous = writer;
        }
    }
    EXPECT_GT(switches, 10) << "the two writers hardly overlapped";
}

TEST(CrashSafety, a_kill_while_the_database_is_created_leaves_no_file_or_a_whole_one)
{
    const int rounds = envInt("DEMARC_CRASH_ROUNDS", 20) / 2;
    QRandomGenerator random(quint32(envInt("DEMARC_CRASH_SEED", 1)));
    int whole = 0;
    // How long this build takes from start to a made file and its first answer: the kills fall within it.
    qint64 creationMs = 0;
    {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        QProcess writer;
        writer.setProcessEnvironment(helperEnvironment());
        QElapsedTimer started;
        started.start();
        writer.start(
            QStringLiteral(DEMARC_RECORD_HELPER),
            { dir.filePath(QStringLiteral("new.sqlite")), QStringLiteral("1"), QStringLiteral("0") });
        QByteArray output;
        creationMs = untilFirstAck(writer, started, output);
        writer.kill();
        writer.waitForFinished();
        ASSERT_GT(creationMs, 0) << writer.readAllStandardError().toStdString();
    }
    for (int round = 1; round <= rounds; ++round) {
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("new.sqlite"));
        QProcess writer;
        writer.setProcessEnvironment(helperEnvironment());
        writer.start(QStringLiteral(DEMARC_RECORD_HELPER),
                     { file, QStringLiteral("1"), QStringLiteral("0") });
        ASSERT_TRUE(writer.waitForStarted());
        QThread::msleep(random.bounded(int(creationMs)));
        writer.kill();
        ASSERT_TRUE(writer.waitForFinished(30000));
        if (QFileInfo::exists(file)) {
            ++whole;
            expectTheAppOpensIt(file, round);
        }
    }
    std::cout << "creation: " << rounds << " kills, " << whole << " left a database, all whole" << std::endl;
}

namespace {

/** Every table, index and trigger with its SQL: two files with equal lists have one schema. */
QStringList schemaOf(const QString& file)
{
    QStringList out;
    const RawConnection c(file);
    EXPECT_TRUE(c.isOpen());
    QSqlQuery q(c.db());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")));
    while (q.next())
        out.append(QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString() }.join(
            QLatin1Char('|')));
    return out;
}

} // namespace

TEST(CrashSafety, a_migration_killed_part_way_leaves_one_whole_schema_version_and_finishes_next_time)
{
    const int rounds = envInt("DEMARC_CRASH_ROUNDS", 20);
    const quint32 seed =
        quint32(envInt("DEMARC_CRASH_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    QRandomGenerator random(seed);
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const int latest = demarc::Database::latestSchemaVersion();
    // The schema of every version, as the migrations up to it make it.
    QList<QStringList> schemas;
    for (int version = 0; version <= latest; ++version) {
        const QString file = dir.filePath(QStringLiteral("ref-%1.sqlite").arg(version));
        ASSERT_TRUE(demarc::Database::openAtVersion(file, version).ok());
        schemas.append(schemaOf(file));
    }
    const auto oldFile = [&dir](const QString& name) {
        const QString file = dir.filePath(name);
        QProcess load;
        load.setStandardInputFile(demarc::test::fixture(QStringLiteral("schema/v02.sql")));
        load.start(QStringLiteral("sqlite3"), { file });
        EXPECT_TRUE(load.waitForFinished(30000) && load.exitCode() == 0)
            << load.readAllStandardError().toStdString();
        return file;
    };
    // How long the app takes, start to finish, to upgrade such a file: the kills fall within it.
    qint64 upgradeMs = 0;
    {
        QProcess app;
        app.setProcessEnvironment(helperEnvironment());
        QElapsedTimer started;
        started.start();
        app.start(QStringLiteral(DEMARC_EXECUTABLE),
                  { QStringLiteral("--db"), oldFile(QStringLiteral("timing.sqlite")),
                    QStringLiteral("--check-db") });
        ASSERT_TRUE(app.waitForFinished(60000) && app.exitCode() == 0)
            << app.readAllStandardError().toStdString();
        upgradeMs = started.elapsed();
    }
    int partWay = 0;
    int untouched = 0;
    for (int round = 1; round <= rounds; ++round) {
        SCOPED_TRACE(testing::Message() << "round " << round << ", seed " << seed);
        const QString file = oldFile(QStringLiteral("old-%1.sqlite").arg(round));
        QProcess app;
        app.setProcessEnvironment(helperEnvironment());
        app.start(QStringLiteral(DEMARC_EXECUTABLE),
                  { QStringLiteral("--db"), file, QStringLiteral("--check-db") });
        ASSERT_TRUE(app.waitForStarted());
        QThread::msleep(random.bounded(int(upgradeMs)));
        app.kill();
        app.waitForFinished();

        int version = -1;
        {
            const RawConnection c(file);
            ASSERT_TRUE(c.isOpen());
            QSqlQuery q(c.db());
            ASSERT_TRUE(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
            version = q.value(0).toInt();
        }
        ASSERT_GE(version, 2);
        ASSERT_LE(version, latest);
        partWay += version > 2 && version < latest ? 1 : 0;
        untouched += version == 2 ? 1 : 0;
        EXPECT_EQ(schemaOf(file), schemas[version])
            << "the schema is that of version " << version << " exactly";
        expectTheAppOpensIt(file, round);
        auto reopened = demarc::Database::open(file);
        ASSERT_TRUE(reopened.ok()) << reopened.errorMessage().toStdString();
        QSqlQuery notes((*reopened)->connection());
        ASSERT_TRUE(notes.exec(QStringLiteral("SELECT count(*) FROM attempts")) && notes.next());
        EXPECT_EQ(notes.value(0).toInt(), 3) << "the answers survive";
    }
    std::cout << "interrupted migrations: " << rounds << " kills; " << untouched << " left the old version, "
              << partWay << " a version between, " << rounds - untouched - partWay
              << " the newest; every one a whole schema" << std::endl;
}
