// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QWidget>

namespace demarc::test {

/**
 * Every widget that takes the keyboard focus while this is installed on the application: each
 * is a stop a screen reader announces.
 */
class FocusRecorder : public QObject
{
public:
    QList<QPointer<QWidget>> took;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::FocusIn)
            if (auto* w = qobject_cast<QWidget*>(watched))
                took.append(w);
        return false;
    }
};

} // namespace demarc::test
