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
/**
 * A button's icon for action @p name, drawn the same way in the palette's button text as it stands
 * when the button paints: "start", "end", "skip", "new", "import", "export", "print", "open",
 * "delete", "disable", or a view's name for an action that opens or resembles it ("review",
 * "lessons", "diagram" …); a null icon for a name it does not know.
 */
QIcon action(const QString& name);
/** A tick, drawn the same way: a lesson read. With @p drawn false, the same room left empty. */
QIcon tick(const QColor& ink, const QColor& selectedInk, bool drawn = true);

} // namespace demarc::viewicons
