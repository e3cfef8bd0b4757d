// SPDX-License-Identifier: GPL-3.0-or-later
#include "PresenterConsole.h"

#include "PresenterController.h"
#include "PresenterStage.h"
#include "ui/common/ScaledFont.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTimer>

namespace demarc {

namespace {

/** The letter a class answers choice @p i with. */
QString letter(qsizetype i) { return QString(QChar(u'A' + int(i))); }

} // namespace

PresenterConsole::PresenterConsole(PresenterController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_current(new PresenterStage(controller, PresenterStage::Role::Current, this))
    , m_next(new PresenterStage(controller, PresenterStage::Role::Next, this))
    , m_status(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_notes(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("presenterConsole"));
    setWindowTitle(tr("Demarc Presenter Console"));
    setFocusPolicy(Qt::StrongFocus);
    m_current->setObjectName(QStringLiteral("consoleCurrent"));
    m_next->setObjectName(QStringLiteral("consoleNext"));
    m_status->setObjectName(QStringLiteral("consoleStatus"));
    m_clock->setObjectName(QStringLiteral("consoleClock"));
    m_notes->setObjectName(QStringLiteral("consoleNotes"));
    m_notes->setFocusPolicy(Qt::NoFocus);
    m_notes->setOpenLinks(false);
    setScaledFont(m_status, 1.5, true);
    setScaledFont(m_clock, 1.5, true);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setScaledFont(m_notes, 1.3);
    auto* nextLabel = new QLabel(tr("Next"), this);
    auto* notesLabel = new QLabel(tr("Speaker notes"), this);
    QFont heading = font();
    heading.setBold(true);
    nextLabel->setFont(heading);
    notesLabel->setFont(heading);
    // Each key with what it does stays on one line when the list wraps.
    QStringList pairs = tr("Page Down / Space: next · Page Up: back · R: reveal · B/W: blank · T: timer "
                           "· L: live answers · H: show counts · F1: keys · Esc: leave")
                            .split(QStringLiteral(" · "));
    for (QString& pair : pairs)
        pair.replace(u' ', QChar::Nbsp);
    auto* keys = new QLabel(pairs.join(QStringLiteral(" · ")), this);
    keys->setWordWrap(true);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_status, 0, 0);
    layout->addWidget(m_clock, 0, 1);
    layout->addWidget(m_current, 1, 0, 4, 1);
    layout->addWidget(nextLabel, 1, 1);
    layout->addWidget(m_next, 2, 1);
    layout->addWidget(notesLabel, 3, 1);
    layout->addWidget(m_notes, 4, 1);
    layout->addWidget(keys, 5, 0, 1, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(2, 2);
    layout->setRowStretch(4, 3);
    m_current->setMinimumSize(320, 180);
    m_next->setMinimumSize(200, 112);

    m_elapsed.start();
    auto* tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &PresenterConsole::updateClock);
    tick->start();
    connect(controller, &PresenterController::changed, this, &PresenterConsole::updateNotes);
    updateNotes();
    updateClock();
}

QString PresenterConsole::notesText() const { return m_notes->toPlainText(); }

QString PresenterConsole::statusText() const { return m_status->text(); }

void PresenterConsole::keyPressEvent(QKeyEvent* event)
{
    if (!m_controller->handleKey(event))
        QWidget::keyPressEvent(event);
}

void PresenterConsole::updateClock()
{
    const qint64 seconds = m_elapsed.elapsed() / 1000;
    m_clock->setText(tr("%1 · %2:%3:%4 elapsed")
                         .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat))
                         .arg(seconds / 3600)
                         .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
                         .arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void PresenterConsole::updateNotes()
{
    const PresenterStep* step = m_controller->current();
    if (!step) {
        m_status->setText(tr("No steps"));
        m_notes->clear();
        return;
    }
    m_status->setText(
        tr("Step %1 of %2: %3").arg(m_controller->index() + 1).arg(m_controller->count()).arg(step->title));
    QString html;
    if (const Question* q = m_controller->question(m_controller->index())) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("The answer").toHtmlEscaped());
        for (qsizetype i = 0; i < q->choices.size(); ++i) {
            const Choice& c = q->choices.at(i);
            QString verdict;
            if (q->assignsParties())
                verdict = c.party ? partyName(*c.party) : QString();
            else if (c.correct)
                verdict = tr("correct");
            if (verdict.isEmpty() && !q->assignsParties())
                continue;
            html += QStringLiteral("<li><b>%1 — %2</b>: %3<br>%4</li>")
                        .arg(letter(i), verdict.toHtmlEscaped(), c.text.toHtmlEscaped(),
                             c.explanation.toHtmlEscaped());
        }
        html += QStringLiteral("</ul><p>%1</p>")
                    .arg((m_controller->isRevealed(m_controller->index())
                              ? tr("The class sees the answer.")
                              : tr("The class does not see it yet: R reveals it."))
                             .toHtmlEscaped());
    }
    if (const Lesson* lesson = m_controller->material().lesson(step->lessonId)) {
        html += QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                    .arg(tr("From the lesson “%1”").arg(lesson->title).toHtmlEscaped(),
                         lesson->summary.toHtmlEscaped());
    }
    if (html.isEmpty())
        html = QStringLiteral("<p>%1</p>").arg(tr("No speaker notes for this step.").toHtmlEscaped());
    m_notes->setHtml(html);
}

} // namespace demarc
