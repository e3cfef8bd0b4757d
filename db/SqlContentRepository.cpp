// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlContentRepository.h"

#include "Sql.h"
#include "core/GlossaryLinks.h"
#include "core/MarkdownText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace demarc {

namespace {

Q_LOGGING_CATEGORY(contentLog, "demarc.content")

QString tr(const char* text) { return QCoreApplication::translate("SqlContentRepository", text); }

QString toJson(const QStringList& list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QString toJson(const QList<int>& list)
{
    QJsonArray a;
    for (int v : list)
        a.append(v);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QStringList stringsFromJson(const QVariant& v)
{
    QStringList out;
    for (const QJsonValue& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(x.toString());
    return out;
}

QList<int> intsFromJson(const QVariant& v)
{
    QList<int> out;
    for (const QJsonValue& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out.append(x.toInt());
    return out;
}

QVariant dateText(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }

/** Turns what a learner typed into an FTS5 query: every word must match, as a prefix. */
QString ftsQuery(const QString& text)
{
    QStringList terms;
    static const QRegularExpression word(QStringLiteral("[\\w']+"), QRegularExpression::UseUnicodePropertiesOption);
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        QString w = it.next().captured(0);
        w.remove(QLatin1Char('\''));
        if (!w.isEmpty())
            terms.append(QLatin1Char('"') + w + QLatin1String("\"*"));
    }
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

SqlContentRepository::SqlContentRepository(QSqlDatabase db) : m_db(std::move(db)) { }

Result<QList<Topic>> SqlContentRepository::topics() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT t.id, t.title, t.section FROM topics t JOIN packs p ON p.id = t.pack_id "
        "ORDER BY p.bundled DESC, p.installed_at, t.position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<Topic> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString() });
    return out;
}

Result<QList<Lesson>> SqlContentRepository::lessonOutline() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT l.id, l.topic_id, l.title, l.summary, '', l.facts, l.nuances, l.sources "
        "FROM lessons l JOIN topics t ON t.id = l.topic_id JOIN packs p ON p.id = t.pack_id "
        "ORDER BY p.bundled DESC, p.installed_at, t.position, l.position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<Lesson> out;
    while (q->next())
        out.append(lessonFromRow(*q));
    return out;
}

Result<Lesson> SqlContentRepository::lesson(const QString& id) const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT id, topic_id, title, summary, body, facts, nuances, sources FROM lessons WHERE id = ?"), { id });
    if (!q)
        return Error { q.errorMessage() };
    if (!q->next())
        return Error { tr("there is no lesson \"%1\"").arg(id) };
    return lessonFromRow(*q);
}

Result<QList<Source>> SqlContentRepository::sources() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT id, title, url, file, as_of FROM sources ORDER BY pack_id, position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<Source> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     q->value(3).toString(), QDate::fromString(q->value(4).toString(), Qt::ISODate) });
    }
    return out;
}

Result<QList<GlossaryTerm>> SqlContentRepository::glossary() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT id, term, aliases, definition, sources FROM glossary_terms ORDER BY term COLLATE NOCASE, id"));
    if (!q)
        return Error { q.errorMessage() };
    QList<GlossaryTerm> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), stringsFromJson(q->value(2)),
                     q->value(3).toString(), stringsFromJson(q->value(4)) });
    }
    return out;
}

Result<QStringList> SqlContentRepository::lessonsUsingTerm(const QString& termId) const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT l.id FROM glossary_lessons g JOIN lessons l ON l.id = g.lesson_id "
        "JOIN topics t ON t.id = l.topic_id WHERE g.term_id = ? ORDER BY t.position, l.position"), { termId });
    if (!q)
        return Error { q.errorMessage() };
    QStringList out;
    while (q->next())
        out.append(q->value(0).toString());
    return out;
}

Result<QList<Question>> SqlContentRepository::questions() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT q.id, q.type, q.topic_id, q.prompt, q.facts, q.lesson_id, q.layer_id, q.model_id, q.service_id, "
        "q.control, q.sources FROM questions q JOIN packs p ON p.id = q.pack_id "
        "ORDER BY p.bundled DESC, p.installed_at, q.position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<Question> out;
    QHash<QString, qsizetype> rowOf;
    while (q->next()) {
        Question question;
        question.id = q->value(0).toString();
        const auto type = questionTypeFromId(q->value(1).toString());
        if (!type) {
            qCWarning(contentLog, "question \"%s\" has an unknown type \"%s\"; skipped", qPrintable(question.id),
                      qPrintable(q->value(1).toString()));
            continue;
        }
        question.type = *type;
        question.topic = q->value(2).toString();
        question.prompt = q->value(3).toString();
        question.facts = intsFromJson(q->value(4));
        question.lesson = q->value(5).toString();
        question.layer = q->value(6).toString();
        question.model = q->value(7).toString();
        question.service = q->value(8).toString();
        question.control = q->value(9).toString();
        question.sources = stringsFromJson(q->value(10));
        rowOf.insert(question.id, out.size());
        out.append(question);
    }
    auto c = sql::run(m_db, QStringLiteral(
        "SELECT question_id, id, text, correct, party, explanation FROM choices ORDER BY question_id, position"));
    if (!c)
        return Error { c.errorMessage() };
    QSet<QString> damaged;
    while (c->next()) {
        const auto row = rowOf.constFind(c->value(0).toString());
        if (row == rowOf.cend())
            continue;
        Question& question = out[*row];
        Choice choice;
        choice.id = c->value(1).toString();
        choice.text = c->value(2).toString();
        choice.correct = c->value(3).toBool();
        choice.explanation = c->value(5).toString();
        const QString party = c->value(4).toString();
        if (question.assignsParties()) {
            choice.party = partyFromId(party);
            if (!choice.party)
                damaged.insert(question.id);
        }
        question.choices.append(choice);
    }
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

Result<QList<SearchHit>> SqlContentRepository::search(const QString& text, int limit) const
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return QList<SearchHit> {};
    const QString start(SearchHit::SnippetStart);
    const QString end(SearchHit::SnippetEnd);
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT s.kind, s.item_id, s.title, snippet(search_index, 3, ?, ?, '…', 14), "
        "  CASE s.kind WHEN 'lesson' THEN s.item_id "
        "    WHEN 'question' THEN (SELECT CASE WHEN q.lesson_id <> '' THEN q.lesson_id ELSE "
        "      (SELECT l.id FROM lessons l WHERE l.topic_id = q.topic_id ORDER BY l.position LIMIT 1) END "
        "      FROM questions q WHERE q.id = s.item_id) "
        "    ELSE '' END "
        "FROM search_index s WHERE search_index MATCH ? "
        "ORDER BY bm25(search_index, 0.0, 0.0, 8.0, 1.0) LIMIT ?"),
        { start, end, match, limit });
    if (!q)
        return Error { q.errorMessage() };
    QList<SearchHit> out;
    while (q->next()) {
        SearchHit hit;
        const QString kind = q->value(0).toString();
        hit.kind = kind == QLatin1String("lesson")     ? SearchHit::Kind::Lesson
            : kind == QLatin1String("glossary") ? SearchHit::Kind::GlossaryTerm
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
    auto m = sql::run(m_db, QStringLiteral("SELECT id, name, summary, sources FROM service_models ORDER BY position"));
    if (!m)
        return Error { m.errorMessage() };
    while (m->next())
        models.append({ m->value(0).toString(), m->value(1).toString(), m->value(2).toString(), stringsFromJson(m->value(3)) });

    QList<Layer> layers;
    auto l = sql::run(m_db, QStringLiteral("SELECT id, name, summary, examples, sources FROM layers ORDER BY position"));
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
    auto cells = sql::run(m_db, QStringLiteral("SELECT layer_id, model_id, party, explanation, nuance FROM responsibilities"));
    if (!cells)
        return Error { cells.errorMessage() };
    while (cells->next()) {
        for (Layer& layer : layers) {
            if (layer.id == cells->value(0).toString())
                layer.responsibility.insert(cells->value(1).toString(), cellOf(*cells, 2));
        }
    }

    QList<Service> services;
    auto sv = sql::run(m_db, QStringLiteral(
        "SELECT id, name, model_id, category, aws_term, summary, note, end_of_support, sources FROM services ORDER BY position"));
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
    auto own = sql::run(m_db, QStringLiteral("SELECT service_id, layer_id, party, explanation, nuance FROM service_responsibilities"));
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
    auto q = sql::run(m_db, QStringLiteral("SELECT id, name, summary, sources FROM control_categories ORDER BY position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<ControlCategory> out;
    while (q->next())
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {}, stringsFromJson(q->value(3)) });
    auto x = sql::run(m_db, QStringLiteral("SELECT category_id, name, aws, customer FROM control_examples ORDER BY category_id, position"));
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
    auto items = sql::run(m_db, QStringLiteral("SELECT area_id, text FROM customer_area_items ORDER BY area_id, position"));
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
    auto q = sql::run(m_db, QStringLiteral("SELECT id, house, cloud, party, explanation, sources FROM analogy_rows ORDER BY position"));
    if (!q)
        return Error { q.errorMessage() };
    QList<AnalogyRow> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                     partyFromId(q->value(3).toString()).value_or(Party::Customer), q->value(4).toString(),
                     stringsFromJson(q->value(5)) });
    }
    return out;
}

Result<std::optional<InstalledPack>> SqlContentRepository::installedPack(const QString& id) const
{
    auto packs = installedPacks();
    if (!packs)
        return Error { packs.errorMessage() };
    for (const InstalledPack& p : std::as_const(*packs)) {
        if (p.id == id)
            return std::optional<InstalledPack>(p);
    }
    return std::optional<InstalledPack>();
}

Result<QList<InstalledPack>> SqlContentRepository::installedPacks() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT id, title, version, content_hash, bundled FROM packs ORDER BY bundled DESC, installed_at"));
    if (!q)
        return Error { q.errorMessage() };
    QList<InstalledPack> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                     q->value(3).toString(), q->value(4).toBool() });
    }
    return out;
}

Status SqlContentRepository::importPack(const Pack& pack, const QString& contentHash, bool bundled)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();

    // Runs statements until the first failure; the rest are skipped and the transaction
    // rolls back when it goes out of scope.
    Status failed;
    // Absent optional texts are stored as '' (the content tables hold no NULL text).
    auto step = [&](const QString& statement, std::initializer_list<QVariant> values) {
        if (!failed)
            return;
        QSqlQuery query(m_db);
        if (!query.prepare(statement)) {
            failed = Error { query.lastError().text() };
            return;
        }
        for (const QVariant& v : values)
            query.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        if (Status s = sql::exec(query); !s)
            failed = s;
    };

    step(QStringLiteral("DELETE FROM packs WHERE id = ?"), { pack.info.id });
    step(QStringLiteral(
        "INSERT INTO packs (id, title, version, language, author, description, content_hash, bundled, installed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { pack.info.id, pack.info.title, pack.info.version, pack.info.language, pack.info.author,
          pack.info.description, contentHash, bundled ? 1 : 0,
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) });
    const QString& packId = pack.info.id;

    for (qsizetype i = 0; i < pack.sources.size(); ++i) {
        const Source& s = pack.sources.at(i);
        step(QStringLiteral(
            "INSERT INTO sources (pack_id, id, position, title, url, file, as_of) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { packId, s.id, i, s.title, s.url, s.file, dateText(s.asOf) });
    }
    for (qsizetype i = 0; i < pack.serviceModels.size(); ++i) {
        const ServiceModel& m = pack.serviceModels.at(i);
        step(QStringLiteral(
            "INSERT INTO service_models (id, pack_id, position, name, summary, sources) VALUES (?, ?, ?, ?, ?, ?)"),
            { m.id, packId, i, m.name, m.summary, toJson(m.sources) });
    }
    for (qsizetype i = 0; i < pack.layers.size(); ++i) {
        const Layer& l = pack.layers.at(i);
        step(QStringLiteral(
            "INSERT INTO layers (id, pack_id, position, name, summary, examples, sources) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            { l.id, packId, i, l.name, l.summary, toJson(l.examples), toJson(l.sources) });
        for (auto it = l.responsibility.cbegin(); it != l.responsibility.cend(); ++it) {
            step(QStringLiteral(
                "INSERT INTO responsibilities (layer_id, model_id, party, explanation, nuance) VALUES (?, ?, ?, ?, ?)"),
                { l.id, it.key(), partyId(it->party), it->explanation, it->nuance });
        }
    }
    for (qsizetype i = 0; i < pack.services.size(); ++i) {
        const Service& s = pack.services.at(i);
        step(QStringLiteral(
            "INSERT INTO services (id, pack_id, position, name, model_id, category, aws_term, summary, note, "
            "end_of_support, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { s.id, packId, i, s.name, s.model, serviceCategoryId(s.category), s.awsTerm, s.summary, s.note,
              dateText(s.endOfSupport), toJson(s.sources) });
        for (auto it = s.responsibility.cbegin(); it != s.responsibility.cend(); ++it) {
            step(QStringLiteral(
                "INSERT INTO service_responsibilities (service_id, layer_id, party, explanation, nuance) VALUES (?, ?, ?, ?, ?)"),
                { s.id, it.key(), partyId(it->party), it->explanation, it->nuance });
        }
    }
    for (qsizetype i = 0; i < pack.controlCategories.size(); ++i) {
        const ControlCategory& c = pack.controlCategories.at(i);
        step(QStringLiteral(
            "INSERT INTO control_categories (id, pack_id, position, name, summary, sources) VALUES (?, ?, ?, ?, ?, ?)"),
            { c.id, packId, i, c.name, c.summary, toJson(c.sources) });
        for (qsizetype j = 0; j < c.examples.size(); ++j) {
            const ControlExample& x = c.examples.at(j);
            step(QStringLiteral(
                "INSERT INTO control_examples (category_id, position, name, aws, customer) VALUES (?, ?, ?, ?, ?)"),
                { c.id, j, x.name, x.aws, x.customer });
        }
    }
    for (qsizetype i = 0; i < pack.customerAreas.size(); ++i) {
        const CustomerArea& a = pack.customerAreas.at(i);
        step(QStringLiteral(
            "INSERT INTO customer_areas (id, pack_id, position, name, sources) VALUES (?, ?, ?, ?, ?)"),
            { a.id, packId, i, a.name, toJson(a.sources) });
        for (qsizetype j = 0; j < a.items.size(); ++j) {
            step(QStringLiteral(
                "INSERT INTO customer_area_items (area_id, position, text) VALUES (?, ?, ?)"),
                { a.id, j, a.items.at(j) });
        }
    }
    for (qsizetype i = 0; i < pack.analogy.size(); ++i) {
        const AnalogyRow& a = pack.analogy.at(i);
        step(QStringLiteral(
            "INSERT INTO analogy_rows (id, pack_id, position, house, cloud, party, explanation, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            { a.id, packId, i, a.house, a.cloud, partyId(a.party), a.explanation, toJson(a.sources) });
    }
    for (qsizetype i = 0; i < pack.topics.size(); ++i) {
        const Topic& t = pack.topics.at(i);
        step(QStringLiteral(
            "INSERT INTO topics (id, pack_id, position, title, section) VALUES (?, ?, ?, ?, ?)"),
            { t.id, packId, i, t.title, t.section });
    }
    for (qsizetype i = 0; i < pack.lessons.size(); ++i) {
        const Lesson& l = pack.lessons.at(i);
        step(QStringLiteral(
            "INSERT INTO lessons (id, pack_id, topic_id, position, title, summary, body, facts, nuances, sources) "
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
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions.at(i);
        step(QStringLiteral(
            "INSERT INTO questions (id, pack_id, position, type, topic_id, prompt, facts, lesson_id, layer_id, "
            "model_id, service_id, control, sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            { q.id, packId, i, questionTypeId(q.type), q.topic, q.prompt, toJson(q.facts), q.lesson, q.layer,
              q.model, q.service, q.control, toJson(q.sources) });
        for (qsizetype j = 0; j < q.choices.size(); ++j) {
            const Choice& c = q.choices.at(j);
            step(QStringLiteral(
                "INSERT INTO choices (question_id, id, position, text, correct, party, explanation) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                { q.id, c.id, j, c.text, c.correct ? 1 : 0, c.party ? partyId(*c.party) : QString(),
                  c.explanation });
        }
    }

    step(QStringLiteral("DELETE FROM search_index"), {});
    // Lessons of every installed pack are indexed as plain text, so snippets read as prose.
    auto lessonTexts = sql::run(m_db, QStringLiteral("SELECT id, title, summary, body FROM lessons"));
    if (!lessonTexts)
        failed = Error { lessonTexts.errorMessage() };
    while (failed && lessonTexts->next()) {
        step(QStringLiteral("INSERT INTO search_index (kind, item_id, title, body) VALUES ('lesson', ?, ?, ?)"),
             { lessonTexts->value(0), lessonTexts->value(1),
               lessonTexts->value(2).toString() + QLatin1Char('\n') + markdownToPlainText(lessonTexts->value(3).toString()) });
    }
    step(QStringLiteral(
        "INSERT INTO search_index (kind, item_id, title, body) "
        "SELECT 'glossary', g.id, g.term, g.definition || char(10) || "
        "  coalesce((SELECT group_concat(value, ', ') FROM json_each(g.aliases)), '') FROM glossary_terms g"), {});
    step(QStringLiteral(
        "INSERT INTO search_index (kind, item_id, title, body) "
        "SELECT 'question', q.id, q.prompt, (SELECT group_concat(c.text || ' ' || c.explanation, char(10)) "
        "  FROM choices c WHERE c.question_id = q.id) FROM questions q"), {});

    if (!failed)
        return failed;
    return transaction.commit();
}

} // namespace demarc
