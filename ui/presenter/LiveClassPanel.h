// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;

namespace demarc {

class LiveClass;

namespace liveclasspanel {

/** How wide the join panel is on a stage of @p size: a third at most, and square enough for its code. */
qreal width(const QSizeF& size);

/**
 * The join panel beside a slide while a class answers live: "Answer on your phone", the join
 * address's QR code (dark on light, whatever the theme, as phones read it), the address, the room
 * code in large digits, how many joined and, on a question, how many answered. With no class and a
 * @p problem, the problem in words.
 */
void paint(QPainter* painter, const QRectF& rect, const LiveClass* live, const QString& problem,
           bool question, qreal bodyPixels, const QPalette& palette);

} // namespace liveclasspanel

} // namespace demarc
