// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BackupStore)
};

QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("automatic"))
        return Text::tr("automatic");
    if (reason == QLatin1String("before-migration"))
        return Text::tr("before an update of the database");
    if (reason == QLatin1String("before-import"))
        return Text::tr("before a pack import");
    if (reason == QLatin1String("manual"))
        return Text::tr("made by hand");
    return reason;
}

} // namespace

QString describeBackup(const BackupCopy& copy)
{
    const QLocale locale;
    return Text::tr("%1, %2 (%3)")
        .arg(locale.toString(copy.takenAt, QLocale::ShortFormat), reasonText(copy.reason),
             locale.formattedDataSize(copy.bytes, 1, QLocale::DataSizeSIFormat));
}

} // namespace demarc
