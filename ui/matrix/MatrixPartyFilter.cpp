// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPartyFilter.h"

#include "ResponsibilityMatrixModel.h"

namespace demarc {

void MatrixPartyFilter::setFilter(std::optional<Party> party, const QString& selectionId)
{
    m_party = party;
    m_selection = selectionId;
    invalidateRowsFilter();
}

bool MatrixPartyFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_party)
        return true;
    const auto* matrix = qobject_cast<const ResponsibilityMatrixModel*>(sourceModel());
    const int column = matrix ? matrix->columnOf(m_selection) : -1;
    if (column < 0)
        return true;
    const QVariant party =
        sourceModel()->index(sourceRow, column, sourceParent).data(ResponsibilityMatrixModel::PartyRole);
    return party.isValid() && party.value<Party>() == *m_party;
}

} // namespace demarc
