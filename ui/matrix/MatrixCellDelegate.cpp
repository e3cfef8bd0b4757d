// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixCellDelegate.h"

#include "ui/paint/Theme.h"

#include "ResponsibilityMatrixModel.h"
#include "ui/paint/PartyStyle.h"

#include <QPainter>

namespace demarc {

void MatrixCellDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    const QVariant party = index.data(ResponsibilityMatrixModel::PartyRole);
    if (!party.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    painter->setFont(option.font);
    const auto cellParty = party.value<Party>();
    const bool own = index.data(ResponsibilityMatrixModel::ServiceSpecificRole).toBool();
    const bool nuance = !index.data(ResponsibilityMatrixModel::NuanceRole).toString().isEmpty();
    const int answers = index.data(ResponsibilityMatrixModel::AnswersRole).toInt();
    if (answers <= 0) {
        partystyle::paintCell(painter, QRectF(option.rect), cellParty, own, nuance);
    } else {
        // The learner's errors: the count in words at the right, the cell's own marks beside
        // it, and a frame as heavy as the errors are many.
        const int wrong = index.data(ResponsibilityMatrixModel::WrongAnswersRole).toInt();
        const double heat = index.data(ResponsibilityMatrixModel::HeatRole).toDouble();
        QFont small = option.font;
        small.setBold(true);
        small.setPointSizeF(small.pointSizeF() * 0.9);
        const QFontMetricsF fm(small);
        const QString text = QStringLiteral("%1 %2/%3")
                                 .arg(wrong > 0 ? QStringLiteral("✗") : QStringLiteral("✓"))
                                 .arg(wrong)
                                 .arg(answers);
        const QSizeF size(fm.horizontalAdvance(text) + 10, fm.height() + 4);
        const qreal frame = wrong > 0 ? 2 + 6 * heat : 0;
        const QRectF cell(option.rect);
        const QRectF badge(
            QPointF(cell.right() - size.width() - frame - 4, cell.center().y() - size.height() / 2), size);
        const QRectF beside(cell.left(), cell.top(), badge.left() - cell.left() - 2, cell.height());
        // In a narrow cell the party's name shrinks to fit beside the count rather than run under it.
        QFont labelFont = option.font;
        QFont bold = labelFont;
        bold.setBold(true);
        const qreal needed = QFontMetricsF(labelFont).height() * 1.25
            + QFontMetricsF(bold).horizontalAdvance(partystyle::label(cellParty).toUpper()) + 10;
        if (beside.width() < needed)
            labelFont.setPointSizeF(labelFont.pointSizeF() * std::max(0.6, beside.width() / needed));
        partystyle::paintFill(painter, cell, cellParty);
        painter->setFont(labelFont);
        partystyle::paintCell(painter, beside, cellParty, own, nuance);
        painter->setRenderHint(QPainter::Antialiasing);
        const ThemeColors& colours = theme::current();
        const QColor errorColor = colours.wrong;
        if (wrong > 0) {
            painter->setPen(QPen(errorColor, frame));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(cell.adjusted(frame / 2 + 1, frame / 2 + 1, -frame / 2 - 1, -frame / 2 - 1));
        }
        painter->setFont(small);
        painter->setPen(QPen(wrong > 0 ? errorColor : colours.badgeFrame, 1.5));
        painter->setBrush(colours.badge);
        painter->drawRoundedRect(badge, 4, 4);
        painter->setPen(colours.badgeInk);
        painter->drawText(badge, Qt::AlignCenter, text);
    }
    if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

QSize MatrixCellDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return { option.fontMetrics.horizontalAdvance(QStringLiteral("CUSTOMER"))
                 + option.fontMetrics.height() * 3,
             option.fontMetrics.height() * 2 + 8 };
}

} // namespace demarc
