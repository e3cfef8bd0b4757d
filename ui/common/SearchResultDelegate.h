// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace demarc {

/** Paints a search hit: its kind and title on one line, the matching text below with the matches in bold. */
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit SearchResultDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /** The snippet as HTML: text escaped, matches in <b>. */
    static QString snippetHtml(const QString& snippet);
};

} // namespace demarc
