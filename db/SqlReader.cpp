// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlReader.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlDriver>

#include <sqlite3.h>

namespace demarc::sql {

namespace {

/** The SQLite connection under @p db (Qt's SQLite driver hands it out as "sqlite3*"). */
sqlite3* connectionOf(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Error sqliteError(sqlite3* db, int code, const QString& what)
{
    const QString text = QString::fromUtf8(sqlite3_errmsg(db));
    return errorOf(sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : code, text, text, what);
}

} // namespace

void Reader::Finalize::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

Reader::Reader(std::unique_ptr<sqlite3_stmt, Finalize> statement, QString what)
    : m_statement(std::move(statement))
    , m_what(std::move(what))
{ }

Result<Reader> Reader::prepare(const QSqlDatabase& db, const QString& statement,
                               std::initializer_list<QVariant> values)
{
    const QString what = QCoreApplication::translate("Sql", "running \"%1\"").arg(describe(statement));
    sqlite3* connection = connectionOf(db);
    if (!connection || !db.isOpen())
        return Error {
            QCoreApplication::translate("Sql", "database error while %1: the database is not open").arg(what)
        };
    const QByteArray sql = statement.toUtf8();
    sqlite3_stmt* prepared = nullptr;
    if (const int rc = sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &prepared, nullptr);
        rc != SQLITE_OK) {
        sqlite3_finalize(prepared);
        return sqliteError(connection, rc, what);
    }
    std::unique_ptr<sqlite3_stmt, Finalize> owned(prepared);
    int index = 1;
    for (const QVariant& v : values) {
        int rc = SQLITE_OK;
        switch (v.typeId()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::Bool: rc = sqlite3_bind_int64(prepared, index, v.toLongLong()); break;
        case QMetaType::Double: rc = sqlite3_bind_double(prepared, index, v.toDouble()); break;
        default: {
            const QByteArray text = v.toString().toUtf8();
            rc = sqlite3_bind_text(prepared, index, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
        }
        if (rc != SQLITE_OK)
            return sqliteError(connection, rc, what);
        ++index;
    }
    return Reader(std::move(owned), what);
}

Result<bool> Reader::next()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(sqlite3_db_handle(m_statement.get()), rc, m_what);
}

QString Reader::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement.get(), column)) : QString();
}

QByteArrayView Reader::bytes(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement.get(), column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement.get(), column)) : QByteArrayView();
}

qint64 Reader::integer(int column) const { return sqlite3_column_int64(m_statement.get(), column); }

double Reader::real(int column) const { return sqlite3_column_double(m_statement.get(), column); }

bool Reader::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

} // namespace demarc::sql
