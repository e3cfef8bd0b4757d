// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScaledFont.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

namespace demarc {

namespace {

/** Lives on its widget; sets the scaled font again when the application's font changes. */
class FontScale : public QObject
{
public:
    FontScale(QWidget* widget, qreal scale, bool bold)
        : QObject(widget)
        , m_scale(scale)
        , m_bold(bold)
    {
        widget->installEventFilter(this);
        apply(widget);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::ApplicationFontChange)
            apply(static_cast<QWidget*>(watched));
        return false;
    }

private:
    void apply(QWidget* widget) const
    {
        QFont f = QApplication::font(widget);
        f.setPointSizeF(f.pointSizeF() * m_scale);
        if (m_bold)
            f.setBold(true);
        widget->setFont(f);
    }

    qreal m_scale;
    bool m_bold;
};

} // namespace

void setScaledFont(QWidget* widget, qreal scale, bool bold) { new FontScale(widget, scale, bold); }

} // namespace demarc
