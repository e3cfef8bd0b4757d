// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewRenderer.h"

#include "DiagramPainter.h"
#include "MatrixPainter.h"
#include "PartyStyle.h"
#include "ui/diagram/DiagramView.h"
#include "ui/diagram/LayerModel.h"
#include "ui/matrix/ResponsibilityMatrixModel.h"

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
        return Error {
            QApplication::translate("ViewRenderer", "cannot write %1: %2").arg(path, file.errorString())
        };
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
        return Error {
            QApplication::translate("ViewRenderer", "cannot write %1: %2").arg(path, file.errorString())
        };
    return {};
}

} // namespace

bool ViewRenderer::supportsFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("png") || suffix == QLatin1String("svg");
}

std::optional<DiagramScene> ViewRenderer::diagramScene(const ResponsibilityStack& stack,
                                                       const QString& selection)
{
    LayerModel model;
    model.setStack(stack);
    if (!model.setSelection(selection))
        return std::nullopt;
    return DiagramView::sceneFor(model);
}

Status ViewRenderer::renderDiagram(const ResponsibilityStack& stack, const QString& selection,
                                   const QString& comparison, const QSize& size, const QString& path)
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

Status ViewRenderer::renderMatrix(const ResponsibilityStack& stack, const QString& selection,
                                  const QSize& size, const QString& path)
{
    const auto chosen = stack.selection(selection);
    if (!selection.isEmpty() && !chosen)
        return Error { QApplication::translate("ViewRenderer", "unknown service or model") };
    ResponsibilityMatrixModel model;
    model.setStack(stack);
    if (chosen && chosen->kind == StackSelection::Kind::Service)
        model.setColumns(ResponsibilityMatrixModel::Columns::Services);
    const int highlighted = chosen ? model.columnOf(chosen->id) : -1;
    return paintToFile(path, size, QApplication::translate("ViewRenderer", "Responsibility matrix"),
                       [&](QPainter* painter, const QRectF& area) {
                           MatrixPainter::paint(painter, area, model, highlighted, -1,
                                                QApplication::palette(), QApplication::font());
                       });
}

} // namespace demarc
