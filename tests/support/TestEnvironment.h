// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace demarc::test {

/**
 * Sets what every test binary needs before the application object exists: the offscreen
 * platform (test discovery runs binaries without the tests' environment) and a private
 * XDG_RUNTIME_DIR (Qt warns on every start without one when running as root).
 */
void prepareEnvironment();

} // namespace demarc::test
