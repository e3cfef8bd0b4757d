// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTranslator>

namespace demarc {

namespace {

Q_LOGGING_CATEGORY(translationsLog, "demarc.translations")

} // namespace

bool installTranslations(QCoreApplication& app)
{
    auto* english = new QTranslator(&app);
    if (!english->load(QStringLiteral(":/demarc/translations/demarc_en.qm"))) {
        qCWarning(translationsLog,
                  "the English translation is missing from this build: counts read \"item(s)\"");
        delete english;
        return false;
    }
    return QCoreApplication::installTranslator(english);
}

} // namespace demarc
