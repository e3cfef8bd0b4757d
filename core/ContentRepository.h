// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Content.h"
#include "ResponsibilityStack.h"
#include "Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace demarc {

/** A full-text search hit. */
struct SearchHit
{
    enum class Kind { Lesson, GlossaryTerm, Question };
    Kind kind = Kind::Lesson;
    QString id;
    QString title;
    /** Plain text with the matched words between SnippetStart and SnippetEnd markers. */
    QString snippet;
    /** The lesson to open for this hit (the lesson itself, or the one a question is about). */
    QString lessonId;

    static constexpr QChar SnippetStart = QChar(0x0002);
    static constexpr QChar SnippetEnd = QChar(0x0003);
};

/** How much the installed course holds, as the status bar reports it. */
struct ContentCounts
{
    int lessons = 0;
    int glossaryTerms = 0;
    int questions = 0;
};

/**
 * Read access to the installed course content. Declared here, implemented by the store
 * (db/), handed to the interface (ui/) by the application.
 */
class ContentRepository
{
public:
    virtual ~ContentRepository() = default;

    virtual Result<QList<Topic>> topics() const = 0;
    /** Every lesson in reading order, without its body. */
    virtual Result<QList<Lesson>> lessonOutline() const = 0;
    /** One lesson with its body; an error when there is no such lesson. */
    virtual Result<Lesson> lesson(const QString& id) const = 0;
    virtual Result<QList<Source>> sources() const = 0;
    /** Every glossary term, sorted by term. */
    virtual Result<QList<GlossaryTerm>> glossary() const = 0;
    /** Ids of the lessons that use a glossary term, in reading order. */
    virtual Result<QStringList> lessonsUsingTerm(const QString& termId) const = 0;
    /** The layers (bottom to top, with their cells), the service models and the services. */
    virtual Result<ResponsibilityStack> responsibilityStack() const = 0;
    virtual Result<QList<ControlCategory>> controlCategories() const = 0;
    virtual Result<QList<CustomerArea>> customerAreas() const = 0;
    /** The builder-and-homeowner analogy, row by row. */
    virtual Result<QList<AnalogyRow>> analogy() const = 0;
    /**
     * The question bank in course order, each with its choices. A question the store cannot
     * read whole (an unknown type, a damaged choice) is left out with a logged warning.
     */
    virtual Result<QList<Question>> questions() const = 0;
    /**
     * The same questions in the same order, possibly without their choices, facts and sources:
     * for what only places or names questions (progress by topic, the matrix's mistakes, the
     * titles of notes). This one is questions(); a store may read less.
     */
    virtual Result<QList<Question>> questionOutline() const;
    /**
     * The questions of questions() whose ids are among @p ids, whole and in course order (an id
     * the bank does not have is left out): for what shows a few questions of a large bank in
     * full (the Review page's mistakes, a page at a time). This one filters questions(); a store
     * may read only these.
     */
    virtual Result<QList<Question>> questionsNamed(const QStringList& ids) const;
    /**
     * Lessons, glossary terms and questions matching every word of @p text, best first: @p limit
     * of them from the @p offset-th on (a page of the results, for a list that fetches as it is
     * scrolled).
     */
    virtual Result<QList<SearchHit>> searchPage(const QString& text, int offset, int limit) const = 0;
    /** How many lessons, terms and questions match every word of @p text. */
    virtual Result<int> searchCount(const QString& text) const = 0;
    /** The first @p limit results of searchPage(). */
    Result<QList<SearchHit>> search(const QString& text, int limit) const
    {
        return searchPage(text, 0, limit);
    }
    /**
     * What new versions of packs, or removed packs, took away (oldest first): learner history may name
     * them.
     */
    virtual Result<QList<RetiredItem>> retiredItems() const = 0;
    /**
     * The sizes of lessonOutline(), glossary() and questions(). This one reads all three; a
     * store that can count without reading the rows does so.
     */
    virtual Result<ContentCounts> counts() const;
};

} // namespace demarc
