// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/NoteTargets.h"
#include "core/Notes.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace demarc {

/**
 * The learner's notes and bookmarks, one row per place (a note and a bookmark on the same
 * place share a row), most recently changed first, filtered by words and by kind. Rows use
 * SearchResultsModel's roles, so the search results' delegate paints them, matches in bold.
 *
 * The rows that match are handed to the view FetchBatch at a time, as it scrolls to them
 * (canFetchMore/fetchMore): a learner with thousands of notes does not wait for the view to
 * measure every one of them whenever a key is typed in the search.
 */
class NotesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Show { All, Notes, Bookmarks };

    enum Role {
        TargetKindRole = Qt::UserRole + 20, ///< int: NoteTargetKind
        TargetIdRole,
        BodyRole, ///< the whole note; empty for a bookmark alone
        BookmarkedRole,
        HasNoteRole,
        RetiredRole, ///< the place is no longer in the course
    };

    struct Entry
    {
        NoteTarget target;
        QString title;
        QString body;
        QDateTime changed;
        bool bookmarked = false;
        bool retired = false;
    };

    static constexpr int FetchBatch = 100;

    explicit NotesModel(QObject* parent = nullptr);

    void setData(const QList<Note>& notes, const QList<Bookmark>& bookmarks, const NoteTargetNames& names);
    /** Shows only rows whose title or note contains every word of @p text (any case). */
    void setFilter(const QString& text, Show show);

    /** The rows handed to the view so far. */
    int rowCount(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int totalCount() const { return int(m_entries.size()); }
    /** How many rows match the filter, handed to the view or not yet. */
    int matchCount() const { return int(m_visible.size()); }
    /** The row of the place with @p targetId, handed to the view if it was not yet; -1 if none. */
    int rowOf(const QString& targetId);
    int noteCount() const;
    int bookmarkCount() const;
    const Entry& entry(int row) const { return m_entries.at(m_visible.at(row)); }
    /** Takes the entry shown at @p row out (its note and bookmark were deleted). */
    void removeEntry(int row);

private:
    void refilter();
    QString snippet(const Entry& e) const;

    QList<Entry> m_entries;
    QList<int> m_visible;
    int m_fetched = 0;
    QStringList m_words;
    Show m_show = Show::All;
};

} // namespace demarc
