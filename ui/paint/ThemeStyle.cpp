// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeStyle.h"

#include <QFrame>
#include <QPainter>
#include <QStyleOption>

#include <algorithm>

namespace demarc {

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    if (element == PE_FrameFocusRect) {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option->palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 2, 2);
        painter->restore();
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool edged =
        element == PE_FrameLineEdit || element == PE_IndicatorCheckBox || element == PE_IndicatorRadioButton;
    if (!edged || option->rect.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool focused = (option->state & State_HasFocus) && element == PE_FrameLineEdit;
    const QColor edge = option->palette.color(focused ? QPalette::Highlight : QPalette::Mid);
    painter->setPen(QPen(edge, focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(r.adjusted(0.5, 0.5, -0.5, -0.5));
    else
        painter->drawRoundedRect(focused ? r.adjusted(0.5, 0.5, -0.5, -0.5) : r, 2, 2);
    painter->restore();
}

void ThemeStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    // The frames of text editors and lists: drawn by Fusion in a shade of the window.
    const auto* frame = qstyleoption_cast<const QStyleOptionFrame*>(option);
    if (element != CE_ShapedFrame || !frame || frame->frameShape == QFrame::NoFrame
        || frame->frameShape == QFrame::HLine || frame->frameShape == QFrame::VLine || option->rect.isEmpty())
        return;
    painter->save();
    painter->setPen(QPen(option->palette.color(QPalette::Mid), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
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
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool focused = (option->state & State_HasFocus) && control != CC_GroupBox;
    painter->setPen(
        QPen(option->palette.color(focused ? QPalette::Highlight : QPalette::Mid), focused ? 2 : 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(frame).adjusted(1, 1, -1, -1), 2, 2);
    painter->restore();
}

} // namespace demarc
