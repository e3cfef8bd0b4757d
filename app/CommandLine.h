// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ExportCommands.h"
#include "ui/paint/Theme.h"

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace demarc {

/** What the command line asks for, every value checked. */
struct Request
{
    enum class Command {
        Window, ///< the window (or its screenshot, or presenter mode)
        Help,
        Version,
        CheckDb,
        ValidatePack,
        Backup,
        ListBackups,
        RestoreBackup,
        ImportPack,
        ExportPack,
        ExportNotes,
        ExportQuestions,
        ExportResults,
        Render,
        ServeClass,
    };
    Command command = Command::Window;
    QString databasePath;
    bool customDatabase = false; ///< --db was given (the default folder is made only for the default file)
    /**
     * The command's file: the pack to validate or import, the file an export writes, the backup
     * to restore ("newest" too), the picture --render writes.
     */
    QString file;

    // The window.
    QString view; ///< empty: the last one, else Lessons
    QString service;
    QString screenshot; ///< a PNG of the first paint, then exit
    QSize size { 1280, 800 };
    bool presenter = false;
    int step = 0; ///< from 1; 0 for the deck's first
    std::optional<ThemeChoice> theme; ///< --theme; else the one kept in the settings (light for --screenshot)

    // --render
    QString renderView; ///< diagram or matrix
    QString compare;

    // --serve-class
    QString listen; ///< the address to listen on; empty: the first private address
    quint16 port = 0; ///< 0: any free port
    QString room; ///< four digits; empty: chosen at random

    // Exports and packs.
    exportcommand::NotesRequest notes;
    QString packId; ///< --pack
    bool allowDowngrade = false;

    /** Runs without a window, on the offscreen platform. */
    bool headless() const { return command != Command::Window; }
    /** Reads the database and never writes it (opened read-only). */
    bool onlyReads() const;
};

/** A command line that cannot be run: the message, and the exit code it earns. */
struct CommandLineError
{
    QString message;
    int exitCode = 2;
};

namespace commandline {

/** Every option, described once: the parser, --help and headless() below all read this table. */
struct Option
{
    const char* name;
    const char* valueName; ///< nullptr for a switch
    const char* description;
    bool headless; ///< giving it means no window is shown
};
const QList<Option>& options();

/**
 * Whether the arguments ask for a command that shows no window (so that the offscreen platform
 * can be chosen before the application object exists). Decided from options(), not a list of its own.
 */
bool isHeadless(const QStringList& arguments);

/** The first argument (from 1) that is not valid text in the system's encoding; 0 when all are. */
int undecodableArgument(int argc, char** argv);

/**
 * Reads @p arguments (the program name first) into a Request, with every check that needs no
 * file: the options that go together, the values' forms, the extensions the commands write.
 * @p defaultDatabasePath is used without --db. --help's text is in the Help request's file.
 */
std::variant<Request, CommandLineError> parse(const QStringList& arguments,
                                              const QString& defaultDatabasePath);

} // namespace commandline

} // namespace demarc
