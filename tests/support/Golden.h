// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace demarc::test {

/**
 * Compares @p actual with tests/fixtures/export/@p name byte for byte, naming the first line and
 * byte that differ and where the actual file was written; with DEMARC_UPDATE_GOLDEN=1 it rewrites
 * the golden file instead.
 */
void expectGolden(const QString& name, const QString& actual);

} // namespace demarc::test
