// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace demarc {

/** The command line's exit codes. */
enum ExitCode { Success = 0, DataProblem = 1, UsageError = 2 };

} // namespace demarc
