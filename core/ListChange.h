// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace demarc {

/**
 * How a list of items (named by id) became another, as an item model announces it: rows
 * inserted or removed in one run, one row moved, or the rows kept in place (their contents
 * may differ). Anything else is a new list.
 */
struct ListChange
{
    enum class Kind {
        Kept, ///< the same number of rows in the same places; their data may have changed
        Inserted, ///< count rows inserted at first
        Removed, ///< count rows removed from first
        Moved, ///< the row at first moved to to (a row of the final list)
        Replaced, ///< anything else: read the list anew
    };
    Kind kind = Kind::Kept;
    int first = 0;
    int count = 0;
    int to = 0;

    bool operator==(const ListChange&) const = default;
};

ListChange listChange(const QStringList& before, const QStringList& after);

} // namespace demarc
