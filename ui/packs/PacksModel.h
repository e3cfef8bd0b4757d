// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackStore.h"

#include "ui/common/ListTableModel.h"

namespace demarc {

/** The installed content packs as a table: one row per pack, the course first. */
class PacksModel : public ListTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Author, Version, Lessons, Terms, Questions, State, ColumnCount };
    enum Role { PackIdRole = Qt::UserRole + 1 };

    using ListTableModel::ListTableModel;

    void setPacks(QList<PackSummary> packs);
    const PackSummary* pack(int row) const;
    /** The row of the pack @p id, or -1. */
    int rowOf(const QString& id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PackSummary> m_packs;
};

} // namespace demarc
