// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacksModel.h"

#include <QFont>

namespace demarc {

void PacksModel::setPacks(QList<PackSummary> packs)
{
    // A pack imported or removed is a row inserted or removed: the selection stays on its pack.
    auto ids = [](const QList<PackSummary>& list) {
        QStringList out;
        for (const PackSummary& p : list)
            out.append(p.info.id);
        return out;
    };
    beginChange(listChange(ids(m_packs), ids(packs)));
    endChange([&] { m_packs = std::move(packs); });
}

const PackSummary* PacksModel::pack(int row) const
{
    return row >= 0 && row < m_packs.size() ? &m_packs.at(row) : nullptr;
}

int PacksModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).info.id == id)
            return int(i);
    }
    return -1;
}

int PacksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

int PacksModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PacksModel::data(const QModelIndex& index, int role) const
{
    const PackSummary* p = index.isValid() ? pack(index.row()) : nullptr;
    if (!p)
        return {};
    if (role == PackIdRole)
        return p->info.id;
    if (role == Qt::FontRole && !p->enabled) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Version && index.column() <= Questions)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return p->info.description.isEmpty() ? p->info.title : p->info.description;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case Title: return p->info.title;
    case Author: return p->info.author;
    case Version: return p->info.version;
    case Lessons: return p->lessons;
    case Terms: return p->glossaryTerms;
    case Questions: return p->questions;
    case State:
        // Said in words, never by colour or style alone.
        return p->bundled ? tr("Course (always on)") : p->enabled ? tr("Enabled") : tr("Disabled");
    default: return {};
    }
}

QVariant PacksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Pack");
    case Author: return tr("Author");
    case Version: return tr("Version");
    case Lessons: return tr("Lessons");
    case Terms: return tr("Terms");
    case Questions: return tr("Questions");
    case State: return tr("State");
    default: return {};
    }
}

} // namespace demarc
