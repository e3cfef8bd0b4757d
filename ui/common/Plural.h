// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace demarc {

/**
 * "1 question", "2 questions": @p one or @p many (both already translated), with the count
 * put in for %1. Other placeholders (%2 …) are left for the caller to fill.
 */
inline QString plural(qsizetype n, const QString& one, const QString& many)
{
    return (n == 1 ? one : many).arg(n);
}

} // namespace demarc
