// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QByteArray>

namespace demarc {

/**
 * Writes a pack as the JSON that PackParser reads (resources/content/README.md): fields in
 * the order the format describes them, optional fields left out when empty, two-space
 * indentation, UTF-8. The same pack always gives the same bytes, and parsing them gives the
 * same pack back.
 */
QByteArray writePack(const Pack& pack);

} // namespace demarc
