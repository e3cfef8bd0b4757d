// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace demarc::viewicons {

/**
 * The sidebar's icon for view @p view ("home", "lessons", …), drawn as line art in @p ink (the
 * theme's text colour, so it follows light, dark and high contrast), in @p selectedInk on a
 * selected row, at every size asked for; a null icon for a name it does not know. Drawn by this
 * project, not taken from an icon set.
 */
QIcon icon(const QString& view, const QColor& ink, const QColor& selectedInk);
/** A tick, drawn the same way: a lesson read. With @p drawn false, the same room left empty. */
QIcon tick(const QColor& ink, const QColor& selectedInk, bool drawn = true);

} // namespace demarc::viewicons
