// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPainter.h"

#include "PartyStyle.h"
#include "TextFit.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

/** The parties the matrix's first @p shown columns (-1: all) show and the marks their cells carry. */
partystyle::Legend legendFor(const ResponsibilityMatrixModel& model, int shown)
{
    partystyle::Legend legend;
    partystyle::Marks marks;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < (shown < 0 ? model.columnCount() : std::min(shown, model.columnCount())); ++c) {
            const QModelIndex i = model.index(r, c);
            const Party party = i.data(ResponsibilityMatrixModel::PartyRole).value<Party>();
            if (!legend.parties.contains(party))
                legend.parties.append(party);
            marks.serviceSpecific =
                marks.serviceSpecific || i.data(ResponsibilityMatrixModel::ServiceSpecificRole).toBool();
            marks.nuance =
                marks.nuance || !i.data(ResponsibilityMatrixModel::NuanceRole).toString().isEmpty();
        }
    }
    std::sort(legend.parties.begin(), legend.parties.end());
    legend.notes = partystyle::markNotes(marks);
    return legend;
}

} // namespace

void MatrixPainter::paint(QPainter* painter, const QRectF& area, const ResponsibilityMatrixModel& model,
                          int highlighted, int shown, const QPalette& palette, const QFont& baseFont,
                          qreal legendPixels)
{
    painter->save();
    const int rows = model.rowCount();
    const int columns = model.columnCount();
    const qreal margin = std::min(area.width(), area.height()) * 0.025;
    const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
    const qreal unit = std::clamp(
        std::min(inner.height() / (rows * 2.3 + 6.0), inner.width() / (columns * 9.0 + 18.0)), 7.0, 36.0);
    QFont font = baseFont;
    font.setPixelSize(int(unit));
    QFont bold = font;
    bold.setBold(true);
    const qreal headerHeight = unit * 2.6;
    const partystyle::Legend legend = legendFor(model, shown);
    QFont legendFont = font;
    legendFont.setPixelSize(int(std::max(unit, std::ceil(legendPixels))));
    const qreal legendHeight = partystyle::legendHeight(legendFont, inner.width(), legend) + unit * 0.4;
    const qreal labelWidth = inner.width() * (columns > 6 ? 0.18 : 0.26);
    const qreal cellWidth = (inner.width() - labelWidth) / std::max(1, columns);
    const qreal cellHeight = (inner.height() - headerHeight - legendHeight) / std::max(1, rows);
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor ink = palette.color(QPalette::WindowText);
    for (int c = 0; c < columns; ++c) {
        const QRectF header(inner.left() + labelWidth + c * cellWidth, inner.top(), cellWidth, headerHeight);
        painter->setFont(c == highlighted ? bold : font);
        painter->setPen(ink);
        const QString text = model.headerData(c, Qt::Horizontal).toString();
        if (shown < 0 || c < shown) {
            const QRectF room = header.adjusted(2, 0, -2, 0);
            textfit::draw(painter, room,
                          textfit::fit({ text }, painter->font(), room.size(), 0.75, 3, "matrix header"),
                          Qt::AlignCenter);
        }
        if (c == highlighted) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), std::max<qreal>(2, unit * 0.2)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(
                QRectF(header.left(), header.top(), cellWidth, headerHeight + rows * cellHeight));
        }
    }
    for (int r = 0; r < rows; ++r) {
        const qreal top = inner.top() + headerHeight + r * cellHeight;
        painter->setFont(bold);
        painter->setPen(ink);
        const QRectF room(inner.left(), top, labelWidth - unit * 0.5, cellHeight);
        textfit::draw(painter, room,
                      textfit::fit({ model.headerData(r, Qt::Vertical).toString() }, bold, room.size(), 0.75,
                                   3, "matrix row"),
                      Qt::AlignLeft | Qt::AlignVCenter);
        painter->setFont(font);
        for (int c = 0; c < columns; ++c) {
            const QRectF cell(inner.left() + labelWidth + c * cellWidth, top, cellWidth, cellHeight);
            if (shown >= 0 && c >= shown) {
                QColor faint = ink;
                faint.setAlphaF(0.3);
                painter->setPen(QPen(faint, 1, Qt::DashLine));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(cell.adjusted(2, 2, -2, -2));
                continue;
            }
            const QModelIndex i = model.index(r, c);
            partystyle::paintCell(painter, cell, i.data(ResponsibilityMatrixModel::PartyRole).value<Party>(),
                                  i.data(ResponsibilityMatrixModel::ServiceSpecificRole).toBool(),
                                  !i.data(ResponsibilityMatrixModel::NuanceRole).toString().isEmpty());
        }
    }
    painter->setFont(legendFont);
    partystyle::paintLegend(painter,
                            QRectF(inner.left(), inner.bottom() - legendHeight + unit * 0.4, inner.width(),
                                   legendHeight - unit * 0.4),
                            palette, legend);
    painter->restore();
}

} // namespace demarc
