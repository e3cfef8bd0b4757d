// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "core/export/StudyNotes.h"
#include "ui/notes/StudyNotesWriter.h"
#include "ui/paint/Theme.h"
#include "ui/paint/ViewRenderer.h"
#include "ui/window/MainWindow.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

#include <optional>

namespace demarc {

bool Request::onlyReads() const
{
    switch (command) {
    case Command::CheckDb:
    case Command::ValidatePack:
    case Command::ListBackups:
    case Command::ExportPack:
    case Command::ExportNotes:
    case Command::ExportQuestions:
    case Command::ExportResults:
    case Command::Render:
    case Command::ServeClass: return true;
    default: return false;
    }
}

namespace commandline {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

const QList<Option> Options {
    { "db", "path",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Use the database file <path> (created if missing; ':memory:' for a throwaway session)."),
      false },
    { "view", "name", QT_TRANSLATE_NOOP("CommandLine", "Open on a view: %1."), false },
    { "service", "id",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Preselect a service model or service in the diagram (iaas, paas, saas, ec2, rds, lambda, s3 …)."),
      false },
    { "screenshot", "file",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Start the window, save a PNG of it to <file> after its first paint, and exit."),
      false },
    { "size", "size",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Size for --screenshot (default 1280x800) or --render (default 1600x1000), as WIDTHxHEIGHT."),
      false },
    { "render", "view",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Draw a view's picture without a window: diagram or matrix. Needs --out."),
      true },
    { "out", "file", QT_TRANSLATE_NOOP("CommandLine", "The picture --render writes: a .png or .svg file."),
      false },
    { "compare", "id",
      QT_TRANSLATE_NOOP("CommandLine",
                        "With --render diagram: draw a second service or model beside the first."),
      false },
    { "serve-class", nullptr,
      QT_TRANSLATE_NOOP("CommandLine",
                        "Run the live class server without a window: students join and answer from their "
                        "phones; POST /next from this machine moves to the deck's next question."),
      true },
    { "listen", "address",
      QT_TRANSLATE_NOOP("CommandLine",
                        "With --serve-class: the address to listen on (default: this machine's first "
                        "private network address; use 127.0.0.1 to try it alone)."),
      false },
    { "port", "n", QT_TRANSLATE_NOOP("CommandLine", "With --serve-class: the port (default: any free one)."),
      false },
    { "room", "code",
      QT_TRANSLATE_NOOP("CommandLine",
                        "With --serve-class: the four-digit room code (default: chosen at random)."),
      false },
    { "check-db", nullptr,
      QT_TRANSLATE_NOOP("CommandLine",
                        "Check the database's integrity; exit 0 when it is sound, 1 otherwise."),
      true },
    { "validate-pack", "file",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Check a content pack; print one FILE:LINE:COL: message line per problem."),
      true },
    { "export-notes", "file",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Write study notes to <file>: .md, .html or .pdf, chosen by the extension."),
      true },
    { "include", "parts",
      QT_TRANSLATE_NOOP("CommandLine",
                        "With --export-notes: the parts to include, comma-separated (default all): %1."),
      false },
    { "topics", "ids",
      QT_TRANSLATE_NOOP("CommandLine",
                        "With --export-notes: only these topics' lessons and missed questions "
                        "(comma-separated ids; default all)."),
      false },
    { "services", "ids",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "With --export-notes: the models and services drawn as diagrams and added to the matrix "
          "(comma-separated ids, or 'all'; default the models, ec2, rds, lambda and s3)."),
      false },
    { "paper", "size",
      QT_TRANSLATE_NOOP("CommandLine", "With --export-notes to PDF: a4 (default) or letter."), false },
    { "export-questions", "file",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Write the question bank to <file>: .gift for Moodle, .tsv for Anki (the glossary as cards too)."),
      true },
    { "export-results", "file",
      QT_TRANSLATE_NOOP("CommandLine", "Write every answer you have given to <file>, a .csv file."), true },
    { "import-pack", "file",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Install the content pack <file>, or replace an older version of it; all or nothing."),
      true },
    { "allow-downgrade", nullptr,
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "With --import-pack: replace a newer installed version of the pack with the file's older one."),
      false },
    { "export-pack", "file",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Write an installed content pack to <file>, a .json file that --import-pack reads back."),
      true },
    { "pack", "id",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "With --export-pack: the id of the pack to write (needed when several are installed)."),
      false },
    { "backup", nullptr,
      QT_TRANSLATE_NOOP("CommandLine",
                        "Copy the database now into its backup folder (<name>-backups beside it)."),
      true },
    { "list-backups", nullptr, QT_TRANSLATE_NOOP("CommandLine", "List the database's backups, newest first."),
      true },
    { "restore-backup", "file",
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Put the backup <file> (or 'newest') in the database's place; the replaced file is kept."),
      true },
    { "presenter", nullptr,
      QT_TRANSLATE_NOOP(
          "CommandLine",
          "Start in presenter mode, full screen on the chosen screen (F5 in the app; Esc leaves it)."),
      false },
    { "step", "n",
      QT_TRANSLATE_NOOP("CommandLine", "With --presenter: start at step <n> of the presenter deck (from 1)."),
      false },
    { "theme", "name",
      QT_TRANSLATE_NOOP("CommandLine",
                        "Wear a theme for this session: system, light, dark or high-contrast (View → Theme "
                        "chooses one to keep)."),
      false },
};

/** Qt's own options, which show no window either. */
const QStringList QtHeadless { QStringLiteral("help"), QStringLiteral("h"), QStringLiteral("help-all"),
                               QStringLiteral("version"), QStringLiteral("v") };

QString description(const Option& o)
{
    const QString text = Text::tr(o.description);
    if (qstrcmp(o.name, "view") == 0)
        return text.arg(MainWindow::viewNames().join(QStringLiteral(", ")));
    if (qstrcmp(o.name, "include") == 0)
        return text.arg(StudyNotesOptions::partNames().join(QStringLiteral(", ")));
    return text;
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

CommandLineError usage(const QString& message) { return { message, 2 }; }

/** The parser, with Options added, and a way to ask it by option name. */
class Parser
{
public:
    Parser()
    {
        m_parser.setApplicationDescription(Text::tr("Demarc: learn the AWS Shared Responsibility Model."));
        m_help = m_parser.addHelpOption();
        m_version = m_parser.addVersionOption();
        for (const Option& o : Options) {
            const QString name = QLatin1String(o.name);
            QCommandLineOption option(name, description(o));
            if (o.valueName)
                option.setValueName(QLatin1String(o.valueName));
            m_parser.addOption(option);
        }
    }
    QCommandLineParser& parser() { return m_parser; }
    bool isSet(const char* name) const { return m_parser.isSet(QLatin1String(name)); }
    QString value(const char* name) const { return m_parser.value(QLatin1String(name)); }
    bool helpSet() const { return m_parser.isSet(m_help); }
    bool versionSet() const { return m_parser.isSet(m_version); }
    int countSet(std::initializer_list<const char*> names) const
    {
        int n = 0;
        for (const char* name : names)
            n += isSet(name) ? 1 : 0;
        return n;
    }

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_help { QStringLiteral("help") };
    QCommandLineOption m_version { QStringLiteral("version") };
};

/** --export-notes' options into @p notes; an error for a bad one. */
std::optional<CommandLineError> readNotes(const Parser& p, exportcommand::NotesRequest& notes)
{
    notes.path = p.value("export-notes");
    if (notes.path.isEmpty())
        return usage(Text::tr("--export-notes needs a file name"));
    if (studynotes::formatOf(notes.path).isEmpty())
        return usage(
            Text::tr("--export-notes writes a .md, .html or .pdf file; '%1' has none of those extensions")
                .arg(notes.path));
    if (p.isSet("include")) {
        notes.options.parts = 0;
        for (const QString& name : listValue(p.value("include"))) {
            const auto part = StudyNotesOptions::partFromName(name);
            if (!part)
                return usage(Text::tr("--include: unknown part '%1'; the parts are: %2")
                                 .arg(name, StudyNotesOptions::partNames().join(QStringLiteral(", "))));
            notes.options.parts |= *part;
        }
        if (notes.options.parts == 0)
            return usage(Text::tr("--include needs at least one part"));
    }
    notes.options.topics = listValue(p.value("topics"));
    notes.options.allServices = p.value("services").trimmed() == QLatin1String("all");
    if (!notes.options.allServices)
        notes.options.services = listValue(p.value("services"));
    const QString paper = p.value("paper").toLower();
    if (p.isSet("paper") && paper != QLatin1String("a4") && paper != QLatin1String("letter"))
        return usage(Text::tr("--paper takes a4 or letter"));
    notes.paper = paper == QLatin1String("letter") ? studynotes::Paper::Letter : studynotes::Paper::A4;
    return std::nullopt;
}

/** Packs and exports: one at a time, each with the options that go with it. */
std::optional<CommandLineError> readExportOptions(const Parser& p, Request& r)
{
    if (p.countSet({ "export-notes", "export-questions", "export-results", "import-pack", "export-pack" })
        > 1)
        return usage(Text::tr("give one of --export-notes, --export-questions, --export-results, "
                              "--import-pack and --export-pack at a time"));
    if (p.isSet("import-pack") && p.value("import-pack").isEmpty())
        return usage(Text::tr("--import-pack needs a file name"));
    if (p.isSet("allow-downgrade") && !p.isSet("import-pack"))
        return usage(Text::tr("--allow-downgrade goes with --import-pack"));
    if (p.isSet("export-pack")
        && !p.value("export-pack").endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return usage(
            Text::tr("--export-pack writes a .json file; '%1' is not one").arg(p.value("export-pack")));
    if (p.isSet("pack") && !p.isSet("export-pack"))
        return usage(Text::tr("--pack goes with --export-pack"));
    if (p.isSet("pack") && p.value("pack").isEmpty())
        return usage(Text::tr("--pack needs a pack id"));
    if (p.isSet("export-questions") && !exportcommand::isQuestionsFile(p.value("export-questions")))
        return usage(
            Text::tr("--export-questions writes a .gift (Moodle) or .tsv (Anki) file; '%1' is neither")
                .arg(p.value("export-questions")));
    if (p.isSet("export-results")
        && !p.value("export-results").endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return usage(
            Text::tr("--export-results writes a .csv file; '%1' is not one").arg(p.value("export-results")));
    if (p.isSet("export-notes")) {
        if (auto bad = readNotes(p, r.notes))
            return *bad;
    } else {
        for (const char* name : { "include", "topics", "services", "paper" }) {
            if (p.isSet(name))
                return usage(Text::tr("--%1 goes with --export-notes").arg(QLatin1String(name)));
        }
    }
    return std::nullopt;
}

/** The window and pictures: the view, --render with its file and size, presenter mode, a screenshot. */
std::optional<CommandLineError> readWindowOptions(const Parser& p, Request& r)
{
    r.view = p.value("view");
    if (p.isSet("view") && !MainWindow::viewNames().contains(r.view))
        return usage(Text::tr("unknown view '%1'; the views are: %2")
                         .arg(r.view, MainWindow::viewNames().join(QStringLiteral(", "))));
    const bool render = p.isSet("render");
    r.renderView = p.value("render");
    const QStringList renderable { QStringLiteral("diagram"), QStringLiteral("matrix") };
    if (render && !renderable.contains(r.renderView))
        return usage(Text::tr("--render draws one of: %1").arg(renderable.join(QStringLiteral(", "))));
    if (render && !p.isSet("out"))
        return usage(Text::tr("--render needs --out FILE.png or FILE.svg"));
    if (render && !ViewRenderer::supportsFile(p.value("out")))
        return usage(Text::tr("--out must name a .png or .svg file"));
    r.compare = p.value("compare");
    if (p.isSet("compare") && (!render || r.renderView != QLatin1String("diagram")))
        return usage(Text::tr("--compare goes with --render diagram"));
    if (p.isSet("size")) {
        static const QRegularExpression pattern(
            QRegularExpression::anchoredPattern(QStringLiteral("(\\d{3,5})x(\\d{3,5})")));
        const auto match = pattern.match(p.value("size"));
        if (!match.hasMatch())
            return usage(Text::tr("--size takes WIDTHxHEIGHT, for example 1024x768"));
        r.size = QSize(match.captured(1).toInt(), match.captured(2).toInt());
    } else if (render) {
        r.size = QSize(1600, 1000);
    }
    r.presenter = p.isSet("presenter");
    if (p.isSet("step")) {
        bool ok = false;
        r.step = p.value("step").toInt(&ok);
        if (!r.presenter)
            return usage(Text::tr("--step needs --presenter"));
        if (!ok || r.step < 1)
            return usage(Text::tr("--step takes a step number from 1, not '%1'").arg(p.value("step")));
    }
    r.screenshot = p.value("screenshot");
    if (p.isSet("screenshot") && !r.screenshot.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        return usage(Text::tr("--screenshot writes a PNG file; give it a name ending in .png"));
    r.service = p.value("service");
    if (p.isSet("theme")) {
        const auto theme = theme::fromName(p.value("theme"));
        if (!theme)
            return usage(Text::tr("--theme takes system, light, dark or high-contrast, not '%1'")
                             .arg(p.value("theme")));
        r.theme = *theme;
    }
    return std::nullopt;
}

/** --serve-class with its address, port and room code. */
std::variant<Request, CommandLineError> readClassOptions(const Parser& p, Request r)
{
    r.command = Request::Command::ServeClass;
    r.listen = p.value("listen");
    if (p.isSet("listen") && QHostAddress(r.listen).isNull())
        return usage(Text::tr("--listen takes an IP address such as 192.168.1.20 or 127.0.0.1, not '%1'")
                         .arg(r.listen));
    if (p.isSet("port")) {
        bool ok = false;
        const uint port = p.value("port").toUInt(&ok);
        if (!ok || port > 65535)
            return usage(Text::tr("--port takes a number from 0 to 65535, not '%1'").arg(p.value("port")));
        r.port = quint16(port);
    }
    r.room = p.value("room");
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}")));
    if (p.isSet("room") && !digits.match(r.room).hasMatch())
        return usage(Text::tr("--room takes four digits, not '%1'").arg(r.room));
    return r;
}

/** The command the options ask for; the window when none does. */
void chooseCommand(const Parser& p, Request& r)
{
    using Command = Request::Command;
    if (p.isSet("import-pack")) {
        r.command = Command::ImportPack;
        r.file = p.value("import-pack");
        r.allowDowngrade = p.isSet("allow-downgrade");
    } else if (p.isSet("export-pack")) {
        r.command = Command::ExportPack;
        r.file = p.value("export-pack");
        r.packId = p.value("pack");
    } else if (p.isSet("export-notes")) {
        r.command = Command::ExportNotes;
        r.file = r.notes.path;
    } else if (p.isSet("export-questions")) {
        r.command = Command::ExportQuestions;
        r.file = p.value("export-questions");
    } else if (p.isSet("export-results")) {
        r.command = Command::ExportResults;
        r.file = p.value("export-results");
    } else if (p.isSet("render")) {
        r.command = Command::Render;
        r.file = p.value("out");
    }
}

} // namespace

const QList<Option>& options() { return Options; }

bool isHeadless(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& arg = arguments.at(i);
        if (!arg.startsWith(QLatin1Char('-')))
            continue;
        const QString name =
            arg.mid(arg.startsWith(QLatin1String("--")) ? 2 : 1).section(QLatin1Char('='), 0, 0);
        if (QtHeadless.contains(name))
            return true;
        for (const Option& o : Options) {
            if (o.headless && name == QLatin1String(o.name))
                return true;
        }
    }
    return false;
}

int undecodableArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray raw(argv[i]);
        if (QFile::encodeName(QFile::decodeName(raw)) != raw)
            return i;
    }
    return 0;
}

std::variant<Request, CommandLineError> parse(const QStringList& arguments,
                                              const QString& defaultDatabasePath)
{
    using Command = Request::Command;
    Parser p;
    if (!p.parser().parse(arguments))
        return usage(p.parser().errorText());
    Request r;
    if (p.helpSet()) {
        r.command = Command::Help;
        r.file = p.parser().helpText();
        return r;
    }
    if (p.versionSet()) {
        r.command = Command::Version;
        return r;
    }
    if (!p.parser().positionalArguments().isEmpty())
        return usage(Text::tr("unexpected argument '%1'").arg(p.parser().positionalArguments().constFirst()));
    r.customDatabase = p.isSet("db");
    r.databasePath = r.customDatabase ? p.value("db") : defaultDatabasePath;
    if (r.customDatabase && r.databasePath.isEmpty())
        return usage(Text::tr("--db needs a file name"));

    // The commands that take nothing else.
    if (p.isSet("validate-pack")) {
        r.command = Command::ValidatePack;
        r.file = p.value("validate-pack");
        return r;
    }
    if (p.isSet("check-db")) {
        r.command = Command::CheckDb;
        return r;
    }
    if (p.countSet({ "backup", "list-backups", "restore-backup" }) > 1)
        return usage(Text::tr("give one of --backup, --list-backups and --restore-backup at a time"));
    if (p.isSet("restore-backup") && p.value("restore-backup").isEmpty())
        return usage(Text::tr("--restore-backup needs a backup file, or 'newest'"));
    if (p.isSet("backup") || p.isSet("list-backups") || p.isSet("restore-backup")) {
        r.command = p.isSet("backup") ? Command::Backup
            : p.isSet("list-backups") ? Command::ListBackups
                                      : Command::RestoreBackup;
        r.file = p.value("restore-backup");
        return r;
    }

    if (p.isSet("serve-class"))
        return readClassOptions(p, r);
    for (const char* option : { "listen", "port", "room" }) {
        if (p.isSet(option))
            return usage(Text::tr("--%1 goes with --serve-class").arg(QLatin1String(option)));
    }
    if (auto bad = readExportOptions(p, r))
        return *bad;
    if (auto bad = readWindowOptions(p, r))
        return *bad;
    chooseCommand(p, r);
    return r;
}

} // namespace commandline

} // namespace demarc
