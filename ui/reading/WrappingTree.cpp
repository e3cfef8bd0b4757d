// SPDX-License-Identifier: GPL-3.0-or-later
#include "WrappingTree.h"

#include <QApplication>
#include <QResizeEvent>
#include <QStyle>

namespace demarc {

namespace {

class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(WrappingTree* tree)
        : QStyledItemDelegate(tree)
        , m_tree(tree)
    { }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        int width = m_tree->textWidth(index);
        if (o.features & QStyleOptionViewItem::HasDecoration)
            width -= o.decorationSize.width() + 4;
        const QRect text = o.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt::TextWordWrap, o.text);
        const QSize one = QStyledItemDelegate::sizeHint(option, index);
        const int margins = one.height() - o.fontMetrics.height();
        return { one.width(), std::max(one.height(), text.height() + margins) };
    }

private:
    WrappingTree* m_tree;
};

} // namespace

WrappingTree::WrappingTree(QWidget* parent)
    : TreeView(parent)
{
    setUniformRowHeights(false);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(this));
}

int WrappingTree::textWidth(const QModelIndex& index) const
{
    int depth = 0;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        ++depth;
    const int frame = style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1;
    // The branch indicator takes one indentation, each level one more.
    return std::max(40, viewport()->width() - indentation() * (depth + 1) - 4 * frame);
}

void WrappingTree::resizeEvent(QResizeEvent* event)
{
    TreeView::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        scheduleDelayedItemsLayout(); // every row's height follows the new width
}

} // namespace demarc
