// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterController.h"

#include <QKeyEvent>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

constexpr qreal ZoomStep = 1.15;
constexpr qreal MinimumZoom = 0.6;
constexpr qreal MaximumZoom = 2.5;
constexpr int MaximumTallyDigits = 4;

} // namespace

PresenterController::PresenterController(DeckMaterial material, QList<PresenterStep> steps, QObject* parent)
    : QObject(parent)
    , m_material(std::move(material))
    , m_steps(std::move(steps))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_secondsLeft > 0)
            --m_secondsLeft;
        if (m_secondsLeft == 0)
            m_timer->stop();
        emit changed();
    });
}

const PresenterStep* PresenterController::step(int index) const
{
    return index >= 0 && index < m_steps.size() ? &m_steps.at(index) : nullptr;
}

const Question* PresenterController::question(int index) const
{
    const PresenterStep* s = step(index);
    return s && s->kind == DeckItem::Kind::Quiz ? m_material.question(s->questionId) : nullptr;
}

QList<int> PresenterController::tally(int index) const
{
    const Question* q = question(index);
    if (!q)
        return {};
    QList<int> counts = m_tallies.value(index);
    counts.resize(q->choices.size(), -1);
    return counts;
}

void PresenterController::goTo(int index)
{
    index = std::clamp(index, 0, std::max(0, count() - 1));
    commitTally();
    m_tallyChoice = -1;
    if (index == m_index) {
        emit changed();
        return;
    }
    stopTimer();
    const int previous = m_index;
    m_index = index;
    syncLiveClass();
    emit stepChanged(previous);
    emit changed();
}

void PresenterController::next() { goTo(m_index + 1); }

void PresenterController::previous() { goTo(m_index - 1); }

void PresenterController::toggleReveal()
{
    if (!question(m_index))
        return;
    if (!m_revealed.remove(m_index))
        m_revealed.insert(m_index);
    syncLiveClass();
    emit changed();
}

void PresenterController::setLiveClass(LiveClass* live)
{
    if (m_live)
        m_live->disconnect(this);
    m_live = live;
    m_liveProblem.clear();
    if (live) {
        connect(live, &LiveClass::changed, this, &PresenterController::changed);
        connect(live, &LiveClass::nextRequested, this, &PresenterController::next);
        syncLiveClass();
    }
    emit changed();
}

void PresenterController::setLiveProblem(const QString& problem)
{
    m_liveProblem = problem;
    emit changed();
}

void PresenterController::syncLiveClass()
{
    if (!m_live)
        return;
    const Question* q = question(m_index);
    m_live->setQuestion(q ? std::optional(*q) : std::nullopt);
    m_live->setRevealed(q && isRevealed(m_index));
}

void PresenterController::toggleCounts()
{
    m_countsShown = !m_countsShown;
    emit changed();
}

void PresenterController::setBlank(Blank blank)
{
    if (blank == m_blank)
        return;
    m_blank = blank;
    emit changed();
}

void PresenterController::setTheme(Theme theme)
{
    if (theme == m_theme)
        return;
    m_theme = theme;
    emit changed();
}

void PresenterController::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    if (std::abs(zoom - 1.0) < 0.01)
        zoom = 1.0;
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    m_zoom = zoom;
    emit changed();
}

void PresenterController::zoomIn() { setZoom(m_zoom * ZoomStep); }

void PresenterController::zoomOut() { setZoom(m_zoom / ZoomStep); }

void PresenterController::resetZoom() { setZoom(1.0); }

void PresenterController::toggleHelp()
{
    m_help = !m_help;
    emit changed();
}

void PresenterController::toggleTimer()
{
    if (m_timer->isActive() || m_secondsLeft >= 0) {
        stopTimer();
        emit changed();
        return;
    }
    if (!question(m_index))
        return;
    m_secondsLeft = TimerSeconds;
    m_timer->start();
    emit changed();
}

void PresenterController::stopTimer()
{
    m_timer->stop();
    m_secondsLeft = -1;
}

void PresenterController::commitTally()
{
    if (m_tallyChoice < 0 || m_tallyDigits.isEmpty())
        return;
    QList<int> counts = tally(m_index);
    if (m_tallyChoice < counts.size())
        counts[m_tallyChoice] = m_tallyDigits.toInt();
    m_tallies.insert(m_index, counts);
    m_tallyDigits.clear();
}

bool PresenterController::handleTallyKey(const QKeyEvent* event)
{
    const Question* q = question(m_index);
    if (!q || q->assignsParties() || m_blank != Blank::None)
        return false;
    const QString text = event->text();
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && !text.isEmpty()
        && !(event->modifiers() & Qt::ControlModifier)) {
        if (m_tallyChoice < 0) {
            const QList<int> counts = tally(m_index);
            const auto firstOpen = std::find(counts.begin(), counts.end(), -1);
            m_tallyChoice = firstOpen == counts.end() ? 0 : int(firstOpen - counts.begin());
            m_tallyDigits.clear();
        }
        if (m_tallyDigits.size() < MaximumTallyDigits)
            m_tallyDigits += QChar(u'0' + (key - Qt::Key_0));
        emit changed();
        return true;
    }
    if (m_tallyChoice < 0)
        return false;
    switch (key) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Tab:
        commitTally();
        m_tallyChoice = m_tallyChoice + 1 < q->choices.size() ? m_tallyChoice + 1 : -1;
        emit changed();
        return true;
    case Qt::Key_Backspace:
        if (!m_tallyDigits.isEmpty())
            m_tallyDigits.chop(1);
        else
            m_tallyChoice = -1;
        emit changed();
        return true;
    case Qt::Key_Escape:
        m_tallyDigits.clear();
        m_tallyChoice = -1;
        emit changed();
        return true;
    default: return false;
    }
}

bool PresenterController::handleZoomKey(int key)
{
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomIn(); return true;
    case Qt::Key_Minus: zoomOut(); return true;
    case Qt::Key_0: resetZoom(); return true;
    default: return false;
    }
}

bool PresenterController::handleBlankKey(int key)
{
    // Blanking, as presentation programs do: B or "." black, W or "," white; the same key or
    // any other brings the picture back without moving on.
    if (key == Qt::Key_B || key == Qt::Key_Period) {
        setBlank(m_blank == Blank::Black ? Blank::None : Blank::Black);
        return true;
    }
    if (key == Qt::Key_W || key == Qt::Key_Comma) {
        setBlank(m_blank == Blank::White ? Blank::None : Blank::White);
        return true;
    }
    static constexpr int Unblanking[] = { Qt::Key_PageDown,  Qt::Key_Space,  Qt::Key_Right, Qt::Key_Down,
                                          Qt::Key_N,         Qt::Key_PageUp, Qt::Key_Left,  Qt::Key_Up,
                                          Qt::Key_Backspace, Qt::Key_P,      Qt::Key_Home,  Qt::Key_End,
                                          Qt::Key_R,         Qt::Key_Escape };
    if (m_blank != Blank::None
        && std::find(std::begin(Unblanking), std::end(Unblanking), key) != std::end(Unblanking)) {
        setBlank(Blank::None);
        return true;
    }
    return false;
}

bool PresenterController::handleKey(const QKeyEvent* event)
{
    const int key = event->key();
    if (event->modifiers() & Qt::ControlModifier)
        return handleZoomKey(key);
    if (handleTallyKey(event))
        return true;
    if (m_help && (key == Qt::Key_Escape || key == Qt::Key_F1 || key == Qt::Key_Question)) {
        toggleHelp();
        return true;
    }
    if (handleBlankKey(key))
        return true;
    switch (key) {
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Right:
    case Qt::Key_Down:
    case Qt::Key_N: next(); return true;
    case Qt::Key_PageUp:
    case Qt::Key_Left:
    case Qt::Key_Up:
    case Qt::Key_Backspace:
    case Qt::Key_P: previous(); return true;
    case Qt::Key_Home: goTo(0); return true;
    case Qt::Key_End: goTo(count() - 1); return true;
    case Qt::Key_R: toggleReveal(); return true;
    case Qt::Key_T: toggleTimer(); return true;
    case Qt::Key_L: emit liveClassToggleRequested(); return true;
    case Qt::Key_H: toggleCounts(); return true;
    case Qt::Key_C: setTheme(m_theme == Theme::Dark ? Theme::Light : Theme::Dark); return true;
    case Qt::Key_F1:
    case Qt::Key_Question: toggleHelp(); return true;
    case Qt::Key_Escape: emit leaveRequested(); return true;
    default: return false;
    }
}

} // namespace demarc
