// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlContentRepository.h"

#include "QuestionRows.h"
#include "Sql.h"
#include "SqlReader.h"
#include "SqlRows.h"
#include "core/GlossaryLinks.h"
#include "core/MarkdownText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace demarc {

using sqlrows::intsFromJson;
using sqlrows::stringsFromJson;

namespace {

Q_LOGGING_CATEGORY(contentLog, "demarc.content")

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlContentRepository)
};

/** The words of a learner's search, lower case, without apostrophes. */
QStringList searchWords(const QString& text)
{
    QStringList words;
    static const QRegularExpression word(QStringLiteral("[\\w']+"),
                                         QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = word.globalMatch(text); it.hasNext();) {
        QString w = it.next().captured(0).toLower();
        w.remove(QLatin1Char('\''));
        if (!w.isEmpty())
            words.append(w);
    }
    return words;
}

/** Turns what a learner typed into an FTS5 query: every word must match, as a prefix. */
QString ftsQuery(const QString& text)
{
    QStringList terms;
    for (const QString& w : searchWords(text))
        terms.append(QLatin1Char('"') + w + QLatin1String("\"*"));
    return terms.join(QLatin1Char(' '));
}

/** A lesson from the columns id, topic_id, title, summary, body, facts, nuances, sources. */
Lesson lessonFromRow(const QSqlQuery& q)
{
    Lesson l;
    l.id = q.value(0).toString();
    l.topic = q.value(1).toString();
    l.title = q.value(2).toString();
    l.summary = q.value(3).toString();
    l.body = q.value(4).toString();
    l.facts = intsFromJson(q.value(5));
    l.nuances = stringsFromJson(q.value(6));
    l.sources = stringsFromJson(q.value(7));
    return l;
}

} // namespace

SqlContentRepository::SqlContentRepository(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<QList<Topic>> SqlContentRepository::topics() const
{
    return sql::rows(
        m_db,
        QStringLiteral(
            "SELECT t.id, t.title, t.section FROM topics t JOIN packs p ON p.id = t.pack_id WHERE p.enabled "
            "ORDER BY p.bundled DESC, p.installed_at, t.position"),
        [](const QSqlQuery& r) {
            return Topic { r.value(0).toString(), r.value(1).toString(), r.value(2).toString() };
        });
}

Result<QList<Lesson>> SqlContentRepository::lessonOutline() const
{
    return sql::rows(
        m_db,
        QStringLiteral("SELECT l.id, l.topic_id, l.title, l.summary, '', l.facts, l.nuances, l.sources "
                       "FROM lessons l JOIN topics t ON t.id = l.topic_id JOIN packs p ON p.id = t.pack_id "
                       "JOIN packs lp ON lp.id = l.pack_id WHERE lp.enabled AND p.enabled "
                       "ORDER BY p.bundled DESC, p.installed_at, t.position, lp.bundled DESC, "
                       "lp.installed_at, l.position"),
        [](const QSqlQuery& r) { return lessonFromRow(r); });
}

Result<Lesson> SqlContentRepository::lesson(const QString& id) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT l.id, l.topic_id, l.title, l.summary, l.body, l.facts, "
                                     "l.nuances, l.sources FROM lessons l "
                                     "JOIN packs p ON p.id = l.pack_id WHERE l.id = ? AND p.enabled"),
                      { id });
    if (!q)
        return Error { q.errorMessage() };
    if (!q->next())
        return Error { Text::tr("there is no lesson \"%1\"").arg(id) };
    return lessonFromRow(*q);
}

Result<QList<Source>> SqlContentRepository::sources() const
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT s.id, s.title, s.url, s.file, s.as_of FROM sources s JOIN packs "
                                    "p ON p.id = s.pack_id WHERE p.enabled "
                                    "ORDER BY p.bundled DESC, p.installed_at, s.position"),
                     [](const QSqlQuery& r) {
                         return Source { r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                                         r.value(3).toString(),
                                         QDate::fromString(r.value(4).toString(), Qt::ISODate) };
                     });
}

Result<QList<GlossaryTerm>> SqlContentRepository::glossary() const
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT g.id, g.term, g.aliases, g.definition, g.sources FROM "
                                    "glossary_terms g JOIN packs p ON p.id = g.pack_id "
                                    "WHERE p.enabled ORDER BY g.term COLLATE NOCASE, g.id"),
                     [](const QSqlQuery& r) {
                         return GlossaryTerm { r.value(0).toString(), r.value(1).toString(),
                                               stringsFromJson(r.value(2)), r.value(3).toString(),
                                               stringsFromJson(r.value(4)) };
                     });
}

Result<QStringList> SqlContentRepository::lessonsUsingTerm(const QString& termId) const
{
    auto q = sql::run(m_db,
                      QStringLiteral("SELECT l.id FROM glossary_lessons g JOIN lessons l ON l.id = "
                                     "g.lesson_id JOIN packs p ON p.id = l.pack_id "
                                     "JOIN topics t ON t.id = l.topic_id WHERE g.term_id = ? AND p.enabled "
                                     "ORDER BY t.position, l.position"),
                      { termId });
    if (!q)
        return Error { q.errorMessage() };
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

namespace {

/** A question as read, with where it goes: its pack's place in the course and its own in the pack. */
struct PlacedQuestion
{
    int pack;
    qint64 position;
    Question question;
};

/**
 * The enabled packs' questions without their choices, in no particular order; with
 * @p askableOnly, only those questions() keeps (each has choices, and a sorting question a
 * party for every one), and without facts and sources; with @p only, only those of these ids.
 */
Result<std::vector<PlacedQuestion>> readQuestionRows(const QSqlDatabase& db, bool askableOnly = false,
                                                     const QStringList* only = nullptr)
{
    // Read as stored and put in order here: SQLite sorting the wide rows cost more than reading
    // them. The bundled course first, then the packs in the order they were installed.
    auto packOrder = sql::readRows(
        db, QStringLiteral("SELECT id FROM packs WHERE enabled ORDER BY bundled DESC, installed_at, id"),
        [](const sql::Reader& r) { return r.text(0); });
    if (!packOrder)
        return Error { packOrder.errorMessage() };
    QHash<QString, int> rank;
    for (const QString& id : std::as_const(*packOrder))
        rank.insert(id, int(rank.size()));
    auto q = sql::Reader::prepare(
        db,
        QStringLiteral("SELECT %1, q.pack_id, q.position FROM questions q JOIN packs p ON p.id = q.pack_id "
                       "WHERE p.enabled")
                .arg(QLatin1String(questionrows::QuestionColumns))
            // (Sorting questions with a choice that has no party, found in one pass over those
            // choices: a test of each question's choices in turn cost twice the whole reading.)
            + (askableOnly ? QStringLiteral(
                   " AND EXISTS (SELECT 1 FROM choices c WHERE c.question_id = q.id) AND q.id NOT IN (SELECT "
                   "c.question_id FROM choices c WHERE c.party = '' AND c.question_id IN (SELECT id FROM "
                   "questions WHERE type IN ('classify', 'split')))")
                           : QString())
            // Any number of ids in one value: a JSON array, read by json_each.
            + (only ? QStringLiteral(" AND q.id IN (SELECT value FROM json_each(?))") : QString()),
        only ? std::initializer_list<QVariant> { sqlrows::toJson(*only) }
             : std::initializer_list<QVariant> {});
    if (!q)
        return Error { q.errorMessage() };
    std::vector<PlacedQuestion> read;
    const Status s = q->forEach([&](const sql::Reader& r) {
        const auto type = questionTypeFromId(r.text(1));
        if (!type) {
            qCWarning(contentLog, "question \"%s\" has an unknown type \"%s\"; skipped",
                      qPrintable(r.text(0)), qPrintable(r.text(1)));
            return;
        }
        Question question = questionrows::questionFrom(r, !askableOnly);
        question.type = *type;
        read.push_back({ rank.value(r.text(12)), r.integer(13), std::move(question) });
    });
    if (!s)
        return Error { s.errorMessage() };
    return read;
}

/**
 * Gives each question of @p bank its choices in order; returns the questions whose choices are
 * damaged. With @p only, reads the choices of those questions alone.
 */
Result<QSet<QString>> readChoices(const QSqlDatabase& db, QList<Question>& bank,
                                  const QStringList* only = nullptr)
{
    QHash<QString, qsizetype> rowOf;
    rowOf.reserve(bank.size());
    for (qsizetype i = 0; i < bank.size(); ++i)
        rowOf.insert(bank.at(i).id, i);
    auto c = sql::Reader::prepare(
        db,
        QStringLiteral("SELECT %1 FROM choices").arg(QLatin1String(questionrows::ChoiceColumns))
            + (only ? QStringLiteral(" WHERE question_id IN (SELECT value FROM json_each(?))") : QString()),
        only ? std::initializer_list<QVariant> { sqlrows::toJson(*only) }
             : std::initializer_list<QVariant> {});
    if (!c)
        return Error { c.errorMessage() };
    std::vector<questionrows::PlacedChoice> choices;
    choices.reserve(size_t(bank.size()) * 4);
    QSet<QString> damaged;
    // A question's choices are stored together: its id is looked up once, not once per choice.
    QByteArray lastId;
    auto at = rowOf.cend();
    const Status read = c->forEach([&](const sql::Reader& r) {
        if (const QByteArrayView id = r.bytes(0); id != lastId || lastId.isNull()) {
            lastId = id.toByteArray();
            at = rowOf.constFind(QString::fromUtf8(id));
        }
        if (at == rowOf.cend())
            return;
        const Question& question = bank.at(*at);
        Choice choice = questionrows::choiceFrom(r, question);
        if (question.assignsParties() && !choice.party)
            damaged.insert(question.id);
        choices.push_back({ *at, r.integer(6), std::move(choice) });
    });
    if (!read)
        return Error { read.errorMessage() };
    questionrows::placeChoices(choices, bank);
    return damaged;
}

/** @p read in course order: the bundled course first, then the packs as installed, each in its order. */
QList<Question> inCourseOrder(std::vector<PlacedQuestion>& read)
{
    // The places are sorted, not the questions: each question is moved once, into its place.
    std::vector<std::size_t> order(read.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::tie(read[a].pack, read[a].position) < std::tie(read[b].pack, read[b].position);
    });
    QList<Question> out;
    out.reserve(qsizetype(read.size()));
    for (std::size_t i : order)
        out.append(std::move(read[i].question));
    return out;
}

} // namespace

Result<QList<Question>> SqlContentRepository::questionOutline() const
{
    auto read = readQuestionRows(m_db, true);
    if (!read)
        return Error { read.errorMessage() };
    return inCourseOrder(*read);
}

Result<QList<Question>> SqlContentRepository::questions() const { return readQuestions(nullptr); }

Result<QList<Question>> SqlContentRepository::questionsNamed(const QStringList& ids) const
{
    if (ids.isEmpty())
        return QList<Question>();
    return readQuestions(&ids);
}

Result<QList<Question>> SqlContentRepository::readQuestions(const QStringList* only) const
{
    auto read = readQuestionRows(m_db, false, only);
    if (!read)
        return Error { read.errorMessage() };
    QList<Question> out = inCourseOrder(*read);
    auto damagedChoices = readChoices(m_db, out, only);
    if (!damagedChoices)
        return Error { damagedChoices.errorMessage() };
    QSet<QString>& damaged = *damagedChoices;
    // A question with no choices, or a sorting item without a party, cannot be asked fairly.
    out.removeIf([&](const Question& question) {
        if (question.choices.isEmpty())
            damaged.insert(question.id);
        if (!damaged.contains(question.id))
            return false;
        qCWarning(contentLog, "question \"%s\" is incomplete in the store; skipped", qPrintable(question.id));
        return true;
    });
    return out;
}

Result<ContentCounts> SqlContentRepository::counts() const
{
    // The same joins and conditions as lessonOutline(), glossary() and questions(). With every pack
    // shown (the usual case) the packs need not be looked at, and each count reads only a small
    // index instead of the rows: start-up with a department's bank counts in a fraction of the time.
    auto hidden = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM packs WHERE NOT enabled"));
    if (!hidden)
        return Error { hidden.errorMessage() };
    auto q = hidden->toInt() == 0
        ? sql::run(
            m_db,
            QStringLiteral("SELECT (SELECT count(*) FROM lessons l JOIN topics t ON t.id = l.topic_id), "
                           "(SELECT count(*) FROM glossary_terms), (SELECT count(*) FROM questions)"))
        : sql::run(
            m_db,
            QStringLiteral("SELECT (SELECT count(*) FROM lessons l JOIN topics t ON t.id = l.topic_id "
                           "JOIN packs p ON p.id = t.pack_id JOIN packs lp ON lp.id = l.pack_id WHERE "
                           "lp.enabled AND p.enabled), (SELECT count(*) FROM glossary_terms g JOIN packs p "
                           "ON p.id = g.pack_id WHERE p.enabled), (SELECT count(*) FROM questions q JOIN "
                           "packs p ON p.id = q.pack_id WHERE p.enabled)"));
    if (!q)
        return Error { q.errorMessage() };
    if (!q->next())
        return Error { Text::tr("the store did not count its content") };
    return ContentCounts { q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt() };
}

Result<int> SqlContentRepository::searchCount(const QString& text) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return 0;
    auto n = sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index MATCH ?"),
                         { match });
    if (!n)
        return Error { n.errorMessage() };
    return n->toInt();
}

Result<QList<SearchHit>> SqlContentRepository::searchPage(const QString& text, int offset, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return QList<SearchHit> {};
    const QString start(SearchHit::SnippetStart);
    const QString end(SearchHit::SnippetEnd);
    // Best first: the hits whose titles hold the most of the words typed ("RDS patches" finds the
    // lesson on RDS patching before the term "Amazon RDS"), then lessons, glossary terms and
    // questions in that order, then by relevance. A question's snippet comes from its prompt:
    // its choices' explanations, which are searched too, would give the answer away.
    const QStringList words = searchWords(text);
    QStringList inTitle;
    QVariantList values { start, end, start, end, match };
    for (const QString& w : words) {
        inTitle.append(QStringLiteral("(instr(lower(s.title), ?) > 0)"));
        values.append(w);
    }
    values.append(limit);
    values.append(offset);
    auto q =
        sql::run(m_db,
                 QStringLiteral(
                     "SELECT s.kind, s.item_id, s.title, "
                     "  CASE s.kind WHEN 'question' THEN snippet(search_index, 2, ?, ?, '…', 14) "
                     "    ELSE snippet(search_index, 3, ?, ?, '…', 14) END, "
                     "  CASE s.kind WHEN 'lesson' THEN s.item_id "
                     "    WHEN 'question' THEN (SELECT CASE WHEN q.lesson_id <> '' THEN q.lesson_id ELSE "
                     "      (SELECT l.id FROM lessons l WHERE l.topic_id = q.topic_id ORDER BY l.position "
                     "LIMIT 1) END "
                     "      FROM questions q WHERE q.id = s.item_id) "
                     "    ELSE '' END "
                     "FROM search_index s WHERE search_index MATCH ? "
                     "ORDER BY %1 DESC, CASE s.kind WHEN 'lesson' THEN 0 WHEN 'glossary' THEN 1 ELSE 2 END, "
                     "  bm25(search_index, 0.0, 0.0, 8.0, 1.0), s.rowid LIMIT ? OFFSET ?")
                     .arg(inTitle.isEmpty() ? QStringLiteral("0") : inTitle.join(QStringLiteral(" + "))),
                 values);
    if (!q)
        return Error { q.errorMessage() };
    QList<SearchHit> out;
    while (q->next()) {
        SearchHit hit;
        const QString kind = q->value(0).toString();
        hit.kind = kind == QLatin1String("lesson") ? SearchHit::Kind::Lesson
            : kind == QLatin1String("glossary")    ? SearchHit::Kind::GlossaryTerm
                                                   : SearchHit::Kind::Question;
        hit.id = q->value(1).toString();
        hit.title = q->value(2).toString();
        hit.snippet = q->value(3).toString();
        hit.lessonId = q->value(4).toString();
        out.append(hit);
    }
    return out;
}

Result<ResponsibilityStack> SqlContentRepository::responsibilityStack() const
{
    auto cellOf = [](const QSqlQuery& q, int first) {
        return Responsibility { partyFromId(q.value(first).toString()).value_or(Party::Customer),
                                q.value(first + 1).toString(), q.value(first + 2).toString() };
    };
    QList<ServiceModel> models;
    auto m = sql::run(
        m_db, QStringLiteral("SELECT id, name, summary, sources FROM service_models ORDER BY position"));
    if (!m)
        return Error { m.errorMessage() };
    while (m->next())
        models.append({ m->value(0).toString(), m->value(1).toString(), m->value(2).toString(),
                        stringsFromJson(m->value(3)) });

    QList<Layer> layers;
    auto l = sql::run(
        m_db, QStringLiteral("SELECT id, name, summary, examples, sources FROM layers ORDER BY position"));
    if (!l)
        return Error { l.errorMessage() };
    while (l->next()) {
        Layer layer;
        layer.id = l->value(0).toString();
        layer.name = l->value(1).toString();
        layer.summary = l->value(2).toString();
        layer.examples = stringsFromJson(l->value(3));
        layer.sources = stringsFromJson(l->value(4));
        layers.append(layer);
    }
    auto cells = sql::run(
        m_db, QStringLiteral("SELECT layer_id, model_id, party, explanation, nuance FROM responsibilities"));
    if (!cells)
        return Error { cells.errorMessage() };
    while (cells->next()) {
        for (Layer& layer : layers) {
            if (layer.id == cells->value(0).toString())
                layer.responsibility.insert(cells->value(1).toString(), cellOf(*cells, 2));
        }
    }

    QList<Service> services;
    auto sv = sql::run(m_db,
                       QStringLiteral("SELECT id, name, model_id, category, aws_term, summary, note, "
                                      "end_of_support, sources FROM services ORDER BY position"));
    if (!sv)
        return Error { sv.errorMessage() };
    while (sv->next()) {
        Service s;
        s.id = sv->value(0).toString();
        s.name = sv->value(1).toString();
        s.model = sv->value(2).toString();
        s.category = serviceCategoryFromId(sv->value(3).toString()).value_or(ServiceCategory::None);
        s.awsTerm = sv->value(4).toString();
        s.summary = sv->value(5).toString();
        s.note = sv->value(6).toString();
        s.endOfSupport = QDate::fromString(sv->value(7).toString(), Qt::ISODate);
        s.sources = stringsFromJson(sv->value(8));
        services.append(s);
    }
    auto own = sql::run(
        m_db,
        QStringLiteral(
            "SELECT service_id, layer_id, party, explanation, nuance FROM service_responsibilities"));
    if (!own)
        return Error { own.errorMessage() };
    while (own->next()) {
        for (Service& s : services) {
            if (s.id == own->value(0).toString())
                s.responsibility.insert(own->value(1).toString(), cellOf(*own, 2));
        }
    }
    return ResponsibilityStack(layers, models, services);
}

Result<QList<ControlCategory>> SqlContentRepository::controlCategories() const
{
    auto q = sql::run(
        m_db, QStringLiteral("SELECT id, name, summary, sources FROM control_categories ORDER BY position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<ControlCategory> out;
    while (q->next())
        out.append({ q->value(0).toString(),
                     q->value(1).toString(),
                     q->value(2).toString(),
                     {},
                     stringsFromJson(q->value(3)) });
    auto x = sql::run(
        m_db,
        QStringLiteral(
            "SELECT category_id, name, aws, customer FROM control_examples ORDER BY category_id, position"));
    if (!x)
        return Error { x.errorMessage() };
    while (x->next()) {
        for (ControlCategory& c : out) {
            if (c.id == x->value(0).toString())
                c.examples.append({ x->value(1).toString(), x->value(2).toString(), x->value(3).toString() });
        }
    }
    return out;
}

Result<QList<CustomerArea>> SqlContentRepository::customerAreas() const
{
    auto q = sql::run(m_db, QStringLiteral("SELECT id, name, sources FROM customer_areas ORDER BY position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<CustomerArea> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), {}, stringsFromJson(q->value(2)) });
    auto items = sql::run(
        m_db, QStringLiteral("SELECT area_id, text FROM customer_area_items ORDER BY area_id, position"));
    if (!items)
        return Error { items.errorMessage() };
    while (items->next()) {
        for (CustomerArea& a : out) {
            if (a.id == items->value(0).toString())
                a.items.append(items->value(1).toString());
        }
    }
    return out;
}

Result<QList<AnalogyRow>> SqlContentRepository::analogy() const
{
    return sql::rows(
        m_db,
        QStringLiteral(
            "SELECT id, house, cloud, party, explanation, sources FROM analogy_rows ORDER BY position"),
        [](const QSqlQuery& r) {
            return AnalogyRow {
                r.value(0).toString(), r.value(1).toString(),
                r.value(2).toString(), partyFromId(r.value(3).toString()).value_or(Party::Customer),
                r.value(4).toString(), stringsFromJson(r.value(5))
            };
        });
}

Result<QList<RetiredItem>> SqlContentRepository::retiredItems() const
{
    return sql::rows(
        m_db,
        QStringLiteral(
            "SELECT kind, id, pack_id, title, retired_at FROM retired_items ORDER BY retired_at, kind, id"),
        [](const QSqlQuery& r) {
            const QString kind = r.value(0).toString();
            return RetiredItem { kind == QLatin1String("lesson")         ? RetiredItem::Kind::Lesson
                                     : kind == QLatin1String("glossary") ? RetiredItem::Kind::GlossaryTerm
                                                                         : RetiredItem::Kind::Question,
                                 r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                 QDateTime::fromString(r.value(4).toString(), Qt::ISODateWithMs) };
        });
}

} // namespace demarc
