// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractTableModel>

namespace demarc {

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

} // namespace demarc
