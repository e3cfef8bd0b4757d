// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QListView>
#include <QListWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

namespace demarc {

/**
 * @p View that tells a screen reader its current item has the focus only while the view itself
 * holds the keyboard focus.
 *
 * Qt's list, table and tree views announce every change of their current item as a focus change,
 * wherever the change comes from: the diagram choosing a layer moves the hidden matrix's current
 * cell, the sidebar follows the view shown. A screen reader then hears a control that is not shown,
 * or not focused, claim the focus while the keyboard stays where it was. Without the focus the view
 * does what it would do otherwise (scrolling, editors, repainting) and stays silent; once it has
 * the focus, its current item is announced as Qt does.
 */
template<typename View> class FocusedItemView : public View
{
public:
    using View::View;

protected:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override
    {
        if (this->hasFocus()) {
            View::currentChanged(current, previous);
            return;
        }
        // Qt's list, table and tree views add only the announcement to the base class's work, and
        // the tree a repaint of the whole rows when it shows the focus across them.
        QAbstractItemView::currentChanged(current, previous);
        this->viewport()->update();
    }
};

using ListView = FocusedItemView<QListView>;
using ListWidget = FocusedItemView<QListWidget>;
using TableView = FocusedItemView<QTableView>;
using TreeView = FocusedItemView<QTreeView>;
using TreeWidget = FocusedItemView<QTreeWidget>;

} // namespace demarc
