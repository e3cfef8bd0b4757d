// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <type_traits>

struct sqlite3_stmt;

namespace demarc::sql {

/**
 * A statement read straight from SQLite, for the readers of thousands of rows (the question
 * bank, a pack read back, the learner's totals, schedule and notes). Each value is taken as
 * SQLite keeps it, UTF-8 text or a number, where QSqlQuery first copies every column of every
 * row into a QVariant of UTF-16 text: reading the 5,000 questions of a department's bank took
 * twice as long that way. Writes and small reads keep using QSqlQuery (run(), rows()).
 */
class Reader
{
public:
    /** Prepares @p statement on @p db's connection and binds @p values (text, integers, reals) in order. */
    static Result<Reader> prepare(const QSqlDatabase& db, const QString& statement,
                                  std::initializer_list<QVariant> values = {});

    /** Steps to the next row: true on a row, false at the end; an error (damage, I/O) otherwise. */
    Result<bool> next();
    /** Hands each row left to @p row, in order, until the end; a row that cannot be read stops it. */
    template<typename Row> Status forEach(const Row& row)
    {
        for (;;) {
            const Result<bool> stepped = next();
            if (!stepped)
                return Error { stepped.errorMessage() };
            if (!*stepped)
                return {};
            row(std::as_const(*this));
        }
    }

    QString text(int column) const;
    /** The column's text as SQLite keeps it (UTF-8), valid until the next step. */
    QByteArrayView bytes(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;

private:
    struct Finalize
    {
        void operator()(sqlite3_stmt* statement) const;
    };
    Reader(std::unique_ptr<sqlite3_stmt, Finalize> statement, QString what);

    std::unique_ptr<sqlite3_stmt, Finalize> m_statement;
    QString m_what;
};

/**
 * Every row of @p statement read through a Reader, each made by @p read, in order; a row that
 * cannot be read is an error, never the end of the list.
 */
template<typename Read>
auto readRows(const QSqlDatabase& db, const QString& statement, const Read& read,
              std::initializer_list<QVariant> values = {})
    -> Result<QList<std::decay_t<std::invoke_result_t<Read, const Reader&>>>>
{
    using Row = std::decay_t<std::invoke_result_t<Read, const Reader&>>;
    auto r = Reader::prepare(db, statement, values);
    if (!r)
        return Error { r.errorMessage() };
    QList<Row> out;
    if (const Status s = r->forEach([&](const Reader& row) { out.append(read(row)); }); !s)
        return Error { s.errorMessage() };
    return out;
}

} // namespace demarc::sql
