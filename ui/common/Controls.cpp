// SPDX-License-Identifier: GPL-3.0-or-later
#include "Controls.h"

#include "Card.h"
#include "ItemViews.h"
#include "Metrics.h"
#include "SearchResultDelegate.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

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

Card* card(const QString& title, QLabel* figure, QPushButton* action)
{
    auto* frame = new Card;
    frame->setShowsFocus(false); // its button shows the focus
    auto* v = static_cast<QVBoxLayout*>(frame->layout());
    auto* t = new QLabel(title);
    t->setForegroundRole(QPalette::PlaceholderText);
    figure->setWordWrap(true);
    figure->setTextFormat(Qt::RichText);
    v->addWidget(t);
    v->addWidget(figure);
    v->addStretch(1);
    if (action)
        v->addWidget(action, 0, Qt::AlignLeft);
    return frame;
}

QHBoxLayout* filterBar()
{
    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(metrics::Medium, metrics::Small, metrics::Medium, 0);
    return bar;
}

QWidget* firstTabStop(QWidget* page)
{
    if (page->focusProxy())
        return page;
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (!page->isAncestorOf(w))
            continue;
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled()
            && w->isVisibleTo(page))
            return w;
    }
    return page;
}

QList<QWidget*> tabStopsIn(QWidget* container)
{
    QList<QWidget*> stops;
    for (QWidget* w = container->nextInFocusChain(); w && w != container; w = w->nextInFocusChain()) {
        if (container->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus
            && !w->focusProxy())
            stops.append(w);
    }
    return stops;
}

void setTabOrder(const QList<QWidget*>& stops)
{
    QWidget* previous = nullptr;
    for (QWidget* w : stops) {
        if (w->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    }
}

void switchPage(QStackedWidget* stack, QWidget* shown, const std::function<void()>& placeFocus)
{
    QWidget* leaving = stack->currentWidget();
    QWidget* focused = QApplication::focusWidget();
    if (leaving && shown != leaving && focused && leaving->isAncestorOf(focused)) {
        // The new page is shown and takes the focus before the old one is hidden: clearing the
        // focus first would also be announced, as a focus change to the control losing it.
        shown->show();
        placeFocus();
    }
    stack->setCurrentWidget(shown);
}

QListWidget* wrappingList(const QString& objectName, const QString& accessibleName)
{
    auto* list = new ListWidget;
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

QString spokenText(const QString& shown)
{
    QString out;
    out.reserve(shown.size());
    for (qsizetype i = 0; i < shown.size(); ++i) {
        const QChar c = shown.at(i);
        if (c == u'&') {
            if (i + 1 < shown.size() && shown.at(i + 1) == u'&')
                out += shown.at(++i); // "&&" is a shown "&"
            continue;
        }
        // Arrows, stars, flags, ticks and the return sign are symbols; letters, digits, punctuation stay.
        const QChar::Category category = c.category();
        if (category == QChar::Symbol_Other || category == QChar::Symbol_Math)
            continue;
        out += c;
    }
    return out.simplified();
}

void setShownText(QWidget* widget, const QString& text)
{
    if (auto* button = qobject_cast<QAbstractButton*>(widget))
        button->setText(text);
    else if (auto* label = qobject_cast<QLabel*>(widget))
        label->setText(text);
    widget->setAccessibleName(spokenText(text));
}

void styleTable(QTableView* table, bool inFrame)
{
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    if (inFrame)
        table->setFrameShape(QFrame::NoFrame);
    wrapHeaderLabels(table->horizontalHeader());
}

void wrapHeaderLabels(QHeaderView* header)
{
    header->setDefaultAlignment(Qt::Alignment(int(Qt::AlignCenter) | Qt::TextWordWrap));
    auto fit = [header] {
        if (!header->model())
            return;
        QFont bold = header->font();
        bold.setBold(true); // the current column's label is bold
        const QFontMetrics fm(bold);
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        int height = 0;
        for (int s = 0; s < header->count(); ++s) {
            if (header->isSectionHidden(s))
                continue;
            const QString text = header->model()->headerData(s, Qt::Horizontal).toString();
            const QRect room(0, 0, std::max(1, header->sectionSize(s) - 2 * margin), QWIDGETSIZE_MAX);
            height =
                std::max(height, fm.boundingRect(room, Qt::AlignCenter | Qt::TextWordWrap, text).height());
        }
        header->setMinimumHeight(height + 2 * margin + 4);
    };
    QObject::connect(header, &QHeaderView::sectionResized, header, fit);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, fit);
}

} // namespace demarc::controls
