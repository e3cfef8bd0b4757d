// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace demarc::sql {

/** Prepares @p statement, binds @p values in order and runs it; every failure is an Error. */
Result<QSqlQuery> run(const QSqlDatabase& db, const QString& statement,
                      std::initializer_list<QVariant> values = {});
/** Runs an already prepared and bound query. */
Status exec(QSqlQuery& query);
/** The first column of the first row of a statement, or an error when it returns no row. */
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement,
                        std::initializer_list<QVariant> values = {});

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
