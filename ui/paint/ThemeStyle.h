// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace demarc {

/**
 * The platform's style with edges that can be seen in every theme. Fusion outlines text fields,
 * check boxes and radio buttons in a shade of the window's colour: on a dark window they all
 * but vanish, and on a light one they are fainter than the 3:1 a control's edge needs. Here
 * they are outlined again in the theme's frame colour (QPalette::Mid), with buttons, group boxes,
 * combo boxes, spin boxes and the frames of text editors and lists, and the keyboard focus is a
 * two-pixel ring in the selection colour.
 */
class ThemeStyle : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

} // namespace demarc
