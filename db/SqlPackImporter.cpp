// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlPackImporter.h"

#include "SearchIndex.h"
#include "Sql.h"
#include "SqlRows.h"
#include "core/GlossaryLinks.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace demarc {

using sqlrows::dateText;
using sqlrows::toJson;

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlContentRepository)
};

template<typename Items> QStringList idsOf(const Items& items)
{
    QStringList ids;
    for (const auto& x : items)
        ids.append(x.id);
    return ids;
}

} // namespace

SqlPackImporter::SqlPackImporter(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Status SqlPackImporter::importPack(const Pack& pack, const QString& contentHash, bool bundled)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    // Ids are shared by all installed packs (learner data hangs on them alone): one that
    // another pack already uses is refused by name before anything is written.
    if (Status s = refuseTakenIds(pack); !s)
        return s;

    // Statements run until the first failure; the rest are skipped and the transaction
    // rolls back when it goes out of scope.
    m_soFar = {};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    retireWhatIsGone(pack, now);
    step(QStringLiteral("DELETE FROM packs WHERE id = ?"), { pack.info.id });
    step(QStringLiteral("INSERT INTO packs (id, title, version, language, author, description, extends, "
                        "content_hash, bundled, installed_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
         { pack.info.id, pack.info.title, pack.info.version, pack.info.language, pack.info.author,
           pack.info.description, pack.info.extends, contentHash, bundled ? 1 : 0, now });

    writeModel(pack);
    writeControls(pack);
    writeCourse(pack);
    writeQuestions(pack);
    m_prepared.clear(); // finished before the index is rebuilt and the transaction ends
    if (m_soFar)
        m_soFar = rebuildSearchIndex(m_db);
    if (!m_soFar)
        return m_soFar;
    return transaction.commit();
}

Status SqlPackImporter::refuseTakenIds(const Pack& pack) const
{
    struct Kind
    {
        const char* table;
        const char* what;
        QStringList ids;
    };
    const Kind kinds[] = {
        { "sources", QT_TRANSLATE_NOOP("SqlContentRepository", "source"), idsOf(pack.sources) },
        { "service_models", QT_TRANSLATE_NOOP("SqlContentRepository", "service model"),
          idsOf(pack.serviceModels) },
        { "layers", QT_TRANSLATE_NOOP("SqlContentRepository", "layer"), idsOf(pack.layers) },
        { "services", QT_TRANSLATE_NOOP("SqlContentRepository", "service"), idsOf(pack.services) },
        { "control_categories", QT_TRANSLATE_NOOP("SqlContentRepository", "control category"),
          idsOf(pack.controlCategories) },
        { "customer_areas", QT_TRANSLATE_NOOP("SqlContentRepository", "customer area"),
          idsOf(pack.customerAreas) },
        { "analogy_rows", QT_TRANSLATE_NOOP("SqlContentRepository", "analogy row"), idsOf(pack.analogy) },
        { "topics", QT_TRANSLATE_NOOP("SqlContentRepository", "topic"), idsOf(pack.topics) },
        { "lessons", QT_TRANSLATE_NOOP("SqlContentRepository", "lesson"), idsOf(pack.lessons) },
        { "glossary_terms", QT_TRANSLATE_NOOP("SqlContentRepository", "glossary term"),
          idsOf(pack.glossary) },
        { "questions", QT_TRANSLATE_NOOP("SqlContentRepository", "question"), idsOf(pack.questions) },
    };
    QStringList clashes;
    for (const Kind& k : kinds) {
        auto q = sql::run(
            m_db,
            QStringLiteral("SELECT t.id, p.title, p.id FROM %1 t JOIN packs p ON p.id = t.pack_id "
                           "WHERE t.pack_id <> ? AND t.id IN (SELECT value FROM json_each(?)) ORDER BY t.id")
                .arg(QLatin1String(k.table)),
            { pack.info.id, toJson(k.ids) });
        if (!q)
            return Error { q.errorMessage() };
        while (q->next() && clashes.size() < 10) {
            clashes.append(Text::tr("%1 id \"%2\" is already used by the installed pack \"%3\" (%4)")
                               .arg(Text::tr(k.what), q->value(0).toString(), q->value(1).toString(),
                                    q->value(2).toString()));
        }
    }
    if (!clashes.isEmpty())
        return Error { clashes.join(QLatin1Char('\n')) };
    return {};
}

void SqlPackImporter::retireWhatIsGone(const Pack& pack, const QString& now)
{
    const QStringList lessonIds = idsOf(pack.lessons);
    const QStringList termIds = idsOf(pack.glossary);
    const QStringList questionIds = idsOf(pack.questions);
    // What the new version no longer has is retired: its learner history stays, shown by title.
    const struct
    {
        const char* kind;
        const char* table;
        const char* title;
        const QStringList& ids;
    } retiring[] = {
        { "lesson", "lessons", "title", lessonIds },
        { "glossary", "glossary_terms", "term", termIds },
        { "question", "questions", "prompt", questionIds },
    };
    for (const auto& r : retiring) {
        step(QStringLiteral("INSERT OR REPLACE INTO retired_items (kind, id, pack_id, title, retired_at) "
                            "SELECT ?, id, pack_id, %1, ? FROM %2 WHERE pack_id = ? AND id NOT IN (SELECT "
                            "value FROM json_each(?))")
                 .arg(QLatin1String(r.title), QLatin1String(r.table)),
             { QLatin1String(r.kind), now, pack.info.id, toJson(r.ids) });
        step(QStringLiteral(
                 "DELETE FROM retired_items WHERE kind = ? AND id IN (SELECT value FROM json_each(?))"),
             { QLatin1String(r.kind), toJson(r.ids) });
    }
}

void SqlPackImporter::writeModel(const Pack& pack)
{
    const QString& packId = pack.info.id;
    for (qsizetype i = 0; i < pack.sources.size(); ++i) {
        const Source& s = pack.sources.at(i);
        step(QStringLiteral("INSERT INTO sources (pack_id, id, position, title, url, file, as_of) VALUES (?, "
                            "?, ?, ?, ?, ?, ?)"),
             { packId, s.id, i, s.title, s.url, s.file, dateText(s.asOf) });
    }
    for (qsizetype i = 0; i < pack.serviceModels.size(); ++i) {
        const ServiceModel& m = pack.serviceModels.at(i);
        step(QStringLiteral("INSERT INTO service_models (id, pack_id, position, name, summary, sources) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             { m.id, packId, i, m.name, m.summary, toJson(m.sources) });
    }
    for (qsizetype i = 0; i < pack.layers.size(); ++i) {
        const Layer& l = pack.layers.at(i);
        step(QStringLiteral("INSERT INTO layers (id, pack_id, position, name, summary, examples, sources) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             { l.id, packId, i, l.name, l.summary, toJson(l.examples), toJson(l.sources) });
        for (auto it = l.responsibility.cbegin(); it != l.responsibility.cend(); ++it) {
            step(QStringLiteral("INSERT INTO responsibilities (layer_id, model_id, party, explanation, "
                                "nuance) VALUES (?, ?, ?, ?, ?)"),
                 { l.id, it.key(), partyId(it->party), it->explanation, it->nuance });
        }
    }
    for (qsizetype i = 0; i < pack.services.size(); ++i) {
        const Service& s = pack.services.at(i);
        step(QStringLiteral("INSERT INTO services (id, pack_id, position, name, model_id, category, "
                            "aws_term, summary, note, "
                            "end_of_support, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { s.id, packId, i, s.name, s.model, serviceCategoryId(s.category), s.awsTerm, s.summary, s.note,
               dateText(s.endOfSupport), toJson(s.sources) });
        for (auto it = s.responsibility.cbegin(); it != s.responsibility.cend(); ++it) {
            step(QStringLiteral("INSERT INTO service_responsibilities (service_id, layer_id, party, "
                                "explanation, nuance) VALUES (?, ?, ?, ?, ?)"),
                 { s.id, it.key(), partyId(it->party), it->explanation, it->nuance });
        }
    }
}

void SqlPackImporter::writeControls(const Pack& pack)
{
    const QString& packId = pack.info.id;
    for (qsizetype i = 0; i < pack.controlCategories.size(); ++i) {
        const ControlCategory& c = pack.controlCategories.at(i);
        step(QStringLiteral("INSERT INTO control_categories (id, pack_id, position, name, summary, sources) "
                            "VALUES (?, ?, ?, ?, ?, ?)"),
             { c.id, packId, i, c.name, c.summary, toJson(c.sources) });
        for (qsizetype j = 0; j < c.examples.size(); ++j) {
            const ControlExample& x = c.examples.at(j);
            step(QStringLiteral("INSERT INTO control_examples (category_id, position, name, aws, customer) "
                                "VALUES (?, ?, ?, ?, ?)"),
                 { c.id, j, x.name, x.aws, x.customer });
        }
    }
    for (qsizetype i = 0; i < pack.customerAreas.size(); ++i) {
        const CustomerArea& a = pack.customerAreas.at(i);
        step(QStringLiteral(
                 "INSERT INTO customer_areas (id, pack_id, position, name, sources) VALUES (?, ?, ?, ?, ?)"),
             { a.id, packId, i, a.name, toJson(a.sources) });
        for (qsizetype j = 0; j < a.items.size(); ++j) {
            step(QStringLiteral("INSERT INTO customer_area_items (area_id, position, text) VALUES (?, ?, ?)"),
                 { a.id, j, a.items.at(j) });
        }
    }
    for (qsizetype i = 0; i < pack.analogy.size(); ++i) {
        const AnalogyRow& a = pack.analogy.at(i);
        step(QStringLiteral("INSERT INTO analogy_rows (id, pack_id, position, house, cloud, party, "
                            "explanation, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
             { a.id, packId, i, a.house, a.cloud, partyId(a.party), a.explanation, toJson(a.sources) });
    }
}

void SqlPackImporter::writeCourse(const Pack& pack)
{
    const QString& packId = pack.info.id;
    for (qsizetype i = 0; i < pack.topics.size(); ++i) {
        const Topic& t = pack.topics.at(i);
        step(QStringLiteral(
                 "INSERT INTO topics (id, pack_id, position, title, section) VALUES (?, ?, ?, ?, ?)"),
             { t.id, packId, i, t.title, t.section });
    }
    for (qsizetype i = 0; i < pack.lessons.size(); ++i) {
        const Lesson& l = pack.lessons.at(i);
        step(QStringLiteral("INSERT INTO lessons (id, pack_id, topic_id, position, title, summary, body, "
                            "facts, nuances, sources) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
             { l.id, packId, l.topic, i, l.title, l.summary, l.body, toJson(l.facts), toJson(l.nuances),
               toJson(l.sources) });
    }
    for (qsizetype i = 0; i < pack.glossary.size(); ++i) {
        const GlossaryTerm& g = pack.glossary.at(i);
        step(QStringLiteral(
                 "INSERT INTO glossary_terms (id, pack_id, position, term, aliases, definition, sources) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)"),
             { g.id, packId, i, g.term, toJson(g.aliases), g.definition, toJson(g.sources) });
    }
    const auto links = lessonsUsingTerms(pack.glossary, pack.lessons);
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        for (const QString& lessonId : it.value()) {
            step(QStringLiteral("INSERT INTO glossary_lessons (term_id, lesson_id) VALUES (?, ?)"),
                 { it.key(), lessonId });
        }
    }
}

void SqlPackImporter::writeQuestions(const Pack& pack)
{
    const QString& packId = pack.info.id;
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions.at(i);
        step(QStringLiteral("INSERT INTO questions (id, pack_id, position, type, topic_id, prompt, facts, "
                            "lesson_id, layer_id, "
                            "model_id, service_id, control, sources, party) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                            "?, ?, ?, ?, ?, ?)"),
             { q.id, packId, i, questionTypeId(q.type), q.topic, q.prompt, toJson(q.facts), q.lesson, q.layer,
               q.model, q.service, q.control, toJson(q.sources), q.party ? partyId(*q.party) : QString() });
        for (qsizetype j = 0; j < q.choices.size(); ++j) {
            const Choice& c = q.choices.at(j);
            step(QStringLiteral(
                     "INSERT INTO choices (question_id, id, position, text, correct, party, explanation) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                 { q.id, c.id, j, c.text, c.correct ? 1 : 0, c.party ? partyId(*c.party) : QString(),
                   c.explanation });
        }
    }
}

void SqlPackImporter::step(const QString& statement, std::initializer_list<QVariant> values)
{
    if (!m_soFar)
        return;
    // Each statement is prepared once and run for every row: SQLite compiles it once.
    auto prepared = m_prepared.find(statement);
    if (prepared == m_prepared.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(statement)) {
            m_soFar = Error { query.lastError().text() };
            return;
        }
        prepared = m_prepared.insert(statement, query);
    }
    QSqlQuery& query = *prepared;
    // Absent optional texts are stored as '' (the content tables hold no NULL text).
    int at = 0;
    for (const QVariant& v : values)
        query.bindValue(
            at++,
            v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
    if (Status s = sql::exec(query); !s)
        m_soFar = s;
}

} // namespace demarc
