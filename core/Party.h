// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace demarc {

/** Who carries a responsibility. */
enum class Party { Aws, Customer, Shared };

/** The pack spelling: "aws", "customer", "shared". */
QString partyId(Party party);
/** The reader-facing name: "AWS", "Customer", "Shared". */
QString partyName(Party party);
std::optional<Party> partyFromId(const QString& id);

} // namespace demarc
