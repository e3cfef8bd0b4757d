// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QObject>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

namespace demarc::test {

/** The child named @p name (widgets are found by objectName); fails the test when absent. */
template<typename T> T* findChildOrFail(const QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(child, nullptr) << "no " << name;
    return child;
}

/** Shows @p widget at @p size as the active window; false when it never becomes active. */
inline bool showActive(QWidget& widget, QSize size)
{
    widget.resize(size);
    widget.show();
    widget.activateWindow();
    return QTest::qWaitForWindowActive(&widget);
}

/** Once the next message box is shown, clicks its button of @p role (End Exam, Start Fresh …). */
inline void clickInNextMessageBox(QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, [role] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr) << "no message box was shown";
        for (QAbstractButton* b : box->buttons()) {
            if (box->buttonRole(b) == role)
                b->click();
        }
    });
}

} // namespace demarc::test
