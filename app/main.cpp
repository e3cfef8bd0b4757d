// SPDX-License-Identifier: GPL-3.0-or-later
// Demarc's entry point: reads the command line, then runs a command or the window.
#include "CommandLine.h"
#include "Commands.h"
#include "ExitCode.h"
#include "GuiLauncher.h"
#include "Messages.h"

#include "core/Translations.h"
#include "demarc/Version.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QLocale>
#include <QStandardPaths>
#include <QTextStream>

namespace {

QtMessageHandler previousMessageHandler = nullptr;

/** Drops the one warning the offscreen platform prints on every window; passes the rest on. */
void filterOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (!message.startsWith(QLatin1String("This plugin does not support propagateSizeHints"))
        && previousMessageHandler)
        previousMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char** argv)
{
    using namespace demarc;
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw.append(QString::fromLocal8Bit(argv[i]));
    // Without a display Qt would abort: the offscreen platform lets the command line be read and
    // headless commands run; a window that would be invisible is refused by runWindow().
    const bool noScreen = !qEnvironmentVariableIsSet("DISPLAY")
        && !qEnvironmentVariableIsSet("WAYLAND_DISPLAY") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
    if ((noScreen || commandline::isHeadless(raw)) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        previousMessageHandler = qInstallMessageHandler(filterOffscreenNoise);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Demarc"));
    QApplication::setOrganizationName(QStringLiteral("Demarc"));
    QApplication::setApplicationVersion(QLatin1String(DEMARC_VERSION));
    QApplication::setDesktopFileName(QLatin1String(DEMARC_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/demarc/desktop/demarc.svg")));
    // The interface's language: the one chosen in View → Language, else the system's when Demarc
    // has it. A language chosen against the system's also formats dates and numbers its way.
    const QString chosen = savedLanguage();
    const QString language = interfaceLanguage(chosen, QLocale::system().uiLanguages());
    installTranslations(app, language);
    if (chosen == language && QLocale::system().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QString usage;
    if (const int bad = commandline::undecodableArgument(argc, argv)) {
        usage = QObject::tr("argument %1 is not valid text in this system's encoding (%2): Demarc cannot use "
                            "it as a name "
                            "without changing it; rename the file, or give another name")
                    .arg(bad)
                    .arg(QString::fromLatin1(QByteArray(argv[bad]).toPercentEncoding("/.-_~ ")));
    }
    const QString defaultDatabase = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                        .filePath(QStringLiteral("demarc.sqlite"));
    std::variant<Request, CommandLineError> parsed = CommandLineError { usage };
    if (usage.isEmpty())
        parsed = commandline::parse(QApplication::arguments(), defaultDatabase);
    if (const auto* error = std::get_if<CommandLineError>(&parsed)) {
        report(err, error->message);
        err << "Try 'demarc --help' for the options.\n";
        return error->exitCode;
    }
    const Request& request = std::get<Request>(parsed);
    return request.headless() ? runCommand(request, out, err) : runWindow(request, noScreen, err);
}
