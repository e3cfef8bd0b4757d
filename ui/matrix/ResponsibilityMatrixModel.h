// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Progress.h"
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
        PartyRole = Qt::UserRole + 1, ///< Party
        ExplanationRole,
        NuanceRole,
        ServiceSpecificRole, ///< bool
        LayerIdRole,
        SelectionIdRole, ///< the column's model or service id
        WrongAnswersRole, ///< int, while the error heat is shown: wrong answers about the cell
        AnswersRole, ///< int, while the error heat is shown: all answers about the cell
        HeatRole, ///< double 0–1, while the error heat is shown: wrong answers against the most in any cell
    };
    Q_ENUM(Role)

    explicit ResponsibilityMatrixModel(QObject* parent = nullptr);

    void setStack(const ResponsibilityStack& stack);
    const ResponsibilityStack& stack() const { return m_stack; }
    void setColumns(Columns columns);
    Columns columns() const { return m_columns; }

    /** The learner's wrong answers laid over the cells (see ErrorHeat), shown or hidden. */
    void setErrorHeat(const ErrorHeat& heat);
    void setHeatShown(bool shown);
    bool isHeatShown() const { return m_heatShown; }
    const ErrorHeat& errorHeat() const { return m_heat; }

    QModelIndex indexOf(const QString& layerId, const QString& selectionId) const;
    int columnOf(const QString& selectionId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    const Layer& layerAt(int row) const;
    void heatChanged();

    ResponsibilityStack m_stack;
    Columns m_columns = Columns::ServiceModels;
    QList<StackSelection> m_selections;
    ErrorHeat m_heat;
    bool m_heatShown = false;
};

} // namespace demarc
