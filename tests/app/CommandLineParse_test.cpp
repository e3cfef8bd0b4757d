// SPDX-License-Identifier: GPL-3.0-or-later
// The command line read in-process: one table of options, every check in one place.
#include "app/CommandLine.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using Command = Request::Command;

namespace {

const QString DefaultDb = QStringLiteral("/home/someone/.local/share/Demarc/demarc.sqlite");

/** The arguments as the program gets them: its name, then @p list. */
QStringList args(const QStringList& list) { return QStringList { QStringLiteral("demarc") } + list; }

Request request(const QStringList& list)
{
    auto parsed = commandline::parse(args(list), DefaultDb);
    if (const auto* error = std::get_if<CommandLineError>(&parsed)) {
        ADD_FAILURE() << error->message.toStdString();
        return {};
    }
    return std::get<Request>(parsed);
}

CommandLineError error(const QStringList& list)
{
    auto parsed = commandline::parse(args(list), DefaultDb);
    if (std::holds_alternative<Request>(parsed)) {
        ADD_FAILURE() << "accepted";
        return {};
    }
    return std::get<CommandLineError>(parsed);
}

} // namespace

TEST(CommandLineParse, no_options_open_the_window_on_the_default_database)
{
    const Request r = request({});
    EXPECT_EQ(r.command, Command::Window);
    EXPECT_EQ(r.databasePath, DefaultDb);
    EXPECT_FALSE(r.customDatabase);
    EXPECT_FALSE(r.headless());
    EXPECT_EQ(r.size, QSize(1280, 800));
}

TEST(CommandLineParse, each_command_becomes_a_request)
{
    struct Case
    {
        QStringList args;
        Command command;
        const char* file;
        bool onlyReads;
    };
    const Case cases[] {
        { { "--check-db" }, Command::CheckDb, "", true },
        { { "--validate-pack", "p.json" }, Command::ValidatePack, "p.json", true },
        { { "--backup" }, Command::Backup, "", false },
        { { "--list-backups" }, Command::ListBackups, "", true },
        { { "--restore-backup", "newest" }, Command::RestoreBackup, "newest", false },
        { { "--import-pack", "w.json", "--allow-downgrade" }, Command::ImportPack, "w.json", false },
        { { "--export-pack", "c.json", "--pack", "web-shop" }, Command::ExportPack, "c.json", true },
        { { "--export-notes", "n.pdf", "--paper", "letter", "--include", "lessons,glossary" },
          Command::ExportNotes,
          "n.pdf",
          true },
        { { "--export-questions", "q.tsv" }, Command::ExportQuestions, "q.tsv", true },
        { { "--export-results", "r.csv" }, Command::ExportResults, "r.csv", true },
        { { "--render", "diagram", "--out", "d.svg", "--service", "rds", "--compare", "ec2" },
          Command::Render,
          "d.svg",
          true },
    };
    for (const Case& c : cases) {
        const Request r = request(c.args);
        SCOPED_TRACE(c.args.constFirst().toStdString());
        EXPECT_EQ(r.command, c.command);
        EXPECT_EQ(r.file, QLatin1String(c.file));
        EXPECT_TRUE(r.headless());
        EXPECT_EQ(r.onlyReads(), c.onlyReads);
    }
    const Request pack = request({ "--db", "x.sqlite", "--import-pack", "w.json", "--allow-downgrade" });
    EXPECT_TRUE(pack.allowDowngrade);
    EXPECT_TRUE(pack.customDatabase);
    EXPECT_EQ(pack.databasePath, QStringLiteral("x.sqlite"));
    EXPECT_EQ(request({ "--export-pack", "c.json", "--pack", "web-shop" }).packId,
              QStringLiteral("web-shop"));
    const Request notes = request({ "--export-notes", "n.pdf", "--paper", "letter", "--topics",
                                    "exam, nuances,", "--services", "all" });
    EXPECT_EQ(notes.notes.paper, studynotes::Paper::Letter);
    EXPECT_EQ(notes.notes.options.topics,
              (QStringList { QStringLiteral("exam"), QStringLiteral("nuances") }));
    EXPECT_TRUE(notes.notes.options.allServices);
    const Request render = request({ "--render", "matrix", "--out", "m.png" });
    EXPECT_EQ(render.size, QSize(1600, 1000)) << "a picture's own default size";
    EXPECT_EQ(request({ "--render", "matrix", "--out", "m.png", "--size", "800x600" }).size, QSize(800, 600));
}

TEST(CommandLineParse, the_window_options_are_read_and_checked)
{
    const Request r = request({ "--view", "diagram", "--service", "rds", "--screenshot", "s.png", "--size",
                                "1024x768", "--presenter", "--step", "3" });
    EXPECT_EQ(r.command, Command::Window);
    EXPECT_EQ(r.view, QStringLiteral("diagram"));
    EXPECT_EQ(r.service, QStringLiteral("rds"));
    EXPECT_EQ(r.screenshot, QStringLiteral("s.png"));
    EXPECT_EQ(r.size, QSize(1024, 768));
    EXPECT_TRUE(r.presenter);
    EXPECT_EQ(r.step, 3);
    EXPECT_FALSE(r.theme.has_value()) << "no theme asked: the one kept in the settings";
    EXPECT_EQ(request({ "--theme", "high-contrast" }).theme, ThemeChoice::HighContrast);
    EXPECT_EQ(request({ "--theme", "system" }).theme, ThemeChoice::System);
}

TEST(CommandLineParse, every_check_gives_its_message_and_exit_code)
{
    const std::pair<QStringList, const char*> cases[] {
        { { "--db", "" }, "--db needs a file name" },
        { { "extra" }, "unexpected argument 'extra'" },
        { { "--bogus" }, "Unknown option 'bogus'" },
        { { "--view", "attic" }, "unknown view 'attic'" },
        { { "--backup", "--list-backups" }, "one of --backup, --list-backups and --restore-backup" },
        { { "--export-notes", "n.md", "--export-results", "r.csv" }, "one of --export-notes" },
        { { "--export-notes", "n.txt" }, ".md, .html or .pdf" },
        { { "--export-notes", "n.md", "--include", "lessons,bogus" }, "unknown part 'bogus'" },
        { { "--export-notes", "n.md", "--paper", "a3" }, "a4 or letter" },
        { { "--topics", "exam" }, "--topics goes with --export-notes" },
        { { "--export-questions", "q.txt" }, ".gift (Moodle) or .tsv (Anki)" },
        { { "--export-results", "r.txt" }, "writes a .csv file" },
        { { "--export-pack", "p.txt" }, "writes a .json file" },
        { { "--pack", "x" }, "--pack goes with --export-pack" },
        { { "--allow-downgrade" }, "--allow-downgrade goes with --import-pack" },
        { { "--render", "poster", "--out", "x.png" }, "--render draws one of: diagram, matrix" },
        { { "--render", "diagram" }, "--render needs --out" },
        { { "--render", "diagram", "--out", "x.gif" }, ".png or .svg" },
        { { "--compare", "rds" }, "--compare goes with --render diagram" },
        { { "--size", "big" }, "WIDTHxHEIGHT" },
        { { "--step", "2" }, "--step needs --presenter" },
        { { "--presenter", "--step", "0" }, "a step number from 1" },
        { { "--screenshot", "s.jpg" }, "ending in .png" },
        { { "--theme", "sepia" }, "--theme takes system, light, dark or high-contrast, not 'sepia'" },
    };
    for (const auto& [list, message] : cases) {
        const CommandLineError e = error(list);
        EXPECT_EQ(e.exitCode, 2) << message;
        EXPECT_TRUE(e.message.contains(QLatin1String(message))) << e.message.toStdString();
    }
}

TEST(CommandLineParse, help_and_version)
{
    const Request help = request({ "--help" });
    EXPECT_EQ(help.command, Command::Help);
    for (const commandline::Option& o : commandline::options())
        EXPECT_TRUE(help.file.contains(QStringLiteral("--") + QLatin1String(o.name))) << o.name;
    EXPECT_TRUE(help.file.contains(QStringLiteral("lessons, diagram, matrix"))) << "the views are named";
    EXPECT_EQ(request({ "--version" }).command, Command::Version);
}

TEST(CommandLineParse, which_arguments_run_without_a_window_comes_from_the_option_table)
{
    using commandline::isHeadless;
    for (const commandline::Option& o : commandline::options()) {
        const QString option = QStringLiteral("--") + QLatin1String(o.name);
        EXPECT_EQ(isHeadless({ QStringLiteral("demarc"), option }), o.headless) << o.name;
        EXPECT_EQ(isHeadless({ QStringLiteral("demarc"), option + QStringLiteral("=x") }), o.headless)
            << o.name;
        // The request a headless option makes runs without a window, and the other way round.
    }
    for (const char* qt : { "--help", "-h", "--help-all", "--version", "-v" })
        EXPECT_TRUE(isHeadless({ QStringLiteral("demarc"), QLatin1String(qt) })) << qt;
    EXPECT_FALSE(
        isHeadless({ QStringLiteral("demarc"), QStringLiteral("--view"), QStringLiteral("diagram") }));
    EXPECT_FALSE(isHeadless({ QStringLiteral("demarc"), QStringLiteral("check-db") }))
        << "a value, not an option";
    EXPECT_EQ(request({ "--check-db" }).headless(), true);
    EXPECT_EQ(request({ "--screenshot", "s.png" }).headless(), false);
}
