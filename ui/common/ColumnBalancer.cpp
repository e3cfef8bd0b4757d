// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnBalancer.h"

#include <QEvent>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

/** The words of @p text, split where a line may break. */
QStringList wordsOf(const QString& text)
{
    static const QRegularExpression breaks(QStringLiteral("\\s+"));
    return text.split(breaks, Qt::SkipEmptyParts);
}

} // namespace

void ColumnBalancer::install(QTableView* table) { new ColumnBalancer(table); }

ColumnBalancer::ColumnBalancer(QTableView* table)
    : QObject(table)
    , m_table(table)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setStretchLastSection(false);
    table->installEventFilter(this);
    if (QAbstractItemModel* model = table->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnBalancer::balance);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnBalancer::balance);
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnBalancer::balance);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnBalancer::balance);
    }
}

bool ColumnBalancer::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table
        && (event->type() == QEvent::Resize || event->type() == QEvent::Show
            || event->type() == QEvent::Polish || event->type() == QEvent::FontChange))
        balance();
    return QObject::eventFilter(watched, event);
}

void ColumnBalancer::balance()
{
    QAbstractItemModel* model = m_table->model();
    if (!model || m_balancing || model->columnCount() == 0)
        return;
    const QScopedValueRollback guard(m_balancing, true);
    const QFontMetrics fm(m_table->font());
    QFont bold = m_table->horizontalHeader()->font();
    bold.setBold(true);
    const QFontMetrics headerMetrics(bold);
    // The delegate's padding either side of a cell's text, and a little room for the focus frame.
    const int padding =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    const int columns = model->columnCount();
    QList<int> least(columns, 0);
    QList<double> weight(columns, 0);
    for (int c = 0; c < columns; ++c) {
        for (const QString& w : wordsOf(model->headerData(c, Qt::Horizontal).toString()))
            least[c] = std::max(least[c], headerMetrics.horizontalAdvance(w) + padding);
        qint64 characters = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString text = model->index(r, c).data().toString();
            characters += text.size();
            for (const QString& w : wordsOf(text))
                least[c] = std::max(least[c], fm.horizontalAdvance(w) + padding);
        }
        // Long texts get more room, a little less than in proportion, so that short columns keep
        // a line or two and a column of paragraphs does not run on down the page.
        weight[c] = std::pow(double(characters) / std::max(1, model->rowCount()) + 1.0, 0.8);
    }
    const int available = m_table->viewport()->width();
    int spare = available;
    for (int c = 0; c < columns; ++c)
        spare -= least[c];
    double totalWeight = 0;
    for (double w : weight)
        totalWeight += w;
    int used = 0;
    for (int c = 0; c < columns; ++c) {
        int width = least[c] + (spare > 0 ? int(spare * weight[c] / totalWeight) : 0);
        if (c == columns - 1 && spare > 0)
            width = std::max(least[c], available - used); // no gap at the right
        m_table->horizontalHeader()->resizeSection(c, width);
        used += width;
    }
}

} // namespace demarc
