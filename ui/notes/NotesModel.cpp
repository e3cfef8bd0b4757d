// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotesModel.h"

#include "ui/reading/SearchResultsModel.h"

#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace demarc {

namespace {

constexpr int SnippetLength = 220;

} // namespace

NotesModel::NotesModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void NotesModel::setData(const QList<Note>& notes, const QList<Bookmark>& bookmarks,
                         const NoteTargetNames& names)
{
    m_entries.clear();
    QHash<NoteTarget, int> rowOf;
    auto entryFor = [&](const NoteTarget& target) -> Entry& {
        if (const auto it = rowOf.constFind(target); it != rowOf.cend())
            return m_entries[*it];
        rowOf.insert(target, int(m_entries.size()));
        const QString title = names.title(target);
        m_entries.append(Entry {
            target, title.isEmpty() ? names.displayTitle(target) : title, {}, {}, false, title.isEmpty() });
        return m_entries.last();
    };
    for (const Note& n : notes) {
        Entry& e = entryFor(n.target);
        e.body = n.body;
        e.changed = std::max(e.changed, n.updatedAt);
    }
    for (const Bookmark& b : bookmarks) {
        Entry& e = entryFor(b.target);
        e.bookmarked = true;
        e.changed = std::max(e.changed, b.createdAt);
    }
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry& a, const Entry& b) { return a.changed > b.changed; });
    refilter();
}

void NotesModel::setFilter(const QString& text, Show show)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    m_words = text.split(space, Qt::SkipEmptyParts);
    m_show = show;
    refilter();
}

void NotesModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        const Entry& e = m_entries.at(i);
        if (m_show == Show::Notes && e.body.isEmpty())
            continue;
        if (m_show == Show::Bookmarks && !e.bookmarked)
            continue;
        const bool matches = std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString& w) {
            return e.title.contains(w, Qt::CaseInsensitive) || e.body.contains(w, Qt::CaseInsensitive)
                || NoteTargetNames::kindName(e.target.kind).contains(w, Qt::CaseInsensitive);
        });
        if (matches)
            m_visible.append(i);
    }
    m_fetched = int(std::min<qsizetype>(m_visible.size(), FetchBatch));
    endResetModel();
}

bool NotesModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetched < m_visible.size();
}

void NotesModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const int more = int(std::min<qsizetype>(m_visible.size() - m_fetched, FetchBatch));
    beginInsertRows({}, m_fetched, m_fetched + more - 1);
    m_fetched += more;
    endInsertRows();
}

int NotesModel::rowOf(const QString& targetId)
{
    for (int row = 0; row < m_visible.size(); ++row) {
        if (m_entries.at(m_visible.at(row)).target.id != targetId)
            continue;
        while (row >= m_fetched)
            fetchMore({});
        return row;
    }
    return -1;
}

void NotesModel::removeEntry(int row)
{
    if (row < 0 || row >= m_fetched)
        return;
    beginRemoveRows({}, row, row);
    --m_fetched;
    const int gone = m_visible.takeAt(row);
    m_entries.removeAt(gone);
    for (int& i : m_visible) {
        if (i > gone)
            --i;
    }
    endRemoveRows();
}

int NotesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_fetched; }

int NotesModel::noteCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const Entry& e) { return !e.body.isEmpty(); }));
}

int NotesModel::bookmarkCount() const
{
    return int(
        std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry& e) { return e.bookmarked; }));
}

QString NotesModel::snippet(const Entry& e) const
{
    const QString changed = QLocale().toString(e.changed.toLocalTime().date(), QLocale::ShortFormat);
    if (e.body.isEmpty())
        return tr("Bookmarked on %1. No note yet.").arg(changed);
    QString text = e.body.simplified();
    // Start shortly before the first match, so that what was searched for shows.
    qsizetype from = 0;
    for (const QString& w : m_words) {
        const qsizetype at = text.indexOf(w, 0, Qt::CaseInsensitive);
        if (at > SnippetLength / 2) {
            from = text.lastIndexOf(QLatin1Char(' '), at - 40) + 1;
            break;
        }
    }
    QString cut = text.mid(from, SnippetLength);
    if (from > 0)
        cut.prepend(QStringLiteral("… "));
    if (from + SnippetLength < text.size())
        cut.append(QStringLiteral(" …"));
    for (const QString& w : m_words) {
        QString marked;
        qsizetype pos = 0;
        for (qsizetype at = cut.indexOf(w, 0, Qt::CaseInsensitive); at >= 0;
             at = cut.indexOf(w, pos, Qt::CaseInsensitive)) {
            marked += cut.mid(pos, at - pos) + SearchHit::SnippetStart + cut.mid(at, w.size())
                + SearchHit::SnippetEnd;
            pos = at + w.size();
        }
        cut = marked + cut.mid(pos);
    }
    return cut + QStringLiteral("  ·  ") + tr("changed %1").arg(changed);
}

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const Entry& e = entry(index.row());
    switch (role) {
    case Qt::DisplayRole: return e.title;
    case Qt::ToolTipRole: return e.body.isEmpty() ? e.title : e.body.left(1000);
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2").arg(NoteTargetNames::kindName(e.target.kind), e.title);
    case Qt::AccessibleDescriptionRole:
        return (e.bookmarked ? tr("Bookmarked. ") : QString())
            + (e.body.isEmpty() ? tr("No note.") : e.body.left(500));
    case SearchResultsModel::KindNameRole: {
        QStringList parts { NoteTargetNames::kindName(e.target.kind) };
        if (!e.body.isEmpty())
            parts.append(tr("note"));
        if (e.bookmarked)
            parts.append(tr("★ bookmarked"));
        if (e.retired)
            parts.append(tr("retired"));
        return parts.join(QStringLiteral(" · "));
    }
    case SearchResultsModel::SnippetRole: return snippet(e);
    case TargetKindRole: return int(e.target.kind);
    case TargetIdRole: return e.target.id;
    case BodyRole: return e.body;
    case BookmarkedRole: return e.bookmarked;
    case HasNoteRole: return !e.body.isEmpty();
    case RetiredRole: return e.retired;
    default: return {};
    }
}

} // namespace demarc
