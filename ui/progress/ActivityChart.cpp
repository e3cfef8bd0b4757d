// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivityChart.h"

#include "ui/paint/Theme.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace demarc {

namespace {

QColor rightColor() { return theme::current().chart; }
QColor wrongColor() { return theme::current().wrong; }

int niceMaximum(int value)
{
    for (int step : { 4, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000 }) {
        if (value <= step)
            return step;
    }
    return ((value + 9999) / 10000) * 10000;
}

} // namespace

ActivityChart::ActivityChart(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFocusPolicy(Qt::TabFocus);
    setMouseTracking(true);
}

void ActivityChart::setDays(QList<DayActivity> days)
{
    m_days = std::move(days);
    setAccessibleDescription(summaryText());
    update();
}

QString ActivityChart::summaryText() const
{
    int total = 0;
    int right = 0;
    const DayActivity* busiest = nullptr;
    for (const DayActivity& d : m_days) {
        total += d.attempts;
        right += d.correct;
        if (d.attempts > 0 && (!busiest || d.attempts > busiest->attempts))
            busiest = &d;
    }
    if (total == 0)
        return tr("No answers in the last %n day(s).", nullptr, int(m_days.size()));
    return tr("%1 in the last %2 days, %3 right; the busiest day was %4 with %5.")
        .arg(tr("%n answer(s)", nullptr, total))
        .arg(m_days.size())
        .arg(right)
        .arg(QLocale().toString(busiest->day, QLocale::ShortFormat))
        .arg(busiest->attempts);
}

QSize ActivityChart::sizeHint() const { return { 600, fontMetrics().height() * 12 }; }
QSize ActivityChart::minimumSizeHint() const { return { 300, fontMetrics().height() * 10 }; }

QRectF ActivityChart::plotRect() const
{
    const qreal em = fontMetrics().height();
    const qreal left = fontMetrics().horizontalAdvance(QStringLiteral("00000")) + 8;
    // Room for the key above the plot and the day labels below it.
    return QRectF(left, em * 1.8, std::max<qreal>(40, width() - left - 8),
                  std::max<qreal>(20, height() - em * 3.2));
}

int ActivityChart::dayAt(const QPoint& pos) const
{
    const QRectF plot = plotRect();
    if (m_days.isEmpty() || !plot.adjusted(0, 0, 0, fontMetrics().height() * 2).contains(pos))
        return -1;
    return std::clamp(int((pos.x() - plot.left()) / (plot.width() / m_days.size())), 0,
                      int(m_days.size()) - 1);
}

void ActivityChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF plot = plotRect();
    int peak = 0;
    for (const DayActivity& d : m_days)
        peak = std::max(peak, d.attempts);
    const int top = niceMaximum(std::max(peak, 1));

    // Axis and grid: zero, half and the top, labelled.
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    for (int i = 0; i <= 2; ++i) {
        const qreal y = plot.bottom() - plot.height() * i / 2.0;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(0, y - fontMetrics().height() / 2.0, plot.left() - 6, fontMetrics().height()),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(top * i / 2));
        p.setPen(QPen(pal.color(QPalette::Mid), 1));
    }
    if (m_days.isEmpty())
        return;
    const qreal slot = plot.width() / m_days.size();
    const qreal barWidth = std::max<qreal>(2, slot * 0.7);
    for (qsizetype i = 0; i < m_days.size(); ++i) {
        const DayActivity& d = m_days.at(i);
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        const qreal rightHeight = plot.height() * d.correct / top;
        const qreal wrongHeight = plot.height() * (d.attempts - d.correct) / top;
        p.fillRect(QRectF(x, plot.bottom() - rightHeight, barWidth, rightHeight), rightColor());
        if (wrongHeight > 0) {
            const QRectF wrong(x, plot.bottom() - rightHeight - wrongHeight, barWidth, wrongHeight);
            p.save();
            p.setClipRect(wrong);
            QColor light = wrongColor();
            light.setAlpha(70);
            p.fillRect(wrong, light);
            p.setPen(QPen(wrongColor(), 1.5));
            for (qreal s = wrong.left() - wrong.width() - wrong.height(); s < wrong.right(); s += 5)
                p.drawLine(QPointF(s, wrong.bottom()), QPointF(s + wrong.height(), wrong.top()));
            p.restore();
        }
        // Day labels: the first of each week and the last day, never two on top of each other.
        const bool last = i == m_days.size() - 1;
        if ((i % 7 == 0 && m_days.size() - 1 - i >= 4) || last) {
            p.setPen(pal.color(QPalette::Text));
            const QString label = QLocale().toString(d.day, QStringLiteral("d MMM"));
            p.drawText(QRectF(x - 40, plot.bottom() + 4, barWidth + 80, fontMetrics().height()),
                       Qt::AlignHCenter | Qt::AlignTop, label);
        }
    }
    // Key, above the plot on the right.
    const qreal em = fontMetrics().height();
    const qreal y = em * 1.0;
    const qreal keyWidth = em * 1.6 * 2 + fontMetrics().horizontalAdvance(tr("right"))
        + fontMetrics().horizontalAdvance(tr("wrong")) + em * 1.4;
    const qreal x1 = plot.right() - keyWidth;
    p.fillRect(QRectF(x1, y - em * 0.6, em * 1.4, em * 0.7), rightColor());
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QPointF(x1 + em * 1.6, y), tr("right"));
    const qreal x2 = x1 + em * 1.6 + fontMetrics().horizontalAdvance(tr("right")) + em;
    const QRectF hatch(x2, y - em * 0.6, em * 1.4, em * 0.7);
    p.save();
    p.setClipRect(hatch);
    QColor faint = wrongColor();
    faint.setAlpha(70);
    p.fillRect(hatch, faint);
    p.setPen(QPen(wrongColor(), 1.5));
    for (qreal s = hatch.left() - hatch.height(); s < hatch.right(); s += 5)
        p.drawLine(QPointF(s, hatch.bottom()), QPointF(s + hatch.height(), hatch.top()));
    p.restore();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QPointF(hatch.right() + em * 0.2, y), tr("wrong"));
}

bool ActivityChart::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const int i = dayAt(static_cast<QHelpEvent*>(event)->pos());
        if (i >= 0) {
            const DayActivity& d = m_days.at(i);
            QToolTip::showText(static_cast<QHelpEvent*>(event)->globalPos(),
                               tr("%1: %2, %3 right")
                                   .arg(QLocale().toString(d.day, QLocale::LongFormat),
                                        tr("%n answer(s)", nullptr, d.attempts))
                                   .arg(d.correct),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace demarc
