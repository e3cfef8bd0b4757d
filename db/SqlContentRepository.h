// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QByteArray>
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

    Result<std::optional<InstalledPack>> installedPack(const QString& id) const;
    Result<QList<InstalledPack>> installedPacks() const;

    /**
     * Replaces the pack's content with @p pack in one transaction (all or nothing) and
     * rebuilds the search index. Learner tables are not touched.
     */
    Status importPack(const Pack& pack, const QString& contentHash, bool bundled);

private:
    QSqlDatabase m_db;
};

} // namespace demarc
