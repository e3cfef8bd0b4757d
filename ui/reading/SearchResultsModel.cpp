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
    m_pager = nullptr;
    m_total = int(hits.size());
    endResetModel();
}

Status SearchResultsModel::setSearch(Pager pager, int total)
{
    auto first = total > 0 ? pager(0, PageSize) : Result<QList<SearchHit>>(QList<SearchHit> {});
    if (!first) {
        setHits({});
        return Error { first.errorMessage() };
    }
    beginResetModel();
    m_hits = *first;
    m_pager = std::move(pager);
    // A short page means the index holds fewer than it counted (it changed in between).
    m_total = first->size() < PageSize ? int(first->size()) : std::max(total, int(first->size()));
    endResetModel();
    return {};
}

bool SearchResultsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_pager && m_hits.size() < m_total;
}

void SearchResultsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    auto page = m_pager(int(m_hits.size()), PageSize);
    if (!page || page->isEmpty()) {
        m_total = int(m_hits.size()); // nothing more can be read: say so once, not at every scroll
        if (!page)
            emit fetchFailed(page.errorMessage());
        return;
    }
    beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + page->size()) - 1);
    m_hits.append(*page);
    endInsertRows();
    if (page->size() < PageSize)
        m_total = int(m_hits.size());
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
