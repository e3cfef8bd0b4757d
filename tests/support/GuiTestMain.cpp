// SPDX-License-Identifier: GPL-3.0-or-later
// main() for widget tests: a QApplication, on the offscreen platform unless told otherwise.
#include <QApplication>
#include <QStandardPaths>

#include "TestEnvironment.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("DemarcTests"));
    QApplication::setApplicationName(QStringLiteral("DemarcUiTests"));
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
