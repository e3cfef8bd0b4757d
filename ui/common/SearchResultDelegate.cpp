// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultDelegate.h"

#include "ui/paint/TextFit.h"
#include "ui/reading/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace demarc {

namespace {
constexpr int Padding = 8;
constexpr int SnippetLines = 2;
} // namespace

SearchResultDelegate::SearchResultDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QString SearchResultDelegate::snippetHtml(const QString& snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(SearchHit::SnippetStart, QLatin1String("<b>"));
    html.replace(SearchHit::SnippetEnd, QLatin1String("</b>"));
    return html;
}

void SearchResultDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    const QRect area = option.rect.adjusted(Padding, Padding / 2, -Padding, -Padding / 2);

    painter->save();
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const QFontMetrics titleMetrics(titleFont);
    const QString kind = index.data(SearchResultsModel::KindNameRole).toString().toUpper();
    QFont kindFont = option.font;
    kindFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    kindFont.setLetterSpacing(QFont::PercentageSpacing, 105);
    const QFontMetrics kindMetrics(kindFont);
    const int kindWidth = kindMetrics.horizontalAdvance(kind) + Padding;

    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::PlaceholderText));
    painter->setFont(kindFont);
    painter->drawText(QRect(area.left(), area.top(), kindWidth, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, kind);

    painter->setPen(option.palette.color(textRole));
    painter->setFont(titleFont);
    const QRect titleRect(area.left() + kindWidth, area.top(), area.width() - kindWidth,
                          titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      textfit::elided(QFontMetricsF(titleMetrics), index.data(Qt::DisplayRole).toString(),
                                      Qt::ElideRight, titleRect.width(), "search result title"));

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(area.width());
    doc.setHtml(snippetHtml(index.data(SearchResultsModel::SnippetRole).toString()));
    const int snippetTop = area.top() + titleMetrics.height() + 2;
    const QRect clip(0, 0, area.width(), option.fontMetrics.lineSpacing() * SnippetLines);
    painter->translate(area.left(), snippetTop);
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, option.palette.color(textRole));
    context.clip = clip;
    painter->setClipRect(clip);
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    QFont titleFont = option.font;
    titleFont.setBold(true);
    const int height =
        QFontMetrics(titleFont).height() + 2 + option.fontMetrics.lineSpacing() * SnippetLines + Padding;
    return { option.rect.width() > 0 ? option.rect.width() : 400, height };
}

} // namespace demarc
