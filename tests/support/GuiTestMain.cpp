// SPDX-License-Identifier: GPL-3.0-or-later
// main() for widget tests: a QApplication, on the offscreen platform unless told otherwise.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "core/Translations.h"
#include "support/TestEnvironment.h"

#include <gtest/gtest.h>

int main(int argc, char** argv)
{
    demarc::test::prepareEnvironment();
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    demarc::installTranslations(app); // the English plural forms, as Demarc shows them
    QApplication::setOrganizationName(QStringLiteral("DemarcTests"));
    QApplication::setApplicationName(QStringLiteral("DemarcUiTests"));
    // ctest runs tests in parallel processes: each keeps its settings in a folder of its own.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
