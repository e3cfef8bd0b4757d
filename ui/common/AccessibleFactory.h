// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAccessible>

namespace demarc {

/**
 * Makes Qt's accessibility ask @p Interface for every @p Widget (a QObject class of this project),
 * once per program. Call it in the widget's constructor before anything that makes Qt look the
 * widget up (setting its accessible name or its text): Qt keeps the first interface it finds.
 */
template<typename Widget, typename Interface> void installAccessibleFactory()
{
    static const bool installed = [] {
        QAccessible::installFactory([](const QString& key, QObject* object) -> QAccessibleInterface* {
            if (key == QLatin1String(Widget::staticMetaObject.className()))
                if (auto* widget = qobject_cast<Widget*>(object))
                    return new Interface(widget);
            return nullptr;
        });
        return true;
    }();
    Q_UNUSED(installed);
}

} // namespace demarc
