// SPDX-License-Identifier: GPL-3.0-or-later
#include "CourseInstaller.h"

#include "Backups.h"

#include "core/pack/PackParser.h"
#include "core/pack/PackVersions.h"
#include "core/pack/PackWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

namespace demarc {

QString packContentHash(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

namespace {

std::optional<InstalledVersion> installedVersion(const std::optional<InstalledPack>& pack)
{
    if (!pack)
        return std::nullopt;
    return InstalledVersion { pack->version, pack->contentHash };
}

/** The version of the installed bundled course when its hash is @p hash. */
Result<std::optional<int>> installedWithHash(const SqlPackStore& store, const QString& hash)
{
    auto installed = store.installedPacks();
    if (!installed)
        return Error { installed.errorMessage() };
    for (const InstalledPack& p : std::as_const(*installed)) {
        if (p.bundled && p.contentHash == hash)
            return std::optional<int> { p.version };
    }
    return std::optional<int> {};
}

} // namespace

Result<InstallOutcome> installBundledCourse(SqlPackStore& store, const BundledCourse& course)
{
    auto known = installedWithHash(store, course.hash);
    if (!known)
        return Error { known.errorMessage() };
    if (known->has_value())
        return InstallOutcome { InstallOutcome::Action::UpToDate, **known };
    return installBundledCourse(store, course.read(), course.label);
}

Result<InstallOutcome> installBundledCourse(SqlPackStore& store, const QByteArray& bytes,
                                            const QString& label)
{
    const QString hash = packContentHash(bytes);
    auto known = installedWithHash(store, hash);
    if (!known)
        return Error { known.errorMessage() };
    if (known->has_value())
        return InstallOutcome { InstallOutcome::Action::UpToDate, **known };

    const PackParseResult parsed = PackParser::parse(bytes, label);
    if (!parsed.ok()) {
        QStringList lines;
        for (const PackProblem& problem : parsed.problems)
            lines.append(problem.toString());
        return Error { QCoreApplication::translate("CourseInstaller", "the bundled course is invalid:\n%1")
                           .arg(lines.join(QLatin1Char('\n'))) };
    }
    const Pack& pack = *parsed.pack;
    auto current = store.installedPack(pack.info.id);
    if (!current)
        return Error { current.errorMessage() };
    const CourseStep step = courseStep(installedVersion(*current), pack.info.version, hash);
    switch (step) {
    case CourseStep::UpToDate:
        return InstallOutcome { InstallOutcome::Action::UpToDate, (*current)->version };
    case CourseStep::KeepNewer:
        return InstallOutcome { InstallOutcome::Action::KeptNewer, (*current)->version };
    case CourseStep::Update:
        if (Status s = backUpBeforeChange(store.connection(), QStringLiteral("before-import")); !s)
            return Error { QCoreApplication::translate("CourseInstaller", "the course was not updated: %1")
                               .arg(s.errorMessage()) };
        break;
    case CourseStep::Install: break;
    }
    if (Status s = store.install(pack, hash, true); !s)
        return Error { s.errorMessage() };
    return InstallOutcome { step == CourseStep::Update ? InstallOutcome::Action::Updated
                                                       : InstallOutcome::Action::Installed,
                            pack.info.version };
}

PackBaseLookup installedPackLookup(const SqlPackStore& store)
{
    return [&store](const QString& id) -> std::optional<PackBase> {
        auto pack = store.pack(id);
        if (!pack)
            return std::nullopt;
        return PackBase::of(*pack);
    };
}

namespace {

QString problemLines(const PackParseResult& parsed)
{
    QStringList lines;
    for (const PackProblem& problem : parsed.problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

/** Installs a pack already read and checked from @p bytes, by the version rules of importPackFile(). */
Result<PackImportOutcome> installParsedPack(SqlPackStore& store, const Pack& pack, const QByteArray& bytes,
                                            const QString& path, Downgrade downgrade)
{
    PackImportOutcome outcome;
    outcome.info = pack.info;
    outcome.lessons = static_cast<int>(pack.lessons.size());
    outcome.glossaryTerms = static_cast<int>(pack.glossary.size());
    outcome.questions = static_cast<int>(pack.questions.size());

    auto current = store.installedPack(pack.info.id);
    if (!current)
        return Error { current.errorMessage() };
    const QString hash = packContentHash(bytes);
    const ImportStep step = importStep(installedVersion(*current), pack.info.version, hash, downgrade);
    switch (step) {
    case ImportStep::UpToDate:
        outcome.previousVersion = (*current)->version;
        outcome.action = PackImportOutcome::Action::UpToDate;
        return outcome;
    case ImportStep::SameVersionOtherContent:
        return Error { QCoreApplication::translate(
                           "CourseInstaller",
                           "%1: version %2 of \"%3\" is already installed with other content; raise "
                           "\"version\" in \"pack\" to replace it")
                           .arg(path)
                           .arg(pack.info.version)
                           .arg(pack.info.title) };
    case ImportStep::NeedsDowngrade:
        outcome.previousVersion = (*current)->version;
        outcome.action = PackImportOutcome::Action::NeedsDowngrade;
        return outcome;
    case ImportStep::Install:
    case ImportStep::Update:
    case ImportStep::Downgrade: break;
    }
    if (current->has_value()) {
        outcome.previousVersion = (*current)->version;
        auto old = store.pack(pack.info.id);
        if (!old)
            return Error { old.errorMessage() };
        QSet<QString> kept;
        for (const Lesson& l : pack.lessons)
            kept.insert(QStringLiteral("l:") + l.id);
        for (const GlossaryTerm& g : pack.glossary)
            kept.insert(QStringLiteral("g:") + g.id);
        for (const Question& q : pack.questions)
            kept.insert(QStringLiteral("q:") + q.id);
        for (const Lesson& l : std::as_const(old->lessons))
            outcome.retired += kept.contains(QStringLiteral("l:") + l.id) ? 0 : 1;
        for (const GlossaryTerm& g : std::as_const(old->glossary))
            outcome.retired += kept.contains(QStringLiteral("g:") + g.id) ? 0 : 1;
        for (const Question& q : std::as_const(old->questions))
            outcome.retired += kept.contains(QStringLiteral("q:") + q.id) ? 0 : 1;
        outcome.action = step == ImportStep::Downgrade ? PackImportOutcome::Action::Downgraded
                                                       : PackImportOutcome::Action::Updated;
    }
    if (Status s = backUpBeforeChange(store.connection(), QStringLiteral("before-import")); !s)
        return Error { QCoreApplication::translate("CourseInstaller", "%1: nothing was imported: %2")
                           .arg(path, s.errorMessage()) };
    if (Status s = store.install(pack, hash, false); !s) {
        QStringList lines = s.errorMessage().split(QLatin1Char('\n'));
        for (QString& line : lines)
            line.prepend(path + QLatin1String(": "));
        return Error { lines.join(QLatin1Char('\n')) };
    }
    return outcome;
}

} // namespace

Result<PackImportOutcome> importPackFile(SqlPackStore& store, const QString& path, Downgrade downgrade)
{
    QByteArray bytes;
    const PackParseResult parsed = PackParser::parseFile(path, &bytes, installedPackLookup(store));
    if (!parsed.ok())
        return Error { problemLines(parsed) };
    return installParsedPack(store, *parsed.pack, bytes, path, downgrade);
}

Result<PackImportOutcome> saveEditedPack(SqlPackStore& store, Pack pack)
{
    auto current = store.installedPack(pack.info.id);
    if (!current)
        return Error { current.errorMessage() };
    if (current->has_value()) {
        const InstalledPack& installed = **current;
        if (installed.bundled)
            return Error {
                QCoreApplication::translate(
                    "CourseInstaller",
                    "\"%1\" is the course that comes with Demarc; edits go into a pack of your own")
                    .arg(installed.title)
            };
        // Unchanged: nothing to write. Changed: the next version, so exports and imports elsewhere follow.
        pack.info.version = installed.version;
        if (packContentHash(writePack(pack)) == installed.contentHash) {
            PackImportOutcome outcome;
            outcome.action = PackImportOutcome::Action::UpToDate;
            outcome.info = pack.info;
            outcome.previousVersion = installed.version;
            outcome.lessons = static_cast<int>(pack.lessons.size());
            outcome.glossaryTerms = static_cast<int>(pack.glossary.size());
            outcome.questions = static_cast<int>(pack.questions.size());
            return outcome;
        }
        pack.info.version = installed.version + 1;
    }
    const QByteArray bytes = writePack(pack);
    const QString label = pack.info.id + QStringLiteral(".json");
    const PackParseResult parsed = PackParser::parse(bytes, label, installedPackLookup(store));
    if (!parsed.ok())
        return Error { problemLines(parsed) };
    return installParsedPack(store, *parsed.pack, bytes, label, Downgrade::Refuse);
}

} // namespace demarc
