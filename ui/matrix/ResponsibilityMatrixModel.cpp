// SPDX-License-Identifier: GPL-3.0-or-later
#include "ResponsibilityMatrixModel.h"

#include "ui/paint/PartyStyle.h"

namespace demarc {

ResponsibilityMatrixModel::ResponsibilityMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ResponsibilityMatrixModel::setStack(const ResponsibilityStack& stack)
{
    beginResetModel();
    m_stack = stack;
    m_selections =
        m_columns == Columns::ServiceModels ? m_stack.modelSelections() : m_stack.serviceSelections();
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
    const auto next =
        columns == Columns::ServiceModels ? m_stack.modelSelections() : m_stack.serviceSelections();
    if (!next.isEmpty()) {
        beginInsertColumns({}, 0, int(next.size()) - 1);
        m_selections = next;
        endInsertColumns();
    }
}

void ResponsibilityMatrixModel::setErrorHeat(const ErrorHeat& heat)
{
    m_heat = heat;
    if (m_heatShown)
        heatChanged();
}

void ResponsibilityMatrixModel::setHeatShown(bool shown)
{
    if (shown == m_heatShown)
        return;
    m_heatShown = shown;
    heatChanged();
}

void ResponsibilityMatrixModel::heatChanged()
{
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(
            index(0, 0), index(rowCount() - 1, columnCount() - 1),
            { WrongAnswersRole, AnswersRole, HeatRole, Qt::ToolTipRole, Qt::AccessibleTextRole });
    }
    emit headerDataChanged(Qt::Vertical, 0, std::max(0, rowCount() - 1));
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
    const CellErrors errors = m_heatShown ? m_heat.cell(layer.id, column.id) : CellErrors {};
    const QString heatText = errors.attempts > 0
        ? tr("Your answers about this cell: %1 wrong of %2.").arg(errors.wrong).arg(errors.attempts)
        : QString();
    switch (role) {
    case Qt::DisplayRole: return cell ? QVariant(partystyle::label(cell->party)) : QVariant();
    case Qt::AccessibleTextRole:
        if (!cell)
            return {};
        return heatText.isEmpty()
            ? tr("%1 under %2: %3").arg(layer.name, column.name, partystyle::label(cell->party))
            : tr("%1 under %2: %3. %4")
                  .arg(layer.name, column.name, partystyle::label(cell->party), heatText);
    case Qt::ToolTipRole:
        if (!cell)
            return {};
        return heatText.isEmpty() ? cell->explanation
                                  : QStringLiteral("%1\n\n%2").arg(heatText, cell->explanation);
    case WrongAnswersRole: return m_heatShown ? QVariant(errors.wrong) : QVariant();
    case AnswersRole: return m_heatShown ? QVariant(errors.attempts) : QVariant();
    case HeatRole:
        if (!m_heatShown)
            return {};
        return m_heat.maxWrong() > 0 ? double(errors.wrong) / m_heat.maxWrong() : 0.0;
    case Qt::AccessibleDescriptionRole:
    case ExplanationRole: return cell ? QVariant(cell->explanation) : QVariant();
    case PartyRole: return cell ? QVariant::fromValue(cell->party) : QVariant();
    case NuanceRole: return cell ? QVariant(cell->nuance) : QVariant();
    case ServiceSpecificRole: return m_stack.isServiceSpecific(layer.id, column.id);
    case LayerIdRole: return layer.id;
    case SelectionIdRole: return column.id;
    default: return {};
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
                return tr("%1 — AWS calls it: %2. Drawn with the %3 column except where marked ◆.")
                    .arg(s->name, s->awsTerm,
                         m_stack.selection(s->model) ? m_stack.selection(s->model)->shortName() : s->model);
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
    const CellErrors rowErrors = m_heatShown ? m_heat.layer(layer.id) : CellErrors {};
    switch (role) {
    case Qt::DisplayRole:
        // The layer's own total: every question about it, with or without a model or service.
        if (rowErrors.attempts > 0)
            return QStringLiteral("%1   %2 %3/%4")
                .arg(layer.name, rowErrors.wrong > 0 ? QStringLiteral("✗") : QStringLiteral("✓"))
                .arg(rowErrors.wrong)
                .arg(rowErrors.attempts);
        return layer.name;
    case Qt::AccessibleTextRole:
        if (rowErrors.attempts > 0)
            return tr("%1. Your answers about this layer: %2 wrong of %3.")
                .arg(layer.name)
                .arg(rowErrors.wrong)
                .arg(rowErrors.attempts);
        return layer.name;
    case Qt::ToolTipRole:
        if (m_heatShown && m_heat.layer(layer.id).attempts > 0) {
            const CellErrors e = m_heat.layer(layer.id);
            return tr("%1\n\nYour answers about this layer, under any column: %2 wrong of %3.")
                .arg(layer.summary)
                .arg(e.wrong)
                .arg(e.attempts);
        }
        return layer.summary;
    case LayerIdRole: return layer.id;
    case WrongAnswersRole: return m_heatShown ? QVariant(m_heat.layer(layer.id).wrong) : QVariant();
    case AnswersRole: return m_heatShown ? QVariant(m_heat.layer(layer.id).attempts) : QVariant();
    default: return {};
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
    names.insert(WrongAnswersRole, "wrongAnswers");
    names.insert(AnswersRole, "answers");
    names.insert(HeatRole, "heat");
    return names;
}

} // namespace demarc
