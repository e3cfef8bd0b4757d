// SPDX-License-Identifier: GPL-3.0-or-later
#include "BucketList.h"

#include "BoardCardDelegate.h"

#include <QKeyEvent>

namespace demarc {

BucketList::BucketList(std::optional<Party> party, QWidget* parent)
    : ListWidget(parent)
    , m_party(party)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setResizeMode(QListView::Adjust);
    setSpacing(BoardCardDelegate::CardSpacing);
    setItemDelegate(new BoardCardDelegate(this));
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // the board makes every column tall enough
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void BucketList::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    int column = -1;
    if (key == Qt::Key_0 || key == Qt::Key_Backspace || key == Qt::Key_U)
        column = 0;
    else if (key >= Qt::Key_1 && key <= Qt::Key_3)
        column = key - Qt::Key_0;
    else if (key == Qt::Key_A)
        column = 1;
    else if (key == Qt::Key_C)
        column = 2;
    else if (key == Qt::Key_S)
        column = 3;
    if (column >= 0 && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        emit sendRequested(column);
        event->accept();
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        emit neighbourRequested(key == Qt::Key_Left ? -1 : 1);
        event->accept();
        return;
    }
    if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_F
        || (key >= Qt::Key_4 && key <= Qt::Key_9)) {
        event->ignore();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void BucketList::resizeEvent(QResizeEvent* event)
{
    QListWidget::resizeEvent(event);
    emit widthChanged();
}

void BucketList::focusInEvent(QFocusEvent* event)
{
    QListWidget::focusInEvent(event);
    if (!currentItem() && count() > 0)
        setCurrentRow(0);
}

} // namespace demarc
