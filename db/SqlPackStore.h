// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SqlContentRepository.h"
#include "core/PackStore.h"

namespace demarc {

/** The installed packs in SQLite, for the Packs view and File → Import and Export. */
class SqlPackStore final : public PackStore
{
public:
    explicit SqlPackStore(SqlContentRepository& content) : m_content(content) { }

    Result<QList<PackSummary>> packs() const override;
    Result<PackImportOutcome> importPack(const QString& path, Downgrade downgrade) override;
    Result<Pack> pack(const QString& id) const override;
    PackBaseLookup bases() const override;
    Result<PackImportOutcome> savePack(const Pack& pack) override;
    Status exportPack(const QString& id, const QString& path) const override;
    Status setEnabled(const QString& id, bool enabled) override;
    Status removePack(const QString& id, LearnerHistory history) override;

private:
    SqlContentRepository& m_content;
};

} // namespace demarc
