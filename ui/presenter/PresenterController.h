// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LiveClass.h"
#include "core/PresenterDeck.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class QKeyEvent;
class QTimer;

namespace demarc {

/**
 * Where a class is in a presenter deck, shared by the audience view and the console so that
 * both always show the same thing: the step, whether a question's answer is revealed, the
 * show-of-hands tally, a blanked screen, the zoom, the theme and an optional countdown. Keys
 * from either window go through handleKey(): the keys presentation clickers send.
 */
class PresenterController : public QObject
{
    Q_OBJECT

public:
    enum class Blank { None, Black, White };
    enum class Theme { Dark, Light };

    /** The countdown a quiz step gets when the instructor turns the timer on. */
    static constexpr int TimerSeconds = 60;

    PresenterController(DeckMaterial material, QList<PresenterStep> steps, QObject* parent = nullptr);

    const DeckMaterial& material() const { return m_material; }
    const QList<PresenterStep>& steps() const { return m_steps; }
    int count() const { return int(m_steps.size()); }
    int index() const { return m_index; }
    /** The step at @p index, or nullptr outside the deck. */
    const PresenterStep* step(int index) const;
    const PresenterStep* current() const { return step(m_index); }
    /** The question of a quiz step; nullptr for other steps. */
    const Question* question(int index) const;

    /** Whether the answer of quiz step @p index is shown. */
    bool isRevealed(int index) const { return m_revealed.contains(index); }
    Blank blank() const { return m_blank; }
    Theme theme() const { return m_theme; }
    /** 1 is the default size; Ctrl +/- step it, Ctrl+0 resets it. */
    qreal zoom() const { return m_zoom; }
    bool helpShown() const { return m_help; }

    /** Hands counted for each choice of quiz step @p index; -1 where none was entered. */
    QList<int> tally(int index) const;
    /** The choice whose count is being typed on the current step, or -1. */
    int tallyChoice() const { return m_tallyChoice; }
    /** The digits typed so far for tallyChoice(). */
    QString tallyDigits() const { return m_tallyDigits; }

    /** Seconds left on the countdown, or -1 when no timer runs. */
    int secondsLeft() const { return m_secondsLeft; }

    /**
     * The live class answering from their phones, or nullptr (not owned): it is kept told which
     * question is open and whether its answer is shown, and its requests for the next step move on.
     */
    void setLiveClass(LiveClass* live);
    LiveClass* liveClass() const { return m_live; }
    /** Whether the audience sees the live counts (H); the console always does. */
    bool countsShown() const { return m_countsShown; }
    /** Why the live class could not start, for the screen (paragraphs split by newlines); empty when it
     *  did or was not asked for. */
    QString liveProblem() const { return m_liveProblem; }
    void setLiveProblem(const QString& problem);

    /** Acts on a key as presenter mode does; false for keys it leaves alone. */
    bool handleKey(const QKeyEvent* event);

public slots:
    void goTo(int index);
    void next();
    void previous();
    /** Shows or hides the answer of the current quiz step. */
    void toggleReveal();
    void setBlank(demarc::PresenterController::Blank blank);
    void setTheme(demarc::PresenterController::Theme theme);
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleHelp();
    /** Starts a countdown of TimerSeconds on a quiz step, or stops the one running. */
    void toggleTimer();
    /** Shows or hides the live counts on the audience's screen. */
    void toggleCounts();

signals:
    /** Anything shown changed. */
    void changed();
    /** The step changed from @p previous to index(). */
    void stepChanged(int previous);
    /** The instructor asked to leave presenter mode (Esc). */
    void leaveRequested();
    /** The instructor asked to start or stop live answers (L). */
    void liveClassToggleRequested();

private:
    void setZoom(qreal zoom);
    bool handleZoomKey(int key);
    /** B and W blank the picture; while it is blank, a key that would move on only brings it back. */
    bool handleBlankKey(int key);
    bool handleTallyKey(const QKeyEvent* event);
    void commitTally();
    void stopTimer();
    /** Tells the live class the question open now and whether its answer is shown. */
    void syncLiveClass();

    DeckMaterial m_material;
    QList<PresenterStep> m_steps;
    int m_index = 0;
    QSet<int> m_revealed;
    QHash<int, QList<int>> m_tallies;
    int m_tallyChoice = -1;
    QString m_tallyDigits;
    Blank m_blank = Blank::None;
    Theme m_theme = Theme::Dark;
    qreal m_zoom = 1.0;
    bool m_help = false;
    int m_secondsLeft = -1;
    QTimer* m_timer;
    QPointer<LiveClass> m_live;
    bool m_countsShown = false;
    QString m_liveProblem;
};

} // namespace demarc
