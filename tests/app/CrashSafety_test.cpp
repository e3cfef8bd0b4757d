// SPDX-License-Identifier: GPL-3.0-or-later
// An answer whose feedback the learner has seen survives the process being killed at once.
#include "support/QtPrinters.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

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
        ASSERT_TRUE(out.startsWith("FEEDBACK ")) << "round " << round << ": " << out.toStdString()
                                                 << helper.readAllStandardError().toStdString();
        answered.append(QString::fromUtf8(out.mid(9).trimmed()));
    }

    const QString name = QStringLiteral("crash-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        EXPECT_EQ(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM attempts")).toInt(), answered.size());
        for (const QString& id : std::as_const(answered)) {
            EXPECT_GE(scalar(db, QStringLiteral("SELECT count(*) FROM attempts WHERE question_id = ?"), id).toInt(), 1) << id.toStdString();
            EXPECT_GE(scalar(db, QStringLiteral("SELECT attempts FROM item_stats WHERE item_id = ?"), id).toInt(), 1) << id.toStdString();
            EXPECT_EQ(scalar(db, QStringLiteral("SELECT count(*) FROM schedule WHERE item_id = ?"), id).toInt(), 1) << id.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
