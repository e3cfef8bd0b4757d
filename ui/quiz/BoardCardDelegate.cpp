// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoardCardDelegate.h"

#include "ChoiceButton.h"

#include <QPainter>

namespace demarc {

namespace {

QString cardText(const QModelIndex& index)
{
    const QVariant verdict = index.data(BoardCardDelegate::VerdictRole);
    const QString text = index.data(Qt::DisplayRole).toString();
    return verdict.isValid()
        ? verdictMark(static_cast<ChoiceVerdict>(verdict.toInt())) + QLatin1Char(' ') + text
        : text;
}

} // namespace

int BoardCardDelegate::cardHeight(const QFont& font, int width, const QString& text,
                                  const QString& verdictText)
{
    const int w = std::max(40, width - 2 * CardPadding);
    int h = QFontMetrics(font).boundingRect(QRect(0, 0, w, 100000), Qt::TextWordWrap, text).height();
    if (!verdictText.isEmpty()) {
        QFont bold = font;
        bold.setBold(true);
        h += 2
            + QFontMetrics(bold).boundingRect(QRect(0, 0, w, 100000), Qt::TextWordWrap, verdictText).height();
    }
    return h + 2 * CardPadding;
}

QSize BoardCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto* view = qobject_cast<const QListView*>(option.widget);
    const int width = (view ? view->viewport()->width() : option.rect.width()) - 2 * CardSpacing;
    return { width, cardHeight(option.font, width, cardText(index), index.data(VerdictTextRole).toString()) };
}

void BoardCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const QRectF card = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5);
    const QVariant verdict = index.data(VerdictRole);
    QColor fill = pal.color(QPalette::Base);
    QColor border = pal.color(QPalette::Mid);
    if (verdict.isValid()) {
        border = ChoiceButton::verdictColor(static_cast<ChoiceVerdict>(verdict.toInt()));
        fill = border;
        fill.setAlpha(40);
    } else if (option.state & QStyle::State_Selected) {
        border = pal.color(QPalette::Highlight);
        fill = border;
        fill.setAlpha(40);
    }
    painter->setBrush(pal.color(QPalette::Base));
    painter->setPen(Qt::NoPen);
    painter->drawRoundedRect(card, 5, 5);
    painter->setBrush(fill);
    painter->setPen(QPen(border, (option.state & QStyle::State_Selected) || verdict.isValid() ? 2 : 1));
    painter->drawRoundedRect(card, 5, 5);
    if ((option.state & QStyle::State_HasFocus) && (option.state & QStyle::State_Selected)) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 1.5, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(3, 3, -3, -3), 3, 3);
    }
    const QRect text = option.rect.adjusted(CardPadding, CardPadding, -CardPadding, -CardPadding);
    painter->setFont(option.font);
    painter->setPen(pal.color(QPalette::Text));
    QRect used;
    painter->drawText(text, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, cardText(index), &used);
    if (const QString words = index.data(VerdictTextRole).toString(); !words.isEmpty()) {
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(border);
        painter->drawText(QRect(text.left(), used.bottom() + 3, text.width(), text.bottom() - used.bottom()),
                          Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, words);
    }
    painter->restore();
}

} // namespace demarc
