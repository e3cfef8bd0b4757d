// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeStyle.h"

#include <QFrame>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>

namespace demarc {

namespace {

enum class Edge { Rounded, Round, Square };

/**
 * Outlines @p rect: in the selection colour, two pixels wide, when @p focused; otherwise in the
 * theme's frame colour (QPalette::Mid).
 */
void drawEdge(QPainter* painter, const QPalette& palette, const QRectF& rect, bool focused, Edge edge)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, edge != Edge::Square);
    painter->setPen(QPen(palette.color(focused ? QPalette::Highlight : QPalette::Mid), focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    switch (edge) {
    case Edge::Rounded: painter->drawRoundedRect(rect, 2, 2); break;
    case Edge::Round: painter->drawEllipse(rect); break;
    case Edge::Square: painter->drawRect(rect); break;
    }
    painter->restore();
}

} // namespace

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        drawEdge(painter, option->palette, QRectF(option->rect).adjusted(1, 1, -1, -1), true, Edge::Rounded);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool edged =
        element == PE_FrameLineEdit || element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!edged || option->rect.isEmpty())
        return;
    const bool focused = (option->state & State_HasFocus) && element == PE_FrameLineEdit;
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        drawEdge(painter, option->palette, r.adjusted(0.5, 0.5, -0.5, -0.5), false, Edge::Round);
    else
        drawEdge(painter, option->palette, focused ? r.adjusted(0.5, 0.5, -0.5, -0.5) : r, focused,
                 Edge::Rounded);
}

void ThemeStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // A progress bar's track: without an edge an empty bar vanishes on dark (the daily goal).
    if (element == CE_ProgressBarGroove && !option->rect.isEmpty()) {
        drawEdge(painter, option->palette, QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), false,
                 Edge::Rounded);
        return;
    }
    // The frames of text editors and lists: drawn by Fusion in a shade of the window.
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    if (element != CE_ShapedFrame || !frame || frame->frameShape == QFrame::NoFrame
        || frame->frameShape == QFrame::HLine || frame->frameShape == QFrame::VLine || option->rect.isEmpty())
        return;
    drawEdge(painter, option->palette, QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), false,
             Edge::Square);
}

void ThemeStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
                                    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control != CC_ComboBox && control != CC_SpinBox && control != CC_GroupBox) || option->rect.isEmpty())
        return;
    QRect frame = option->rect;
    if (control == CC_GroupBox) {
        // Fusion draws a group's title above its frame, not on it, leaving a line's height.
        frame = subControlRect(control, option, SC_GroupBoxFrame, widget);
        const auto* group = qstyleoption_cast<const QStyleOptionGroupBox*>(option);
        if (group && !group->text.isEmpty())
            frame.setTop(frame.top()
                         + std::max(pixelMetric(PM_ExclusiveIndicatorHeight, option, widget),
                                    group->fontMetrics.height())
                         + 3);
    }
    const bool focused = (option->state & State_HasFocus) && control != CC_GroupBox;
    drawEdge(painter, option->palette, QRectF(frame).adjusted(1, 1, -1, -1), focused, Edge::Rounded);
}

} // namespace demarc
