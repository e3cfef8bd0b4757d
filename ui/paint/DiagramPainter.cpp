// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagramPainter.h"

#include "PartyStyle.h"
#include "TextFit.h"

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

constexpr qreal MinTitleScale = 0.8;
constexpr int SubtitleLines = 3;
constexpr qreal MinNameScale = 0.8;

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
    qreal nameScale = 1.0; ///< what every layer's name is shrunk by to fit
};

void drawTitle(const Canvas& c, const QRectF& rect, const DiagramPainter::TitleText& text)
{
    c.painter->setPen(c.ink);
    textfit::draw(c.painter,
                  QRectF(rect.topLeft(), QSizeF(rect.width(), QFontMetricsF(text.title.font).lineSpacing())),
                  text.title, Qt::AlignLeft | Qt::AlignVCenter);
    if (text.subtitle.lines.isEmpty())
        return;
    QColor soft = c.ink;
    soft.setAlphaF(0.8);
    c.painter->setPen(soft);
    const qreal top = rect.top() + QFontMetricsF(text.title.font).lineSpacing() + c.unit * 0.15;
    textfit::draw(c.painter, QRectF(rect.left(), top, rect.width(), rect.bottom() - top), text.subtitle,
                  Qt::AlignLeft | Qt::AlignTop);
}

/** The title's and subtitle's fonts and lines in a column @p width wide. */
DiagramPainter::TitleText titleText(const QFont& base, qreal unit, qreal width, const QString& title,
                                    const QString& subtitle)
{
    DiagramPainter::TitleText text;
    const QFont titleFont = sized(base, unit * 1.45, true);
    const QFontMetricsF fm(titleFont);
    // A name too wide for its column, even a little smaller, loses its expansion ("Amazon EC2
    // (Elastic Compute Cloud)" becomes "Amazon EC2") before anything is cut.
    QString shown = title;
    const qsizetype open = title.indexOf(QLatin1String(" ("));
    if (fm.horizontalAdvance(title) * MinTitleScale > width && open > 0 && title.endsWith(QLatin1Char(')')))
        shown = title.left(open);
    text.title = textfit::fit({ shown }, titleFont, QSizeF(width, fm.lineSpacing()), MinTitleScale, 1,
                              "diagram title");
    text.height = QFontMetricsF(text.title.font).lineSpacing();
    if (!subtitle.isEmpty()) {
        const QFont subtitleFont = sized(base, unit * 0.95);
        const qreal lines = QFontMetricsF(subtitleFont).lineSpacing() * SubtitleLines;
        text.subtitle = textfit::fit({ subtitle }, subtitleFont, QSizeF(width, lines), 0.85, SubtitleLines,
                                     "diagram subtitle");
        text.height +=
            unit * 0.15 + QFontMetricsF(text.subtitle.font).lineSpacing() * text.subtitle.lines.size();
    }
    return text;
}

/** The parties the scene draws and notes on the marks it uses: its legend, nothing more. */
partystyle::Legend legendFor(const DiagramScene& scene)
{
    partystyle::Legend legend;
    partystyle::Marks marks;
    marks.line = scene.lineShown();
    for (int r = 0; r < scene.rows.size(); ++r) {
        if (!scene.isRevealed(r))
            continue; // a layer not shown yet has nothing to explain
        const DiagramRow& row = scene.rows.at(r);
        for (const auto& p : { std::optional(row.party), row.compareParty })
            if (p && !legend.parties.contains(*p))
                legend.parties.append(*p);
        marks.changesHands = marks.changesHands || (row.compareParty && *row.compareParty != row.party);
        marks.serviceSpecific = marks.serviceSpecific || row.serviceSpecific || row.compareServiceSpecific;
        marks.nuance = marks.nuance || row.hasNuance || row.compareHasNuance;
    }
    std::sort(legend.parties.begin(), legend.parties.end());
    legend.notes = partystyle::markNotes(marks);
    return legend;
}

/** Row @p row as the comparison's side draws it: with the compared service's own marks. */
DiagramRow compareSide(const DiagramRow& row)
{
    DiagramRow other = row;
    other.serviceSpecific = row.compareServiceSpecific;
    other.hasNuance = row.compareHasNuance;
    return other;
}

/** The name on row @p row's bar, with its marks. */
textfit::Label barName(const DiagramRow& row)
{
    return { row.name, row.serviceSpecific ? QStringLiteral("◆ ") : QString(),
             row.hasNuance ? QStringLiteral("  (!)") : QString() };
}

QFont badgeFont(const Canvas& c, const QRectF& bar)
{
    return sized(c.font, std::min(c.unit * 1.05, bar.height() * 0.45));
}

QFont nameFont(const Canvas& c, const QRectF& bar)
{
    return sized(c.font, std::min(c.unit * 1.1, bar.height() * 0.48), true);
}

/** The room left for a name on @p bar beside @p party's badge. */
QRectF nameRoom(const Canvas& c, const QRectF& bar, Party party)
{
    const qreal pad = c.unit * 0.7;
    const QRectF text = bar.adjusted(pad, 0, -pad, 0);
    return { text.left(), text.top(),
             text.width() - partystyle::badgeWidth(badgeFont(c, bar), text.height(), party) - pad,
             text.height() };
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
    c.painter->setFont(badgeFont(c, bar));
    partystyle::paintBadge(c.painter, bar.adjusted(pad, 0, -pad, 0), party);
    c.painter->setPen(partystyle::textColor(party));
    const QRectF room = nameRoom(c, bar, party);
    QFont font = nameFont(c, bar);
    font.setPixelSize(std::max(6, int(std::floor(font.pixelSize() * c.nameScale))));
    textfit::draw(c.painter, room, textfit::fit(barName(row), font, room.size(), 1.0, 2, "diagram bar"),
                  Qt::AlignLeft | Qt::AlignVCenter);
}

/**
 * How much every name is shrunk, so that the longest fits its bar on one line: all names keep one
 * size, and none gets smaller than MinNameScale (a longer one wraps instead).
 */
qreal nameScale(const Canvas& c, const DiagramPainter::Layout& l, const DiagramScene& scene)
{
    qreal scale = 1.0;
    auto need = [&](const QRectF& bar, const textfit::Label& name, Party party) {
        const qreal width = QFontMetricsF(nameFont(c, bar)).horizontalAdvance(name.whole());
        if (width > 0)
            scale = std::min(scale, nameRoom(c, bar, party).width() / width);
    };
    for (int r = 0; r < scene.rows.size(); ++r) {
        const DiagramRow& row = scene.rows.at(r);
        need(l.bars.at(r), barName(row), row.party);
        if (scene.comparing() && row.compareParty)
            need(l.compareBars.at(r), barName(compareSide(row)), *row.compareParty);
    }
    return std::max(MinNameScale, scale);
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
        drawBar(c, l.compareBars.at(r), compareSide(row), *row.compareParty, changed);
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

DiagramPainter::Layout DiagramPainter::layout(const QRectF& area, const DiagramScene& scene,
                                              const QFont& font)
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
    const qreal middle = scene.comparing() ? std::max(unit * 3.0, inner.width() * 0.08) : 0;
    const qreal column = scene.comparing() ? (inner.width() - middle) / 2 : inner.width();
    l.titleText = titleText(font, unit, column, scene.title, scene.subtitle);
    if (scene.comparing())
        l.compareTitleText = titleText(font, unit, column, scene.compareTitle, scene.compareSubtitle);
    const qreal titleHeight = std::max(l.titleText.height, l.compareTitleText.height);
    l.legendContent = legendFor(scene);
    l.legendFont = sized(font, std::max(unit * 0.85, scene.legendPixels));
    const qreal legendHeight = partystyle::legendHeight(l.legendFont, inner.width(), l.legendContent);
    l.title = QRectF(inner.left(), inner.top(), column, titleHeight);
    l.legend = QRectF(inner.left(), inner.bottom() - legendHeight, inner.width(), legendHeight);
    const QRectF stack(inner.left(), l.title.bottom() + unit * 0.6, inner.width(),
                       l.legend.top() - l.title.bottom() - unit * 1.2);
    const qreal pitch = stack.height() / rows;
    l.gap = std::max<qreal>(2, pitch * 0.12);
    const qreal barHeight = pitch - l.gap;
    if (scene.comparing()) {
        l.compareTitle = QRectF(stack.left() + column + middle, l.title.top(), column, l.title.height());
        for (int r = 0; r < rows; ++r) {
            const qreal top = stack.top() + r * pitch + l.gap / 2;
            l.bars.append(QRectF(stack.left(), top, column, barHeight));
            l.compareBars.append(QRectF(stack.left() + column + middle, top, column, barHeight));
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
    const Layout l = layout(area, scene, font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);
    Canvas c { painter, font, palette, l.fontPixels, palette.color(QPalette::WindowText) };
    c.nameScale = nameScale(c, l, scene);
    drawTitle(c, l.title, l.titleText);
    if (scene.comparing())
        drawTitle(c, l.compareTitle, l.compareTitleText);
    for (int r = 0; r < scene.rows.size(); ++r)
        drawRow(c, l, scene, r);
    const bool lineReached = scene.lineShown();
    if (lineReached)
        drawLine(c, area, l, l.bars, scene.line, !scene.comparing());
    if (scene.comparing() && lineReached)
        drawLine(c, area, l, l.compareBars, scene.compareLine, false);
    // Legend: every cue the drawing uses explained in words.
    painter->setFont(l.legendFont);
    partystyle::paintLegend(painter, l.legend, palette, l.legendContent);
    painter->restore();
}

} // namespace demarc
