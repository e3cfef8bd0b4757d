// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LiveClass.h"
#include "core/PresenterDeck.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <memory>

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
    /** @p live starts a live class when the instructor presses L (empty: no live answers here). */
    PresenterMode(DeckMaterial material, const QList<DeckItem>& deck, LiveClassFactory live = {},
                  QObject* parent = nullptr);
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
    /** Closes the views and ends a live class; finished() follows. */
    void stop();

    /** Starts live answers, or ends them (offering the class summary first). */
    void toggleLiveClass();
    /**
     * What is done with the class summary (CSV) when a live class that had answers ends: by
     * default, the instructor is asked where to save it. Tests replace it.
     */
    void setSummarySaver(std::function<void(const QString& csv)> saver) { m_saveSummary = std::move(saver); }

    /** The screen presenter mode opens on when none is given. */
    static QScreen* preferredScreen();
    /** Remembers @p screen as the one to present on. */
    static void setPreferredScreen(const QScreen* screen);

signals:
    void finished();

private:
    void saveSettings() const;

    void endLiveClass();

    PresenterController* m_controller;
    PresenterAudience* m_audience = nullptr;
    PresenterConsole* m_console = nullptr;
    LiveClassFactory m_startLive;
    std::unique_ptr<LiveClass> m_live;
    std::function<void(const QString& csv)> m_saveSummary;
};

} // namespace demarc
