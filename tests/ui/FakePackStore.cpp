// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FakePackStore.h"

#include "support/FakeContentRepository.h"

#include "core/SaveFile.h"
#include "core/pack/PackParser.h"
#include "core/pack/PackWriter.h"

#include <QFile>

namespace demarc::test {

FakePackStore::FakePackStore()
{
    const Pack& course = FakeContentRepository::bundledCourse();
    PackSummary summary;
    summary.info = course.info;
    summary.bundled = true;
    summary.lessons = int(course.lessons.size());
    summary.glossaryTerms = int(course.glossary.size());
    summary.questions = int(course.questions.size());
    summary.installedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    m_packs.append(summary);
}

Result<QList<PackSummary>> FakePackStore::packs() const
{
    if (!failReads.isEmpty())
        return Error { failReads };
    return m_packs;
}

Result<PackImportOutcome> FakePackStore::importPack(const QString& path, Downgrade downgrade)
{
    imports.append(path + (downgrade == Downgrade::Allow ? QStringLiteral(" +allow") : QString()));
    QByteArray bytes;
    const PackParseResult parsed = PackParser::parseFile(path, &bytes, bases());
    if (!parsed.ok()) {
        QStringList lines;
        for (const PackProblem& p : parsed.problems)
            lines.append(p.toString());
        return Error { lines.join(u'\n') };
    }
    const Pack& pack = *parsed.pack;
    PackImportOutcome outcome;
    outcome.info = pack.info;
    outcome.lessons = int(pack.lessons.size());
    outcome.glossaryTerms = int(pack.glossary.size());
    outcome.questions = int(pack.questions.size());
    qsizetype row = -1;
    for (qsizetype i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).info.id == pack.info.id)
            row = i;
    }
    if (row >= 0) {
        outcome.previousVersion = m_packs.at(row).info.version;
        if (m_bytes.value(pack.info.id) == bytes) {
            outcome.action = PackImportOutcome::Action::UpToDate;
            return outcome;
        }
        if (outcome.previousVersion > pack.info.version && downgrade == Downgrade::Refuse) {
            outcome.action = PackImportOutcome::Action::NeedsDowngrade;
            return outcome;
        }
        outcome.action = outcome.previousVersion > pack.info.version ? PackImportOutcome::Action::Downgraded
                                                                     : PackImportOutcome::Action::Updated;
    }
    PackSummary summary;
    summary.info = pack.info;
    summary.lessons = outcome.lessons;
    summary.glossaryTerms = outcome.glossaryTerms;
    summary.questions = outcome.questions;
    summary.installedAt = QDateTime(QDate(2026, 12, 1), QTime(10, 30), Qt::UTC);
    if (row >= 0)
        m_packs[row] = summary;
    else
        m_packs.append(summary);
    m_bytes.insert(pack.info.id, bytes);
    return outcome;
}

Result<Pack> FakePackStore::pack(const QString& id) const
{
    if (id == FakeContentRepository::bundledCourse().info.id)
        return FakeContentRepository::bundledCourse();
    if (!m_bytes.contains(id))
        return Error { QStringLiteral("no pack \"%1\" is installed").arg(id) };
    const PackParseResult parsed = PackParser::parse(m_bytes.value(id), id, bases());
    if (!parsed.ok())
        return Error { QStringLiteral("the stored pack \"%1\" does not read back").arg(id) };
    return *parsed.pack;
}

PackBaseLookup FakePackStore::bases() const
{
    return [](const QString& id) -> std::optional<PackBase> {
        const Pack& course = FakeContentRepository::bundledCourse();
        if (id != course.info.id)
            return std::nullopt;
        return PackBase::of(course);
    };
}

Result<PackImportOutcome> FakePackStore::savePack(const Pack& pack)
{
    const QByteArray bytes = writePack(pack);
    const PackParseResult parsed = PackParser::parse(bytes, pack.info.id + QStringLiteral(".json"), bases());
    if (!parsed.ok()) {
        QStringList lines;
        for (const PackProblem& p : parsed.problems)
            lines.append(p.toString());
        return Error { lines.join(u'\n') };
    }
    saved.append(pack);
    PackImportOutcome outcome;
    outcome.info = pack.info;
    outcome.action = m_bytes.contains(pack.info.id) ? PackImportOutcome::Action::Updated
                                                    : PackImportOutcome::Action::Installed;
    if (!m_bytes.contains(pack.info.id)) {
        PackSummary summary;
        summary.info = pack.info;
        m_packs.append(summary);
    }
    m_bytes.insert(pack.info.id, bytes);
    return outcome;
}

Status FakePackStore::exportPack(const QString& id, const QString& path) const
{
    if (!m_bytes.contains(id))
        return saveFileAtomically(path, writePack(FakeContentRepository::bundledCourse()));
    return saveFileAtomically(path, m_bytes.value(id));
}

Status FakePackStore::setEnabled(const QString& id, bool enabled)
{
    for (PackSummary& p : m_packs) {
        if (p.info.id == id) {
            if (p.bundled && !enabled)
                return Error { QStringLiteral("the bundled course cannot be disabled") };
            p.enabled = enabled;
            return {};
        }
    }
    return Error { QStringLiteral("no pack \"%1\" is installed").arg(id) };
}

Status FakePackStore::removePack(const QString& id, LearnerHistory history)
{
    for (qsizetype i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).info.id == id && !m_packs.at(i).bundled) {
            m_packs.removeAt(i);
            m_bytes.remove(id);
            removals.append(
                id + (history == LearnerHistory::Keep ? QStringLiteral(" keep") : QStringLiteral(" delete")));
            return {};
        }
    }
    return Error { QStringLiteral("no pack \"%1\" can be removed").arg(id) };
}

} // namespace demarc::test
