// SPDX-License-Identifier: GPL-3.0-or-later
// The write transaction every write goes through: committed or rolled back, never half; and the
// reader of many rows, straight from SQLite.
#include "db/Sql.h"
#include "db/SqlReader.h"
#include "db/SqlRows.h"

#include "db/DbTestSupport.h"
#include "support/QtPrinters.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace demarc;
using demarc::test::queryValue;

namespace {

class WriteTransactionTest : public testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = connect(QStringLiteral("first"));
        test::execOrFail(m_db, QStringLiteral("CREATE TABLE t (n INTEGER NOT NULL)"));
    }
    void TearDown() override
    {
        m_db = QSqlDatabase();
        for (const QString& name : { QStringLiteral("first"), QStringLiteral("second") }) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    /** A connection to the test's file that waits for no lock. */
    QSqlDatabase connect(const QString& name) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_dir.filePath(QStringLiteral("t.sqlite")));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        EXPECT_TRUE(db.open());
        return db;
    }
    int rows() const { return queryValue(m_db, QStringLiteral("SELECT count(*) FROM t")).toInt(); }

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
};

} // namespace

TEST_F(WriteTransactionTest, what_is_not_committed_is_rolled_back_when_it_goes)
{
    {
        sql::WriteTransaction transaction(m_db);
        ASSERT_TRUE(transaction.begun().ok());
        test::execOrFail(m_db, QStringLiteral("INSERT INTO t VALUES (1)"));
        test::execOrFail(m_db, QStringLiteral("INSERT INTO t VALUES (2)"));
        EXPECT_EQ(rows(), 2) << "seen inside the transaction";
        // A failing statement part-way, as a pack import may meet: the caller returns early.
        EXPECT_FALSE(sql::run(m_db, QStringLiteral("INSERT INTO t VALUES (NULL)")).ok());
    }
    EXPECT_EQ(rows(), 0) << "neither row stays";
}

TEST_F(WriteTransactionTest, what_is_committed_stays_and_is_committed_once)
{
    {
        sql::WriteTransaction transaction(m_db);
        ASSERT_TRUE(transaction.begun().ok());
        test::execOrFail(m_db, QStringLiteral("INSERT INTO t VALUES (1)"));
        ASSERT_TRUE(transaction.commit().ok());
        const Status again = transaction.commit();
        EXPECT_FALSE(again.ok());
        EXPECT_EQ(again.errorMessage(), QStringLiteral("no transaction to commit"));
    }
    EXPECT_EQ(rows(), 1);
}

TEST_F(WriteTransactionTest, a_second_writer_cannot_begin_and_is_told)
{
    sql::WriteTransaction first(m_db);
    ASSERT_TRUE(first.begun().ok());
    const QSqlDatabase other = connect(QStringLiteral("second"));
    {
        sql::WriteTransaction second(other);
        EXPECT_FALSE(second.begun().ok()) << "BEGIN IMMEDIATE takes the write lock at once";
        EXPECT_FALSE(second.begun().errorMessage().isEmpty());
        EXPECT_FALSE(second.commit().ok());
    }
    test::execOrFail(m_db, QStringLiteral("INSERT INTO t VALUES (1)"));
    ASSERT_TRUE(first.commit().ok());
    EXPECT_EQ(rows(), 1) << "the failed second transaction rolled nothing of the first back";
}

TEST_F(WriteTransactionTest, rows_reads_every_row_in_order_and_a_bad_statement_is_an_error)
{
    for (int n : { 3, 1, 2 })
        test::execOrFail(m_db, QStringLiteral("INSERT INTO t (n) VALUES (%1)").arg(n));
    const auto numbers = sql::rows(m_db, QStringLiteral("SELECT n FROM t WHERE n > ? ORDER BY n"),
                                   [](const QSqlQuery& q) { return q.value(0).toInt(); }, { 1 });
    ASSERT_TRUE(numbers.ok()) << numbers.errorMessage().toStdString();
    EXPECT_EQ(*numbers, (QList<int> { 2, 3 }));
    const auto missing = sql::rows(m_db, QStringLiteral("SELECT n FROM nowhere"),
                                   [](const QSqlQuery& q) { return q.value(0); });
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.errorMessage().contains(QStringLiteral("nowhere")))
        << missing.errorMessage().toStdString();
}

TEST_F(WriteTransactionTest, a_reader_takes_text_numbers_and_nulls_as_stored_and_binds_in_order)
{
    test::execOrFail(m_db, QStringLiteral("CREATE TABLE v (s TEXT, i INTEGER, r REAL, z TEXT)"));
    test::execOrFail(
        m_db,
        QStringLiteral("INSERT INTO v VALUES ('Rhône – “ü” 🙂', 9000000000, 2.5, NULL), "
                       "('plain', -3, 0.25, 'x')"));
    auto r =
        sql::Reader::prepare(m_db, QStringLiteral("SELECT s, i, r, z FROM v WHERE i < ? OR s = ? ORDER BY i"),
                             { 0, QStringLiteral("Rhône – “ü” 🙂") });
    ASSERT_TRUE(r.ok()) << r.errorMessage().toStdString();
    ASSERT_TRUE(r->next().value());
    EXPECT_EQ(r->text(0), QStringLiteral("plain"));
    EXPECT_EQ(r->bytes(0), QByteArrayView("plain"));
    EXPECT_EQ(r->integer(1), -3);
    EXPECT_DOUBLE_EQ(r->real(2), 0.25);
    EXPECT_FALSE(r->isNull(3));
    ASSERT_TRUE(r->next().value());
    EXPECT_EQ(r->text(0), QStringLiteral("Rhône – “ü” 🙂"));
    EXPECT_EQ(r->integer(1), 9000000000LL);
    EXPECT_TRUE(r->isNull(3));
    EXPECT_TRUE(r->text(3).isNull());
    EXPECT_FALSE(r->next().value()) << "then the end";

    auto rows = sql::readRows(m_db, QStringLiteral("SELECT i FROM v ORDER BY i"),
                              [](const sql::Reader& row) { return row.integer(0); });
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(*rows, (QList<qint64> { -3, 9000000000LL }));
}

TEST_F(WriteTransactionTest, a_reader_says_which_statement_failed_and_why)
{
    auto bad = sql::Reader::prepare(m_db, QStringLiteral("SELECT missing FROM nowhere"));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("SELECT missing FROM nowhere")))
        << bad.errorMessage().toStdString();
    EXPECT_TRUE(bad.errorMessage().contains(QStringLiteral("no such table")))
        << bad.errorMessage().toStdString();

    // A failure while stepping (here a function refusing its argument) is an error, not the end.
    auto failing = sql::Reader::prepare(m_db, QStringLiteral("SELECT json_extract('not json', '$')"));
    ASSERT_TRUE(failing.ok());
    const Result<bool> row = failing->next();
    ASSERT_FALSE(row.ok());
    EXPECT_TRUE(row.errorMessage().contains(QStringLiteral("malformed JSON")))
        << row.errorMessage().toStdString();
}

TEST(SqlRows, lists_read_back_the_same_in_every_form_json_allows)
{
    using namespace demarc::sqlrows;
    const QStringList strings { QStringLiteral("srm"),        QStringLiteral("a,b"),
                                QStringLiteral("say \"hi\""), QStringLiteral("back\\slash"),
                                QStringLiteral("Rhône"),      QString() };
    EXPECT_EQ(stringsFromJson(toJson(strings)), strings) << "what toJson writes, escapes and all";
    EXPECT_EQ(stringsFromJson(QStringLiteral(R"(["x","y"])")),
              (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    EXPECT_EQ(stringsFromJson(QStringLiteral(R"([ "x" , "y" ])")),
              (QStringList { QStringLiteral("x"), QStringLiteral("y") }));
    EXPECT_EQ(stringsFromJson(QStringLiteral(R"(["\u0078"])")), QStringList { QStringLiteral("x") });
    EXPECT_TRUE(stringsFromJson(QStringLiteral("[]")).isEmpty());
    EXPECT_TRUE(stringsFromJson(QStringLiteral("not json")).isEmpty());
    const QList<int> ints { 1, 70, -3, 104 };
    EXPECT_EQ(intsFromJson(toJson(ints)), ints);
    EXPECT_EQ(intsFromJson(QStringLiteral("[ 1, 2 ]")), (QList<int> { 1, 2 }));
    EXPECT_TRUE(intsFromJson(QStringLiteral("[]")).isEmpty());
}
