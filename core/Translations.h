// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace demarc {

/**
 * Installs Demarc's translations on @p app. The English one is always installed: the interface
 * is written in English with "%n item(s)" for counts, and it gives each such text its singular
 * and plural form ("1 item", "2 items"). Returns false (and logs why) when it cannot be loaded.
 */
bool installTranslations(QCoreApplication& app);

} // namespace demarc
