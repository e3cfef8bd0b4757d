// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/PackStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>

#include <optional>

namespace demarc {

/** What the store knows about an installed pack. */
struct InstalledPack
{
    QString id;
    QString title;
    int version = 0;
    QString contentHash;
    bool bundled = false;
    /** The pack this one adds to; empty for a course pack. */
    QString extends;
};

/** The course content in SQLite: reads for the interface, and pack import. */
class SqlContentRepository final : public ContentRepository
{
public:
    explicit SqlContentRepository(QSqlDatabase db);

    Result<QList<Topic>> topics() const override;
    Result<QList<Lesson>> lessonOutline() const override;
    Result<Lesson> lesson(const QString& id) const override;
    Result<QList<Source>> sources() const override;
    Result<QList<GlossaryTerm>> glossary() const override;
    Result<QStringList> lessonsUsingTerm(const QString& termId) const override;
    Result<ResponsibilityStack> responsibilityStack() const override;
    Result<QList<ControlCategory>> controlCategories() const override;
    Result<QList<CustomerArea>> customerAreas() const override;
    Result<QList<AnalogyRow>> analogy() const override;
    Result<QList<Question>> questions() const override;
    Result<QList<SearchHit>> search(const QString& text, int limit) const override;
    /**
     * One counting query, no rows read. A question the store holds damaged (no choices, an
     * unknown type) is counted here although questions() skips it.
     */
    Result<ContentCounts> counts() const override;

    Result<std::optional<InstalledPack>> installedPack(const QString& id) const;
    Result<QList<InstalledPack>> installedPacks() const;
    /** Every installed pack with its counts, the course first. */
    Result<QList<PackSummary>> packSummaries() const;
    /** Shows or hides a pack's content everywhere (the bundled course is always shown). */
    Status setPackEnabled(const QString& id, bool enabled);
    /**
     * Uninstalls a pack in one transaction: its items are retired, or with
     * LearnerHistory::Delete the learner's answers, notes, bookmarks and schedules for them
     * are deleted too. The bundled course, and a course other packs extend, are refused.
     */
    Status removePack(const QString& id, LearnerHistory history);
    Result<QList<RetiredItem>> retiredItems() const override;
    /** Everything an installed pack holds, as it was imported: what an export writes. */
    Result<Pack> pack(const QString& id) const;

    /**
     * Replaces the pack's content with @p pack in one transaction (all or nothing) and
     * rebuilds the search index. Lessons, terms and questions the new content lacks are
     * recorded as retired; learner tables are not touched. An id that another installed pack
     * already uses is refused, naming the id and the pack, before anything is written.
     */
    Status importPack(const Pack& pack, const QString& contentHash, bool bundled);

    QSqlDatabase connection() const { return m_db; }

private:
    /** Fills the search index from the enabled packs; inside the caller's transaction. */
    Status rebuildSearchIndex();

    QSqlDatabase m_db;
};

} // namespace demarc
