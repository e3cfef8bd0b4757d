// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace demarc::test {

/** Runs one statement on a raw connection; fails the test when it fails. Tests only. */
void execOrFail(const QSqlDatabase& db, const QString& statement,
                std::initializer_list<QVariant> values = {});
/** The first column of the first row, or an invalid QVariant (and a failure). */
QVariant queryValue(const QSqlDatabase& db, const QString& statement,
                    std::initializer_list<QVariant> values = {});
/** Opens a plain SQLite connection to @p path, runs @p statements, closes it. */
void withRawConnection(const QString& path, const QStringList& statements);

/**
 * Every table's row count and a SHA-256 of all its rows (in a fixed order), one line per
 * table: equal digests mean equal content, whatever the file's pages look like.
 */
QString contentDigest(const QSqlDatabase& db);

/** The README example pack, parsed. */
Pack examplePack();

} // namespace demarc::test
