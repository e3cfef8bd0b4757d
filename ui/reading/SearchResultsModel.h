// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QAbstractListModel>

#include <functional>

namespace demarc {

/**
 * Full-text search hits, best first. For a search, the first page of hits is read at once and
 * the next pages as the view scrolls to them (canFetchMore/fetchMore): a common word in a
 * department's bank matches thousands of lessons, terms and questions.
 */
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole, ///< int: SearchHit::Kind
        KindNameRole, ///< "Lesson", "Glossary", "Question"
        SnippetRole, ///< plain text, matches between SearchHit::SnippetStart/End
        LessonIdRole, ///< the lesson to open for this hit
    };
    Q_ENUM(Role)

    /** How many hits are read at a time. */
    static constexpr int PageSize = 50;
    /** Reads @p limit hits from the @p offset-th on. */
    using Pager = std::function<Result<QList<SearchHit>>(int offset, int limit)>;

    explicit SearchResultsModel(QObject* parent = nullptr);

    /** Shows @p hits, all of them: nothing more to fetch. */
    void setHits(const QList<SearchHit>& hits);
    /** Shows the @p total hits @p pager reads, reading the first page now. */
    Status setSearch(Pager pager, int total);
    /** How many hits the search has, fetched or not. */
    int total() const { return m_total; }

    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    /** A page after the first could not be read: the list stays as it is, and says no more. */
    void fetchFailed(const QString& message);

private:
    QList<SearchHit> m_hits;
    Pager m_pager;
    int m_total = 0;
};

} // namespace demarc
