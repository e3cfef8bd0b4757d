// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveClassPanel.h"

#include "core/LiveClass.h"
#include "ui/paint/TextFit.h"
#include "ui/paint/Theme.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace demarc::liveclasspanel {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(LiveClassPanel)
};

QFont sized(qreal pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(8, int(std::lround(pixels))));
    f.setBold(bold);
    return f;
}

/** @p modules in @p box: a light square with a quiet zone of four modules, the dark modules on it. */
void paintCode(QPainter* painter, const QRectF& box, const QList<QList<bool>>& modules)
{
    const QPalette paper = theme::presenter(false); // dark on light for every theme: what cameras read
    const qreal side = std::min(box.width(), box.height());
    const QRectF square(box.center().x() - side / 2, box.top(), side, side);
    painter->fillRect(square, paper.color(QPalette::Window));
    const int n = int(modules.size());
    if (n == 0)
        return;
    const qreal module = std::floor(side / (n + 8)); // whole pixels: no blurred edges
    const QPointF origin(square.left() + (side - module * n) / 2, square.top() + (side - module * n) / 2);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (int y = 0; y < n; ++y) {
        for (int x = 0; x < n; ++x) {
            if (modules.at(y).at(x))
                painter->fillRect(QRectF(origin.x() + x * module, origin.y() + y * module, module, module),
                                  paper.color(QPalette::WindowText));
        }
    }
    painter->restore();
}

/**
 * @p address as it can be shown on @p width: whole when it fits three-quarters size or larger,
 * else with a space after the ':' or '/' nearest its middle, where it may go onto a second line
 * (a long IPv6 address stays readable instead of shrinking to nothing).
 */
QString breakable(const QString& address, const QFontMetricsF& smallest, qreal width)
{
    if (smallest.horizontalAdvance(address) <= width)
        return address;
    qsizetype best = -1;
    for (qsizetype i = 0; i + 1 < address.size(); ++i) {
        if ((address.at(i) == u':' || address.at(i) == u'/') && address.at(i + 1) != u'/'
            && (best < 0 || std::abs(i - address.size() / 2) < std::abs(best - address.size() / 2)))
            best = i;
    }
    return best < 0 ? address : address.left(best + 1) + u' ' + address.mid(best + 1);
}

} // namespace

qreal width(const QSizeF& size) { return std::min(size.width() / 3.0, size.height() * 0.5); }

void paint(QPainter* painter, const QRectF& rect, const LiveClass* live, const QString& problem,
           bool question, qreal bodyPixels, const QPalette& palette)
{
    painter->save();
    const QColor ink = palette.color(QPalette::WindowText);
    const qreal px = bodyPixels * 0.8;
    qreal y = rect.top();
    // Each text wraps at its spaces, else shrinks (an address is never broken across lines).
    auto line = [&](const QString& text, const QFont& font, qreal spacing = 1.3, int maxLines = 3) {
        painter->setPen(ink);
        const QSizeF room(rect.width(), QFontMetricsF(font).lineSpacing() * maxLines);
        const textfit::Fit fit = textfit::fit({ text }, font, room, 0.5, maxLines, "live class panel");
        const qreal h = QFontMetricsF(fit.font).lineSpacing() * qreal(fit.lines.size());
        textfit::draw(painter, QRectF(rect.left(), y, rect.width(), h), fit, Qt::AlignHCenter | Qt::AlignTop);
        y += h + px * (spacing - 1.0);
    };
    if (!live) {
        line(Text::tr("Live answers could not start"), sized(px, true));
        for (const QString& paragraph : problem.split(u'\n', Qt::SkipEmptyParts))
            line(paragraph, sized(px), 1.6, 8);
        painter->restore();
        return;
    }
    line(Text::tr("Answer on your phone"), sized(px, true));
    const qreal codeSide = std::min(rect.width(), rect.height() * 0.5);
    paintCode(painter, QRectF(rect.left(), y, rect.width(), codeSide), live->joinCode());
    y += codeSide + px * 0.5;
    line(breakable(live->joinAddress(), QFontMetricsF(textfit::scaled(sized(px), 0.75)), rect.width()),
         sized(px), 1.3, 2);
    line(Text::tr("Room code"), sized(px * 0.9));
    line(live->roomCode(), sized(px * 2.2, true), 1.1);
    QString count = Text::tr("%n joined", nullptr, live->students());
    if (question)
        count += QStringLiteral(" · ") + Text::tr("%n answered", nullptr, live->answered());
    line(count, sized(px));
    painter->restore();
}

} // namespace demarc::liveclasspanel
