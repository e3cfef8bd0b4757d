// SPDX-License-Identifier: GPL-3.0-or-later
#include "QrCode.h"

#include <qrencode.h>

#include <memory>

namespace demarc {

QList<QList<bool>> qrModules(const QByteArray& text)
{
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString(text.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
    if (!code)
        return {};
    QList<QList<bool>> rows;
    rows.reserve(code->width);
    for (int y = 0; y < code->width; ++y) {
        QList<bool> row;
        row.reserve(code->width);
        for (int x = 0; x < code->width; ++x)
            row.append(code->data[y * code->width + x] & 1); // bit 0: dark
        rows.append(row);
    }
    return rows;
}

} // namespace demarc
