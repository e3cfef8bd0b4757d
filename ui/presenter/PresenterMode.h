// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/PresenterDeck.h"

#include <QElapsedTimer>
#include <QObject>

class QScreen;

namespace demarc {

class PresenterAudience;
class PresenterConsole;
class PresenterController;

/**
 * Presenter mode: the audience view full screen on the chosen screen (remembered), and the
 * console on another screen when there is one. Esc in either leaves it. The theme and zoom
 * are remembered as well; nothing a class answers is recorded.
 */
class PresenterMode : public QObject
{
    Q_OBJECT

public:
    PresenterMode(DeckMaterial material, const QList<DeckItem>& deck, QObject* parent = nullptr);
    ~PresenterMode() override;

    PresenterController* controller() const { return m_controller; }
    PresenterAudience* audience() const { return m_audience; }
    /** nullptr when there is only one screen (and no console was asked for). */
    PresenterConsole* console() const { return m_console; }

    /**
     * Shows the views: full screen on @p audienceScreen (nullptr: the remembered screen, else
     * a screen other than the primary one, else the primary) and the console on another
     * screen if there is one, or always when @p console is set (for trying it on one screen).
     * @p fullScreen off shows plain windows (screenshots).
     */
    void start(QScreen* audienceScreen = nullptr, bool console = false, bool fullScreen = true);
    /** Closes the views; finished() follows. */
    void stop();

    /** The screen presenter mode opens on when none is given. */
    static QScreen* preferredScreen();
    /** Remembers @p screen as the one to present on. */
    static void setPreferredScreen(const QScreen* screen);

signals:
    void finished();

private:
    void saveSettings() const;

    PresenterController* m_controller;
    PresenterAudience* m_audience = nullptr;
    PresenterConsole* m_console = nullptr;
};

} // namespace demarc
