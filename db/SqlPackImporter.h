// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Content.h"
#include "core/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <initializer_list>

namespace demarc {

/** Writes a parsed pack into the content tables, replacing the version installed before. */
class SqlPackImporter
{
public:
    explicit SqlPackImporter(QSqlDatabase db);

    /**
     * Replaces the pack's content with @p pack in one transaction (all or nothing) and
     * rebuilds the search index. Lessons, terms and questions the new content lacks are
     * recorded as retired; learner tables are not touched. An id that another installed pack
     * already uses is refused, naming the id and the pack, before anything is written.
     */
    Status importPack(const Pack& pack, const QString& contentHash, bool bundled);

private:
    /** The ids @p pack shares with other installed packs, named, or ok. */
    Status refuseTakenIds(const Pack& pack) const;
    void retireWhatIsGone(const Pack& pack, const QString& now);
    void writeModel(const Pack& pack);
    void writeControls(const Pack& pack);
    void writeCourse(const Pack& pack);
    void writeQuestions(const Pack& pack);
    /** Runs one statement unless one before it failed (the transaction then rolls back). */
    void step(const QString& statement, std::initializer_list<QVariant> values);

    QSqlDatabase m_db;
    Status m_soFar; // ok until a statement fails
    QHash<QString, QSqlQuery> m_prepared;
};

} // namespace demarc
