// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

#include "BackupCommands.h"
#include "ClassCommand.h"
#include "ExitCode.h"
#include "Messages.h"
#include "PackCommands.h"
#include "Startup.h"

#include "core/pack/PackParser.h"
#include "db/Database.h"
#include "db/ReadingDatabase.h"
#include "db/SqlContentRepository.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"
#include "demarc/Version.h"
#include "ui/paint/ViewRenderer.h"

#include <QDir>
#include <QFileInfo>
#include <QObject>
#include <QTextStream>

namespace demarc {

namespace {

int fail(QTextStream& err, const QString& message)
{
    report(err, message);
    err.flush();
    return DataProblem;
}

/**
 * The packs a pack under validation may extend: those installed in the database at @p dbPath
 * (when it exists; read where it lies, and only when a pack asks), then the bundled course.
 */
PackBaseLookup validationBases(const QString& dbPath)
{
    return [dbPath](const QString& id) -> std::optional<PackBase> {
        // A file of an older schema is passed over for the bundled course.
        if (QFileInfo::exists(dbPath)) {
            auto db = Database::openReadOnly(dbPath);
            const auto version = db ? (*db)->schemaVersion() : Result<int> { Error { db.errorMessage() } };
            if (version && *version == Database::latestSchemaVersion()) {
                const SqlPackStore packs((*db)->connection());
                if (auto pack = packs.pack(id))
                    return PackBase::of(*pack);
            }
        }
        const PackParseResult bundled =
            PackParser::parse(bundledCourse().read(), QStringLiteral("aws-shared-responsibility.json"));
        if (!bundled.ok() || bundled.pack->info.id != id)
            return std::nullopt;
        return PackBase::of(*bundled.pack);
    };
}

int validatePack(const QString& path, const PackBaseLookup& bases, QTextStream& out, QTextStream& err)
{
    const PackParseResult result = PackParser::parseFile(path, nullptr, bases);
    for (const PackProblem& problem : result.problems)
        err << problem.toString() << "\n";
    err.flush();
    if (!result.ok())
        return DataProblem;
    const Pack& pack = *result.pack;
    out << QObject::tr("%1: valid: \"%2\" version %3, %4")
               .arg(path, pack.info.title)
               .arg(pack.info.version)
               .arg(packcommand::contentCounts(pack));
    if (!pack.info.extends.isEmpty())
        out << QObject::tr(", adding to \"%1\"").arg(pack.info.extends);
    out << "\n";
    return Success;
}

int checkDatabase(const QString& path, QTextStream& out, QTextStream& err)
{
    // Read-only: checking never migrates, backs up or writes the file.
    auto db =
        path == QLatin1String(Database::MemoryPath) ? Database::open(path) : Database::openReadOnly(path);
    if (!db)
        return fail(err, db.errorMessage());
    auto problems = (*db)->integrityProblems();
    if (!problems)
        return fail(err, path + QStringLiteral(": ") + problems.errorMessage());
    if (!problems->isEmpty()) {
        report(err, QObject::tr("%1: the database is damaged:").arg(path));
        for (const QString& line : std::as_const(*problems))
            err << "  " << line << "\n";
        return DataProblem;
    }
    out << path << ": ok (schema version " << (*db)->schemaVersion().value() << ")\n";
    return Success;
}

/** --render: draws the diagram or matrix into the request's file. */
int renderView(const SqlContentRepository& content, const Request& r, QTextStream& err)
{
    auto stack = content.responsibilityStack();
    if (!stack)
        return fail(err, stack.errorMessage());
    for (const QString& id : { r.service, r.compare }) {
        if (!id.isEmpty() && !stack->selection(id))
            return fail(err,
                        QObject::tr("unknown service or model '%1'; choose one of: %2")
                            .arg(id, stack->selectionIds().join(QStringLiteral(", "))));
    }
    const Status drawn = r.renderView == QLatin1String("matrix")
        ? ViewRenderer::renderMatrix(*stack, r.service, r.size, r.file)
        : ViewRenderer::renderDiagram(*stack,
                                      r.service.isEmpty() ? stack->selectionIds().value(0) : r.service,
                                      r.compare, r.size, r.file);
    if (!drawn)
        return fail(err, drawn.errorMessage());
    return Success;
}

/** The commands that read the database and never write it. */
int runReading(const Request& r, QTextStream& out, QTextStream& err)
{
    using Command = Request::Command;
    auto reading = openForReading(r.databasePath, bundledCourse());
    if (!reading)
        return fail(err, reading.errorMessage());
    const SqlContentRepository content(reading->database->connection());
    const SqlLearnerRepository learner(reading->database->connection());
    switch (r.command) {
    case Command::ExportPack:
        return packcommand::exportPack(SqlPackStore(reading->database->connection()), r.packId, r.file, out,
                                       err);
    case Command::ExportQuestions: return exportcommand::questions(content, r.file, out, err);
    case Command::ExportNotes: return exportcommand::notes(content, learner, r.notes, out, err);
    case Command::ExportResults: return exportcommand::results(content, learner, r.file, out, err);
    case Command::Render: return renderView(content, r, err);
    case Command::ServeClass: return classcommand::serve(content, learner, r, out, err);
    default: break;
    }
    return fail(err, QStringLiteral("not a reading command"));
}

} // namespace

int runCommand(const Request& r, QTextStream& out, QTextStream& err)
{
    using Command = Request::Command;
    switch (r.command) {
    case Command::Help: out << r.file; return Success;
    case Command::Version: out << "demarc " << DEMARC_VERSION << "\n"; return Success;
    case Command::ValidatePack: return validatePack(r.file, validationBases(r.databasePath), out, err);
    case Command::CheckDb: return checkDatabase(r.databasePath, out, err);
    case Command::Backup: return backupcommand::backUp(r.databasePath, out, err);
    case Command::ListBackups: return backupcommand::list(r.databasePath, out, err);
    case Command::RestoreBackup: return backupcommand::restore(r.databasePath, r.file, out, err);
    case Command::ImportPack: {
        if (!r.customDatabase && !QDir().mkpath(QFileInfo(r.databasePath).absolutePath()))
            return fail(
                err,
                QObject::tr("cannot create the folder %1").arg(QFileInfo(r.databasePath).absolutePath()));
        auto store = Store::open(r.databasePath, nullptr);
        if (!store)
            return fail(err, store.errorMessage());
        return packcommand::importPack((*store)->packs(), r.file,
                                       r.allowDowngrade ? Downgrade::Allow : Downgrade::Refuse, out, err);
    }
    case Command::Window: break;
    default: return runReading(r, out, err);
    }
    return fail(err, QStringLiteral("the window is not a command"));
}

} // namespace demarc
