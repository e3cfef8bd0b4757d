// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pack/PackStore.h"

#include <QHash>
#include <QStringList>

namespace demarc::test {

/**
 * Installed packs held in memory. An import reads the file with the pack parser and applies
 * the version rules (new, higher, same bytes, lower); the store's own transactions and
 * retired items are tested with the real store in tests/db.
 */
class FakePackStore final : public PackStore
{
public:
    FakePackStore();

    Result<QList<PackSummary>> packs() const override;
    Result<PackImportOutcome> importPack(const QString& path, Downgrade downgrade) override;
    Result<Pack> pack(const QString& id) const override;
    PackBaseLookup bases() const override;
    Result<PackImportOutcome> savePack(const Pack& pack) override;
    Status exportPack(const QString& id, const QString& path) const override;
    Status setEnabled(const QString& id, bool enabled) override;
    Status removePack(const QString& id, LearnerHistory history) override;

    /** What was removed, and how: "id keep" or "id delete". */
    QStringList removals;
    /** Every pack savePack() accepted, in order. */
    QList<Pack> saved;
    /** The paths imports were asked for, with "+allow" when a downgrade was allowed. */
    QStringList imports;
    /** When set, packs() fails with this message, as a store whose reads fail would. */
    QString failReads;

private:
    QList<PackSummary> m_packs;
    QHash<QString, QByteArray> m_bytes;
};

} // namespace demarc::test
