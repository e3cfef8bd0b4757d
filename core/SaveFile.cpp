// SPDX-License-Identifier: GPL-3.0-or-later
#include "SaveFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SaveFile)
};

} // namespace

Status saveFileAtomically(const QString& path,
                          const std::function<bool(QIODevice& device, QString& error)>& write)
{
    if (path.isEmpty())
        return Error { Text::tr("no file name given") };
    const QFileInfo info(path);
    if (info.isDir())
        return Error { Text::tr("%1 is a folder, not a file").arg(path) };
    if (!info.absoluteDir().exists())
        return Error { Text::tr("cannot write %1: the folder %2 does not exist")
                           .arg(path, QDir::toNativeSeparators(info.absolutePath())) };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error { Text::tr("cannot write %1: %2").arg(path, file.errorString()) };
    QString error;
    if (!write(file, error)) {
        file.cancelWriting();
        return Error {
            Text::tr("cannot write %1: %2").arg(path, error.isEmpty() ? file.errorString() : error)
        };
    }
    if (!file.commit())
        return Error { Text::tr("cannot write %1: %2").arg(path, file.errorString()) };
    return {};
}

Status saveFileAtomically(const QString& path, const QByteArray& bytes)
{
    return saveFileAtomically(path, [&](QIODevice& device, QString& error) {
        if (device.write(bytes) != bytes.size()) {
            error = device.errorString();
            return false;
        }
        return true;
    });
}

} // namespace demarc
