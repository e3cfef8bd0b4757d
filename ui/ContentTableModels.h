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

/** The IT control categories with AWS's examples: one row per example, AWS's part and the customer's. */
class ControlsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, ControlColumn, AwsColumn, CustomerColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ControlsModel(QObject* parent = nullptr);
    void setCategories(const QList<ControlCategory>& categories);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qsizetype category; ///< index into m_categories
        ControlExample example;
    };
    QList<ControlCategory> m_categories;
    QList<Row> m_rows;
};

/** The services: what AWS calls each, its 2016 category, the model it follows and the caveat. */
class ServiceCategoriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ServiceColumn, AwsTermColumn, CategoryColumn, ModelColumn, NoteColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ServiceCategoriesModel(QObject* parent = nullptr);
    void setServices(const QList<Service>& services, const QList<ServiceModel>& models);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Service> m_services;
    QList<ServiceModel> m_models;
};

/** The builder-and-homeowner analogy: a part of the house, what it stands for, whose job it is. */
class AnalogyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HouseColumn, CloudColumn, PartyColumn, ExplanationColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { PartyRole = Qt::UserRole + 1 };

    explicit AnalogyModel(QObject* parent = nullptr);
    void setRows(const QList<AnalogyRow>& rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AnalogyRow> m_rows;
};

} // namespace demarc
