// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterMode.h"

#include "PresenterAudience.h"
#include "PresenterConsole.h"
#include "PresenterController.h"
#include "PresenterStage.h"
#include "core/Party.h"
#include "core/SaveFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTextBrowser>
#include <QTimer>

namespace demarc {

namespace {

const QString ScreenKey = QStringLiteral("presenter/screen");
const QString ThemeKey = QStringLiteral("presenter/theme");
const QString ZoomKey = QStringLiteral("presenter/zoom");

} // namespace

PresenterMode::PresenterMode(DeckMaterial material, const QList<DeckItem>& deck, LiveClassFactory live,
                             QObject* parent)
    : QObject(parent)
    , m_startLive(std::move(live))
{
    QList<PresenterStep> steps = expandDeck(deck, material);
    m_controller = new PresenterController(std::move(material), std::move(steps), this);
    const QSettings settings;
    m_controller->setTheme(settings.value(ThemeKey).toString() == QLatin1String("light")
                               ? PresenterController::Theme::Light
                               : PresenterController::Theme::Dark);
    const qreal zoom = settings.value(ZoomKey, 1.0).toReal();
    while (m_controller->zoom() < zoom - 0.01 && m_controller->zoom() < 2.4)
        m_controller->zoomIn();
    while (m_controller->zoom() > zoom + 0.01 && m_controller->zoom() > 0.65)
        m_controller->zoomOut();
    connect(m_controller, &PresenterController::leaveRequested, this, &PresenterMode::stop);
    connect(m_controller, &PresenterController::liveClassToggleRequested, this,
            &PresenterMode::toggleLiveClass);
    m_saveSummary = [this](const QString& csv) {
        const QString path = QFileDialog::getSaveFileName(
            m_console ? static_cast<QWidget*>(m_console) : m_audience, tr("Save the Class Summary"),
            QDir::home().filePath(tr("class-summary-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status saved = saveFileAtomically(path, csv.toUtf8()); !saved)
            QMessageBox::warning(m_console ? static_cast<QWidget*>(m_console) : m_audience,
                                 tr("Class Summary"), saved.errorMessage());
    };
}

PresenterMode::~PresenterMode()
{
    m_controller->setLiveClass(nullptr);
    m_live.reset();
    delete m_audience;
    delete m_console;
}

QScreen* PresenterMode::preferredScreen()
{
    const QString remembered = QSettings().value(ScreenKey).toString();
    const QList<QScreen*> screens = QGuiApplication::screens();
    for (QScreen* s : screens) {
        if (!remembered.isEmpty() && s->name() == remembered)
            return s;
    }
    for (QScreen* s : screens) {
        if (s != QGuiApplication::primaryScreen())
            return s;
    }
    return QGuiApplication::primaryScreen();
}

void PresenterMode::setPreferredScreen(const QScreen* screen)
{
    if (screen)
        QSettings().setValue(ScreenKey, screen->name());
}

void PresenterMode::start(QScreen* audienceScreen, bool console, bool fullScreen)
{
    QScreen* screen = audienceScreen ? audienceScreen : preferredScreen();
    m_audience = new PresenterAudience(m_controller);
    m_audience->setAttribute(Qt::WA_DeleteOnClose, false);
    QScreen* consoleScreen = nullptr;
    for (QScreen* s : QGuiApplication::screens()) {
        if (s != screen) {
            consoleScreen = s;
            break;
        }
    }
    if (consoleScreen || console) {
        m_console = new PresenterConsole(m_controller);
        if (consoleScreen) {
            m_console->setScreen(consoleScreen);
            m_console->setGeometry(consoleScreen->availableGeometry());
        }
    }
    if (screen) {
        m_audience->setScreen(screen);
        m_audience->setGeometry(screen->geometry());
    }
    if (fullScreen) {
        m_audience->showFullScreen();
        if (m_console)
            consoleScreen ? m_console->showMaximized() : m_console->show();
    } else {
        m_audience->show();
        if (m_console)
            m_console->show();
    }
    m_audience->activateWindow();
    m_audience->setFocus();
}

void PresenterMode::toggleLiveClass()
{
    if (m_live) {
        endLiveClass();
        return;
    }
    if (!m_startLive) {
        m_controller->setLiveProblem(tr("Live answers are not available here."));
        return;
    }
    auto started = m_startLive();
    if (!started) {
        m_controller->setLiveProblem(
            started.errorMessage() + u'\n'
            + tr("Choose another address or port in View → Live Answers Network…, then press L again."));
        return;
    }
    m_live = std::move(*started);
    m_controller->setLiveClass(m_live.get());
}

void PresenterMode::endLiveClass()
{
    if (!m_live)
        return;
    const QList<LiveClassSummary> summary = m_live->summary();
    m_controller->setLiveClass(nullptr);
    m_live.reset(); // the server stops listening here
    const bool answered =
        std::any_of(summary.begin(), summary.end(), [](const LiveClassSummary& s) { return s.answered > 0; });
    if (answered && m_saveSummary)
        m_saveSummary(liveClassCsv(summary));
}

void PresenterMode::stop()
{
    endLiveClass();
    saveSettings();
    if (m_audience)
        m_audience->hide();
    if (m_console)
        m_console->hide();
    emit finished();
}

void PresenterMode::saveSettings() const
{
    QSettings settings;
    settings.setValue(ThemeKey,
                      m_controller->theme() == PresenterController::Theme::Light ? QStringLiteral("light")
                                                                                 : QStringLiteral("dark"));
    settings.setValue(ZoomKey, m_controller->zoom());
}

} // namespace demarc
