// SPDX-License-Identifier: GPL-3.0-or-later
#include "PartyStyle.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>

#include <cmath>

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

qreal paintBadge(QPainter* painter, const QRectF& rect, Party party)
{
    QFont bold = painter->font();
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    const QString text = label(party).toUpper();
    const qreal iconSize = std::min(rect.height(), fm.height() * 1.2);
    const qreal textWidth = fm.horizontalAdvance(text);
    const qreal gap = iconSize * 0.35;
    const qreal width = iconSize + gap + textWidth;
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

void paintLegend(QPainter* painter, const QRectF& rect, const QPalette& palette, const QString& notes)
{
    painter->save();
    const QColor ink = palette.color(QPalette::WindowText);
    const QFontMetricsF fm(painter->font());
    const qreal unit = fm.height();
    qreal x = rect.left();
    const qreal swatch = fm.height() * 1.1;
    const qreal midY = rect.top() + swatch * 0.6;
    for (Party p : { Party::Aws, Party::Customer, Party::Shared }) {
        const QRectF s(x, midY - swatch / 2, swatch * 1.6, swatch);
        paintFill(painter, s, p, swatch * 0.2);
        paintIcon(painter, s.adjusted(swatch * 0.35, swatch * 0.12, -swatch * 0.35, -swatch * 0.12), p);
        x = s.right() + unit * 0.4;
        painter->setPen(ink);
        const QString text = label(p);
        painter->drawText(QPointF(x, midY + fm.ascent() / 2 - fm.descent() / 2), text);
        x += fm.horizontalAdvance(text) + unit * 1.2;
    }
    painter->setPen(ink);
    painter->drawText(QRectF(rect.left(), midY + swatch * 0.6, rect.width(), fm.height() * 1.2),
                      Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(notes, Qt::ElideRight, rect.width()));
    painter->restore();
}

} // namespace demarc::partystyle
