// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomerAreasModel.h"

namespace demarc {

CustomerAreasModel::CustomerAreasModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void CustomerAreasModel::setAreas(const QList<CustomerArea>& areas)
{
    beginResetModel();
    m_areas = areas;
    endResetModel();
}

int CustomerAreasModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_areas.size());
}

int CustomerAreasModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerAreasModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CustomerArea& a = m_areas.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    return index.column() == AreaColumn ? a.name : a.items.join(QStringLiteral("; "));
}

QVariant CustomerAreasModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AreaColumn: return tr("Area");
    case ItemsColumn: return tr("What the customer manages");
    default: return {};
    }
}

} // namespace demarc
