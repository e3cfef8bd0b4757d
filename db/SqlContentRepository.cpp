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

#include <tuple>

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
        "SELECT t.id, t.title, t.section FROM topics t JOIN packs p ON p.id = t.pack_id WHERE p.enabled "
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
        "JOIN packs lp ON lp.id = l.pack_id WHERE lp.enabled AND p.enabled "
        "ORDER BY p.bundled DESC, p.installed_at, t.position, lp.bundled DESC, lp.installed_at, l.position"));
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
        "SELECT l.id, l.topic_id, l.title, l.summary, l.body, l.facts, l.nuances, l.sources FROM lessons l "
        "JOIN packs p ON p.id = l.pack_id WHERE l.id = ? AND p.enabled"), { id });
    if (!q)
        return Error { q.errorMessage() };
    if (!q->next())
        return Error { tr("there is no lesson \"%1\"").arg(id) };
    return lessonFromRow(*q);
}

Result<QList<Source>> SqlContentRepository::sources() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT s.id, s.title, s.url, s.file, s.as_of FROM sources s JOIN packs p ON p.id = s.pack_id WHERE p.enabled "
        "ORDER BY p.bundled DESC, p.installed_at, s.position"));
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
        "SELECT g.id, g.term, g.aliases, g.definition, g.sources FROM glossary_terms g JOIN packs p ON p.id = g.pack_id "
        "WHERE p.enabled ORDER BY g.term COLLATE NOCASE, g.id"));
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
        "SELECT l.id FROM glossary_lessons g JOIN lessons l ON l.id = g.lesson_id JOIN packs p ON p.id = l.pack_id "
        "JOIN topics t ON t.id = l.topic_id WHERE g.term_id = ? AND p.enabled ORDER BY t.position, l.position"), { termId });
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
        "q.control, q.sources, q.party FROM questions q JOIN packs p ON p.id = q.pack_id WHERE p.enabled "
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
        question.party = partyFromId(q->value(11).toString());
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

Result<ContentCounts> SqlContentRepository::counts() const
{
    // The same joins and conditions as lessonOutline(), glossary() and questions().
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT (SELECT count(*) FROM lessons l JOIN topics t ON t.id = l.topic_id JOIN packs p ON p.id = t.pack_id "
        "          JOIN packs lp ON lp.id = l.pack_id WHERE lp.enabled AND p.enabled), "
        "       (SELECT count(*) FROM glossary_terms g JOIN packs p ON p.id = g.pack_id WHERE p.enabled), "
        "       (SELECT count(*) FROM questions q JOIN packs p ON p.id = q.pack_id WHERE p.enabled)"));
    if (!q)
        return Error { q.errorMessage() };
    if (!q->next())
        return Error { tr("the store did not count its content") };
    return ContentCounts { q->value(0).toInt(), q->value(1).toInt(), q->value(2).toInt() };
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
        "SELECT id, title, version, content_hash, bundled, extends FROM packs ORDER BY bundled DESC, installed_at"));
    if (!q)
        return Error { q.errorMessage() };
    QList<InstalledPack> out;
    while (q->next()) {
        out.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                     q->value(3).toString(), q->value(4).toBool(), q->value(5).toString() });
    }
    return out;
}

Result<QList<RetiredItem>> SqlContentRepository::retiredItems() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT kind, id, pack_id, title, retired_at FROM retired_items ORDER BY retired_at, kind, id"));
    if (!q)
        return Error { q.errorMessage() };
    QList<RetiredItem> out;
    while (q->next()) {
        const QString kind = q->value(0).toString();
        out.append({ kind == QLatin1String("lesson") ? RetiredItem::Kind::Lesson
                         : kind == QLatin1String("glossary") ? RetiredItem::Kind::GlossaryTerm
                                                              : RetiredItem::Kind::Question,
                     q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                     QDateTime::fromString(q->value(4).toString(), Qt::ISODateWithMs) });
    }
    return out;
}

Result<Pack> SqlContentRepository::pack(const QString& id) const
{
    Pack pack;
    Status soFar; // ok until a read fails
    // Runs one read and hands each row to @p row; after the first failure nothing more is read.
    auto read = [&](const QString& statement, std::initializer_list<QVariant> values, const auto& row) {
        if (!soFar)
            return;
        auto q = sql::run(m_db, statement, values);
        if (!q) {
            soFar = Error { q.errorMessage() };
            return;
        }
        while (q->next())
            row(*q);
    };
    auto date = [](const QVariant& v) { return QDate::fromString(v.toString(), Qt::ISODate); };
    auto cell = [](const QSqlQuery& q, int column) {
        return Responsibility { partyFromId(q.value(column).toString()).value_or(Party::Customer),
                                q.value(column + 1).toString(), q.value(column + 2).toString() };
    };

    bool found = false;
    read(QStringLiteral("SELECT id, title, version, language, author, description, extends FROM packs WHERE id = ?"), { id },
         [&](const QSqlQuery& q) {
             found = true;
             pack.info = { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toString(),
                           q.value(4).toString(), q.value(5).toString(), q.value(6).toString() };
         });
    if (soFar && !found)
        return Error { tr("no pack \"%1\" is installed").arg(id) };

    read(QStringLiteral("SELECT id, title, url, file, as_of FROM sources WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.sources.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), date(q.value(4)) });
         });
    read(QStringLiteral("SELECT id, name, summary, sources FROM service_models WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.serviceModels.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                         stringsFromJson(q.value(3)) });
         });
    QHash<QString, qsizetype> layerRow;
    read(QStringLiteral("SELECT id, name, summary, examples, sources FROM layers WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             layerRow.insert(q.value(0).toString(), pack.layers.size());
             pack.layers.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  stringsFromJson(q.value(3)), stringsFromJson(q.value(4)), {} });
         });
    read(QStringLiteral("SELECT r.layer_id, r.model_id, r.party, r.explanation, r.nuance FROM responsibilities r "
                        "JOIN layers l ON l.id = r.layer_id WHERE l.pack_id = ?"), { id },
         [&](const QSqlQuery& q) {
             if (auto row = layerRow.constFind(q.value(0).toString()); row != layerRow.cend())
                 pack.layers[*row].responsibility.insert(q.value(1).toString(), cell(q, 2));
         });
    QHash<QString, qsizetype> serviceRow;
    read(QStringLiteral("SELECT id, name, model_id, category, aws_term, summary, note, end_of_support, sources "
                        "FROM services WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             serviceRow.insert(q.value(0).toString(), pack.services.size());
             pack.services.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    serviceCategoryFromId(q.value(3).toString()).value_or(ServiceCategory::None),
                                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                    date(q.value(7)), stringsFromJson(q.value(8)), {} });
         });
    read(QStringLiteral("SELECT r.service_id, r.layer_id, r.party, r.explanation, r.nuance FROM service_responsibilities r "
                        "JOIN services s ON s.id = r.service_id WHERE s.pack_id = ?"), { id },
         [&](const QSqlQuery& q) {
             if (auto row = serviceRow.constFind(q.value(0).toString()); row != serviceRow.cend())
                 pack.services[*row].responsibility.insert(q.value(1).toString(), cell(q, 2));
         });
    QHash<QString, qsizetype> categoryRow;
    read(QStringLiteral("SELECT id, name, summary, sources FROM control_categories WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             categoryRow.insert(q.value(0).toString(), pack.controlCategories.size());
             pack.controlCategories.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {},
                                             stringsFromJson(q.value(3)) });
         });
    read(QStringLiteral("SELECT e.category_id, e.name, e.aws, e.customer FROM control_examples e "
                        "JOIN control_categories c ON c.id = e.category_id WHERE c.pack_id = ? ORDER BY e.position"), { id },
         [&](const QSqlQuery& q) {
             if (auto row = categoryRow.constFind(q.value(0).toString()); row != categoryRow.cend())
                 pack.controlCategories[*row].examples.append({ q.value(1).toString(), q.value(2).toString(), q.value(3).toString() });
         });
    QHash<QString, qsizetype> areaRow;
    read(QStringLiteral("SELECT id, name, sources FROM customer_areas WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             areaRow.insert(q.value(0).toString(), pack.customerAreas.size());
             pack.customerAreas.append({ q.value(0).toString(), q.value(1).toString(), {}, stringsFromJson(q.value(2)) });
         });
    read(QStringLiteral("SELECT i.area_id, i.text FROM customer_area_items i "
                        "JOIN customer_areas a ON a.id = i.area_id WHERE a.pack_id = ? ORDER BY i.position"), { id },
         [&](const QSqlQuery& q) {
             if (auto row = areaRow.constFind(q.value(0).toString()); row != areaRow.cend())
                 pack.customerAreas[*row].items.append(q.value(1).toString());
         });
    read(QStringLiteral("SELECT id, house, cloud, party, explanation, sources FROM analogy_rows WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.analogy.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   partyFromId(q.value(3).toString()).value_or(Party::Customer), q.value(4).toString(),
                                   stringsFromJson(q.value(5)) });
         });
    read(QStringLiteral("SELECT id, title, section FROM topics WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.topics.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
         });
    read(QStringLiteral("SELECT id, topic_id, title, summary, body, facts, nuances, sources FROM lessons "
                        "WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.lessons.append({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toString(), q.value(4).toString(), intsFromJson(q.value(5)),
                                   stringsFromJson(q.value(6)), stringsFromJson(q.value(7)) });
         });
    read(QStringLiteral("SELECT id, term, aliases, definition, sources FROM glossary_terms WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             pack.glossary.append({ q.value(0).toString(), q.value(1).toString(), stringsFromJson(q.value(2)),
                                    q.value(3).toString(), stringsFromJson(q.value(4)) });
         });
    QHash<QString, qsizetype> questionRow;
    read(QStringLiteral("SELECT id, type, topic_id, prompt, facts, lesson_id, layer_id, model_id, service_id, control, sources, "
                        "party FROM questions WHERE pack_id = ? ORDER BY position"), { id },
         [&](const QSqlQuery& q) {
             Question question;
             question.id = q.value(0).toString();
             question.type = questionTypeFromId(q.value(1).toString()).value_or(QuestionType::Single);
             question.topic = q.value(2).toString();
             question.prompt = q.value(3).toString();
             question.facts = intsFromJson(q.value(4));
             question.lesson = q.value(5).toString();
             question.layer = q.value(6).toString();
             question.model = q.value(7).toString();
             question.service = q.value(8).toString();
             question.control = q.value(9).toString();
             question.sources = stringsFromJson(q.value(10));
             question.party = partyFromId(q.value(11).toString());
             questionRow.insert(question.id, pack.questions.size());
             pack.questions.append(question);
         });
    read(QStringLiteral("SELECT c.question_id, c.id, c.text, c.correct, c.party, c.explanation FROM choices c "
                        "JOIN questions q ON q.id = c.question_id WHERE q.pack_id = ? ORDER BY c.question_id, c.position"), { id },
         [&](const QSqlQuery& q) {
             auto row = questionRow.constFind(q.value(0).toString());
             if (row == questionRow.cend())
                 return;
             Question& question = pack.questions[*row];
             Choice choice;
             choice.id = q.value(1).toString();
             choice.text = q.value(2).toString();
             choice.correct = !question.assignsParties() && q.value(3).toBool();
             if (question.assignsParties())
                 choice.party = partyFromId(q.value(4).toString());
             choice.explanation = q.value(5).toString();
             question.choices.append(choice);
         });
    if (!soFar)
        return Error { soFar.errorMessage() };
    return pack;
}

Status SqlContentRepository::rebuildSearchIndex()
{
    if (auto cleared = sql::run(m_db, QStringLiteral("DELETE FROM search_index")); !cleared)
        return Error { cleared.errorMessage() };
    // Lessons of every enabled pack are indexed as plain text, so snippets read as prose.
    auto lessons = sql::run(m_db, QStringLiteral(
        "SELECT l.id, l.title, l.summary, l.body FROM lessons l JOIN packs p ON p.id = l.pack_id WHERE p.enabled"));
    if (!lessons)
        return Error { lessons.errorMessage() };
    while (lessons->next()) {
        auto inserted = sql::run(m_db, QStringLiteral("INSERT INTO search_index (kind, item_id, title, body) VALUES ('lesson', ?, ?, ?)"),
            { lessons->value(0), lessons->value(1),
              lessons->value(2).toString() + QLatin1Char('\n') + markdownToPlainText(lessons->value(3).toString()) });
        if (!inserted)
            return Error { inserted.errorMessage() };
    }
    for (const char* statement : {
             "INSERT INTO search_index (kind, item_id, title, body) "
             "SELECT 'glossary', g.id, g.term, g.definition || char(10) || "
             "  coalesce((SELECT group_concat(value, ', ') FROM json_each(g.aliases)), '') "
             "FROM glossary_terms g JOIN packs p ON p.id = g.pack_id WHERE p.enabled",
             "INSERT INTO search_index (kind, item_id, title, body) "
             "SELECT 'question', q.id, q.prompt, (SELECT group_concat(c.text || ' ' || c.explanation, char(10)) "
             "  FROM choices c WHERE c.question_id = q.id) FROM questions q JOIN packs p ON p.id = q.pack_id WHERE p.enabled" }) {
        if (auto q = sql::run(m_db, QLatin1String(statement)); !q)
            return Error { q.errorMessage() };
    }
    return {};
}

Result<QList<PackSummary>> SqlContentRepository::packSummaries() const
{
    auto q = sql::run(m_db, QStringLiteral(
        "SELECT p.id, p.title, p.version, p.language, p.author, p.description, p.extends, p.bundled, p.enabled, "
        "  (SELECT count(*) FROM lessons WHERE pack_id = p.id), (SELECT count(*) FROM glossary_terms WHERE pack_id = p.id), "
        "  (SELECT count(*) FROM questions WHERE pack_id = p.id), p.installed_at "
        "FROM packs p ORDER BY p.bundled DESC, p.installed_at"));
    if (!q)
        return Error { q.errorMessage() };
    QList<PackSummary> out;
    while (q->next()) {
        PackSummary p;
        p.info = { q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(), q->value(3).toString(),
                   q->value(4).toString(), q->value(5).toString(), q->value(6).toString() };
        p.bundled = q->value(7).toBool();
        p.enabled = q->value(8).toBool();
        p.lessons = q->value(9).toInt();
        p.glossaryTerms = q->value(10).toInt();
        p.questions = q->value(11).toInt();
        p.installedAt = QDateTime::fromString(q->value(12).toString(), Qt::ISODateWithMs);
        out.append(p);
    }
    // next() also returns false when reading a row fails: that is an error, not the end.
    if (q->lastError().isValid())
        return Error { q->lastError().text() };
    return out;
}

Status SqlContentRepository::setPackEnabled(const QString& id, bool enabled)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto pack = sql::run(m_db, QStringLiteral("SELECT bundled FROM packs WHERE id = ?"), { id });
    if (!pack)
        return Error { pack.errorMessage() };
    if (!pack->next())
        return Error { tr("no pack \"%1\" is installed").arg(id) };
    if (pack->value(0).toBool() && !enabled)
        return Error { tr("the bundled course cannot be disabled") };
    if (auto q = sql::run(m_db, QStringLiteral("UPDATE packs SET enabled = ? WHERE id = ?"), { enabled ? 1 : 0, id }); !q)
        return Error { q.errorMessage() };
    if (Status s = rebuildSearchIndex(); !s)
        return s;
    return transaction.commit();
}

Status SqlContentRepository::removePack(const QString& id, LearnerHistory history)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto pack = sql::run(m_db, QStringLiteral("SELECT bundled, title FROM packs WHERE id = ?"), { id });
    if (!pack)
        return Error { pack.errorMessage() };
    if (!pack->next())
        return Error { tr("no pack \"%1\" is installed").arg(id) };
    if (pack->value(0).toBool())
        return Error { tr("the bundled course cannot be removed") };
    auto dependants = sql::run(m_db, QStringLiteral("SELECT group_concat(title, ', ') FROM packs WHERE extends = ?"), { id });
    if (!dependants)
        return Error { dependants.errorMessage() };
    if (dependants->next() && !dependants->value(0).toString().isEmpty())
        return Error { tr("\"%1\" is the course of other packs (%2); remove those first")
                           .arg(pack->value(1).toString(), dependants->value(0).toString()) };

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Each statement's "?" all stand for the pack id, except a leading "@now" one.
    QStringList statements;
    if (history == LearnerHistory::Keep) {
        for (const auto& [kind, table, title] : { std::tuple { "lesson", "lessons", "title" },
                                                  std::tuple { "glossary", "glossary_terms", "term" },
                                                  std::tuple { "question", "questions", "prompt" } }) {
            statements.append(QStringLiteral("INSERT OR REPLACE INTO retired_items (kind, id, pack_id, title, retired_at) "
                                             "SELECT '%1', id, pack_id, %3, @now FROM %2 WHERE pack_id = ?")
                                  .arg(QLatin1String(kind), QLatin1String(table), QLatin1String(title)));
        }
    } else {
        // Everything the learner did with the pack's items, as they asked; daily totals stay.
        // A glossary term's review item is 'term:' + its id (termItemId() in core/TermQuestions.h).
        const QString items = QStringLiteral(
            "(SELECT id FROM questions WHERE pack_id = ? UNION ALL SELECT 'term:' || id FROM glossary_terms WHERE pack_id = ?)");
        const QString targets = QStringLiteral(
            "(target_kind = 'question' AND target_id IN (SELECT id FROM questions WHERE pack_id = ?)) "
            "OR (target_kind = 'term' AND target_id IN (SELECT id FROM glossary_terms WHERE pack_id = ?)) "
            "OR (target_kind = 'lesson' AND target_id IN (SELECT id FROM lessons WHERE pack_id = ?))");
        statements = {
            QStringLiteral("DELETE FROM attempts WHERE question_id IN %1").arg(items),
            QStringLiteral("DELETE FROM item_stats WHERE item_id IN %1").arg(items),
            QStringLiteral("DELETE FROM schedule WHERE (item_kind = 'question' AND item_id IN (SELECT id FROM questions WHERE pack_id = ?)) "
                           "OR (item_kind = 'term' AND item_id IN (SELECT id FROM glossary_terms WHERE pack_id = ?))"),
            QStringLiteral("DELETE FROM notes WHERE %1").arg(targets),
            QStringLiteral("DELETE FROM bookmarks WHERE %1").arg(targets),
            QStringLiteral("DELETE FROM retired_items WHERE pack_id = ?"),
        };
    }
    statements.append(QStringLiteral("DELETE FROM packs WHERE id = ?"));
    for (QString statement : std::as_const(statements)) {
        const bool stamped = statement.contains(QLatin1String("@now"));
        statement.replace(QLatin1String("@now"), QLatin1String("?"));
        QSqlQuery query(m_db);
        if (!query.prepare(statement))
            return Error { query.lastError().text() };
        if (stamped)
            query.addBindValue(now);
        for (qsizetype n = statement.count(QLatin1Char('?')) - (stamped ? 1 : 0); n > 0; --n)
            query.addBindValue(id);
        if (Status s = sql::exec(query); !s)
            return s;
    }
    if (Status s = rebuildSearchIndex(); !s)
        return s;
    return transaction.commit();
}

Status SqlContentRepository::importPack(const Pack& pack, const QString& contentHash, bool bundled)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();

    // Runs statements until the first failure; the rest are skipped and the transaction
    // rolls back when it goes out of scope.
    Status soFar; // ok until a statement fails
    // Absent optional texts are stored as '' (the content tables hold no NULL text).
    auto step = [&](const QString& statement, std::initializer_list<QVariant> values) {
        if (!soFar)
            return;
        QSqlQuery query(m_db);
        if (!query.prepare(statement)) {
            soFar = Error { query.lastError().text() };
            return;
        }
        for (const QVariant& v : values)
            query.addBindValue(v.typeId() == QMetaType::QString && v.toString().isNull() ? QVariant(QStringLiteral("")) : v);
        if (Status s = sql::exec(query); !s)
            soFar = s;
    };

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList lessonIds, termIds, questionIds;
    for (const Lesson& l : pack.lessons)
        lessonIds.append(l.id);
    for (const GlossaryTerm& g : pack.glossary)
        termIds.append(g.id);
    for (const Question& q : pack.questions)
        questionIds.append(q.id);

    // Ids are shared by all installed packs (learner data hangs on them alone): one that
    // another pack already uses is refused by name before anything is written.
    {
        QStringList all;
        auto idsOf = [&](const auto& items) {
            QStringList ids;
            for (const auto& x : items)
                ids.append(x.id);
            return ids;
        };
        struct Kind { const char* table; const char* what; QStringList ids; };
        const Kind kinds[] = {
            { "sources", QT_TRANSLATE_NOOP("SqlContentRepository", "source"), idsOf(pack.sources) },
            { "service_models", QT_TRANSLATE_NOOP("SqlContentRepository", "service model"), idsOf(pack.serviceModels) },
            { "layers", QT_TRANSLATE_NOOP("SqlContentRepository", "layer"), idsOf(pack.layers) },
            { "services", QT_TRANSLATE_NOOP("SqlContentRepository", "service"), idsOf(pack.services) },
            { "control_categories", QT_TRANSLATE_NOOP("SqlContentRepository", "control category"), idsOf(pack.controlCategories) },
            { "customer_areas", QT_TRANSLATE_NOOP("SqlContentRepository", "customer area"), idsOf(pack.customerAreas) },
            { "analogy_rows", QT_TRANSLATE_NOOP("SqlContentRepository", "analogy row"), idsOf(pack.analogy) },
            { "topics", QT_TRANSLATE_NOOP("SqlContentRepository", "topic"), idsOf(pack.topics) },
            { "lessons", QT_TRANSLATE_NOOP("SqlContentRepository", "lesson"), lessonIds },
            { "glossary_terms", QT_TRANSLATE_NOOP("SqlContentRepository", "glossary term"), termIds },
            { "questions", QT_TRANSLATE_NOOP("SqlContentRepository", "question"), questionIds },
        };
        QStringList clashes;
        for (const Kind& k : kinds) {
            auto q = sql::run(m_db, QStringLiteral(
                "SELECT t.id, p.title, p.id FROM %1 t JOIN packs p ON p.id = t.pack_id "
                "WHERE t.pack_id <> ? AND t.id IN (SELECT value FROM json_each(?)) ORDER BY t.id").arg(QLatin1String(k.table)),
                { pack.info.id, toJson(k.ids) });
            if (!q)
                return Error { q.errorMessage() };
            while (q->next() && clashes.size() < 10) {
                clashes.append(tr("%1 id \"%2\" is already used by the installed pack \"%3\" (%4)")
                                   .arg(tr(k.what), q->value(0).toString(), q->value(1).toString(), q->value(2).toString()));
            }
        }
        if (!clashes.isEmpty())
            return Error { clashes.join(QLatin1Char('\n')) };
    }

    // What the new version no longer has is retired: its learner history stays, shown by title.
    const struct { const char* kind; const char* table; const char* title; const QStringList& ids; } retiring[] = {
        { "lesson", "lessons", "title", lessonIds },
        { "glossary", "glossary_terms", "term", termIds },
        { "question", "questions", "prompt", questionIds },
    };
    for (const auto& r : retiring) {
        step(QStringLiteral("INSERT OR REPLACE INTO retired_items (kind, id, pack_id, title, retired_at) "
                            "SELECT ?, id, pack_id, %1, ? FROM %2 WHERE pack_id = ? AND id NOT IN (SELECT value FROM json_each(?))")
                 .arg(QLatin1String(r.title), QLatin1String(r.table)),
             { QLatin1String(r.kind), now, pack.info.id, toJson(r.ids) });
        step(QStringLiteral("DELETE FROM retired_items WHERE kind = ? AND id IN (SELECT value FROM json_each(?))"),
             { QLatin1String(r.kind), toJson(r.ids) });
    }

    step(QStringLiteral("DELETE FROM packs WHERE id = ?"), { pack.info.id });
    step(QStringLiteral(
        "INSERT INTO packs (id, title, version, language, author, description, extends, content_hash, bundled, installed_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { pack.info.id, pack.info.title, pack.info.version, pack.info.language, pack.info.author,
          pack.info.description, pack.info.extends, contentHash, bundled ? 1 : 0, now });
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
            "model_id, service_id, control, sources, party) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
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

    if (soFar)
        soFar = rebuildSearchIndex();

    if (!soFar)
        return soFar;
    return transaction.commit();
}

} // namespace demarc
