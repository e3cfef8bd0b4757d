// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqlPackStore.h"

#include "CourseInstaller.h"
#include "core/PackWriter.h"
#include "core/SaveFile.h"

namespace demarc {

Result<QList<PackSummary>> SqlPackStore::packs() const { return m_content.packSummaries(); }

Result<PackImportOutcome> SqlPackStore::importPack(const QString& path, Downgrade downgrade)
{
    return importPackFile(m_content, path, downgrade);
}

Result<Pack> SqlPackStore::pack(const QString& id) const { return m_content.pack(id); }

PackBaseLookup SqlPackStore::bases() const { return installedPackLookup(m_content); }

Result<PackImportOutcome> SqlPackStore::savePack(const Pack& pack) { return saveEditedPack(m_content, pack); }

Status SqlPackStore::exportPack(const QString& id, const QString& path) const
{
    auto pack = m_content.pack(id);
    if (!pack)
        return Error { pack.errorMessage() };
    return saveFileAtomically(path, writePack(*pack));
}

Status SqlPackStore::setEnabled(const QString& id, bool enabled) { return m_content.setPackEnabled(id, enabled); }

Status SqlPackStore::removePack(const QString& id, LearnerHistory history) { return m_content.removePack(id, history); }

} // namespace demarc
