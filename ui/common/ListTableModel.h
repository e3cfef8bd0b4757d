// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ListChange.h"

#include <QAbstractTableModel>

#include <functional>

namespace demarc {

/**
 * A table model over a list that changes under it (an edit, an undo, a pack imported): it
 * tells its views the rows inserted, removed or moved, so that the current row and the
 * selection stay where they were, and resets only when the list is a new one.
 */
class ListTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

protected:
    /** Before the list changes as @p change says: the rows still answer with the old data. */
    void beginChange(const ListChange& change);
    /**
     * After it changed: @p update makes rowCount() the new count, and every row's data is
     * announced as changed (labels and problem marks may change anywhere).
     */
    void endChange(const std::function<void()>& update);
    /** Announces every row's data as changed, the rows themselves unchanged (problems found). */
    void announceAllData();

private:
    ListChange m_change;
    bool m_changing = false;
};

} // namespace demarc
