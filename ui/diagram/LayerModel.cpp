// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayerModel.h"

#include "ui/paint/PartyStyle.h"

namespace demarc {

LayerModel::LayerModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void LayerModel::setStack(const ResponsibilityStack& stack)
{
    beginResetModel();
    m_stack = stack;
    if (!m_stack.selection(m_selection))
        m_selection = m_stack.selectionIds().value(0);
    if (!m_stack.selection(m_comparison))
        m_comparison.clear();
    endResetModel();
}

bool LayerModel::setSelection(const QString& id)
{
    if (!m_stack.selection(id))
        return false;
    if (id == m_selection)
        return true;
    m_selection = id;
    emitPartiesChanged({ PartyRole, PartyNameRole, SideRole, ExplanationRole, NuanceRole, ServiceSpecificRole,
                         ChangesHandsRole, Qt::ToolTipRole, Qt::AccessibleDescriptionRole });
    emit selectionChanged(id);
    return true;
}

bool LayerModel::setComparison(const QString& id)
{
    if (!id.isEmpty() && !m_stack.selection(id))
        return false;
    if (id == m_comparison)
        return true;
    m_comparison = id;
    emitPartiesChanged({ ComparePartyRole, CompareExplanationRole, ChangesHandsRole, CompareNuanceRole,
                         CompareServiceSpecificRole });
    emit comparisonChanged(id);
    return true;
}

void LayerModel::emitPartiesChanged(const QList<int>& roles)
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1), roles);
}

QModelIndex LayerModel::indexOfLayer(const QString& layerId) const
{
    const int at = m_stack.layerIndex(layerId);
    return at < 0 ? QModelIndex() : index(rowCount() - 1 - at);
}

int LayerModel::awsLayerCount() const { return m_stack.awsLayerCount(m_selection); }

int LayerModel::comparisonAwsLayerCount() const
{
    return m_comparison.isEmpty() ? 0 : m_stack.awsLayerCount(m_comparison);
}

int LayerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stack.layers().size());
}

const Layer& LayerModel::layerAt(int row) const
{
    return m_stack.layers().at(m_stack.layers().size() - 1 - row);
}

QVariant LayerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Layer& layer = layerAt(index.row());
    const auto cell = m_stack.cell(layer.id, m_selection);
    const auto compared = m_comparison.isEmpty() ? std::nullopt : m_stack.cell(layer.id, m_comparison);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return layer.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return cell ? QStringLiteral("%1: %2").arg(partystyle::label(cell->party), cell->explanation)
                    : QVariant();
    case IdRole: return layer.id;
    case PartyRole: return cell ? QVariant::fromValue(cell->party) : QVariant();
    case PartyNameRole: return cell ? QVariant(partystyle::label(cell->party)) : QVariant();
    case SideRole: return cell ? QVariant(partystyle::side(cell->party)) : QVariant();
    case DescriptionRole: return layer.summary;
    case ExamplesRole: return layer.examples;
    case SourcesRole: return layer.sources;
    case ExplanationRole: return cell ? QVariant(cell->explanation) : QVariant();
    case NuanceRole: return cell ? QVariant(cell->nuance) : QVariant();
    case ServiceSpecificRole: return m_stack.isServiceSpecific(layer.id, m_selection);
    case ComparePartyRole: return compared ? QVariant::fromValue(compared->party) : QVariant();
    case CompareExplanationRole: return compared ? QVariant(compared->explanation) : QVariant();
    case ChangesHandsRole: return cell && compared && cell->party != compared->party;
    case CompareNuanceRole: return compared ? QVariant(compared->nuance) : QVariant();
    case CompareServiceSpecificRole:
        return !m_comparison.isEmpty() && m_stack.isServiceSpecific(layer.id, m_comparison);
    default: return {};
    }
}

QHash<int, QByteArray> LayerModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(PartyRole, "party");
    names.insert(PartyNameRole, "partyName");
    names.insert(SideRole, "side");
    names.insert(DescriptionRole, "description");
    names.insert(ExamplesRole, "examples");
    names.insert(SourcesRole, "sources");
    names.insert(ExplanationRole, "explanation");
    names.insert(NuanceRole, "nuance");
    names.insert(ServiceSpecificRole, "serviceSpecific");
    names.insert(ComparePartyRole, "compareParty");
    names.insert(CompareExplanationRole, "compareExplanation");
    names.insert(ChangesHandsRole, "changesHands");
    names.insert(CompareNuanceRole, "compareNuance");
    names.insert(CompareServiceSpecificRole, "compareServiceSpecific");
    return names;
}

} // namespace demarc
