// SPDX-License-Identifier: GPL-3.0-or-later
#include "BarChart.h"

#include "ui/paint/TextFit.h"
#include "ui/paint/Theme.h"

#include <QPainter>

#include <algorithm>

namespace demarc {

namespace {

QColor solidColor() { return theme::current().chart; }

void paintHatch(QPainter& p, const QRectF& r, const QColor& color)
{
    p.save();
    p.setClipRect(r);
    QColor light = color;
    light.setAlpha(60);
    p.fillRect(r, light);
    p.setPen(QPen(color, 1.5));
    for (qreal x = r.left() - r.height(); x < r.right(); x += 6)
        p.drawLine(QPointF(x, r.bottom()), QPointF(x + r.height(), r.top()));
    p.restore();
}

} // namespace

BarChart::BarChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setFocusPolicy(Qt::TabFocus);
}

void BarChart::setRows(QList<Row> rows)
{
    m_rows = std::move(rows);
    updateDescription();
    updateGeometry();
    update();
}

void BarChart::setKey(const QString& solid, const QString& hatched)
{
    m_solidKey = solid;
    m_hatchedKey = hatched;
    updateDescription();
    updateGeometry();
    update();
}

int BarChart::rowHeight() const { return fontMetrics().height() * 2; }

int BarChart::labelWidth() const
{
    int w = 0;
    for (const Row& r : m_rows)
        w = std::max(w, fontMetrics().horizontalAdvance(r.label));
    return std::min(w + 12, std::max(160, width() / 3));
}

QSize BarChart::sizeHint() const
{
    const int keyHeight = m_solidKey.isEmpty() ? 0 : fontMetrics().height() * 2;
    return { 600, int(m_rows.size()) * rowHeight() + keyHeight + 4 };
}

QSize BarChart::minimumSizeHint() const { return { 300, sizeHint().height() }; }

void BarChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const int rh = rowHeight();
    const int lw = labelWidth();
    int textWidth = 0;
    for (const Row& r : m_rows)
        textWidth = std::max(textWidth, fontMetrics().horizontalAdvance(r.text));
    textWidth = std::min(textWidth + 12, width() / 3);
    const qreal barLeft = lw;
    const qreal barWidth = std::max(40, width() - lw - textWidth);
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const qreal top = qreal(i) * rh;
        p.setPen(pal.color(QPalette::Text));
        // A long label takes a second line (a row is two lines high) before it is cut.
        const QRectF label(0, top, lw - 8, rh);
        textfit::draw(&p, label, textfit::fit(row.label, font(), label.size(), 0.9, 2, "bar chart label"),
                      Qt::AlignVCenter | Qt::AlignRight);
        const QRectF track(barLeft, top + rh * 0.2, barWidth, rh * 0.6);
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
        p.setBrush(pal.color(QPalette::Base));
        p.drawRect(track);
        if (row.maximum > 0) {
            const qreal solid = track.width() * std::clamp(double(row.value) / row.maximum, 0.0, 1.0);
            const qreal hatched = track.width() * std::clamp(double(row.secondary) / row.maximum, 0.0, 1.0);
            p.fillRect(QRectF(track.left(), track.top(), solid, track.height()), solidColor());
            if (hatched > 0)
                paintHatch(p,
                           QRectF(track.left() + solid, track.top(), std::min(hatched, track.width() - solid),
                                  track.height()),
                           solidColor());
        }
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(barLeft + barWidth + 8, top, textWidth, rh), Qt::AlignVCenter | Qt::AlignLeft,
                   textfit::elided(QFontMetricsF(fontMetrics()), row.text, Qt::ElideRight, textWidth - 8,
                                   "bar chart figure"));
    }
    if (!m_solidKey.isEmpty()) {
        const qreal top = qreal(m_rows.size()) * rh + 6;
        const qreal sw = fontMetrics().height();
        QRectF swatch(barLeft, top, sw * 1.6, sw * 0.8);
        p.fillRect(swatch, solidColor());
        p.setPen(pal.color(QPalette::Text));
        qreal x = swatch.right() + 6;
        p.drawText(QPointF(x, top + sw * 0.75), m_solidKey);
        x += fontMetrics().horizontalAdvance(m_solidKey) + 24;
        if (!m_hatchedKey.isEmpty()) {
            const QRectF hatch(x, top, sw * 1.6, sw * 0.8);
            paintHatch(p, hatch, solidColor());
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QPointF(hatch.right() + 6, top + sw * 0.75), m_hatchedKey);
        }
    }
}

void BarChart::updateDescription()
{
    QStringList lines;
    for (const Row& r : m_rows)
        lines.append(QStringLiteral("%1: %2").arg(r.label, r.text));
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    setToolTip(lines.join(QLatin1Char('\n')));
}

} // namespace demarc
