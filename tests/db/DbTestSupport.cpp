// SPDX-License-Identifier: GPL-3.0-or-later
#include "DbTestSupport.h"

#include "core/PackParser.h"
#include "support/TestFiles.h"

#include <QSqlError>
#include <QSqlQuery>

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
