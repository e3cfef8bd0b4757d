// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackStore.h"

#include <QSqlDatabase>

#include <optional>

namespace demarc {

/** What the store knows about an installed pack. */
struct InstalledPack
{
    QString id;
    QString title;
    int version = 0;
    QString contentHash;
    bool bundled = false;
    /** The pack this one adds to; empty for a course pack. */
    QString extends;
};

/**
 * The installed packs in SQLite: the catalogue (which packs, their versions and hashes, shown
 * or hidden, removed), a pack read back as it was imported, and installing one
 * (SqlPackImporter); for the Packs view, File → Import and Export, and course installation.
 */
class SqlPackStore final : public PackStore
{
public:
    explicit SqlPackStore(QSqlDatabase db);

    Result<std::optional<InstalledPack>> installedPack(const QString& id) const;
    Result<QList<InstalledPack>> installedPacks() const;
    /** Every installed pack with its counts, the course first. */
    Result<QList<PackSummary>> packs() const override;
    /** Everything an installed pack holds, as it was imported: what an export writes. */
    Result<Pack> pack(const QString& id) const override;
    /** Installs @p pack as parsed, replacing the version installed before (see SqlPackImporter). */
    Status install(const Pack& pack, const QString& contentHash, bool bundled);

    Result<PackImportOutcome> importPack(const QString& path, Downgrade downgrade) override;
    PackBaseLookup bases() const override;
    Result<PackImportOutcome> savePack(const Pack& pack) override;
    Status exportPack(const QString& id, const QString& path) const override;
    /** Shows or hides a pack's content everywhere (the bundled course is always shown). */
    Status setEnabled(const QString& id, bool enabled) override;
    /**
     * Uninstalls a pack in one transaction: its items are retired, or with
     * LearnerHistory::Delete the learner's answers, notes, bookmarks and schedules for them
     * are deleted too. The bundled course, and a course other packs extend, are refused.
     */
    Status removePack(const QString& id, LearnerHistory history) override;

    QSqlDatabase connection() const { return m_db; }

private:
    QSqlDatabase m_db;
};

} // namespace demarc
