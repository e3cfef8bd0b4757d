// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace demarc {

/**
 * Writes a file all or nothing: @p write fills a temporary file beside @p path, which then
 * replaces @p path in one rename. When @p write returns false,
 * the disk fills up or the rename fails, an existing file at @p path is left as it was and no
 * temporary file stays behind. Errors name the file and say what went wrong.
 */
Status saveFileAtomically(const QString& path,
                          const std::function<bool(QIODevice& device, QString& error)>& write);

/** saveFileAtomically() for bytes already made. */
Status saveFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace demarc
