// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyStyle.h"

#include "TextFit.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include <cmath>
#include <optional>

namespace demarc::partystyle {

QColor fill(Party party) { return theme::current().fill(party); }

QColor textColor(Party) { return theme::current().partyInk; }

QString label(Party party) { return partyName(party); }

QString side(Party party)
{
    switch (party) {
    case Party::Aws: return QCoreApplication::translate("PartyStyle", "Security OF the cloud");
    case Party::Customer: return QCoreApplication::translate("PartyStyle", "Security IN the cloud");
    case Party::Shared:
        return QCoreApplication::translate("PartyStyle", "Both sides, each in its own context");
    }
    return {};
}

namespace {

/** The fill drawn as shapes: what a PDF, an SVG or a printer receives. */
void drawFill(QPainter* painter, const QRectF& rect, Party party, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(rect, radius, radius);
    const ThemeColors& colours = theme::current();
    painter->fillPath(path, colours.fill(party));
    // The pattern's spacing follows the height, so it reads the same at any size.
    const qreal step = std::max<qreal>(6.0, rect.height() / 3.2);
    painter->setClipPath(path);
    if (party == Party::Aws) {
        painter->setPen(QPen(colours.partyPattern, std::max<qreal>(1.0, step / 6.0)));
        // Each stroke is cut to the box as well as clipped: SVG output ignores the clip.
        const qreal h = rect.height();
        for (qreal x = rect.left() - h; x < rect.right(); x += step) {
            const qreal from = std::max<qreal>(0.0, (rect.left() - x) / h);
            const qreal to = std::min<qreal>(1.0, (rect.right() - x) / h);
            if (from < to)
                painter->drawLine(QPointF(x + from * h, rect.bottom() - from * h),
                                  QPointF(x + to * h, rect.bottom() - to * h));
        }
    } else if (party == Party::Shared) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(colours.partyPattern);
        const qreal dot = std::max<qreal>(1.5, step / 7.0);
        int row = 0;
        for (qreal y = rect.top() + step / 2; y < rect.bottom(); y += step / 1.6, ++row) {
            for (qreal x = rect.left() + (row % 2 ? step / 2 : 0) + step / 4; x < rect.right(); x += step)
                painter->drawEllipse(QPointF(x, y), dot, dot);
        }
    }
    if (colours.partyEdge.alpha() > 0) {
        // High contrast: each box outlined, so that neighbours never run together.
        painter->setClipping(false);
        painter->setPen(QPen(colours.partyEdge, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(path);
    }
    painter->restore();
}

/** Whether @p painter puts pixels on a screen or in a picture, unscaled (not PDF, SVG, print). */
bool drawsPixels(const QPainter* painter)
{
    const int type = painter->device()->devType();
    return (type == QInternal::Widget || type == QInternal::Pixmap || type == QInternal::Image)
        && painter->transform().type() <= QTransform::TxTranslate;
}

} // namespace

void paintFill(QPainter* painter, const QRectF& rect, Party party, qreal radius)
{
    if (!drawsPixels(painter) || rect.isEmpty()) {
        drawFill(painter, rect, party, radius);
        return;
    }
    // On screen the same boxes are drawn at every repaint, and clipping dozens of antialiased
    // strokes to a rounded box is most of a diagram's drawing: each box is drawn once into a
    // picture kept by its size and party, then copied to the whole pixel nearest its place (the
    // diagram's rows are one size, so three pictures serve every row and every service).
    const qreal ratio = painter->device()->devicePixelRatioF();
    const QPointF shift(painter->transform().dx(), painter->transform().dy());
    const QPointF device = (rect.topLeft() + shift) * ratio;
    const QPointF place = QPointF(std::round(device.x()), std::round(device.y())) / ratio - shift;
    const QString key = QStringLiteral("demarc-fill:%1:%2:%3x%4:%5:%6")
                            .arg(int(theme::current().theme))
                            .arg(int(party))
                            .arg(qRound(rect.width() * 100))
                            .arg(qRound(rect.height() * 100))
                            .arg(qRound(radius * 100))
                            .arg(qRound(ratio * 100));
    QPixmap picture;
    if (!QPixmapCache::find(key, &picture)) {
        picture =
            QPixmap(int(std::ceil(rect.width() * ratio)) + 1, int(std::ceil(rect.height() * ratio)) + 1);
        picture.setDevicePixelRatio(ratio);
        picture.fill(Qt::transparent);
        QPainter p(&picture);
        drawFill(&p, QRectF(QPointF(0, 0), rect.size()), party, radius);
        p.end();
        QPixmapCache::insert(key, picture);
    }
    painter->drawPixmap(place, picture);
}

void paintIcon(QPainter* painter, const QRectF& rect, Party party)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal s = std::min(rect.width(), rect.height());
    const QRectF box(rect.center().x() - s / 2, rect.center().y() - s / 2, s, s);
    const QColor ink = textColor(party);
    painter->setPen(QPen(ink, std::max<qreal>(1.0, s / 12.0)));
    painter->setBrush(Qt::NoBrush);

    auto cloud = [&](const QRectF& b) {
        QPainterPath p;
        const qreal w = b.width(), h = b.height();
        p.addEllipse(QRectF(b.left() + w * 0.05, b.top() + h * 0.45, w * 0.4, h * 0.4));
        p.addEllipse(QRectF(b.left() + w * 0.25, b.top() + h * 0.2, w * 0.45, h * 0.5));
        p.addEllipse(QRectF(b.left() + w * 0.5, b.top() + h * 0.4, w * 0.45, h * 0.45));
        p.setFillRule(Qt::WindingFill);
        painter->fillPath(p.simplified(), ink);
    };
    auto person = [&](const QRectF& b) {
        const qreal w = b.width(), h = b.height();
        painter->setBrush(ink);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QRectF(b.left() + w * 0.33, b.top() + h * 0.08, w * 0.34, h * 0.34));
        QPainterPath body;
        body.moveTo(b.left() + w * 0.15, b.bottom() - h * 0.05);
        body.cubicTo(b.left() + w * 0.15, b.top() + h * 0.45, b.right() - w * 0.15, b.top() + h * 0.45,
                     b.right() - w * 0.15, b.bottom() - h * 0.05);
        body.closeSubpath();
        painter->drawPath(body);
    };
    switch (party) {
    case Party::Aws: cloud(box); break;
    case Party::Customer: person(box); break;
    case Party::Shared:
        cloud(QRectF(box.left(), box.top(), box.width() * 0.6, box.height() * 0.6));
        person(QRectF(box.left() + box.width() * 0.45, box.top() + box.height() * 0.4, box.width() * 0.55,
                      box.height() * 0.6));
        break;
    }
    painter->restore();
}

qreal badgeWidth(const QFont& font, qreal height, Party party)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const qreal iconSize = std::min(height, fm.height() * 1.2);
    return iconSize * 1.35 + fm.horizontalAdvance(label(party).toUpper());
}

qreal paintBadge(QPainter* painter, const QRectF& rect, Party party)
{
    QFont bold = painter->font();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const QString text = label(party).toUpper();
    const qreal iconSize = std::min(rect.height(), fm.height() * 1.2);
    const qreal textWidth = fm.horizontalAdvance(text);
    const qreal gap = iconSize * 0.35;
    const qreal width = badgeWidth(painter->font(), rect.height(), party);
    const QRectF icon(rect.right() - width, rect.center().y() - iconSize / 2, iconSize, iconSize);
    paintIcon(painter, icon, party);
    painter->save();
    painter->setPen(textColor(party));
    painter->setFont(bold);
    painter->drawText(QRectF(icon.right() + gap, rect.top(), textWidth + 4, rect.height()),
                      Qt::AlignLeft | Qt::AlignVCenter, text);
    painter->restore();
    return width;
}

void paintCell(QPainter* painter, const QRectF& rect, Party party, bool serviceSpecific, bool hasNuance)
{
    const QRectF inner = rect.adjusted(2, 2, -2, -2);
    paintFill(painter, inner, party, std::min<qreal>(6, inner.height() / 5));
    painter->save();
    const QFontMetricsF fm(painter->font());
    QFont bold = painter->font();
    bold.setBold(true);
    const qreal width = fm.height() * 1.25 + QFontMetricsF(bold).horizontalAdvance(label(party).toUpper());
    const QRectF badge(inner.center().x() - width / 2, inner.top(), width, inner.height());
    paintBadge(painter, badge, party);
    painter->setPen(textColor(party));
    QFont small = painter->font();
    small.setPointSizeF(std::max<qreal>(6, small.pointSizeF() * 0.85));
    small.setBold(true);
    painter->setFont(small);
    const QRectF corner = inner.adjusted(4, 2, -4, -2);
    if (serviceSpecific)
        painter->drawText(corner, Qt::AlignLeft | Qt::AlignTop, QStringLiteral("◆"));
    if (hasNuance)
        painter->drawText(corner, Qt::AlignRight | Qt::AlignTop, QStringLiteral("(!)"));
    painter->restore();
}

QStringList markNotes(const Marks& marks)
{
    QStringList notes;
    if (marks.line)
        notes << QCoreApplication::translate("PartyStyle", "- - - the demarcation line");
    if (marks.changesHands)
        notes << QCoreApplication::translate("PartyStyle", "⇄ changes hands");
    if (marks.serviceSpecific)
        notes << QCoreApplication::translate("PartyStyle", "◆ this service differs from its model");
    if (marks.nuance)
        notes << QCoreApplication::translate("PartyStyle", "(!) popular material says otherwise");
    return notes;
}

namespace {

/** One entry of a legend as it is laid out: a party's swatch and name, or a note. */
struct LegendItem
{
    std::optional<Party> party;
    QString text;
    QRectF rect;
};

/**
 * The legend's entries placed from @p origin in @p font, at most @p width wide: the parties on
 * the first line, the notes from the next, each moved to a new line when it would not fit.
 */
QList<LegendItem> legendItems(const QFont& font, const QPointF& origin, qreal width, const Legend& legend)
{
    const QFontMetricsF fm(font);
    const qreal unit = fm.height();
    const qreal swatch = unit * 1.1;
    const qreal lineHeight = std::max(swatch, unit) * 1.3;
    QList<LegendItem> items;
    qreal x = 0;
    qreal y = 0;
    auto place = [&](LegendItem item, qreal itemWidth, bool newLine) {
        if (x > 0 && (newLine || x + itemWidth > width)) {
            x = 0;
            y += lineHeight;
        }
        item.rect = QRectF(origin.x() + x, origin.y() + y, itemWidth, lineHeight);
        items.append(item);
        x += itemWidth + unit * 1.2;
    };
    for (Party p : legend.parties)
        place({ p, label(p), {} }, swatch * 1.6 + unit * 0.4 + fm.horizontalAdvance(label(p)), false);
    bool first = true;
    for (const QString& note : legend.notes) {
        place({ std::nullopt, note, {} }, fm.horizontalAdvance(note), first);
        first = false;
    }
    return items;
}

qreal bottomOf(const QList<LegendItem>& items)
{
    qreal bottom = 0;
    for (const LegendItem& item : items)
        bottom = std::max(bottom, item.rect.bottom());
    return bottom;
}

} // namespace

qreal legendHeight(const QFont& font, qreal width, const Legend& legend)
{
    const QList<LegendItem> items = legendItems(font, {}, width, legend);
    return items.isEmpty() ? 0 : bottomOf(items);
}

void paintLegend(QPainter* painter, const QRectF& rect, const QPalette& palette, const Legend& legend)
{
    painter->save();
    // The legend shrinks to its box before any entry is left out.
    QFont font = painter->font();
    QList<LegendItem> items = legendItems(font, rect.topLeft(), rect.width(), legend);
    for (qreal scale = 0.95; scale > 0.69 && bottomOf(items) > rect.bottom() + 0.5; scale -= 0.05) {
        font = textfit::scaled(painter->font(), scale);
        items = legendItems(font, rect.topLeft(), rect.width(), legend);
    }
    painter->setFont(font);
    const QFontMetricsF fm(font);
    const QColor ink = palette.color(QPalette::WindowText);
    const qreal swatch = fm.height() * 1.1;
    for (const LegendItem& item : std::as_const(items)) {
        if (item.rect.bottom() > rect.bottom() + 0.5) {
            textfit::elided(fm, item.text, Qt::ElideRight, 0, "legend");
            continue;
        }
        const qreal midY = item.rect.center().y();
        qreal x = item.rect.left();
        if (item.party) {
            const QRectF s(x, midY - swatch / 2, swatch * 1.6, swatch);
            paintFill(painter, s, *item.party, swatch * 0.2);
            paintIcon(painter, s.adjusted(swatch * 0.35, swatch * 0.12, -swatch * 0.35, -swatch * 0.12),
                      *item.party);
            x = s.right() + fm.height() * 0.4;
        }
        painter->setPen(ink);
        painter->drawText(QRectF(x, item.rect.top(), item.rect.right() - x + 1, item.rect.height()),
                          Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
    painter->restore();
}

} // namespace demarc::partystyle
