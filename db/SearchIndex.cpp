// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchIndex.h"

#include "Sql.h"
#include "core/MarkdownText.h"

namespace demarc {

Status rebuildSearchIndex(const QSqlDatabase& db)
{
    if (auto cleared = sql::run(db, QStringLiteral("DELETE FROM search_index")); !cleared)
        return Error { cleared.errorMessage() };
    // Lessons of every enabled pack are indexed as plain text, so snippets read as prose.
    auto lessons = sql::run(db,
                            QStringLiteral("SELECT l.id, l.title, l.summary, l.body FROM lessons l JOIN "
                                           "packs p ON p.id = l.pack_id WHERE p.enabled"));
    if (!lessons)
        return Error { lessons.errorMessage() };
    while (lessons->next()) {
        auto inserted =
            sql::run(db,
                     QStringLiteral(
                         "INSERT INTO search_index (kind, item_id, title, body) VALUES ('lesson', ?, ?, ?)"),
                     { lessons->value(0), lessons->value(1),
                       lessons->value(2).toString() + QLatin1Char('\n')
                           + markdownToPlainText(lessons->value(3).toString()) });
        if (!inserted)
            return Error { inserted.errorMessage() };
    }
    for (const char* statement :
         { "INSERT INTO search_index (kind, item_id, title, body) "
           "SELECT 'glossary', g.id, g.term, g.definition || char(10) || "
           "  coalesce((SELECT group_concat(value, ', ') FROM json_each(g.aliases)), '') "
           "FROM glossary_terms g JOIN packs p ON p.id = g.pack_id WHERE p.enabled",
           "INSERT INTO search_index (kind, item_id, title, body) "
           "SELECT 'question', q.id, q.prompt, (SELECT group_concat(c.text || ' ' || c.explanation, "
           "char(10)) "
           "  FROM choices c WHERE c.question_id = q.id) FROM questions q JOIN packs p ON p.id = q.pack_id "
           "WHERE p.enabled" }) {
        if (auto q = sql::run(db, QLatin1String(statement)); !q)
            return Error { q.errorMessage() };
    }
    return {};
}

} // namespace demarc
