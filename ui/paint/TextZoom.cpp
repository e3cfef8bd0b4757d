// SPDX-License-Identifier: GPL-3.0-or-later
#include "TextZoom.h"

#include <QApplication>
#include <QEvent>
#include <QFont>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace demarc::zoom {

namespace {

constexpr auto SettingsKey = "appearance/zoom";

int& worn()
{
    static int percent = 100;
    return percent;
}

/** The system's font, as it was before the first zoom. */
const QFont& systemFont()
{
    static const QFont font = QApplication::font();
    return font;
}

} // namespace

int current() { return worn(); }

void set(int percent)
{
    percent = std::clamp(percent, Smallest, Largest);
    QFont f = systemFont();
    f.setPointSizeF(systemFont().pointSizeF() * percent / 100.0);
    worn() = percent;
    QApplication::setFont(f);
    // Widgets that inherit the font follow by themselves; those with a size of their own
    // (setScaledFont: headings, the reading text, the quiz's options) hear of it here.
    QEvent changed(QEvent::ApplicationFontChange);
    for (QWidget* widget : QApplication::allWidgets())
        QCoreApplication::sendEvent(widget, &changed);
}

int saved()
{
    bool ok = false;
    const int percent = QSettings().value(QLatin1String(SettingsKey), 100).toInt(&ok);
    return ok ? std::clamp(percent, Smallest, Largest) : 100;
}

void keep(int percent)
{
    QSettings().setValue(QLatin1String(SettingsKey), std::clamp(percent, Smallest, Largest));
}

} // namespace demarc::zoom
