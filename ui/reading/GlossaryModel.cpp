// SPDX-License-Identifier: GPL-3.0-or-later
#include "GlossaryModel.h"

namespace demarc {

GlossaryModel::GlossaryModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void GlossaryModel::setTerms(const QList<GlossaryTerm>& terms)
{
    beginResetModel();
    m_terms = terms;
    endResetModel();
}

const GlossaryTerm* GlossaryModel::term(const QString& id) const
{
    for (const GlossaryTerm& t : m_terms) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QModelIndex GlossaryModel::indexOfTerm(const QString& id) const
{
    for (int row = 0; row < m_terms.size(); ++row) {
        if (m_terms.at(row).id == id)
            return index(row);
    }
    return {};
}

int GlossaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_terms.size());
}

QVariant GlossaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GlossaryTerm& t = m_terms.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole: return t.term;
    case Qt::ToolTipRole:
    case DefinitionRole: return t.definition;
    case IdRole: return t.id;
    case AliasesRole: return t.aliases;
    case SearchTextRole:
        return QStringList { t.term, t.aliases.join(QLatin1Char(' ')), t.definition }.join(QLatin1Char('\n'));
    default: return {};
    }
}

QHash<int, QByteArray> GlossaryModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(DefinitionRole, "definition");
    names.insert(AliasesRole, "aliases");
    names.insert(SearchTextRole, "searchText");
    return names;
}

} // namespace demarc
