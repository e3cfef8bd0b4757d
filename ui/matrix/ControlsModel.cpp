// SPDX-License-Identifier: GPL-3.0-or-later
#include "ControlsModel.h"

namespace demarc {

ControlsModel::ControlsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ControlsModel::setCategories(const QList<ControlCategory>& categories)
{
    beginResetModel();
    m_categories = categories;
    m_rows.clear();
    for (qsizetype c = 0; c < m_categories.size(); ++c) {
        for (const ControlExample& x : m_categories.at(c).examples)
            m_rows.append({ c, x });
    }
    endResetModel();
}

int ControlsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ControlsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ControlsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    const ControlCategory& category = m_categories.at(r.category);
    if (role == Qt::ToolTipRole && index.column() == CategoryColumn)
        return category.summary;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case CategoryColumn: return category.name;
    case ControlColumn: return r.example.name;
    case AwsColumn: return r.example.aws.isEmpty() ? tr("—") : r.example.aws;
    case CustomerColumn: return r.example.customer.isEmpty() ? tr("—") : r.example.customer;
    default: return {};
    }
}

QVariant ControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn: return tr("Category");
    case ControlColumn: return tr("Control");
    case AwsColumn: return tr("AWS's part");
    case CustomerColumn: return tr("The customer's part");
    default: return {};
    }
}

} // namespace demarc
