// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace demarc {

namespace {

Q_LOGGING_CATEGORY(translationsLog, "demarc.translations")

constexpr auto SettingsKey = "appearance/language";

bool install(QCoreApplication& app, const QString& file, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(file, folder)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QStringList interfaceLanguages() { return { QStringLiteral("en"), QStringLiteral("de") }; }

QString interfaceLanguage(const QString& chosen, const QStringList& systemLanguages)
{
    const QStringList have = interfaceLanguages();
    if (have.contains(chosen))
        return chosen;
    for (const QString& wanted : systemLanguages) {
        // "de-DE", "de_AT" and "de" all ask for German.
        const QString language =
            wanted.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (have.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString savedLanguage()
{
    return QSettings().value(QLatin1String(SettingsKey), QStringLiteral("system")).toString();
}

void keepLanguage(const QString& chosen) { QSettings().setValue(QLatin1String(SettingsKey), chosen); }

bool installTranslations(QCoreApplication& app, const QString& language)
{
    const QString ours = QStringLiteral(":/demarc/translations");
    if (!install(app, QStringLiteral("demarc_en"), ours)) {
        qCWarning(translationsLog,
                  "the English translation is missing from this build: counts read \"item(s)\"");
        return false;
    }
    if (language == QLatin1String("en"))
        return true;
    if (!install(app, QStringLiteral("demarc_") + language, ours)) {
        qCWarning(translationsLog, "there is no translation for \"%s\" in this build; Demarc speaks English",
                  qPrintable(language));
        return false;
    }
    // Qt's own words (standard buttons, file dialogs), from the system's Qt translations.
    if (!install(app, QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCDebug(translationsLog, "Qt's own translation for \"%s\" is not installed", qPrintable(language));
    return true;
}

} // namespace demarc
