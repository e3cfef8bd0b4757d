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

    explicit NotesModel(QObject* parent = nullptr);

    void setData(const QList<Note>& notes, const QList<Bookmark>& bookmarks, const NoteTargetNames& names);
    /** Shows only rows whose title or note contains every word of @p text (any case). */
    void setFilter(const QString& text, Show show);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    int totalCount() const { return int(m_entries.size()); }
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
    QStringList m_words;
    Show m_show = Show::All;
};

} // namespace demarc
