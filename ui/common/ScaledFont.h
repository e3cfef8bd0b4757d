// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

class QWidget;

namespace demarc {

/**
 * Gives @p widget the application's font @p scale times as large (and bold if asked), now and
 * whenever the application's font changes: the system's font size, or View → Zoom. A font set
 * once from another would stay at its first size. Once per widget.
 */
void setScaledFont(QWidget* widget, qreal scale, bool bold = false);

} // namespace demarc
