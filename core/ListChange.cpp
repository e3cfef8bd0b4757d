// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListChange.h"

#include <algorithm>

namespace demarc {

namespace {

/** Whether a[from, from + n) equals b[to, to + n). */
bool sameRun(const QStringList& a, qsizetype from, const QStringList& b, qsizetype to, qsizetype n)
{
    return std::equal(a.cbegin() + from, a.cbegin() + from + n, b.cbegin() + to);
}

} // namespace

ListChange listChange(const QStringList& before, const QStringList& after)
{
    using Kind = ListChange::Kind;
    const qsizetype shorter = std::min(before.size(), after.size());
    qsizetype prefix = 0;
    while (prefix < shorter && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (before.size() != after.size()) {
        if (prefix + suffix != shorter)
            return { Kind::Replaced, 0, 0, 0 };
        const int count = int(std::abs(after.size() - before.size()));
        return { after.size() > before.size() ? Kind::Inserted : Kind::Removed, int(prefix), count, 0 };
    }
    // The same length: rows kept in place, or one row moved across the window that differs.
    const qsizetype width = before.size() - prefix - suffix;
    if (width >= 2 && before.at(prefix) == after.at(prefix + width - 1)
        && sameRun(before, prefix + 1, after, prefix, width - 1))
        return { Kind::Moved, int(prefix), 1, int(prefix + width - 1) };
    if (width >= 2 && before.at(prefix + width - 1) == after.at(prefix)
        && sameRun(before, prefix, after, prefix + 1, width - 1))
        return { Kind::Moved, int(prefix + width - 1), 1, int(prefix) };
    return { Kind::Kept, 0, 0, 0 };
}

} // namespace demarc
