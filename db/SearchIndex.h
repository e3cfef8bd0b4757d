// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace demarc {

/**
 * Fills the full-text search index from the enabled packs' lessons (as plain text), glossary
 * terms (with their aliases) and questions (with their choices); inside the caller's
 * transaction.
 */
Status rebuildSearchIndex(const QSqlDatabase& db);

} // namespace demarc
