// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterMode.h"

#include "PresenterAudience.h"
#include "PresenterConsole.h"
#include "PresenterController.h"
#include "PresenterStage.h"
#include "core/Party.h"

#include <QDateTime>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
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

PresenterMode::PresenterMode(DeckMaterial material, const QList<DeckItem>& deck, QObject* parent)
    : QObject(parent)
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
}

PresenterMode::~PresenterMode()
{
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

void PresenterMode::stop()
{
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
