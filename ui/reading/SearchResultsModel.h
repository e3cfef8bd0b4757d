// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QAbstractListModel>

namespace demarc {

/** Full-text search hits, best first. */
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

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace demarc
