// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <gtest/gtest.h>

namespace demarc::test {

/** The child named @p name (widgets are found by objectName); fails the test when absent. */
template<typename T>
T* findChildOrFail(const QObject* parent, const char* name)
{
    T* child = parent->findChild<T*>(QLatin1String(name));
    EXPECT_NE(child, nullptr) << "no " << name;
    return child;
}

} // namespace demarc::test
