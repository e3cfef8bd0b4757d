// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace demarc {

/**
 * An item of the sorting board drawn as a card: its text wrapped, and once checked its mark
 * (✓ ✗) and its verdict in bold in the verdict's colour. Its size is what it draws.
 */
class BoardCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role { IdRole = Qt::UserRole + 1, VerdictRole, VerdictTextRole };
    /** Room inside a card around its text, and between cards, in pixels. */
    static constexpr int CardPadding = 6;
    static constexpr int CardSpacing = 3;

    using QStyledItemDelegate::QStyledItemDelegate;
    /** The height of a card @p width wide. */
    static int cardHeight(const QFont& font, int width, const QString& text, const QString& verdictText);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace demarc
