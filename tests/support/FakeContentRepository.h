// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"
#include "core/PresenterDeck.h"

#include <QHash>

namespace demarc::test {

/** Content held in memory, from a parsed pack; search is a plain substring match. */
class FakeContentRepository final : public ContentRepository
{
public:
    explicit FakeContentRepository(Pack pack);

    /** A pack with three topics, five lessons and four glossary terms. */
    static Pack samplePack();
    /** The bundled course, parsed once. */
    static const Pack& bundledCourse();
    /** The bundled course as presenter mode's material. */
    static DeckMaterial bundledDeckMaterial();

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
    /** The questions without their choices, counted apart, as the store reads it apart. */
    Result<QList<Question>> questionOutline() const override;
    /** These questions, counted apart; reads("questionsNamedIds") is how many ids were asked for. */
    Result<QList<Question>> questionsNamed(const QStringList& ids) const override;
    Result<QList<SearchHit>> searchPage(const QString& text, int offset, int limit) const override;
    Result<int> searchCount(const QString& text) const override;
    Result<QList<RetiredItem>> retiredItems() const override;
    /** Counted without reading the lists, as the store does. */
    Result<ContentCounts> counts() const override;

    /** What retiredItems() answers. */
    void setRetired(QList<RetiredItem> retired) { m_retired = std::move(retired); }

    /** Makes every call fail, as a broken store would. */
    void setFailing(bool failing) { m_failing = failing; }
    int lessonLoads() const { return m_lessonLoads; }
    /** How many times each method was called ("questions", "glossary" …). */
    int reads(const char* method) const { return m_reads.value(QLatin1String(method)); }
    /** Calls of every method. */
    int reads() const;

private:
    Pack m_pack;
    QList<RetiredItem> m_retired;
    bool m_failing = false;
    mutable int m_lessonLoads = 0;
    mutable QHash<QString, int> m_reads;
};

} // namespace demarc::test
