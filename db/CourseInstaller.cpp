// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourseInstaller.h"

#include "core/PackParser.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace demarc {

QString packContentHash(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<InstallOutcome> installBundledCourse(SqlContentRepository& repository, const QByteArray& bytes,
                                            const QString& label)
{
    const QString hash = packContentHash(bytes);
    auto installed = repository.installedPacks();
    if (!installed)
        return Error { installed.errorMessage() };
    for (const InstalledPack& p : std::as_const(*installed)) {
        if (p.bundled && p.contentHash == hash)
            return InstallOutcome { InstallOutcome::Action::UpToDate, p.version };
    }

    const PackParseResult parsed = PackParser::parse(bytes, label);
    if (!parsed.ok()) {
        QStringList lines;
        for (const PackProblem& problem : parsed.problems)
            lines.append(problem.toString());
        return Error { QCoreApplication::translate("CourseInstaller", "the bundled course is invalid:\n%1")
                           .arg(lines.join(QLatin1Char('\n'))) };
    }
    const Pack& pack = *parsed.pack;
    auto current = repository.installedPack(pack.info.id);
    if (!current)
        return Error { current.errorMessage() };
    if (current->has_value() && (*current)->version > pack.info.version)
        return InstallOutcome { InstallOutcome::Action::KeptNewer, (*current)->version };
    if (Status s = repository.importPack(pack, hash, true); !s)
        return Error { s.errorMessage() };
    return InstallOutcome { current->has_value() ? InstallOutcome::Action::Updated : InstallOutcome::Action::Installed,
                            pack.info.version };
}

} // namespace demarc
