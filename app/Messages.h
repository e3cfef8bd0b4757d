// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTextStream;

namespace demarc {

/**
 * @p message with any value in it too long to read cut short: a stray megabyte-long argument
 * is named by its start and its length, not printed whole.
 */
QString readable(const QString& message);

/** Writes "demarc: <message>" as one line on @p err (the command line's error stream). */
void report(QTextStream& err, const QString& message);

} // namespace demarc
