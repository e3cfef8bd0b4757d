// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "DialogQuestions.h"
#include "ExitCode.h"
#include "Messages.h"
#include "Startup.h"

#include "core/BackupPolicy.h"
#include "db/Backups.h"
#include "net/ClassServer.h"
#include "net/LiveClassServer.h"
#include "ui/paint/TextZoom.h"
#include "ui/presenter/LiveClassDialog.h"
#include "ui/presenter/PresenterAudience.h"
#include "ui/presenter/PresenterConsole.h"
#include "ui/presenter/PresenterController.h"
#include "ui/presenter/PresenterMode.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QLocale>
#include <QMessageBox>
#include <QStatusBar>
#include <QTextStream>
#include <QTimer>

namespace demarc {

namespace {

/**
 * Saves a PNG of @p widget once the event loop has delivered its first paint; the exit code.
 * With DEMARC_FIRST_PAINT_ONLY set (scripts/startup-bench.py sets it for Demarc and the bare
 * window alike) the picture is taken but not encoded: encoding a PNG measures zlib, not start-up.
 */
int screenshotOf(QWidget* widget, const QString& path, QTextStream& err)
{
    int exitCode = Success;
    const bool encode = !qEnvironmentVariableIsSet("DEMARC_FIRST_PAINT_ONLY");
    QTimer::singleShot(0, widget, [&] {
        const QImage image = widget->grab().toImage();
        if (encode && !image.save(path, "PNG")) {
            report(err, QObject::tr("cannot write the screenshot to %1").arg(path));
            exitCode = DataProblem;
        }
        QApplication::exit(exitCode);
    });
    QApplication::exec();
    return exitCode;
}

class Launcher
{
public:
    Launcher(const Request& request, QTextStream& err)
        : m_request(request)
        , m_err(err)
        , m_dialogs(request.screenshot.isEmpty())
        , m_path(request.databasePath)
    { }

    int run()
    {
        if (!m_request.customDatabase && !QDir().mkpath(QFileInfo(m_path).absolutePath()))
            return fail(QObject::tr("cannot create the folder %1").arg(QFileInfo(m_path).absolutePath()));
        // The window runs in this loop so that a backup can be restored while the app is open:
        // the window, the repositories and the connection go, the copy is put in place, and
        // everything is made again on it.
        for (;;) {
            if (!m_restoreFrom.isEmpty())
                restore();
            const std::optional<int> exitCode = runOnce();
            if (exitCode)
                return *exitCode;
        }
    }

private:
    /** Reports a problem where the user will see it: a dialog when there is a screen to show it on. */
    int fail(const QString& message)
    {
        report(m_err, message);
        m_err.flush();
        if (m_dialogs)
            QMessageBox::critical(nullptr, QObject::tr("Demarc cannot start"), readable(message));
        return DataProblem;
    }

    void restore()
    {
        auto kept = Backups(m_path).restore(m_restoreFrom);
        if (kept) {
            const auto at = BackupPolicy::takenAt(m_path, QFileInfo(m_restoreFrom).fileName());
            m_restoredMessage =
                QObject::tr("Restored the backup from %1; the database it replaced is kept as %2")
                    .arg(at ? QLocale().toString(*at, QLocale::ShortFormat) : m_restoreFrom,
                         QDir::toNativeSeparators(*kept));
        } else {
            QMessageBox::warning(nullptr, QObject::tr("Demarc"), kept.errorMessage());
        }
        m_restoreFrom.clear();
    }

    /** One life of the window; no value when it closed to restore a backup. */
    std::optional<int> runOnce()
    {
        DialogQuestions questions;
        auto opened = Store::open(m_path, m_dialogs ? &questions : nullptr);
        if (!opened) // an empty message: the learner chose to quit
            return opened.errorMessage().isEmpty() ? DataProblem : fail(opened.errorMessage());
        Store& store = **opened;
        m_path = store.path();
        if (!store.message().isEmpty())
            m_restoredMessage = store.message();

        const bool screenshot = !m_request.screenshot.isEmpty();
        // Before the window is made, so that its widgets are styled once. A screenshot is the
        // same on every machine: light unless a theme is asked for.
        theme::apply(m_request.theme.value_or(screenshot ? ThemeChoice::Light : theme::saved()));
        if (const int textSize = zoom::saved(); !screenshot && textSize != 100)
            zoom::set(textSize);
        MainWindow window(store.content(), store.learner(), store.packs());
        // Live answers: served on the address and port chosen (View → Live Answers Network…), by
        // default this machine's classroom network address and a free port.
        window.setLiveClassFactory(
            []() -> Result<std::unique_ptr<LiveClass>> {
                const QString chosen = LiveClassDialog::savedAddress();
                auto live = LiveClassServer::start(chosen.isEmpty() ? ClassServer::defaultAddress()
                                                                    : QHostAddress(chosen),
                                                   LiveClassDialog::savedPort());
                if (!live)
                    return Error { live.errorMessage() };
                return std::unique_ptr<LiveClass>(std::move(*live));
            },
            [] { return ClassServer::localAddresses(); });
        if (!screenshot)
            window.restoreSettings();
        // Only the view shown is built; the others are when first opened.
        if (!(screenshot && m_request.presenter)) {
            if (Status s = window.open(m_request.view); !s)
                return fail(s.errorMessage());
        }
        if (!m_request.service.isEmpty() && !window.showService(m_request.service)) {
            report(m_err,
                   QObject::tr("unknown service or model '%1'; choose one of: %2")
                       .arg(m_request.service, window.serviceIds().join(QStringLiteral(", "))));
            return DataProblem;
        }
        if (m_request.presenter) {
            if (Status s = window.startPresenter(false, !screenshot); !s)
                return fail(s.errorMessage());
            PresenterController* deck = window.presenter()->controller();
            if (m_request.step > deck->count()) {
                report(m_err,
                       QObject::tr("--step %1: the presenter deck has %n step(s)", nullptr, deck->count())
                           .arg(m_request.step));
                m_err << "Try 'demarc --help' for the options.\n";
                return UsageError;
            }
            if (m_request.step > 0)
                deck->goTo(m_request.step - 1);
        }

        if (screenshot) {
            window.setPersistSettings(false);
            QWidget* shown = &window;
            if (m_request.presenter)
                shown = window.presenter()->audience();
            shown->resize(m_request.size);
            if (!m_request.presenter)
                window.show();
            return screenshotOf(shown, m_request.screenshot, m_err);
        }

        if (!store.database().isMemory())
            window.setBackups(&store.backups()); // a throwaway session has nothing to back up
        QObject::connect(&window, &MainWindow::restoreRequested, &window, [this](const QString& path) {
            m_restoreFrom = path;
            QApplication::exit(Success);
        });
        window.show();
        window.focusCurrentView();
        if (!m_restoredMessage.isEmpty())
            window.statusBar()->showMessage(m_restoredMessage, 30000);
        m_restoredMessage.clear();
        if (m_request.presenter) {
            window.presenter()->audience()->raise();
            window.presenter()->audience()->activateWindow();
        }
        const int exitCode = QApplication::exec();
        if (m_restoreFrom.isEmpty())
            return exitCode;
        return std::nullopt;
    }

    const Request& m_request;
    QTextStream& m_err;
    const bool m_dialogs;
    QString m_path;
    QString m_restoreFrom;
    QString m_restoredMessage;
};

} // namespace

int runWindow(const Request& request, bool noScreen, QTextStream& err)
{
    if (noScreen && request.screenshot.isEmpty()) {
        err << "demarc: no display found (DISPLAY and WAYLAND_DISPLAY are unset).\n"
            << "Start Demarc on a desktop, or in a virtual one with: xvfb-run scripts/run\n";
        return DataProblem;
    }
    return Launcher(request, err).run();
}

} // namespace demarc
