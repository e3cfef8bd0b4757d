// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace demarc {

class ResponsibilityMatrixModel;

/**
 * The matrix as one picture: layer names down the side, a column per model or service, each
 * cell in its party's fill and words. Used for PNG and SVG export and in presenter mode; sizes
 * follow the area.
 */
class MatrixPainter
{
public:
    /**
     * Paints @p model into @p area. The column @p highlighted (or none, -1) is outlined; only
     * the first @p shown columns are filled in (-1: all), the others keep their place, empty,
     * so that revealing a column moves nothing. The legend's type is at least @p legendPixels.
     */
    static void paint(QPainter* painter, const QRectF& area, const ResponsibilityMatrixModel& model,
                      int highlighted, int shown, const QPalette& palette, const QFont& font,
                      qreal legendPixels = 0);
};

} // namespace demarc
