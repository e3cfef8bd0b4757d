// SPDX-License-Identifier: GPL-3.0-or-later
// main() for tests that need a QCoreApplication (core, db, app).
#include <QCoreApplication>
#include <QStandardPaths>

#include "core/Translations.h"
#include "support/TestEnvironment.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    demarc::installTranslations(app); // the English plural forms, as Demarc shows them
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
