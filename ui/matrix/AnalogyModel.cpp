// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnalogyModel.h"

namespace demarc {

AnalogyModel::AnalogyModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AnalogyModel::setRows(const QList<AnalogyRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AnalogyModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AnalogyModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AnalogyModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AnalogyRow& r = m_rows.at(index.row());
    if (role == PartyRole)
        return QVariant::fromValue(r.party);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case HouseColumn: return r.house;
    case CloudColumn: return r.cloud;
    case PartyColumn:
        return r.party == Party::Aws     ? tr("The builder: AWS")
            : r.party == Party::Customer ? tr("The homeowner: you")
                                         : tr("Both");
    case ExplanationColumn: return r.explanation;
    default: return {};
    }
}

QVariant AnalogyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HouseColumn: return tr("In the house");
    case CloudColumn: return tr("In the cloud");
    case PartyColumn: return tr("Whose job");
    case ExplanationColumn: return tr("Why");
    default: return {};
    }
}

} // namespace demarc
