// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewIcons.h"

#include <QGuiApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

#include <functional>

namespace demarc::viewicons {

namespace {

using Draw = std::function<void(QPainter&)>;

/** The ink of an icon: for a row or a button as it stands, and for a selected row. */
struct Inks
{
    QColor ink;
    QColor selectedInk;
};
using InkSource = std::function<Inks()>;

/**
 * Draws one icon on a 24 × 24 grid, scaled to the size asked for, in the inks @p inks gives when
 * it paints (fixed ones for the sidebar, the palette's as it stands for a button).
 */
class LineIcon : public QIconEngine
{
public:
    LineIcon(Draw draw, InkSource inks)
        : m_draw(std::move(draw))
        , m_inks(std::move(inks))
    { }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(rect.topLeft());
        painter->scale(rect.width() / 24.0, rect.height() / 24.0);
        const Inks inks = m_inks();
        QColor ink = mode == QIcon::Selected ? inks.selectedInk : inks.ink;
        if (mode == QIcon::Disabled)
            ink.setAlphaF(0.45);
        QPen pen(ink, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        m_draw(*painter);
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine* clone() const override { return new LineIcon(m_draw, m_inks); }

private:
    Draw m_draw;
    InkSource m_inks;
};

InkSource fixedInks(const QColor& ink, const QColor& selectedInk)
{
    return [ink, selectedInk] { return Inks { ink, selectedInk }; };
}

/** A button's inks: the application palette's button text as it stands when the button paints. */
Inks buttonInks()
{
    const QPalette palette = QGuiApplication::palette();
    return { palette.color(QPalette::ButtonText), palette.color(QPalette::HighlightedText) };
}

/** The icons of the views that show the course. */
Draw courseDrawing(const QString& view)
{
    if (view == QLatin1String("home"))
        return [](QPainter& p) {
            p.drawPolyline(QPolygonF { { 3, 11 }, { 12, 3.5 }, { 21, 11 } });
            p.drawPolyline(QPolygonF { { 5.5, 9.5 }, { 5.5, 20 }, { 18.5, 20 }, { 18.5, 9.5 } });
            p.drawRect(QRectF(10, 14, 4, 6));
        };
    if (view == QLatin1String("lessons"))
        return [](QPainter& p) {
            p.drawPolyline(QPolygonF { { 12, 6 }, { 7, 4.5 }, { 3, 5 }, { 3, 19 }, { 7, 18.5 }, { 12, 20 } });
            p.drawPolyline(
                QPolygonF { { 12, 6 }, { 17, 4.5 }, { 21, 5 }, { 21, 19 }, { 17, 18.5 }, { 12, 20 } });
            p.drawLine(QPointF(12, 6), QPointF(12, 20));
        };
    if (view == QLatin1String("diagram"))
        return [](QPainter& p) {
            for (qreal y : { 4.0, 10.0, 16.0 })
                p.drawRoundedRect(QRectF(4, y, 16, 4.5), 1, 1);
            QPen dash = p.pen();
            dash.setStyle(Qt::DashLine);
            p.setPen(dash);
            p.drawLine(QPointF(2, 14.7), QPointF(22, 14.7));
        };
    if (view == QLatin1String("matrix"))
        return [](QPainter& p) {
            p.drawRoundedRect(QRectF(3, 4, 18, 16), 1.5, 1.5);
            p.drawLine(QPointF(3, 9.5), QPointF(21, 9.5));
            p.drawLine(QPointF(3, 15), QPointF(21, 15));
            p.drawLine(QPointF(9, 4), QPointF(9, 20));
            p.drawLine(QPointF(15, 4), QPointF(15, 20));
        };
    if (view == QLatin1String("glossary"))
        return [](QPainter& p) {
            p.drawPolyline(QPolygonF { { 3, 19 }, { 7.5, 5 }, { 12, 19 } });
            p.drawLine(QPointF(4.8, 14), QPointF(10.2, 14));
            p.drawEllipse(QPointF(17.5, 15.5), 3.2, 3.5);
            p.drawLine(QPointF(20.7, 12), QPointF(20.7, 19));
        };
    return {};
}

/** The icons of the views that show the learner's work and the packs. */
Draw studyDrawing(const QString& view)
{
    if (view == QLatin1String("quiz"))
        return [](QPainter& p) {
            p.drawRoundedRect(QRectF(3.5, 3.5, 17, 17), 3, 3);
            p.drawPolyline(QPolygonF { { 7.5, 12.5 }, { 10.5, 15.5 }, { 16.5, 8.5 } });
        };
    if (view == QLatin1String("review"))
        return [](QPainter& p) {
            p.drawArc(QRectF(4, 4, 16, 16), 30 * 16, 300 * 16);
            p.drawPolyline(QPolygonF { { 19.5, 4.5 }, { 19, 8.5 }, { 15, 8 } });
        };
    if (view == QLatin1String("progress"))
        return [](QPainter& p) {
            p.drawLine(QPointF(3, 20.5), QPointF(21, 20.5));
            p.drawRect(QRectF(5, 13, 3.5, 7.5));
            p.drawRect(QRectF(10.3, 8.5, 3.5, 12));
            p.drawRect(QRectF(15.6, 4, 3.5, 16.5));
        };
    if (view == QLatin1String("notes"))
        return [](QPainter& p) {
            p.drawPolyline(QPolygonF { { 14, 3.5 },
                                       { 5, 3.5 },
                                       { 5, 20.5 },
                                       { 19, 20.5 },
                                       { 19, 8.5 },
                                       { 14, 3.5 },
                                       { 14, 8.5 },
                                       { 19, 8.5 } });
            p.drawLine(QPointF(8, 12.5), QPointF(16, 12.5));
            p.drawLine(QPointF(8, 16.5), QPointF(14, 16.5));
        };
    if (view == QLatin1String("packs"))
        return [](QPainter& p) {
            p.drawPolygon(QPolygonF {
                { 12, 3 }, { 20.5, 7.5 }, { 20.5, 16.5 }, { 12, 21 }, { 3.5, 16.5 }, { 3.5, 7.5 } });
            p.drawPolyline(QPolygonF { { 3.5, 7.5 }, { 12, 12 }, { 20.5, 7.5 } });
            p.drawLine(QPointF(12, 12), QPointF(12, 21));
        };
    if (view == QLatin1String("editor"))
        return [](QPainter& p) {
            p.drawPolygon(QPolygonF { { 15.5, 4.5 }, { 19.5, 8.5 }, { 9, 19 }, { 4.5, 19.5 }, { 5, 15 } });
            p.drawLine(QPointF(13.5, 6.5), QPointF(17.5, 10.5));
        };
    return {};
}

/** The icons of actions that are not views. */
Draw actionDrawing(const QString& name)
{
    if (name == QLatin1String("start"))
        return [](QPainter& p) { p.drawPolygon(QPolygonF { { 7, 4.5 }, { 19, 12 }, { 7, 19.5 } }); };
    if (name == QLatin1String("end"))
        return [](QPainter& p) { p.drawRoundedRect(QRectF(5.5, 5.5, 13, 13), 1.5, 1.5); };
    if (name == QLatin1String("skip"))
        return [](QPainter& p) {
            p.drawPolyline(QPolygonF { { 5, 6 }, { 11, 12 }, { 5, 18 } });
            p.drawPolyline(QPolygonF { { 13, 6 }, { 19, 12 }, { 13, 18 } });
        };
    if (name == QLatin1String("new"))
        return [](QPainter& p) {
            p.drawLine(QPointF(12, 5), QPointF(12, 19));
            p.drawLine(QPointF(5, 12), QPointF(19, 12));
        };
    if (name == QLatin1String("import") || name == QLatin1String("export"))
        return [down = name == QLatin1String("import")](QPainter& p) {
            p.drawPolyline(QPolygonF { { 4, 14.5 }, { 4, 20 }, { 20, 20 }, { 20, 14.5 } });
            p.drawLine(QPointF(12, 3.5), QPointF(12, 15));
            if (down)
                p.drawPolyline(QPolygonF { { 7.5, 10.5 }, { 12, 15 }, { 16.5, 10.5 } });
            else
                p.drawPolyline(QPolygonF { { 7.5, 8 }, { 12, 3.5 }, { 16.5, 8 } });
        };
    if (name == QLatin1String("print"))
        return [](QPainter& p) {
            p.drawRect(QRectF(7, 3.5, 10, 5));
            p.drawRoundedRect(QRectF(3.5, 8.5, 17, 8), 1.5, 1.5);
            p.drawRect(QRectF(7, 13.5, 10, 7));
        };
    if (name == QLatin1String("open"))
        return [](QPainter& p) {
            p.drawPolyline(
                QPolygonF { { 11, 4.5 }, { 4.5, 4.5 }, { 4.5, 19.5 }, { 19.5, 19.5 }, { 19.5, 13 } });
            p.drawLine(QPointF(11, 13), QPointF(19.5, 4.5));
            p.drawPolyline(QPolygonF { { 14, 4.5 }, { 19.5, 4.5 }, { 19.5, 10 } });
        };
    if (name == QLatin1String("delete"))
        return [](QPainter& p) {
            p.drawLine(QPointF(4, 6.5), QPointF(20, 6.5));
            p.drawPolyline(QPolygonF { { 9, 6.5 }, { 9, 3.5 }, { 15, 3.5 }, { 15, 6.5 } });
            p.drawPolyline(QPolygonF { { 6, 6.5 }, { 7, 20.5 }, { 17, 20.5 }, { 18, 6.5 } });
            p.drawLine(QPointF(10, 10), QPointF(10, 17));
            p.drawLine(QPointF(14, 10), QPointF(14, 17));
        };
    if (name == QLatin1String("disable"))
        return [](QPainter& p) {
            p.drawEllipse(QPointF(12, 12), 8, 8);
            p.drawLine(QPointF(6.5, 17.5), QPointF(17.5, 6.5));
        };
    return {};
}

} // namespace

QIcon icon(const QString& view, const QColor& ink, const QColor& selectedInk)
{
    Draw draw = courseDrawing(view);
    if (!draw)
        draw = studyDrawing(view);
    return draw ? QIcon(new LineIcon(std::move(draw), fixedInks(ink, selectedInk))) : QIcon();
}

QIcon action(const QString& name)
{
    Draw draw = actionDrawing(name);
    if (!draw)
        draw = courseDrawing(name);
    if (!draw)
        draw = studyDrawing(name);
    return draw ? QIcon(new LineIcon(std::move(draw), buttonInks)) : QIcon();
}

QIcon tick(const QColor& ink, const QColor& selectedInk, bool drawn)
{
    Draw draw = [drawn](QPainter& p) {
        if (drawn)
            p.drawPolyline(QPolygonF { { 5, 12.5 }, { 10, 17.5 }, { 19.5, 6.5 } });
    };
    return QIcon(new LineIcon(std::move(draw), fixedInks(ink, selectedInk)));
}

} // namespace demarc::viewicons
