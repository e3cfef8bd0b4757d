// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace demarc {

class PresenterController;
class PresenterStage;

/**
 * The instructor's console on the laptop: the step the class sees, the next one, speaker
 * notes from the lessons (and, for a question, its answer), a clock and the time elapsed.
 * Its keys drive the same controller as the audience's window.
 */
class PresenterConsole : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterConsole(PresenterController* controller, QWidget* parent = nullptr);
    PresenterStage* currentStage() const { return m_current; }
    PresenterStage* nextStage() const { return m_next; }
    /** The speaker notes shown, as plain text. */
    QString notesText() const;
    QString statusText() const;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateNotes();
    void updateClock();

    PresenterController* m_controller;
    PresenterStage* m_current;
    PresenterStage* m_next;
    QLabel* m_status;
    QLabel* m_clock;
    QTextBrowser* m_notes;
    QElapsedTimer m_elapsed;
};

} // namespace demarc
