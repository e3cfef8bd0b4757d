// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchResultsModel.h"

namespace demarc {

namespace {

QString kindName(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Lesson: return SearchResultsModel::tr("Lesson");
    case SearchHit::Kind::GlossaryTerm: return SearchResultsModel::tr("Glossary");
    case SearchHit::Kind::Question: return SearchResultsModel::tr("Question");
    }
    return {};
}

QString plainSnippet(QString snippet)
{
    snippet.remove(SearchHit::SnippetStart);
    snippet.remove(SearchHit::SnippetEnd);
    return snippet;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void SearchResultsModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit& h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return h.title;
    case Qt::AccessibleTextRole: return QStringLiteral("%1: %2").arg(kindName(h.kind), h.title);
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole: return plainSnippet(h.snippet);
    case IdRole: return h.id;
    case KindRole: return int(h.kind);
    case KindNameRole: return kindName(h.kind);
    case SnippetRole: return h.snippet;
    case LessonIdRole: return h.lessonId;
    default: return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(KindRole, "kind");
    names.insert(KindNameRole, "kindName");
    names.insert(SnippetRole, "snippet");
    names.insert(LessonIdRole, "lessonId");
    return names;
}

} // namespace demarc
