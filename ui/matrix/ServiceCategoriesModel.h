// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractTableModel>

namespace demarc {

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

} // namespace demarc
