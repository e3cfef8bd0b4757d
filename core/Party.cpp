// SPDX-License-Identifier: GPL-3.0-or-later
#include "Party.h"

#include <QCoreApplication>

namespace demarc {

QString partyId(Party party)
{
    switch (party) {
    case Party::Aws: return QStringLiteral("aws");
    case Party::Customer: return QStringLiteral("customer");
    case Party::Shared: return QStringLiteral("shared");
    }
    return {};
}

QString partyName(Party party)
{
    switch (party) {
    case Party::Aws: return QCoreApplication::translate("Party", "AWS");
    case Party::Customer: return QCoreApplication::translate("Party", "Customer");
    case Party::Shared: return QCoreApplication::translate("Party", "Shared");
    }
    return {};
}

std::optional<Party> partyFromId(const QString& id)
{
    for (Party p : { Party::Aws, Party::Customer, Party::Shared }) {
        if (partyId(p) == id)
            return p;
    }
    return std::nullopt;
}

} // namespace demarc
