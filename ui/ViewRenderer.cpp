// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewRenderer.h"

#include "DiagramPainter.h"
#include "DiagramView.h"
#include "LayerModel.h"
#include "PartyStyle.h"
#include "ResponsibilityMatrixModel.h"

#include <QApplication>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <functional>

namespace demarc {

namespace {

bool isSvg(const QString& path) { return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive); }

/** Paints @p draw into @p path as PNG or SVG; the file appears whole or not at all. */
Status paintToFile(const QString& path, const QSize& size, const QString& title,
                   const std::function<void(QPainter*, const QRectF&)>& draw)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { QApplication::translate("ViewRenderer", "cannot write %1: %2").arg(path, file.errorString()) };
    const QRectF area(QPointF(0, 0), QSizeF(size));
    if (isSvg(path)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(area);
        svg.setTitle(title);
        svg.setDescription(QApplication::translate("ViewRenderer", "Drawn by Demarc"));
        QPainter painter(&svg);
        painter.fillRect(area, QApplication::palette().color(QPalette::Base));
        draw(&painter, area);
    } else {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(QApplication::palette().color(QPalette::Base));
        {
            QPainter painter(&image);
            draw(&painter, area);
        }
        if (!image.save(&file, "PNG"))
            return Error { QApplication::translate("ViewRenderer", "cannot encode %1 as PNG").arg(path) };
    }
    if (!file.commit())
        return Error { QApplication::translate("ViewRenderer", "cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

} // namespace

bool ViewRenderer::supportsFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

std::optional<DiagramScene> ViewRenderer::diagramScene(const ResponsibilityStack& stack, const QString& selection)
{
    LayerModel model;
    model.setStack(stack);
    if (!model.setSelection(selection))
        return std::nullopt;
    return DiagramView::sceneFor(model);
}

Status ViewRenderer::renderDiagram(const ResponsibilityStack& stack, const QString& selection, const QString& comparison,
                                   const QSize& size, const QString& path)
{
    LayerModel model;
    model.setStack(stack);
    if (!model.setSelection(selection) || !model.setComparison(comparison))
        return Error { QApplication::translate("ViewRenderer", "unknown service or model") };
    const DiagramScene scene = DiagramView::sceneFor(model);
    return paintToFile(path, size, scene.title, [&](QPainter* painter, const QRectF& area) {
        DiagramPainter::paint(painter, area, scene, QApplication::palette(), QApplication::font());
    });
}

Status ViewRenderer::renderMatrix(const ResponsibilityStack& stack, const QString& selection, const QSize& size,
                                  const QString& path)
{
    const auto chosen = stack.selection(selection);
    if (!selection.isEmpty() && !chosen)
        return Error { QApplication::translate("ViewRenderer", "unknown service or model") };
    ResponsibilityMatrixModel model;
    model.setStack(stack);
    if (chosen && chosen->kind == StackSelection::Kind::Service)
        model.setColumns(ResponsibilityMatrixModel::Columns::Services);
    const int highlighted = chosen ? model.columnOf(chosen->id) : -1;
    return paintToFile(path, size, QApplication::translate("ViewRenderer", "Responsibility matrix"), [&](QPainter* painter, const QRectF& area) {
        const QPalette palette = QApplication::palette();
        const int rows = model.rowCount();
        const int columns = model.columnCount();
        const qreal margin = std::min(area.width(), area.height()) * 0.025;
        const QRectF inner = area.adjusted(margin, margin, -margin, -margin);
        const qreal unit = std::clamp(std::min(inner.height() / (rows * 2.3 + 6.0), inner.width() / (columns * 9.0 + 18.0)), 7.0, 36.0);
        QFont font = QApplication::font();
        font.setPixelSize(int(unit));
        QFont bold = font;
        bold.setBold(true);
        const qreal headerHeight = unit * 2.6;
        const qreal legendHeight = unit * 3.0;
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
            painter->drawText(header.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
            if (c == highlighted) {
                painter->setPen(QPen(palette.color(QPalette::Highlight), std::max<qreal>(2, unit * 0.2)));
                painter->setBrush(Qt::NoBrush);
                painter->drawRect(QRectF(header.left(), header.top(), cellWidth, headerHeight + rows * cellHeight));
            }
        }
        for (int r = 0; r < rows; ++r) {
            const qreal top = inner.top() + headerHeight + r * cellHeight;
            painter->setFont(bold);
            painter->setPen(ink);
            painter->drawText(QRectF(inner.left(), top, labelWidth - unit * 0.5, cellHeight), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                              model.headerData(r, Qt::Vertical).toString());
            painter->setFont(font);
            for (int c = 0; c < columns; ++c) {
                const QModelIndex i = model.index(r, c);
                partystyle::paintCell(painter, QRectF(inner.left() + labelWidth + c * cellWidth, top, cellWidth, cellHeight),
                                      static_cast<Party>(i.data(ResponsibilityMatrixModel::PartyRole).toInt()),
                                      i.data(ResponsibilityMatrixModel::ServiceSpecificRole).toBool(),
                                      !i.data(ResponsibilityMatrixModel::NuanceRole).toString().isEmpty());
            }
        }
        painter->setFont(font);
        partystyle::paintLegend(painter, QRectF(inner.left(), inner.bottom() - legendHeight + unit * 0.4, inner.width(), legendHeight),
                                palette, QApplication::translate("ViewRenderer", "◆ this service differs from its model    (!) popular material says otherwise"));
    });
}

} // namespace demarc
