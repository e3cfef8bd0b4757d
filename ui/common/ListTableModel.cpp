// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListTableModel.h"

namespace demarc {

void ListTableModel::beginChange(const ListChange& change)
{
    using Kind = ListChange::Kind;
    if (m_changing)
        endChange([] {}); // an unfinished change is finished first, so the views stay in step
    m_change = change;
    m_changing = true;
    switch (change.kind) {
    case Kind::Kept: break;
    case Kind::Inserted: beginInsertRows({}, change.first, change.first + change.count - 1); break;
    case Kind::Removed: beginRemoveRows({}, change.first, change.first + change.count - 1); break;
    case Kind::Moved:
        // Qt counts the destination in the list before the move.
        beginMoveRows({}, change.first, change.first, {},
                      change.to > change.first ? change.to + 1 : change.to);
        break;
    case Kind::Replaced: beginResetModel(); break;
    }
}

void ListTableModel::endChange(const std::function<void()>& update)
{
    using Kind = ListChange::Kind;
    update();
    if (!m_changing)
        return;
    m_changing = false;
    switch (m_change.kind) {
    case Kind::Kept: break;
    case Kind::Inserted: endInsertRows(); break;
    case Kind::Removed: endRemoveRows(); break;
    case Kind::Moved: endMoveRows(); break;
    case Kind::Replaced: endResetModel(); return;
    }
    announceAllData();
}

void ListTableModel::announceAllData()
{
    const int rows = rowCount();
    if (rows > 0)
        emit dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
}

} // namespace demarc
