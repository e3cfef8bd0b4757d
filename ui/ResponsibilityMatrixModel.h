// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ResponsibilityStack.h"

#include <QAbstractTableModel>

namespace demarc {

/**
 * The matrix: one row per layer (top layer first), one column per service model
 * (On-premises, IaaS, PaaS, SaaS) or, switched, per named service.
 */
class ResponsibilityMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Columns { ServiceModels, Services };
    Q_ENUM(Columns)

    enum Role {
        PartyRole = Qt::UserRole + 1, ///< int: Party
        ExplanationRole,
        NuanceRole,
        ServiceSpecificRole, ///< bool
        LayerIdRole,
        SelectionIdRole, ///< the column's model or service id
    };
    Q_ENUM(Role)

    explicit ResponsibilityMatrixModel(QObject* parent = nullptr);

    void setStack(const ResponsibilityStack& stack);
    const ResponsibilityStack& stack() const { return m_stack; }
    void setColumns(Columns columns);
    Columns columns() const { return m_columns; }

    QModelIndex indexOf(const QString& layerId, const QString& selectionId) const;
    int columnOf(const QString& selectionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Layer& layerAt(int row) const;

    ResponsibilityStack m_stack;
    Columns m_columns = Columns::ServiceModels;
    QList<StackSelection> m_selections;
};

} // namespace demarc
