// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DbTestSupport.h"

#include "core/pack/PackParser.h"
#include "support/TestFiles.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <gtest/gtest.h>

namespace demarc::test {

namespace {

bool runQuery(QSqlQuery& query, const QString& statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement)) {
        ADD_FAILURE() << statement.toStdString() << ": " << query.lastError().text().toStdString();
        return false;
    }
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        ADD_FAILURE() << statement.toStdString() << ": " << query.lastError().text().toStdString();
        return false;
    }
    return true;
}

} // namespace

void execOrFail(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    runQuery(query, statement, values);
}

QVariant queryValue(const QSqlDatabase& db, const QString& statement, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    if (!runQuery(query, statement, values))
        return {};
    if (!query.next()) {
        ADD_FAILURE() << statement.toStdString() << ": no row";
        return {};
    }
    return query.value(0);
}

QString contentDigest(const QSqlDatabase& db)
{
    QStringList tables;
    {
        QSqlQuery q(db);
        // The full-text index's shadow tables follow from search_index itself.
        runQuery(
            q,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "AND name NOT LIKE 'search_index_%' ORDER BY name"),
            {});
        while (q.next())
            tables.append(q.value(0).toString());
    }
    QStringList lines;
    for (const QString& table : std::as_const(tables)) {
        QSqlQuery columns(db);
        runQuery(columns, QStringLiteral("SELECT count(*) FROM pragma_table_info(?)"), { table });
        const int n = columns.next() ? columns.value(0).toInt() : 0;
        QStringList order;
        for (int i = 1; i <= n; ++i)
            order.append(QString::number(i));
        QSqlQuery rows(db);
        runQuery(rows,
                 QStringLiteral("SELECT * FROM \"%1\"%2")
                     .arg(table, n > 0 ? QStringLiteral(" ORDER BY ") + order.join(u',') : QString()),
                 {});
        QCryptographicHash hash(QCryptographicHash::Sha256);
        int count = 0;
        while (rows.next()) {
            ++count;
            for (int i = 0; i < rows.record().count(); ++i) {
                const QVariant v = rows.value(i);
                hash.addData(v.isNull() ? QByteArrayLiteral("\x01null")
                                        : QByteArrayLiteral("\x02") + v.toString().toUtf8());
                hash.addData(QByteArrayView("\x00", 1));
            }
        }
        lines.append(QStringLiteral("%1: %2 rows %3")
                         .arg(table)
                         .arg(count)
                         .arg(QString::fromLatin1(hash.result().toHex())));
    }
    return lines.join(u'\n');
}

void withRawConnection(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-test-connection");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& s : statements)
            execOrFail(db, s);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Pack examplePack()
{
    const PackParseResult r = PackParser::parse(readmeExamplePack(), QStringLiteral("README example"));
    EXPECT_TRUE(r.ok());
    return r.pack.value_or(Pack {});
}

} // namespace demarc::test
