// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LearnerRepository.h"

#include <QWidget>

namespace demarc {

/**
 * Answers per day as columns, oldest on the left: the solid part the right answers, the
 * hatched part the wrong ones (so the two differ by pattern, not only by colour). The
 * figures are also the accessible description and the tooltip of each column.
 */
class ActivityChart : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityChart(QWidget* parent = nullptr);

    void setDays(QList<DayActivity> days);
    const QList<DayActivity>& days() const { return m_days; }
    /** One sentence on the whole period: totals and the busiest day. */
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF plotRect() const;
    int dayAt(const QPoint& pos) const;

    QList<DayActivity> m_days;
};

} // namespace demarc
