// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <type_traits>

namespace demarc::sql {

/**
 * An SQLite failure in a person's terms where one can do something about it (a full disk, a
 * damaged file, a read-only one); @p code is SQLite's (extended) result code, @p what what was
 * being done ("running \"SELECT …\"").
 */
Error errorOf(int code, const QString& sqliteText, const QString& driverText, const QString& what);
/** The first few words of @p statement: which statement failed, without all of it. */
QString describe(const QString& statement);

/** Prepares @p statement, binds @p values in order and runs it; every failure is an Error. */
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement,
                      std::initializer_list<QVariant> values = {});
/** run() for values counted at run time (a statement built for the words of a search). */
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement, const QVariantList& values);
/** Runs an already prepared and bound query. */
Status exec(QSqlQuery& query);
/** The first column of the first row of a statement, or an error when it returns no row. */
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values = {});

/**
 * Every row of @p statement, each read by @p read, in order. A row that cannot be read is an
 * error, never the end of the list.
 */
template<typename Read>
auto rows(const QSqlDatabase& db, const QString& statement, const Read& read,
          std::initializer_list<QVariant> values = {})
    -> Result<QList<std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>>>
{
    using Row = std::decay_t<std::invoke_result_t<Read, const QSqlQuery&>>;
    auto q = run(db, statement, values);
    if (!q)
        return Error { q.errorMessage() };
    QList<Row> out;
    while (q->next())
        out.append(read(*q));
    // next() is also false when reading a row fails: that is an error, not the end.
    if (q->lastError().isValid())
        return Error { q->lastError().text() };
    return out;
}

/**
 * A write transaction that starts with BEGIN IMMEDIATE (so a second writer waits on the
 * busy timeout instead of failing later with a busy snapshot) and rolls back unless
 * commit() succeeds.
 */
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    /** Whether BEGIN succeeded; check before writing. */
    const Status& begun() const { return m_begun; }
    Status commit();

private:
    QSqlDatabase m_db;
    Status m_begun;
    bool m_open = false;
};

} // namespace demarc::sql
