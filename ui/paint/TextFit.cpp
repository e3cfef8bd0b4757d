// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextFit.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace demarc::textfit {

namespace {

thread_local ElisionLog* activeLog = nullptr;

void report(const char* where, const QString& text, const QString& shown, qreal width)
{
    if (activeLog)
        activeLog->add({ QString::fromUtf8(where), text, shown, width });
}

/** @p words greedily on lines no wider than @p width; empty when a single word is wider. */
QStringList wrapped(const QStringList& words, const QFontMetricsF& fm, qreal width)
{
    QStringList lines;
    QString line;
    for (const QString& word : words) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (fm.horizontalAdvance(longer) <= width) {
            line = longer;
            continue;
        }
        if (line.isEmpty() || fm.horizontalAdvance(word) > width)
            return {};
        lines.append(line);
        line = word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

/** The scales tried, largest first: the font as given, then smaller steps down to @p minScale. */
QList<qreal> scales(qreal minScale)
{
    QList<qreal> out { 1.0 };
    for (qreal s = 0.95; s > minScale + 0.001; s -= 0.05)
        out.append(s);
    if (minScale < 1.0)
        out.append(minScale);
    return out;
}

} // namespace

QFont scaled(const QFont& font, qreal scale)
{
    QFont f = font;
    if (font.pixelSize() > 0)
        f.setPixelSize(std::max(6, qRound(font.pixelSize() * scale)));
    else
        f.setPointSizeF(std::max(5.0, font.pointSizeF() * scale));
    return f;
}

ElisionLog::ElisionLog()
    : m_previous(activeLog)
{
    activeLog = this;
}

ElisionLog::~ElisionLog() { activeLog = m_previous; }

QString elided(const QFontMetricsF& metrics, const QString& text, Qt::TextElideMode mode, qreal width,
               const char* where)
{
    const QString shown = metrics.elidedText(text, mode, width);
    if (shown != text)
        report(where, text, shown, width);
    return shown;
}

Fit fit(const Label& label, const QFont& font, const QSizeF& box, qreal minScale, int maxLines,
        const char* where)
{
    const QString whole = label.whole();
    const QStringList words = whole.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qreal s : scales(minScale)) {
        const QFont f = scaled(font, s);
        const QFontMetricsF fm(f);
        if (fm.horizontalAdvance(whole) <= box.width())
            return { f, { whole }, false };
        const int room = std::min<int>(maxLines, int(box.height() / fm.lineSpacing()));
        const QStringList lines = wrapped(words, fm, box.width());
        if (!lines.isEmpty() && lines.size() <= room)
            return { f, lines, false };
    }
    // Neither smaller nor wrapped fits: the text is cut in its last line, the marks kept whole.
    Fit cut { scaled(font, minScale), {}, true };
    const QFontMetricsF fm(cut.font);
    const int room = std::clamp<int>(int(box.height() / fm.lineSpacing()), 1, std::max(1, maxLines));
    QStringList lines = wrapped(words, fm, box.width());
    if (lines.isEmpty())
        lines = { whole };
    const int keep = std::min<int>(room, int(lines.size()));
    QString rest = lines.mid(keep - 1).join(QLatin1Char(' '));
    lines = lines.mid(0, keep - 1);
    const bool first = lines.isEmpty();
    if (first && rest.startsWith(label.prefix))
        rest = rest.mid(label.prefix.size());
    if (rest.endsWith(label.suffix))
        rest.chop(label.suffix.size());
    const QString head = first ? label.prefix : QString();
    const qreal free = box.width() - fm.horizontalAdvance(head) - fm.horizontalAdvance(label.suffix);
    lines.append(head + fm.elidedText(rest, Qt::ElideRight, std::max<qreal>(0, free)) + label.suffix);
    cut.lines = lines;
    const QString shown = lines.join(QLatin1Char(' '));
    cut.cut = shown != whole;
    if (cut.cut)
        report(where, whole, shown, box.width());
    return cut;
}

void draw(QPainter* painter, const QRectF& rect, const Fit& fit, Qt::Alignment alignment)
{
    painter->save();
    painter->setFont(fit.font);
    const QFontMetricsF fm(fit.font);
    const qreal height = fm.lineSpacing() * fit.lines.size();
    qreal top = rect.top();
    if (alignment & Qt::AlignVCenter)
        top = rect.center().y() - height / 2;
    else if (alignment & Qt::AlignBottom)
        top = rect.bottom() - height;
    const Qt::Alignment across = alignment & Qt::AlignHorizontal_Mask;
    for (const QString& line : fit.lines) {
        painter->drawText(QRectF(rect.left(), top, rect.width(), fm.lineSpacing()), across | Qt::AlignVCenter,
                          line);
        top += fm.lineSpacing();
    }
    painter->restore();
}

} // namespace demarc::textfit
