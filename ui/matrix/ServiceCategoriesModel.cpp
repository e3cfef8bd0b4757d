// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceCategoriesModel.h"

#include <QLocale>

namespace demarc {

ServiceCategoriesModel::ServiceCategoriesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ServiceCategoriesModel::setServices(const QList<Service>& services, const QList<ServiceModel>& models)
{
    beginResetModel();
    m_services = services;
    m_models = models;
    endResetModel();
}

int ServiceCategoriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

int ServiceCategoriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceCategoriesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Service& s = m_services.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case ServiceColumn:
        return s.endOfSupport.isValid()
            ? tr("%1 (support ended %2)")
                  .arg(s.name, QLocale().toString(s.endOfSupport, QLocale::ShortFormat))
            : s.name;
    case AwsTermColumn: return s.awsTerm;
    case CategoryColumn:
        switch (s.category) {
        case ServiceCategory::Infrastructure: return tr("Infrastructure");
        case ServiceCategory::Container: return tr("Container (managed platform, not Docker)");
        case ServiceCategory::Abstracted: return tr("Abstracted");
        case ServiceCategory::None: return tr("— (not in the 2016 grouping)");
        }
        return {};
    case ModelColumn:
        for (const ServiceModel& m : m_models) {
            if (m.id == s.model)
                return m.name;
        }
        return s.model;
    case NoteColumn: return s.note;
    default: return {};
    }
}

QVariant ServiceCategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn: return tr("Service");
    case AwsTermColumn: return tr("What AWS calls it");
    case CategoryColumn: return tr("2016 category");
    case ModelColumn: return tr("Split follows");
    case NoteColumn: return tr("Where popular material differs");
    default: return {};
    }
}

} // namespace demarc
