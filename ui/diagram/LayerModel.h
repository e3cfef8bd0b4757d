// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ResponsibilityStack.h"

#include <QAbstractListModel>

namespace demarc {

/**
 * The responsibility stack as a list, top layer (customer data) in row 0, the way AWS's
 * diagram reads. Each row's party follows the selected service model or service; with a
 * comparison selected, rows also say who secures them there and whether they change hands.
 */
class LayerModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        PartyRole, ///< Party under the selection
        PartyNameRole, ///< "AWS", "Customer", "Shared"
        SideRole, ///< "Security OF the cloud" …
        DescriptionRole, ///< what the layer is
        ExamplesRole, ///< QStringList
        SourcesRole, ///< QStringList of source ids
        ExplanationRole, ///< why this party, under the selection
        NuanceRole, ///< where common material differs; may be empty
        ServiceSpecificRole, ///< bool: the selected service has its own cell here
        ComparePartyRole, ///< Party under the comparison; invalid without one
        CompareExplanationRole,
        ChangesHandsRole, ///< bool: the party differs between selection and comparison
        CompareNuanceRole, ///< where common material differs under the comparison; may be empty
        CompareServiceSpecificRole, ///< bool: the compared service has its own cell here
    };
    Q_ENUM(Role)

    explicit LayerModel(QObject* parent = nullptr);

    void setStack(const ResponsibilityStack& stack);
    const ResponsibilityStack& stack() const { return m_stack; }

    /** Shows parties under a model or service; false for an unknown id. */
    bool setSelection(const QString& id);
    QString selection() const { return m_selection; }
    /** Compares with a second model or service; an empty id ends the comparison. */
    bool setComparison(const QString& id);
    QString comparison() const { return m_comparison; }

    QModelIndex indexOfLayer(const QString& layerId) const;
    /** Layers AWS alone secures from the bottom up: where the line sits. */
    int awsLayerCount() const;
    int comparisonAwsLayerCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void selectionChanged(const QString& id);
    void comparisonChanged(const QString& id);

private:
    const Layer& layerAt(int row) const;
    void emitPartiesChanged(const QList<int>& roles);

    ResponsibilityStack m_stack;
    QString m_selection;
    QString m_comparison;
};

} // namespace demarc
