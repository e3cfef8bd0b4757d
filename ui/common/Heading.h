// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;

namespace demarc {

/** A bold heading that wraps, @p scale times the normal font size: a page's title, a quiz verdict. */
QLabel* heading(const QString& text, qreal scale, const char* objectName = nullptr);

} // namespace demarc
