// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"

#include <QAbstractTableModel>

namespace demarc {

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
