// SPDX-License-Identifier: GPL-3.0-or-later
#include "Controls.h"

#include "SearchResultDelegate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>

namespace demarc::controls {

QBoxLayout* tightLayout(QWidget* owner, Qt::Orientation direction)
{
    auto* layout =
        new QBoxLayout(direction == Qt::Vertical ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    return layout;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QHBoxLayout* filterBar()
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(12, 8, 12, 0);
    return bar;
}

QListWidget* wrappingList(const QString& objectName, const QString& accessibleName)
{
    auto* list = new QListWidget;
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setWordWrap(true);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
    return list;
}

void showAsResults(QListView* list, QAbstractItemModel* model)
{
    list->setModel(model);
    list->setItemDelegate(new SearchResultDelegate(list));
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->setResizeMode(QListView::Adjust);
}

} // namespace demarc::controls
