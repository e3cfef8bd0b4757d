// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramPainter.h"

#include "PartyStyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DiagramPainter)
};

QFont sized(const QFont& base, qreal pixels, bool bold = false)
{
    QFont f = base;
    f.setPixelSize(std::max(8, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

/** What every part of the diagram is drawn with. */
struct Canvas
{
    QPainter* painter;
    const QFont& font;
    const QPalette& palette;
    qreal unit; ///< one unit of type, in pixels
    QColor ink;
};

void drawTitle(const Canvas& c, const QRectF& rect, const QString& title, const QString& subtitle)
{
    c.painter->setPen(c.ink);
    c.painter->setFont(sized(c.font, c.unit * 1.45, true));
    const QFontMetricsF fm(c.painter->font());
    // A name too wide for its column loses its expansion first ("Amazon EC2 (Elastic Compute
    // Cloud)" becomes "Amazon EC2") and is cut short only if even that does not fit.
    QString shown = title;
    const qsizetype open = title.indexOf(QLatin1String(" ("));
    if (fm.horizontalAdvance(title) > rect.width() && open > 0 && title.endsWith(QLatin1Char(')')))
        shown = title.left(open);
    c.painter->drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()),
                        Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(shown, Qt::ElideRight, rect.width()));
    if (!subtitle.isEmpty()) {
        c.painter->setFont(sized(c.font, c.unit * 0.95));
        const QFontMetricsF sm(c.painter->font());
        QColor soft = c.ink;
        soft.setAlphaF(0.8);
        c.painter->setPen(soft);
        c.painter->drawText(
            QRectF(rect.left(), rect.top() + fm.height() + c.unit * 0.15, rect.width(), sm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, sm.elidedText(subtitle, Qt::ElideRight, rect.width()));
    }
}

void drawBar(const Canvas& c, const QRectF& bar, const DiagramRow& row, Party party, bool changed)
{
    const qreal radius = std::min(bar.height() * 0.18, c.unit * 0.5);
    partystyle::paintFill(c.painter, bar, party, radius);
    if (changed) {
        c.painter->setPen(QPen(c.ink, std::max<qreal>(2, c.unit * 0.18)));
        c.painter->setBrush(Qt::NoBrush);
        c.painter->drawRoundedRect(bar.adjusted(1, 1, -1, -1), radius, radius);
    }
    const qreal pad = c.unit * 0.7;
    const QRectF text = bar.adjusted(pad, 0, -pad, 0);
    c.painter->setFont(sized(c.font, std::min(c.unit * 1.05, bar.height() * 0.45), false));
    const qreal badge = partystyle::paintBadge(c.painter, text, party);
    c.painter->setPen(partystyle::textColor(party));
    QFont nameFont = sized(c.font, std::min(c.unit * 1.1, bar.height() * 0.48), true);
    c.painter->setFont(nameFont);
    const QFontMetricsF fm(nameFont);
    QString name = row.name;
    if (row.serviceSpecific)
        name = QStringLiteral("◆ ") + name;
    if (row.hasNuance)
        name += QStringLiteral("  (!)");
    c.painter->drawText(QRectF(text.left(), text.top(), text.width() - badge - pad, text.height()),
                        Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(name, Qt::ElideRight, text.width() - badge - pad));
}

/** Row @p r: its bar (and its twin when comparing), or a dashed outline while it is not revealed yet. */
void drawRow(const Canvas& c, const DiagramPainter::Layout& l, const DiagramScene& scene, int r)
{
    const DiagramRow& row = scene.rows.at(r);
    if (!scene.isRevealed(r)) {
        QColor faint = c.ink;
        faint.setAlphaF(0.35);
        c.painter->setPen(QPen(faint, std::max<qreal>(1.5, c.unit * 0.1), Qt::DashLine));
        c.painter->setBrush(Qt::NoBrush);
        const qreal radius = std::min(l.bars.at(r).height() * 0.18, c.unit * 0.5);
        c.painter->drawRoundedRect(l.bars.at(r).adjusted(1, 1, -1, -1), radius, radius);
        if (scene.comparing())
            c.painter->drawRoundedRect(l.compareBars.at(r).adjusted(1, 1, -1, -1), radius, radius);
        return;
    }
    const bool changed = row.compareParty && *row.compareParty != row.party;
    drawBar(c, l.bars.at(r), row, row.party, changed);
    if (scene.comparing() && row.compareParty) {
        DiagramRow other = row;
        other.serviceSpecific = false;
        other.hasNuance = false;
        drawBar(c, l.compareBars.at(r), other, *row.compareParty, changed);
        if (changed) {
            const QRectF middle(l.bars.at(r).right(), l.bars.at(r).top(),
                                l.compareBars.at(r).left() - l.bars.at(r).right(), l.bars.at(r).height());
            c.painter->setPen(c.ink);
            c.painter->setFont(sized(c.font, std::min(c.unit * 1.6, middle.height() * 0.8), true));
            c.painter->drawText(middle, Qt::AlignCenter, QStringLiteral("⇄"));
        }
    }
    if (r == scene.currentRow) {
        QPen focus(c.palette.color(QPalette::Highlight), std::max<qreal>(2, c.unit * 0.22));
        c.painter->setPen(focus);
        c.painter->setBrush(Qt::NoBrush);
        QRectF f = l.bars.at(r);
        if (scene.comparing())
            f = f.united(l.compareBars.at(r));
        c.painter->drawRoundedRect(f.adjusted(-l.gap * 0.4, -l.gap * 0.4, l.gap * 0.4, l.gap * 0.4),
                                   c.unit * 0.5, c.unit * 0.5);
    }
}

/** The demarcation line across @p bars, with what lies above and below it when @p labelled. */
void drawLine(const Canvas& c, const QRectF& area, const DiagramPainter::Layout& l, const QList<QRectF>& bars,
              qreal line, bool labelled)
{
    const qreal y = DiagramPainter::boundaryY(bars, l.gap, line);
    const QRectF span(bars.first().left(), y, bars.first().width(), 0);
    QPen pen(c.ink, std::max<qreal>(2.5, c.unit * 0.28), Qt::DashLine, Qt::FlatCap);
    c.painter->setPen(pen);
    c.painter->drawLine(QPointF(span.left() - c.unit * 0.3, y),
                        QPointF(labelled ? area.right() : span.right() + c.unit * 0.3, y));
    if (!labelled)
        return;
    c.painter->setFont(sized(c.font, c.unit * 0.85, true));
    const QFontMetricsF fm(c.painter->font());
    auto tag = [&](const QString& text, bool above) {
        const qreal w = fm.horizontalAdvance(text) + c.unit;
        const qreal h = fm.height() + c.unit * 0.2;
        const QRectF box(span.right() + c.unit * 0.5, above ? y - h - c.unit * 0.15 : y + c.unit * 0.15, w,
                         h);
        c.painter->setPen(Qt::NoPen);
        c.painter->setBrush(c.palette.color(QPalette::Window));
        c.painter->drawRoundedRect(box, h / 2, h / 2);
        c.painter->setPen(c.ink);
        c.painter->drawText(box, Qt::AlignCenter, text);
    };
    if (line < bars.size() - 0.01)
        tag(Text::tr("▲ IN the cloud"), true);
    if (line > 0.01)
        tag(Text::tr("▼ OF the cloud"), false);
}

} // namespace

QSizeF DiagramPainter::minimumSize(int rows) { return { 460, 140 + rows * 30.0 }; }

DiagramPainter::Layout DiagramPainter::layout(const QRectF& area, const DiagramScene& scene)
{
    Layout l;
    const int rows = std::max(1, int(scene.rows.size()));
    const qreal margin = std::max<qreal>(8, std::min(area.width(), area.height()) * 0.025);
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    // The title and legend take a share of the height; the rows share the rest.
    // One unit of type, from the height and the width alike, so names fit either way.
    const qreal widthShare = inner.width() / (scene.comparing() ? 64.0 : 46.0);
    const qreal unit = std::clamp(std::min(inner.height() / (rows * 2.4 + 6.0), widthShare), 9.0, 96.0);
    l.fontPixels = unit;
    const qreal titleHeight =
        unit * (scene.subtitle.isEmpty() && scene.compareSubtitle.isEmpty() ? 2.0 : 3.3);
    const qreal legendHeight = unit * 2.4;
    l.title = QRectF(inner.left(), inner.top(), inner.width(), titleHeight);
    l.legend = QRectF(inner.left(), inner.bottom() - legendHeight, inner.width(), legendHeight);
    const QRectF stack(inner.left(), l.title.bottom() + unit * 0.6, inner.width(),
                       l.legend.top() - l.title.bottom() - unit * 1.2);
    const qreal pitch = stack.height() / rows;
    l.gap = std::max<qreal>(2, pitch * 0.12);
    const qreal barHeight = pitch - l.gap;
    if (scene.comparing()) {
        const qreal middle = std::max(unit * 3.0, stack.width() * 0.08);
        const qreal width = (stack.width() - middle) / 2;
        l.title.setWidth(width);
        l.compareTitle = QRectF(stack.left() + width + middle, l.title.top(), width, l.title.height());
        for (int r = 0; r < rows; ++r) {
            const qreal top = stack.top() + r * pitch + l.gap / 2;
            l.bars.append(QRectF(stack.left(), top, width, barHeight));
            l.compareBars.append(QRectF(stack.left() + width + middle, top, width, barHeight));
        }
    } else {
        // A gutter on the right carries the line's labels, clear of the party badges.
        const qreal gutter = std::min(unit * 11.5, stack.width() * 0.3);
        for (int r = 0; r < rows; ++r)
            l.bars.append(
                QRectF(stack.left(), stack.top() + r * pitch + l.gap / 2, stack.width() - gutter, barHeight));
    }
    return l;
}

qreal DiagramPainter::boundaryY(const QList<QRectF>& bars, qreal gap, qreal line)
{
    // Boundary k lies under the k-th layer counted from the top of the AWS share; 0 is the
    // floor of the stack, bars.size() its roof.
    const int n = int(bars.size());
    auto at = [&](int k) {
        if (k <= 0)
            return bars.last().bottom() + gap / 2;
        if (k >= n)
            return bars.first().top() - gap / 2;
        return bars.at(n - k).top() - gap / 2;
    };
    const qreal clamped = std::clamp<qreal>(line, 0, n);
    const int below = int(std::floor(clamped));
    const qreal t = clamped - below;
    return at(below) + (at(below + 1) - at(below)) * t;
}

void DiagramPainter::paint(QPainter* painter, const QRectF& area, const DiagramScene& scene,
                           const QPalette& palette, const QFont& font)
{
    if (scene.rows.isEmpty())
        return;
    const Layout l = layout(area, scene);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    const Canvas c { painter, font, palette, l.fontPixels, palette.color(QPalette::WindowText) };
    drawTitle(c, l.title, scene.title, scene.subtitle);
    if (scene.comparing())
        drawTitle(c, l.compareTitle, scene.compareTitle, scene.compareSubtitle);
    for (int r = 0; r < scene.rows.size(); ++r)
        drawRow(c, l, scene, r);
    const bool lineReached =
        scene.revealed < 0 || scene.revealed >= scene.rows.size() || scene.revealed > scene.line;
    if (lineReached)
        drawLine(c, area, l, l.bars, scene.line, !scene.comparing());
    if (scene.comparing() && lineReached)
        drawLine(c, area, l, l.compareBars, scene.compareLine, false);

    // Legend: every cue explained in words.
    QString more = Text::tr("- - -  the demarcation line");
    if (scene.comparing())
        more += Text::tr("    ⇄ changes hands");
    more += Text::tr("    ◆ this service differs from its model    (!) popular material says otherwise");
    painter->setFont(sized(font, l.fontPixels * 0.85));
    partystyle::paintLegend(painter, l.legend, palette, more);
    painter->restore();
}

} // namespace demarc
