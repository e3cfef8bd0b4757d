// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponsibilityMatrixModel.h"

#include "PartyStyle.h"

namespace demarc {

ResponsibilityMatrixModel::ResponsibilityMatrixModel(QObject* parent) : QAbstractTableModel(parent) { }

void ResponsibilityMatrixModel::setStack(const ResponsibilityStack& stack)
{
    beginResetModel();
    m_stack = stack;
    m_selections = m_columns == Columns::ServiceModels ? m_stack.modelSelections() : m_stack.serviceSelections();
    endResetModel();
}

void ResponsibilityMatrixModel::setColumns(Columns columns)
{
    if (columns == m_columns)
        return;
    // Every column changes, the rows stay: remove the old columns, insert the new ones.
    if (!m_selections.isEmpty()) {
        beginRemoveColumns({}, 0, int(m_selections.size()) - 1);
        m_selections.clear();
        endRemoveColumns();
    }
    m_columns = columns;
    const auto next = columns == Columns::ServiceModels ? m_stack.modelSelections() : m_stack.serviceSelections();
    if (!next.isEmpty()) {
        beginInsertColumns({}, 0, int(next.size()) - 1);
        m_selections = next;
        endInsertColumns();
    }
}

QModelIndex ResponsibilityMatrixModel::indexOf(const QString& layerId, const QString& selectionId) const
{
    const int at = m_stack.layerIndex(layerId);
    const int column = columnOf(selectionId);
    if (at < 0 || column < 0)
        return {};
    return index(rowCount() - 1 - at, column);
}

int ResponsibilityMatrixModel::columnOf(const QString& selectionId) const
{
    for (int c = 0; c < m_selections.size(); ++c) {
        if (m_selections.at(c).id == selectionId)
            return c;
    }
    return -1;
}

int ResponsibilityMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_stack.layers().size());
}

int ResponsibilityMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_selections.size());
}

const Layer& ResponsibilityMatrixModel::layerAt(int row) const
{
    return m_stack.layers().at(m_stack.layers().size() - 1 - row);
}

QVariant ResponsibilityMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Layer& layer = layerAt(index.row());
    const StackSelection& column = m_selections.at(index.column());
    const auto cell = m_stack.cell(layer.id, column.id);
    switch (role) {
    case Qt::DisplayRole:
        return cell ? QVariant(partystyle::label(cell->party)) : QVariant();
    case Qt::AccessibleTextRole:
        return cell ? QVariant(tr("%1 under %2: %3").arg(layer.name, column.name, partystyle::label(cell->party))) : QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
    case ExplanationRole:
        return cell ? QVariant(cell->explanation) : QVariant();
    case PartyRole:
        return cell ? QVariant(int(cell->party)) : QVariant();
    case NuanceRole:
        return cell ? QVariant(cell->nuance) : QVariant();
    case ServiceSpecificRole:
        return m_stack.isServiceSpecific(layer.id, column.id);
    case LayerIdRole:
        return layer.id;
    case SelectionIdRole:
        return column.id;
    default:
        return {};
    }
}

QVariant ResponsibilityMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_selections.size())
            return {};
        const StackSelection& column = m_selections.at(section);
        if (role == Qt::DisplayRole)
            return column.shortName();
        if (role == Qt::AccessibleTextRole)
            return column.name;
        if (role == Qt::ToolTipRole) {
            if (const Service* s = m_stack.service(column.id))
                return tr("%1 — AWS calls it: %2. Follows the %3 column except where marked ◆.")
                    .arg(s->name, s->awsTerm, m_stack.selection(s->model) ? m_stack.selection(s->model)->shortName() : s->model);
            for (const ServiceModel& m : m_stack.models()) {
                if (m.id == column.id)
                    return QStringLiteral("%1 — %2").arg(m.name, m.summary);
            }
        }
        if (role == SelectionIdRole)
            return column.id;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const Layer& layer = layerAt(section);
    switch (role) {
    case Qt::DisplayRole:
        return layer.name;
    case Qt::ToolTipRole:
        return layer.summary;
    case LayerIdRole:
        return layer.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResponsibilityMatrixModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(PartyRole, "party");
    names.insert(ExplanationRole, "explanation");
    names.insert(NuanceRole, "nuance");
    names.insert(ServiceSpecificRole, "serviceSpecific");
    names.insert(LayerIdRole, "layerId");
    names.insert(SelectionIdRole, "selectionId");
    return names;
}

} // namespace demarc
