// SPDX-License-Identifier: GPL-3.0-or-later
//
// The command line, and the wiring of the store (db/) into the interface (ui/).
// Exit codes: 0 success, 1 bad input or a data problem, 2 a usage error.

#include "BackupCommands.h"
#include "ExitCode.h"
#include "Messages.h"
#include "ExportCommands.h"
#include "PackCommands.h"
#include "StartupDatabase.h"
#include "core/PackParser.h"
#include "core/StudyNotes.h"
#include "db/Backups.h"
#include "db/CourseInstaller.h"
#include "db/Database.h"
#include "db/ReadingDatabase.h"
#include "db/SqlContentRepository.h"
#include "db/SqlBackupStore.h"
#include "db/SqlLearnerRepository.h"
#include "db/SqlPackStore.h"
#include "demarc/BundledCourse.h"
#include "demarc/Version.h"
#include "ui/MainWindow.h"
#include "ui/PresenterController.h"
#include "ui/PresenterMode.h"
#include "ui/StudyNotesWriter.h"
#include "ui/ViewRenderer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

#include <memory>
#include <optional>

namespace {

using namespace demarc;

const char* const BundledCoursePath = ":/demarc/content/aws-shared-responsibility.json";

/** The course compiled into this build, read only when the database lacks it. */
BundledCourse bundledCourse()
{
    return { QStringLiteral(DEMARC_BUNDLED_COURSE_SHA256),
             [] {
                 QFile file { QString::fromLatin1(BundledCoursePath) };
                 return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
             },
             QStringLiteral("aws-shared-responsibility.json") };
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/** Options that never show a window; they run on the offscreen platform by themselves. */
bool isHeadless(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        for (const char* option : { "--help", "-h", "--help-all", "--version", "-v", "--check-db", "--validate-pack", "--render",
                                    "--export-notes", "--export-questions", "--export-results", "--import-pack",
                                    "--export-pack", "--backup", "--list-backups", "--restore-backup" }) {
            if (arg == option || arg.startsWith(QByteArray(option) + '='))
                return true;
        }
    }
    return false;
}

bool wantsScreenshot(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        if (QByteArray(argv[i]).startsWith("--screenshot"))
            return true;
    }
    return false;
}

QtMessageHandler previousMessageHandler = nullptr;

/** Drops the one warning the offscreen platform prints on every window; passes the rest on. */
void filterOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.startsWith(QLatin1String("This plugin does not support propagateSizeHints")))
        return;
    if (previousMessageHandler)
        previousMessageHandler(type, context, message);
}

bool hasDisplay()
{
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("demarc.sqlite"));
}

/**
 * The first argument that is not valid text in the system's encoding (a file name in bytes
 * that are not UTF-8, say): such a name cannot be passed on without changing it, so it is
 * refused rather than silently turned into another name.
 */
std::optional<int> undecodableArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            return i;
    }
    return std::nullopt;
}

int usageError(const QString& message)
{
    report(err(), message);
    err() << "Try 'demarc --help' for the options.\n";
    err().flush();
    return UsageError;
}

/**
 * The packs a pack under validation may extend: those installed in the database at @p dbPath
 * (when it exists; it is opened only when a pack asks), then the bundled course.
 */
PackBaseLookup validationBases(const QString& dbPath)
{
    return [dbPath](const QString& id) -> std::optional<PackBase> {
        // Read where it lies; a file of an older schema is passed over for the bundled course.
        if (QFileInfo::exists(dbPath)) {
            auto db = Database::openReadOnly(dbPath);
            const auto version = db ? (*db)->schemaVersion() : Result<int> { Error { db.errorMessage() } };
            if (version && *version == Database::latestSchemaVersion()) {
                const SqlContentRepository content((*db)->connection());
                if (auto pack = content.pack(id))
                    return PackBase::of(*pack);
            }
        }
        QFile course { QString::fromLatin1(BundledCoursePath) };
        if (!course.open(QIODevice::ReadOnly))
            return std::nullopt;
        const PackParseResult bundled = PackParser::parse(course.readAll(), QStringLiteral("aws-shared-responsibility.json"));
        if (!bundled.ok() || bundled.pack->info.id != id)
            return std::nullopt;
        return PackBase::of(*bundled.pack);
    };
}

int validatePack(const QString& path, const PackBaseLookup& bases)
{
    const PackParseResult result = PackParser::parseFile(path, nullptr, bases);
    for (const PackProblem& problem : result.problems)
        err() << problem.toString() << "\n";
    err().flush();
    if (!result.ok())
        return DataProblem;
    const Pack& pack = *result.pack;
    out() << QObject::tr("%1: valid: \"%2\" version %3, %4").arg(path, pack.info.title).arg(pack.info.version)
                 .arg(packcommand::contentCounts(pack));
    if (!pack.info.extends.isEmpty())
        out() << QObject::tr(", adding to \"%1\"").arg(pack.info.extends);
    out() << "\n";
    return Success;
}

int checkDatabase(const QString& path)
{
    if (path != QLatin1String(Database::MemoryPath) && !QFileInfo::exists(path)) {
        report(err(), QObject::tr("%1: no such database file").arg(path));
        return DataProblem;
    }
    // Read-only: checking never migrates, backs up or writes the file.
    auto db = path == QLatin1String(Database::MemoryPath) ? Database::open(path) : Database::openReadOnly(path);
    if (!db) {
        report(err(), db.errorMessage());
        return DataProblem;
    }
    auto problems = (*db)->integrityProblems();
    if (!problems) {
        report(err(), path + QStringLiteral(": ") + problems.errorMessage());
        return DataProblem;
    }
    if (!problems->isEmpty()) {
        report(err(), QObject::tr("%1: the database is damaged:").arg(path));
        for (const QString& line : std::as_const(*problems))
            err() << "  " << line << "\n";
        return DataProblem;
    }
    out() << path << ": ok (schema version " << (*db)->schemaVersion().value() << ")\n";
    return Success;
}

/** The values of a comma-separated option, trimmed, empty ones dropped. */
QStringList listValue(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

/** Reports a problem where the user will see it: a dialog when there is a screen to show it on. */
int failStartup(const QString& message, bool dialog)
{
    report(err(), message);
    err().flush();
    if (dialog)
        QMessageBox::critical(nullptr, QObject::tr("Demarc cannot start"), readable(message));
    return DataProblem;
}

/** --render: draws the diagram or matrix of @p view into @p file. */
int renderView(const SqlContentRepository& content, const QString& view, const QString& service, const QString& compare,
               QSize size, const QString& file)
{
    auto stack = content.responsibilityStack();
    if (!stack)
        return failStartup(stack.errorMessage(), false);
    for (const QString& id : { service, compare }) {
        if (!id.isEmpty() && !stack->selection(id))
            return failStartup(QObject::tr("unknown service or model '%1'; choose one of: %2")
                                   .arg(id, stack->selectionIds().join(QStringLiteral(", "))), false);
    }
    const Status drawn = view == QLatin1String("matrix")
        ? ViewRenderer::renderMatrix(*stack, service, size, file)
        : ViewRenderer::renderDiagram(*stack, service.isEmpty() ? stack->selectionIds().value(0) : service, compare, size, file);
    if (!drawn)
        return failStartup(drawn.errorMessage(), false);
    return Success;
}

} // namespace

int main(int argc, char** argv)
{
    const bool headless = isHeadless(argc, argv);
    const bool screenshot = wantsScreenshot(argc, argv);
    // Without a display, Qt would abort; the offscreen platform lets the command line be read
    // (and headless commands run), and a window that would be invisible is refused below.
    const bool noScreen = !hasDisplay() && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if ((headless || noScreen) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        previousMessageHandler = qInstallMessageHandler(filterOffscreenNoise);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Demarc"));
    QApplication::setOrganizationName(QStringLiteral("Demarc"));
    QApplication::setApplicationVersion(QLatin1String(DEMARC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("demarc"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Demarc: learn the AWS Shared Responsibility Model."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QObject::tr("Use the database file <path> (created if missing; ':memory:' for a throwaway session)."),
        QStringLiteral("path"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
        QObject::tr("Open on a view: %1.").arg(MainWindow::viewNames().join(QStringLiteral(", "))),
        QStringLiteral("name"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QObject::tr("Start the window, save a PNG of it to <file> after its first paint, and exit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
        QObject::tr("Size for --screenshot (default 1280x800) or --render (default 1600x1000), as WIDTHxHEIGHT."),
        QStringLiteral("size"));
    const QCommandLineOption checkOption(QStringLiteral("check-db"),
        QObject::tr("Check the database's integrity; exit 0 when it is sound, 1 otherwise."));
    const QCommandLineOption validateOption(QStringLiteral("validate-pack"),
        QObject::tr("Check a content pack; print one FILE:LINE:COL: message line per problem."),
        QStringLiteral("file"));
    const QCommandLineOption serviceOption(QStringLiteral("service"),
        QObject::tr("Preselect a service model or service in the diagram (iaas, paas, saas, ec2, rds, lambda, s3 …)."),
        QStringLiteral("id"));
    const QCommandLineOption compareOption(QStringLiteral("compare"),
        QObject::tr("With --render diagram: draw a second service or model beside the first."), QStringLiteral("id"));
    const QCommandLineOption renderOption(QStringLiteral("render"),
        QObject::tr("Draw a view's picture without a window: diagram or matrix. Needs --out."), QStringLiteral("view"));
    const QCommandLineOption outOption(QStringLiteral("out"),
        QObject::tr("The picture --render writes: a .png or .svg file."), QStringLiteral("file"));
    const QCommandLineOption exportNotesOption(QStringLiteral("export-notes"),
        QObject::tr("Write study notes to <file>: .md, .html or .pdf, chosen by the extension."), QStringLiteral("file"));
    const QCommandLineOption includeOption(QStringLiteral("include"),
        QObject::tr("With --export-notes: the parts to include, comma-separated (default all): %1.")
            .arg(StudyNotesOptions::partNames().join(QStringLiteral(", "))),
        QStringLiteral("parts"));
    const QCommandLineOption topicsOption(QStringLiteral("topics"),
        QObject::tr("With --export-notes: only these topics' lessons and missed questions (comma-separated ids; default all)."),
        QStringLiteral("ids"));
    const QCommandLineOption servicesOption(QStringLiteral("services"),
        QObject::tr("With --export-notes: the models and services drawn as diagrams and added to the matrix "
                    "(comma-separated ids, or 'all'; default the models, ec2, rds, lambda and s3)."),
        QStringLiteral("ids"));
    const QCommandLineOption paperOption(QStringLiteral("paper"),
        QObject::tr("With --export-notes to PDF: a4 (default) or letter."), QStringLiteral("size"));
    const QCommandLineOption exportQuestionsOption(QStringLiteral("export-questions"),
        QObject::tr("Write the question bank to <file>: .gift for Moodle, .tsv for Anki (the glossary as cards too)."),
        QStringLiteral("file"));
    const QCommandLineOption exportResultsOption(QStringLiteral("export-results"),
        QObject::tr("Write every answer you have given to <file>, a .csv file."), QStringLiteral("file"));
    const QCommandLineOption importPackOption(QStringLiteral("import-pack"),
        QObject::tr("Install the content pack <file>, or replace an older version of it; all or nothing."),
        QStringLiteral("file"));
    const QCommandLineOption allowDowngradeOption(QStringLiteral("allow-downgrade"),
        QObject::tr("With --import-pack: replace a newer installed version of the pack with the file's older one."));
    const QCommandLineOption exportPackOption(QStringLiteral("export-pack"),
        QObject::tr("Write an installed content pack to <file>, a .json file that --import-pack reads back."),
        QStringLiteral("file"));
    const QCommandLineOption packOption(QStringLiteral("pack"),
        QObject::tr("With --export-pack: the id of the pack to write (needed when several are installed)."),
        QStringLiteral("id"));
    const QCommandLineOption backupOption(QStringLiteral("backup"),
        QObject::tr("Copy the database now into its backup folder (<name>-backups beside it)."));
    const QCommandLineOption listBackupsOption(QStringLiteral("list-backups"),
        QObject::tr("List the database's backups, newest first."));
    const QCommandLineOption restoreBackupOption(QStringLiteral("restore-backup"),
        QObject::tr("Put the backup <file> (or 'newest') in the database's place; the replaced file is kept."),
        QStringLiteral("file"));
    const QCommandLineOption presenterOption(QStringLiteral("presenter"),
        QObject::tr("Start in presenter mode, full screen on the chosen screen (F5 in the app; Esc leaves it)."));
    const QCommandLineOption stepOption(QStringLiteral("step"),
        QObject::tr("With --presenter: start at step <n> of the presenter deck (from 1)."), QStringLiteral("n"));
    parser.addOptions({ dbOption, viewOption, serviceOption, screenshotOption, sizeOption, renderOption, outOption,
                        compareOption, checkOption, validateOption, exportNotesOption, includeOption, topicsOption,
                        servicesOption, paperOption, exportQuestionsOption, exportResultsOption, importPackOption,
                        allowDowngradeOption, exportPackOption, packOption, backupOption, listBackupsOption,
                        restoreBackupOption, presenterOption, stepOption });

    if (const auto bad = undecodableArgument(argc, argv))
        return usageError(QObject::tr("argument %1 is not valid text in this system's encoding (%2): Demarc cannot "
                                      "use it as a name without changing it; rename the file, or give another name")
                              .arg(*bad).arg(QString::fromLatin1(QByteArray(argv[*bad]).toPercentEncoding("/.-_~ "))));
    if (!parser.parse(QApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(helpOption)) {
        out() << parser.helpText();
        return Success;
    }
    if (parser.isSet(versionOption)) {
        out() << "demarc " << DEMARC_VERSION << "\n";
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(QObject::tr("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    const bool customDb = parser.isSet(dbOption);
    QString dbPath = customDb ? parser.value(dbOption) : defaultDatabasePath();
    if (customDb && dbPath.isEmpty())
        return usageError(QObject::tr("--db needs a file name"));
    if (parser.isSet(validateOption))
        return validatePack(parser.value(validateOption), validationBases(dbPath));
    if (parser.isSet(checkOption))
        return checkDatabase(dbPath);
    int backupCommands = 0;
    for (const QCommandLineOption* o : { &backupOption, &listBackupsOption, &restoreBackupOption })
        backupCommands += parser.isSet(*o) ? 1 : 0;
    if (backupCommands > 1)
        return usageError(QObject::tr("give one of --backup, --list-backups and --restore-backup at a time"));
    if (parser.isSet(restoreBackupOption) && parser.value(restoreBackupOption).isEmpty())
        return usageError(QObject::tr("--restore-backup needs a backup file, or 'newest'"));
    if (parser.isSet(backupOption))
        return backupcommand::backUp(dbPath, out(), err());
    if (parser.isSet(listBackupsOption))
        return backupcommand::list(dbPath, out(), err());
    if (parser.isSet(restoreBackupOption))
        return backupcommand::restore(dbPath, parser.value(restoreBackupOption), out(), err());

    int exports = 0;
    for (const QCommandLineOption* o : { &exportNotesOption, &exportQuestionsOption, &exportResultsOption,
                                         &importPackOption, &exportPackOption })
        exports += parser.isSet(*o) ? 1 : 0;
    if (exports > 1)
        return usageError(QObject::tr("give one of --export-notes, --export-questions, --export-results, "
                                      "--import-pack and --export-pack at a time"));
    const QString importPackPath = parser.value(importPackOption);
    if (parser.isSet(importPackOption) && importPackPath.isEmpty())
        return usageError(QObject::tr("--import-pack needs a file name"));
    if (parser.isSet(allowDowngradeOption) && !parser.isSet(importPackOption))
        return usageError(QObject::tr("--allow-downgrade goes with --import-pack"));
    const QString exportPackPath = parser.value(exportPackOption);
    if (parser.isSet(exportPackOption) && !exportPackPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usageError(QObject::tr("--export-pack writes a .json file; '%1' is not one").arg(exportPackPath));
    if (parser.isSet(packOption) && !parser.isSet(exportPackOption))
        return usageError(QObject::tr("--pack goes with --export-pack"));
    if (parser.isSet(packOption) && parser.value(packOption).isEmpty())
        return usageError(QObject::tr("--pack needs a pack id"));
    const QString questionsPath = parser.value(exportQuestionsOption);
    if (parser.isSet(exportQuestionsOption) && !exportcommand::isQuestionsFile(questionsPath))
        return usageError(QObject::tr("--export-questions writes a .gift (Moodle) or .tsv (Anki) file; '%1' is neither")
                              .arg(questionsPath));
    const QString resultsPath = parser.value(exportResultsOption);
    if (parser.isSet(exportResultsOption) && !resultsPath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return usageError(QObject::tr("--export-results writes a .csv file; '%1' is not one").arg(resultsPath));

    const bool exportingNotes = parser.isSet(exportNotesOption);
    exportcommand::NotesRequest notes;
    if (exportingNotes) {
        notes.path = parser.value(exportNotesOption);
        if (notes.path.isEmpty())
            return usageError(QObject::tr("--export-notes needs a file name"));
        if (studynotes::formatOf(notes.path).isEmpty())
            return usageError(QObject::tr("--export-notes writes a .md, .html or .pdf file; '%1' has none of those extensions").arg(notes.path));
        if (parser.isSet(includeOption)) {
            notes.options.parts = 0;
            for (const QString& name : listValue(parser.value(includeOption))) {
                const auto part = StudyNotesOptions::partFromName(name);
                if (!part)
                    return usageError(QObject::tr("--include: unknown part '%1'; the parts are: %2")
                                          .arg(name, StudyNotesOptions::partNames().join(QStringLiteral(", "))));
                notes.options.parts |= *part;
            }
            if (notes.options.parts == 0)
                return usageError(QObject::tr("--include needs at least one part"));
        }
        notes.options.topics = listValue(parser.value(topicsOption));
        notes.options.allServices = parser.value(servicesOption).trimmed() == QLatin1String("all");
        if (!notes.options.allServices)
            notes.options.services = listValue(parser.value(servicesOption));
        const QString paper = parser.value(paperOption).toLower();
        if (parser.isSet(paperOption) && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
            return usageError(QObject::tr("--paper takes a4 or letter"));
        notes.paper = paper == QLatin1String("letter") ? studynotes::Paper::Letter : studynotes::Paper::A4;
    } else {
        for (const QCommandLineOption* o : { &includeOption, &topicsOption, &servicesOption, &paperOption }) {
            if (parser.isSet(*o))
                return usageError(QObject::tr("--%1 goes with --export-notes").arg(o->names().constFirst()));
        }
    }

    const QString view = parser.value(viewOption);
    if (parser.isSet(viewOption) && !MainWindow::viewNames().contains(view)) {
        return usageError(QObject::tr("unknown view '%1'; the views are: %2")
                              .arg(view, MainWindow::viewNames().join(QStringLiteral(", "))));
    }
    const bool render = parser.isSet(renderOption);
    const QStringList renderable { QStringLiteral("diagram"), QStringLiteral("matrix") };
    if (render && !renderable.contains(parser.value(renderOption)))
        return usageError(QObject::tr("--render draws one of: %1").arg(renderable.join(QStringLiteral(", "))));
    if (render && !parser.isSet(outOption))
        return usageError(QObject::tr("--render needs --out FILE.png or FILE.svg"));
    if (render && !ViewRenderer::supportsFile(parser.value(outOption)))
        return usageError(QObject::tr("--out must name a .png or .svg file"));
    if (parser.isSet(compareOption) && (!render || parser.value(renderOption) != QLatin1String("diagram")))
        return usageError(QObject::tr("--compare goes with --render diagram"));
    QSize size(1280, 800);
    if (parser.isSet(sizeOption)) {
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3,5})x(\\d{3,5})$"));
        const auto match = pattern.match(parser.value(sizeOption));
        if (!match.hasMatch())
            return usageError(QObject::tr("--size takes WIDTHxHEIGHT, for example 1024x768"));
        size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    }
    int step = 0;
    if (parser.isSet(stepOption)) {
        bool ok = false;
        step = parser.value(stepOption).toInt(&ok);
        if (!parser.isSet(presenterOption))
            return usageError(QObject::tr("--step needs --presenter"));
        if (!ok || step < 1)
            return usageError(QObject::tr("--step takes a step number from 1, not '%1'").arg(parser.value(stepOption)));
    }
    const QString screenshotPath = parser.value(screenshotOption);
    if (parser.isSet(screenshotOption) && !screenshotPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return usageError(QObject::tr("--screenshot writes a PNG file; give it a name ending in .png"));

    const bool exporting = exports > 0;
    if (noScreen && !screenshot && !render && !exporting) {
        err() << "demarc: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
              << "Start Demarc on a desktop, or in a virtual one with: xvfb-run scripts/run\n";
        return DataProblem;
    }
    const bool dialogs = !screenshot && !render && !exporting;
    if ((exporting && !parser.isSet(importPackOption)) || render) {
        // Commands that only read: the file is read where it lies (or through a private copy
        // when it is older), never created, migrated, backed up or written.
        auto reading = openForReading(dbPath, bundledCourse());
        if (!reading)
            return failStartup(reading.errorMessage(), false);
        SqlContentRepository content(reading->database->connection());
        if (parser.isSet(exportPackOption))
            return packcommand::exportPack(content, parser.value(packOption), exportPackPath, out(), err());
        if (parser.isSet(exportQuestionsOption))
            return exportcommand::questions(content, questionsPath, out(), err());
        if (render)
            return renderView(content, parser.value(renderOption), parser.value(serviceOption), parser.value(compareOption),
                              parser.isSet(sizeOption) ? size : QSize(1600, 1000), parser.value(outOption));
        SqlLearnerRepository learner(reading->database->connection());
        if (exportingNotes)
            return exportcommand::notes(content, learner, notes, out(), err());
        return exportcommand::results(content, learner, resultsPath, out(), err());
    }
    if (!customDb && !QDir().mkpath(QFileInfo(dbPath).absolutePath()))
        return failStartup(QObject::tr("cannot create the folder %1").arg(QFileInfo(dbPath).absolutePath()), dialogs);
    // The window runs in this loop so that a backup can be restored while the app is open:
    // the window, the repositories and the connection go, the copy is put in place, and
    // everything is made again on it.
    QString restoreFrom;
    QString restoredMessage;
    for (;;) {
        if (!restoreFrom.isEmpty()) {
            auto kept = Backups(dbPath).restore(restoreFrom);
            if (kept) {
                const auto at = BackupPolicy::takenAt(dbPath, QFileInfo(restoreFrom).fileName());
                restoredMessage = QObject::tr("Restored the backup from %1; the database it replaced is kept as %2")
                                      .arg(at ? QLocale().toString(*at, QLocale::ShortFormat) : restoreFrom,
                                           QDir::toNativeSeparators(*kept));
            } else {
                QMessageBox::warning(nullptr, QObject::tr("Demarc"), kept.errorMessage());
            }
            restoreFrom.clear();
        }
        std::unique_ptr<Database> database;
        if (dialogs) {
            // A file that cannot be opened: ask (restore, start fresh, another file, quit).
            DialogQuestions questions;
            auto opened = openForWindow(dbPath, questions);
            if (!opened)
                return opened.errorMessage().isEmpty() ? DataProblem : failStartup(opened.errorMessage(), dialogs);
            database = std::move(opened->database);
            dbPath = opened->path;
            if (!opened->message.isEmpty())
                restoredMessage = opened->message;
        } else {
            auto opened = Database::open(dbPath);
            if (!opened)
                return failStartup(opened.errorMessage(), dialogs);
            database = std::move(*opened);
        }
        SqlContentRepository content(database->connection());

        auto installed = installBundledCourse(content, bundledCourse());
        if (!installed)
            return failStartup(installed.errorMessage(), dialogs);

        if (exporting) // the one command that writes: installing a pack
            return packcommand::importPack(content, importPackPath,
                                           parser.isSet(allowDowngradeOption) ? Downgrade::Allow : Downgrade::Refuse,
                                           out(), err());

        const QString service = parser.value(serviceOption);
        SqlLearnerRepository learner(database->connection());
        SqlPackStore packs(content);
        MainWindow window(content, learner, packs);
        const bool presenter = parser.isSet(presenterOption);
        if (!screenshot)
            window.restoreSettings();
        // Only the view shown is built; the others are when first opened.
        if (!(screenshot && presenter)) {
            if (Status s = window.open(view); !s)
                return failStartup(s.errorMessage(), dialogs);
        }
        if (!service.isEmpty() && !window.showService(service)) {
            return failStartup(QObject::tr("unknown service or model '%1'; choose one of: %2")
                                   .arg(service, window.serviceIds().join(QStringLiteral(", "))), false);
        }

        if (presenter) {
            if (Status s = window.startPresenter(false, !screenshot); !s)
                return failStartup(s.errorMessage(), dialogs);
            PresenterController* deck = window.presenter()->controller();
            if (step > deck->count())
                return usageError(QObject::tr("--step %1: the presenter deck has %2 steps").arg(step).arg(deck->count()));
            if (step > 0)
                deck->goTo(step - 1);
        }

        if (screenshot && presenter) {
            window.setPersistSettings(false);
            QWidget* audience = window.presenter()->audience();
            audience->resize(size);
            int exitCode = Success;
            QTimer::singleShot(0, audience, [&] {
                const QImage image = audience->grab().toImage();
                if (!image.save(screenshotPath, "PNG")) {
                    report(err(), QObject::tr("cannot write the screenshot to %1").arg(screenshotPath));
                    exitCode = DataProblem;
                }
                QApplication::exit(exitCode);
            });
            QApplication::exec();
            return exitCode;
        }

        if (screenshot) {
            window.setPersistSettings(false);
            window.resize(size);
            window.show();
            // Grab once the event loop has delivered the first paint.
            int exitCode = Success;
            QTimer::singleShot(0, &window, [&] {
                const QImage image = window.grab().toImage();
                if (!image.save(screenshotPath, "PNG")) {
                    report(err(), QObject::tr("cannot write the screenshot to %1").arg(screenshotPath));
                    exitCode = DataProblem;
                }
                QApplication::exit(exitCode);
            });
            QApplication::exec();
            return exitCode;
        }

        SqlBackupStore backups(database->connection());
        if (!database->isMemory())
            window.setBackups(&backups); // a throwaway session has nothing to back up
        QObject::connect(&window, &MainWindow::restoreRequested, &window, [&restoreFrom](const QString& path) {
            restoreFrom = path;
            QApplication::exit(Success);
        });
        window.show();
        window.focusCurrentView();
        if (!restoredMessage.isEmpty())
            window.statusBar()->showMessage(restoredMessage, 30000);
        restoredMessage.clear();
        if (presenter) {
            window.presenter()->audience()->raise();
            window.presenter()->audience()->activateWindow();
        }
        const int exitCode = QApplication::exec();
        if (restoreFrom.isEmpty())
            return exitCode;
    } // for: restore the copy chosen and open again
}
