// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QSqlDatabase>

namespace demarc {

/** The course content in SQLite, as the interface reads it (SqlPackStore installs and lists packs). */
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
    /** The bank's questions without choices, facts and sources, the same ones in the same order. */
    Result<QList<Question>> questionOutline() const override;
    /** Reads these questions and their choices alone. */
    Result<QList<Question>> questionsNamed(const QStringList& ids) const override;
    Result<QList<SearchHit>> searchPage(const QString& text, int offset, int limit) const override;
    Result<int> searchCount(const QString& text) const override;
    /**
     * One counting query, no rows read. A question the store holds damaged (no choices, an
     * unknown type) is counted here although questions() skips it.
     */
    Result<ContentCounts> counts() const override;

    Result<QList<RetiredItem>> retiredItems() const override;

    QSqlDatabase connection() const { return m_db; }

private:
    /** questions(), or with @p only those of these ids. */
    Result<QList<Question>> readQuestions(const QStringList* only) const;

    QSqlDatabase m_db;
};

} // namespace demarc
