// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ContentRepository.h"

#include <QHash>

#include <optional>

namespace demarc {

/**
 * One course in memory: the installed course read from the store once and shared, read-only,
 * by every view. Each part (topics, lesson outline, glossary, question bank, the stack of layers
 * and cells, the tables, sources) is read the first time a view asks for it and kept; a lesson's
 * body the first time the lesson is opened. reset() forgets it all, for the next reading after a
 * pack is imported, switched or removed. A part that cannot be read is not kept: the next call
 * tries the store again. Search goes to the store (its index is there).
 */
class CourseCache final : public ContentRepository
{
public:
    explicit CourseCache(const ContentRepository& store)
        : m_store(store)
    { }

    /** Forgets everything read: the course changed in the store. */
    void reset();
    /** How many reads reached the store since construction: for tests and diagnostics. */
    int storeReads() const { return m_storeReads; }

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
    /** The bank when it is in memory; otherwise the store's outline, kept. */
    Result<QList<Question>> questionOutline() const override;
    /** From the bank when it is in memory; otherwise the store reads these alone (not kept). */
    Result<QList<Question>> questionsNamed(const QStringList& ids) const override;
    Result<QList<SearchHit>> searchPage(const QString& text, int offset, int limit) const override;
    Result<int> searchCount(const QString& text) const override;
    Result<QList<RetiredItem>> retiredItems() const override;
    /** From the parts in memory when they are; otherwise the store counts (without reading the rows). */
    Result<ContentCounts> counts() const override;

private:
    template<typename T, typename Read> Result<T> kept(std::optional<T>& slot, Read read) const
    {
        if (slot)
            return *slot;
        ++m_storeReads;
        Result<T> r = read();
        if (r)
            slot = *r;
        return r;
    }

    template<typename T, typename Read>
    Result<T> keptById(QHash<QString, T>& byId, const QString& id, Read read) const
    {
        if (const auto it = byId.constFind(id); it != byId.cend())
            return *it;
        ++m_storeReads;
        Result<T> r = read();
        if (r)
            byId.insert(id, *r);
        return r;
    }

    const ContentRepository& m_store;
    mutable int m_storeReads = 0;
    mutable std::optional<QList<Topic>> m_topics;
    mutable std::optional<QList<Lesson>> m_outline;
    mutable std::optional<QList<Question>> m_questionOutline;
    mutable QHash<QString, Lesson> m_lessons;
    mutable std::optional<QList<Source>> m_sources;
    mutable std::optional<QList<GlossaryTerm>> m_glossary;
    mutable QHash<QString, QStringList> m_lessonsUsingTerm;
    mutable std::optional<ResponsibilityStack> m_stack;
    mutable std::optional<QList<ControlCategory>> m_controls;
    mutable std::optional<QList<CustomerArea>> m_areas;
    mutable std::optional<QList<AnalogyRow>> m_analogy;
    mutable std::optional<QList<Question>> m_questions;
    mutable std::optional<QList<RetiredItem>> m_retired;
};

} // namespace demarc
