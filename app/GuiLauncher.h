// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

class QTextStream;

namespace demarc {

/**
 * The window: opens (or recovers) the database, builds the window on the view asked for, and
 * runs it: as a screenshot of its first paint (of the presenter's audience view with
 * --presenter), in presenter mode, or until it is closed. A backup restored from the window
 * closes everything and opens it again on the restored file. With @p noScreen (no display, and
 * no platform chosen) only a screenshot can be taken. Returns the exit code.
 */
int runWindow(const Request& request, bool noScreen, QTextStream& err);

} // namespace demarc
