// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupStore.h"

#include <QCoreApplication>
#include <QLocale>

namespace demarc {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("BackupStore", text); }

QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("automatic"))
        return tr("automatic");
    if (reason == QLatin1String("before-migration"))
        return tr("before an update of the database");
    if (reason == QLatin1String("before-import"))
        return tr("before a pack import");
    if (reason == QLatin1String("manual"))
        return tr("made by hand");
    return reason;
}

} // namespace

QString describeBackup(const BackupCopy& copy)
{
    const QLocale locale;
    return tr("%1, %2 (%3)")
        .arg(locale.toString(copy.takenAt, QLocale::ShortFormat), reasonText(copy.reason),
             locale.formattedDataSize(copy.bytes, 1, QLocale::DataSizeSIFormat));
}

} // namespace demarc
