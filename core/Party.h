// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
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

// Carried as itself in item roles and combo box data (QVariant::fromValue, value<Party>()).
Q_DECLARE_METATYPE(demarc::Party)
