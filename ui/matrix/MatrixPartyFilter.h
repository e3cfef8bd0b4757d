// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Party.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace demarc {

/** Keeps the matrix rows whose cell in one column belongs to one party ("what is mine under PaaS"). */
class MatrixPartyFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    /** Without @p party, every row. */
    void setFilter(std::optional<Party> party, const QString& selectionId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<Party> m_party;
    QString m_selection;
};

} // namespace demarc
