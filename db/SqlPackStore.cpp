// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlPackStore.h"

#include "CourseInstaller.h"
#include "QuestionRows.h"
#include "SearchIndex.h"
#include "Sql.h"
#include "SqlPackImporter.h"
#include "SqlReader.h"
#include "SqlRows.h"
#include "core/SaveFile.h"
#include "core/pack/PackWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>
#include <vector>

namespace demarc {

using sqlrows::intsFromJson;
using sqlrows::stringsFromJson;

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SqlContentRepository)
};

Responsibility cell(const sql::Reader& q, int column)
{
    return Responsibility { partyFromId(q.text(column)).value_or(Party::Customer), q.text(column + 1),
                            q.text(column + 2) };
}

/** Reads an installed pack back, table by table; after the first failed read nothing more is read. */
class PackReader
{
public:
    PackReader(const QSqlDatabase& db, const QString& id)
        : m_db(db)
        , m_id(id)
    { }

    Result<Pack> read();

private:
    /** Runs one read of this pack's rows and hands each row to @p row. */
    template<typename Row> void read(const QString& statement, const Row& row)
    {
        if (!soFar)
            return;
        auto q = sql::Reader::prepare(m_db, statement, { m_id });
        if (!q) {
            soFar = Error { q.errorMessage() };
            return;
        }
        soFar = q->forEach(row);
    }

    bool readInfo();
    void readModel();
    void readControls();
    void readCourse();
    void readQuestions();

    const QSqlDatabase& m_db;
    const QString m_id;
    Pack pack;
    Status soFar; // ok until a read fails
};

Result<Pack> PackReader::read()
{
    if (!readInfo() && soFar)
        return Error { Text::tr("no pack \"%1\" is installed").arg(m_id) };
    readModel();
    readControls();
    readCourse();
    readQuestions();
    if (!soFar)
        return Error { soFar.errorMessage() };
    return pack;
}

/** The pack's own row; false when there is none. */
bool PackReader::readInfo()
{
    bool found = false;
    read(QStringLiteral(
             "SELECT id, title, version, language, author, description, extends FROM packs WHERE id = ?"),
         [&](const sql::Reader& q) {
             found = true;
             pack.info = {
                 q.text(0), q.text(1), int(q.integer(2)), q.text(3), q.text(4), q.text(5), q.text(6)
             };
         });
    return found;
}

/** Sources, service models, layers and services, with who secures what. */
void PackReader::readModel()
{
    read(
        QStringLiteral("SELECT id, title, url, file, as_of FROM sources WHERE pack_id = ? ORDER BY position"),
        [&](const sql::Reader& q) {
            pack.sources.append({ q.text(0), q.text(1), q.text(2), q.text(3), sqlrows::dateFrom(q.text(4)) });
        });
    read(QStringLiteral(
             "SELECT id, name, summary, sources FROM service_models WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             pack.serviceModels.append({ q.text(0), q.text(1), q.text(2), stringsFromJson(q.text(3)) });
         });
    QHash<QString, qsizetype> layerRow;
    read(QStringLiteral(
             "SELECT id, name, summary, examples, sources FROM layers WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             layerRow.insert(q.text(0), pack.layers.size());
             pack.layers.append({ q.text(0),
                                  q.text(1),
                                  q.text(2),
                                  stringsFromJson(q.text(3)),
                                  stringsFromJson(q.text(4)),
                                  {} });
         });
    read(QStringLiteral(
             "SELECT r.layer_id, r.model_id, r.party, r.explanation, r.nuance FROM responsibilities r "
             "JOIN layers l ON l.id = r.layer_id WHERE l.pack_id = ?"),
         [&](const sql::Reader& q) {
             if (auto row = layerRow.constFind(q.text(0)); row != layerRow.cend())
                 pack.layers[*row].responsibility.insert(q.text(1), cell(q, 2));
         });
    QHash<QString, qsizetype> serviceRow;
    read(QStringLiteral(
             "SELECT id, name, model_id, category, aws_term, summary, note, end_of_support, sources "
             "FROM services WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             serviceRow.insert(q.text(0), pack.services.size());
             pack.services.append({ q.text(0),
                                    q.text(1),
                                    q.text(2),
                                    serviceCategoryFromId(q.text(3)).value_or(ServiceCategory::None),
                                    q.text(4),
                                    q.text(5),
                                    q.text(6),
                                    sqlrows::dateFrom(q.text(7)),
                                    stringsFromJson(q.text(8)),
                                    {} });
         });
    read(QStringLiteral("SELECT r.service_id, r.layer_id, r.party, r.explanation, r.nuance FROM "
                        "service_responsibilities r "
                        "JOIN services s ON s.id = r.service_id WHERE s.pack_id = ?"),
         [&](const sql::Reader& q) {
             if (auto row = serviceRow.constFind(q.text(0)); row != serviceRow.cend())
                 pack.services[*row].responsibility.insert(q.text(1), cell(q, 2));
         });
}

/** Control categories with their examples, customer areas with their items, the analogy. */
void PackReader::readControls()
{
    QHash<QString, qsizetype> categoryRow;
    read(QStringLiteral(
             "SELECT id, name, summary, sources FROM control_categories WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             categoryRow.insert(q.text(0), pack.controlCategories.size());
             pack.controlCategories.append(
                 { q.text(0), q.text(1), q.text(2), {}, stringsFromJson(q.text(3)) });
         });
    read(QStringLiteral(
             "SELECT e.category_id, e.name, e.aws, e.customer FROM control_examples e "
             "JOIN control_categories c ON c.id = e.category_id WHERE c.pack_id = ? ORDER BY e.position"),
         [&](const sql::Reader& q) {
             if (auto row = categoryRow.constFind(q.text(0)); row != categoryRow.cend())
                 pack.controlCategories[*row].examples.append({ q.text(1), q.text(2), q.text(3) });
         });
    QHash<QString, qsizetype> areaRow;
    read(QStringLiteral("SELECT id, name, sources FROM customer_areas WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             areaRow.insert(q.text(0), pack.customerAreas.size());
             pack.customerAreas.append({ q.text(0), q.text(1), {}, stringsFromJson(q.text(2)) });
         });
    read(QStringLiteral("SELECT i.area_id, i.text FROM customer_area_items i "
                        "JOIN customer_areas a ON a.id = i.area_id WHERE a.pack_id = ? ORDER BY i.position"),
         [&](const sql::Reader& q) {
             if (auto row = areaRow.constFind(q.text(0)); row != areaRow.cend())
                 pack.customerAreas[*row].items.append(q.text(1));
         });
    read(QStringLiteral("SELECT id, house, cloud, party, explanation, sources FROM analogy_rows WHERE "
                        "pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             pack.analogy.append({ q.text(0), q.text(1), q.text(2),
                                   partyFromId(q.text(3)).value_or(Party::Customer), q.text(4),
                                   stringsFromJson(q.text(5)) });
         });
}

/** Topics, lessons and glossary terms. */
void PackReader::readCourse()
{
    read(QStringLiteral("SELECT id, title, section FROM topics WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             pack.topics.append({ q.text(0), q.text(1), q.text(2) });
         });
    read(QStringLiteral("SELECT id, topic_id, title, summary, body, facts, nuances, sources FROM lessons "
                        "WHERE pack_id = ? ORDER BY position"),
         [&](const sql::Reader& q) {
             pack.lessons.append({ q.text(0), q.text(1), q.text(2), q.text(3), q.text(4),
                                   intsFromJson(q.text(5)), stringsFromJson(q.text(6)),
                                   stringsFromJson(q.text(7)) });
         });
    read(QStringLiteral("SELECT id, term, aliases, definition, sources FROM glossary_terms WHERE pack_id = ? "
                        "ORDER BY position"),
         [&](const sql::Reader& q) {
             pack.glossary.append(
                 { q.text(0), q.text(1), stringsFromJson(q.text(2)), q.text(3), stringsFromJson(q.text(4)) });
         });
}

/** Questions with their choices. */
void PackReader::readQuestions()
{
    // Rows as stored, put in order here: SQLite sorting the wide rows cost more than reading them.
    std::vector<std::pair<qint64, Question>> read;
    this->read(QStringLiteral("SELECT %1, q.position FROM questions q WHERE q.pack_id = ?")
                   .arg(QLatin1String(questionrows::QuestionColumns)),
               [&](const sql::Reader& q) {
                   Question question = questionrows::questionFrom(q);
                   question.type = questionTypeFromId(q.text(1)).value_or(QuestionType::Single);
                   read.emplace_back(q.integer(12), std::move(question));
               });
    std::stable_sort(read.begin(), read.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    QHash<QString, qsizetype> questionRow;
    questionRow.reserve(qsizetype(read.size()));
    pack.questions.reserve(qsizetype(read.size()));
    for (auto& [position, question] : read) {
        questionRow.insert(question.id, pack.questions.size());
        pack.questions.append(std::move(question));
    }
    std::vector<questionrows::PlacedChoice> choices;
    this->read(QStringLiteral("SELECT %1 FROM choices WHERE question_id IN (SELECT id FROM questions WHERE "
                              "pack_id = ?)")
                   .arg(QLatin1String(questionrows::ChoiceColumns)),
               [&](const sql::Reader& q) {
                   const auto row = questionRow.constFind(q.text(0));
                   if (row == questionRow.cend())
                       return;
                   const Question& question = pack.questions.at(*row);
                   Choice choice = questionrows::choiceFrom(q, question);
                   choice.correct =
                       choice.correct && !question.assignsParties(); // a sorting item's key is its party
                   choices.push_back({ *row, q.integer(6), std::move(choice) });
               });
    questionrows::placeChoices(choices, pack.questions);
}

} // namespace

SqlPackStore::SqlPackStore(QSqlDatabase db)
    : m_db(std::move(db))
{ }

Result<std::optional<InstalledPack>> SqlPackStore::installedPack(const QString& id) const
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

Result<QList<InstalledPack>> SqlPackStore::installedPacks() const
{
    return sql::rows(m_db,
                     QStringLiteral("SELECT id, title, version, content_hash, bundled, extends FROM packs "
                                    "ORDER BY bundled DESC, installed_at"),
                     [](const QSqlQuery& r) {
                         return InstalledPack { r.value(0).toString(), r.value(1).toString(),
                                                r.value(2).toInt(),    r.value(3).toString(),
                                                r.value(4).toBool(),   r.value(5).toString() };
                     });
}

Result<QList<PackSummary>> SqlPackStore::packs() const
{
    auto q =
        sql::run(m_db,
                 QStringLiteral("SELECT p.id, p.title, p.version, p.language, p.author, p.description, "
                                "p.extends, p.bundled, p.enabled, "
                                "  (SELECT count(*) FROM lessons WHERE pack_id = p.id), (SELECT count(*) "
                                "FROM glossary_terms WHERE pack_id = p.id), "
                                "  (SELECT count(*) FROM questions WHERE pack_id = p.id), p.installed_at "
                                "FROM packs p ORDER BY p.bundled DESC, p.installed_at"));
    if (!q)
        return Error { q.errorMessage() };
    QList<PackSummary> out;
    while (q->next()) {
        PackSummary p;
        p.info = { q->value(0).toString(), q->value(1).toString(), q->value(2).toInt(),
                   q->value(3).toString(), q->value(4).toString(), q->value(5).toString(),
                   q->value(6).toString() };
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

Status SqlPackStore::setEnabled(const QString& id, bool enabled)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto pack = sql::run(m_db, QStringLiteral("SELECT bundled FROM packs WHERE id = ?"), { id });
    if (!pack)
        return Error { pack.errorMessage() };
    if (!pack->next())
        return Error { Text::tr("no pack \"%1\" is installed").arg(id) };
    if (pack->value(0).toBool() && !enabled)
        return Error { Text::tr("the bundled course cannot be disabled") };
    if (auto q = sql::run(m_db, QStringLiteral("UPDATE packs SET enabled = ? WHERE id = ?"),
                          { enabled ? 1 : 0, id });
        !q)
        return Error { q.errorMessage() };
    if (Status s = rebuildSearchIndex(m_db); !s)
        return s;
    return transaction.commit();
}

Status SqlPackStore::removePack(const QString& id, LearnerHistory history)
{
    sql::WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto pack = sql::run(m_db, QStringLiteral("SELECT bundled, title FROM packs WHERE id = ?"), { id });
    if (!pack)
        return Error { pack.errorMessage() };
    if (!pack->next())
        return Error { Text::tr("no pack \"%1\" is installed").arg(id) };
    if (pack->value(0).toBool())
        return Error { Text::tr("the bundled course cannot be removed") };
    auto dependants = sql::run(
        m_db, QStringLiteral("SELECT group_concat(title, ', ') FROM packs WHERE extends = ?"), { id });
    if (!dependants)
        return Error { dependants.errorMessage() };
    if (dependants->next() && !dependants->value(0).toString().isEmpty())
        return Error { Text::tr("\"%1\" is the course of other packs (%2); remove those first")
                           .arg(pack->value(1).toString(), dependants->value(0).toString()) };

    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Each statement's "?" all stand for the pack id, except a leading "@now" one.
    QStringList statements;
    if (history == LearnerHistory::Keep) {
        for (const auto& [kind, table, title] : { std::tuple { "lesson", "lessons", "title" },
                                                  std::tuple { "glossary", "glossary_terms", "term" },
                                                  std::tuple { "question", "questions", "prompt" } }) {
            statements.append(
                QStringLiteral("INSERT OR REPLACE INTO retired_items (kind, id, pack_id, title, retired_at) "
                               "SELECT '%1', id, pack_id, %3, @now FROM %2 WHERE pack_id = ?")
                    .arg(QLatin1String(kind), QLatin1String(table), QLatin1String(title)));
        }
    } else {
        // Everything the learner did with the pack's items, as they asked; daily totals stay.
        // A glossary term's review item is 'term:' + its id (termItemId() in core/quiz/TermQuestions.h).
        const QString items = QStringLiteral("(SELECT id FROM questions WHERE pack_id = ? UNION ALL SELECT "
                                             "'term:' || id FROM glossary_terms WHERE pack_id = ?)");
        const QString targets = QStringLiteral(
            "(target_kind = 'question' AND target_id IN (SELECT id FROM questions WHERE pack_id = ?)) "
            "OR (target_kind = 'term' AND target_id IN (SELECT id FROM glossary_terms WHERE pack_id = ?)) "
            "OR (target_kind = 'lesson' AND target_id IN (SELECT id FROM lessons WHERE pack_id = ?))");
        statements = {
            QStringLiteral("DELETE FROM attempts WHERE question_id IN %1").arg(items),
            QStringLiteral("DELETE FROM item_stats WHERE item_id IN %1").arg(items),
            QStringLiteral(
                "DELETE FROM schedule WHERE (item_kind = 'question' AND item_id IN (SELECT id FROM questions "
                "WHERE pack_id = ?)) "
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
    if (Status s = rebuildSearchIndex(m_db); !s)
        return s;
    return transaction.commit();
}

Result<Pack> SqlPackStore::pack(const QString& id) const { return PackReader(m_db, id).read(); }

Status SqlPackStore::install(const Pack& pack, const QString& contentHash, bool bundled)
{
    return SqlPackImporter(m_db).importPack(pack, contentHash, bundled);
}

Result<PackImportOutcome> SqlPackStore::importPack(const QString& path, Downgrade downgrade)
{
    return importPackFile(*this, path, downgrade);
}

PackBaseLookup SqlPackStore::bases() const { return installedPackLookup(*this); }

Result<PackImportOutcome> SqlPackStore::savePack(const Pack& pack) { return saveEditedPack(*this, pack); }

Status SqlPackStore::exportPack(const QString& id, const QString& path) const
{
    auto pack = this->pack(id);
    if (!pack)
        return Error { pack.errorMessage() };
    return saveFileAtomically(path, writePack(*pack));
}

} // namespace demarc
