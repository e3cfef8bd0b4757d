// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"

class QTextStream;

namespace demarc {

/**
 * Runs a command that shows no window (Request::headless()), writing what it did to @p out and
 * its problems to @p err; returns the process's exit code. Commands that only read open the
 * database read-only (ReadingDatabase); --import-pack opens it to write, the course installed.
 */
int runCommand(const Request& request, QTextStream& out, QTextStream& err);

} // namespace demarc
