// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentTableModels.h"

#include <QLocale>

namespace demarc {

// --- CustomerAreasModel

CustomerAreasModel::CustomerAreasModel(QObject* parent) : QAbstractTableModel(parent) { }

void CustomerAreasModel::setAreas(const QList<CustomerArea>& areas)
{
    beginResetModel();
    m_areas = areas;
    endResetModel();
}

int CustomerAreasModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_areas.size()); }
int CustomerAreasModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

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
    case AreaColumn:
        return tr("Area");
    case ItemsColumn:
        return tr("What the customer manages");
    default:
        return {};
    }
}

// --- ControlsModel

ControlsModel::ControlsModel(QObject* parent) : QAbstractTableModel(parent) { }

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

int ControlsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
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
    case CategoryColumn:
        return category.name;
    case ControlColumn:
        return r.example.name;
    case AwsColumn:
        return r.example.aws.isEmpty() ? tr("—") : r.example.aws;
    case CustomerColumn:
        return r.example.customer.isEmpty() ? tr("—") : r.example.customer;
    default:
        return {};
    }
}

QVariant ControlsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CategoryColumn:
        return tr("Category");
    case ControlColumn:
        return tr("Control");
    case AwsColumn:
        return tr("AWS's part");
    case CustomerColumn:
        return tr("The customer's part");
    default:
        return {};
    }
}

// --- ServiceCategoriesModel

ServiceCategoriesModel::ServiceCategoriesModel(QObject* parent) : QAbstractTableModel(parent) { }

void ServiceCategoriesModel::setServices(const QList<Service>& services, const QList<ServiceModel>& models)
{
    beginResetModel();
    m_services = services;
    m_models = models;
    endResetModel();
}

int ServiceCategoriesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_services.size()); }
int ServiceCategoriesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

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
            ? tr("%1 (support ended %2)").arg(s.name, QLocale().toString(s.endOfSupport, QLocale::ShortFormat))
            : s.name;
    case AwsTermColumn:
        return s.awsTerm;
    case CategoryColumn:
        switch (s.category) {
        case ServiceCategory::Infrastructure:
            return tr("Infrastructure");
        case ServiceCategory::Container:
            return tr("Container (managed platform, not Docker)");
        case ServiceCategory::Abstracted:
            return tr("Abstracted");
        case ServiceCategory::None:
            return tr("— (not in the 2016 grouping)");
        }
        return {};
    case ModelColumn:
        for (const ServiceModel& m : m_models) {
            if (m.id == s.model)
                return m.name;
        }
        return s.model;
    case NoteColumn:
        return s.note;
    default:
        return {};
    }
}

QVariant ServiceCategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ServiceColumn:
        return tr("Service");
    case AwsTermColumn:
        return tr("What AWS calls it");
    case CategoryColumn:
        return tr("2016 category");
    case ModelColumn:
        return tr("Split follows");
    case NoteColumn:
        return tr("Where popular material differs");
    default:
        return {};
    }
}

// --- AnalogyModel

AnalogyModel::AnalogyModel(QObject* parent) : QAbstractTableModel(parent) { }

void AnalogyModel::setRows(const QList<AnalogyRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int AnalogyModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
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
    case HouseColumn:
        return r.house;
    case CloudColumn:
        return r.cloud;
    case PartyColumn:
        return r.party == Party::Aws ? tr("The builder: AWS") : r.party == Party::Customer ? tr("The homeowner: you") : tr("Both");
    case ExplanationColumn:
        return r.explanation;
    default:
        return {};
    }
}

QVariant AnalogyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case HouseColumn:
        return tr("In the house");
    case CloudColumn:
        return tr("In the cloud");
    case PartyColumn:
        return tr("Whose job");
    case ExplanationColumn:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace demarc
