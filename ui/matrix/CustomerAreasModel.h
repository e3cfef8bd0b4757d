// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractTableModel>

namespace demarc {

/** The customer-managed security areas: one row per area, what the customer manages there. */
class CustomerAreasModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AreaColumn, ItemsColumn, ColumnCount };
    Q_ENUM(Column)

    explicit CustomerAreasModel(QObject* parent = nullptr);
    void setAreas(const QList<CustomerArea>& areas);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CustomerArea> m_areas;
};

} // namespace demarc
