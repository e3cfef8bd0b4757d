// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace demarc {

/**
 * @p text as a QR code (libqrencode, error correction level M, the smallest version it fits),
 * row by row, true for a dark module, without the quiet zone; empty when it cannot be encoded.
 */
QList<QList<bool>> qrModules(const QByteArray& text);

} // namespace demarc
