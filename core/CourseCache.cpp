// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourseCache.h"

namespace demarc {

void CourseCache::reset()
{
    m_topics.reset();
    m_outline.reset();
    m_lessons.clear();
    m_sources.reset();
    m_glossary.reset();
    m_lessonsUsingTerm.clear();
    m_stack.reset();
    m_controls.reset();
    m_areas.reset();
    m_analogy.reset();
    m_questions.reset();
    m_questionOutline.reset();
    m_retired.reset();
}

Result<QList<Topic>> CourseCache::topics() const
{
    return kept(m_topics, [this] { return m_store.topics(); });
}
Result<QList<Lesson>> CourseCache::lessonOutline() const
{
    return kept(m_outline, [this] { return m_store.lessonOutline(); });
}
Result<QList<Source>> CourseCache::sources() const
{
    return kept(m_sources, [this] { return m_store.sources(); });
}
Result<QList<GlossaryTerm>> CourseCache::glossary() const
{
    return kept(m_glossary, [this] { return m_store.glossary(); });
}
Result<ResponsibilityStack> CourseCache::responsibilityStack() const
{
    return kept(m_stack, [this] { return m_store.responsibilityStack(); });
}
Result<QList<ControlCategory>> CourseCache::controlCategories() const
{
    return kept(m_controls, [this] { return m_store.controlCategories(); });
}
Result<QList<CustomerArea>> CourseCache::customerAreas() const
{
    return kept(m_areas, [this] { return m_store.customerAreas(); });
}
Result<QList<AnalogyRow>> CourseCache::analogy() const
{
    return kept(m_analogy, [this] { return m_store.analogy(); });
}
Result<QList<Question>> CourseCache::questions() const
{
    return kept(m_questions, [this] { return m_store.questions(); });
}

Result<QList<Question>> CourseCache::questionOutline() const
{
    if (m_questions)
        return *m_questions;
    return kept(m_questionOutline, [this] { return m_store.questionOutline(); });
}

Result<QList<Question>> CourseCache::questionsNamed(const QStringList& ids) const
{
    return m_questions ? ContentRepository::questionsNamed(ids) : m_store.questionsNamed(ids);
}
Result<QList<RetiredItem>> CourseCache::retiredItems() const
{
    return kept(m_retired, [this] { return m_store.retiredItems(); });
}

Result<Lesson> CourseCache::lesson(const QString& id) const
{
    return keptById(m_lessons, id, [&] { return m_store.lesson(id); });
}

Result<QStringList> CourseCache::lessonsUsingTerm(const QString& termId) const
{
    return keptById(m_lessonsUsingTerm, termId, [&] { return m_store.lessonsUsingTerm(termId); });
}

Result<QList<SearchHit>> CourseCache::searchPage(const QString& text, int offset, int limit) const
{
    return m_store.searchPage(text, offset, limit);
}

Result<int> CourseCache::searchCount(const QString& text) const { return m_store.searchCount(text); }

Result<ContentCounts> CourseCache::counts() const
{
    if (m_outline && m_glossary && m_questions)
        return ContentCounts { int(m_outline->size()), int(m_glossary->size()), int(m_questions->size()) };
    ++m_storeReads;
    return m_store.counts();
}

} // namespace demarc
