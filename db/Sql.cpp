// SPDX-License-Identifier: GPL-3.0-or-later
#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

namespace demarc::sql {

Error errorOf(int code, const QString& sqliteText, const QString& driverText, const QString& what)
{
    // The errors a person can do something about are said in their terms first.
    switch (code & 0xff) { // the primary result code of an extended one
    case 13: // SQLITE_FULL
        return Error { QCoreApplication::translate(
            "Sql", "the disk is full; free some space and saving works again") };
    case 10: // SQLITE_IOERR
        return Error { QCoreApplication::translate(
                           "Sql",
                           "the disk could not be written or read (input/output error "
                           "while %1: %2)")
                           .arg(what, sqliteText) };
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Error { QCoreApplication::translate(
                           "Sql",
                           "the database file is damaged (SQLite reports \"%1\" while %2); "
                           "restoring a backup brings back what it held")
                           .arg(sqliteText, what) };
    case 8: // SQLITE_READONLY
        return Error { QCoreApplication::translate("Sql",
                                                   "the database cannot be written: its file or folder has "
                                                   "become read-only") };
    default: break;
    }
    return Error { QCoreApplication::translate("Sql", "database error while %1: %2").arg(what, driverText) };
}

QString describe(const QString& statement)
{
    // The first few words say which statement failed without dumping all of it.
    return statement.simplified().section(QLatin1Char(' '), 0, 3);
}

namespace {

Error errorOf(const QSqlQuery& query, const QString& what)
{
    return sql::errorOf(query.lastError().nativeErrorCode().toInt(), query.lastError().databaseText(),
                        query.lastError().text(), what);
}

} // namespace

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement,
                      std::initializer_list<QVariant> values)
{
    return run(db, statement, QVariantList(values));
}

Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values)
{
    QSqlQuery query(db);
    // Rows are read once, in order: nothing is kept for going back (QSqlCachedResult would copy
    // every value of every row as it is read).
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return errorOf(query,
                       QCoreApplication::translate("Sql", "preparing \"%1\"").arg(describe(statement)));
    for (const QVariant& v : values)
        query.addBindValue(v);
    if (!query.exec())
        return errorOf(query, QCoreApplication::translate("Sql", "running \"%1\"").arg(describe(statement)));
    return query;
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return errorOf(query,
                       QCoreApplication::translate("Sql", "running \"%1\"").arg(describe(query.lastQuery())));
    return {};
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values)
{
    auto query = run(db, statement, values);
    if (!query)
        return Error { query.errorMessage() };
    if (!query->next())
        return Error { QCoreApplication::translate("Sql", "database error: \"%1\" returned no row")
                           .arg(describe(statement)) };
    return query->value(0);
}

WriteTransaction::WriteTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    auto begin = run(m_db, QStringLiteral("BEGIN IMMEDIATE"));
    if (begin)
        m_open = true;
    else
        m_begun = Error { begin.errorMessage() };
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        QSqlQuery rollback(m_db);
        rollback.exec(QStringLiteral("ROLLBACK")); // nothing more to do if even this fails
    }
}

Status WriteTransaction::commit()
{
    if (!m_open)
        return Error { QCoreApplication::translate("Sql", "no transaction to commit") };
    auto done = run(m_db, QStringLiteral("COMMIT"));
    if (!done)
        return Error { done.errorMessage() };
    m_open = false;
    return {};
}

} // namespace demarc::sql
