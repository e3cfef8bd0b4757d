// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace demarc {

/** The languages Demarc's interface is written in: "en" and "de". The course stays in its pack's. */
QStringList interfaceLanguages();

/**
 * The language to speak: @p chosen when it is one of interfaceLanguages(); otherwise ("system",
 * empty) the first of @p systemLanguages (BCP 47 names, e.g. QLocale::uiLanguages(): "de-DE",
 * "en-GB") that Demarc has, and English when it has none of them.
 */
QString interfaceLanguage(const QString& chosen, const QStringList& systemLanguages);

/** The language chosen in View → Language ("system", "en", "de"), kept in the settings. */
QString savedLanguage();
void keepLanguage(const QString& chosen);

/**
 * Installs Demarc's translations for @p language on @p app. English is always installed first: the
 * interface is written in English with "%n item(s)" for counts, and it gives each such text its
 * singular and plural form ("1 item", "2 items"). Another language's translation goes over it,
 * with Qt's own for its standard buttons and dialogs when the system has it. Returns false (and
 * logs why) when Demarc's translation for @p language cannot be loaded.
 */
bool installTranslations(QCoreApplication& app, const QString& language = QStringLiteral("en"));

} // namespace demarc
