// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizPage.h"

#include "QuestionPane.h"
#include "QuizStartPane.h"
#include "QuizSummaryPane.h"
#include "ui/common/Controls.h"

#include "core/quiz/QuizController.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace demarc {

QuizPage::QuizPage(const ContentRepository& content, LearnerRepository& learner, const Clock& clock,
                   QWidget* parent)
    : QWidget(parent)
    , m_quiz(new QuizController(content, learner, clock, this))
    , m_panes(new QStackedWidget)
    , m_start(new QuizStartPane)
    , m_question(new QuestionPane)
    , m_summary(new QuizSummaryPane)
{
    setObjectName(QStringLiteral("quizPage"));
    m_panes->setObjectName(QStringLiteral("quizPanes"));
    m_panes->addWidget(m_start);
    m_panes->addWidget(m_question);
    m_panes->addWidget(m_summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panes);
    m_question->setNoteStore(&learner);

    connect(m_start, &QuizStartPane::startRequested, this,
            [this](const QuizOptions& options, qint64 timeLimitMs) {
                if (!start(options, timeLimitMs))
                    m_start->sayNothingToAsk();
            });
    connect(m_quiz, &QuizController::started, m_question, &QuestionPane::clearSaveProblem);
    connect(m_quiz, &QuizController::questionShown, this, [this] {
        m_question->showQuestion(*m_quiz->session());
        controls::switchPage(m_panes, m_question, [this] { m_question->focusContent(); });
    });
    connect(m_quiz, &QuizController::feedbackReady, m_question, &QuestionPane::showFeedback);
    connect(m_quiz, &QuizController::timeLeftChanged, m_question, &QuestionPane::updateHeader);
    connect(m_quiz, &QuizController::flagChanged, m_question, &QuestionPane::updateHeader);
    connect(m_quiz, &QuizController::finished, this, &QuizPage::showSummary);
    connect(m_quiz, &QuizController::learnerDataChanged, this, &QuizPage::learnerDataChanged);
    connect(m_quiz, &QuizController::saveFailed, this, &QuizPage::reportSaveProblem);
    connectQuestionPane();
    connectSummaryPane();
}

QuizPage::~QuizPage() = default;

void QuizPage::connectQuestionPane()
{
    connect(m_question, &QuestionPane::checkRequested, this,
            [this](const Answer& answer) { m_quiz->check(answer); });
    connect(m_question, &QuestionPane::nextRequested, m_quiz, &QuizController::next);
    connect(m_question, &QuestionPane::flagRequested, m_quiz, &QuizController::toggleFlag);
    connect(m_question, &QuestionPane::endRequested, this, &QuizPage::endEarly);
    connect(m_question, &QuestionPane::noteSaved, this, &QuizPage::learnerDataChanged);
    connect(m_question, &QuestionPane::feedbackShown, this, &QuizPage::feedbackShown);
    connect(m_question, &QuestionPane::showInDiagramRequested, this, &QuizPage::showInDiagramRequested);
    connect(m_question, &QuestionPane::showInMatrixRequested, this, &QuizPage::showInMatrixRequested);
    connect(m_question, &QuestionPane::lessonRequested, this, &QuizPage::lessonRequested);
    connect(m_question, &QuestionPane::termRequested, this, &QuizPage::termRequested);
}

void QuizPage::connectSummaryPane()
{
    connect(m_summary, &QuizSummaryPane::examRequested, this, [this] {
        m_quiz->close();
        m_start->chooseMode(QuizMode::Exam);
        showStart();
        m_start->focusStart();
    });
    connect(m_summary, &QuizSummaryPane::retryRequested, m_quiz, &QuizController::retryMissed);
    connect(m_summary, &QuizSummaryPane::againRequested, this, [this] {
        if (!m_quiz->startAgain())
            showStart();
    });
    connect(m_summary, &QuizSummaryPane::newQuizRequested, this, [this] {
        m_quiz->close();
        showStart();
        m_start->focusStart();
    });
    connect(m_summary, &QuizSummaryPane::lessonRequested, this, &QuizPage::lessonRequested);
    connect(m_summary, &QuizSummaryPane::termRequested, this, &QuizPage::termRequested);
}

Status QuizPage::reload()
{
    if (Status s = m_quiz->reload(); !s)
        return s;
    m_question->setCourse(m_quiz->topics(), m_quiz->sources());
    m_start->showTopics(*m_quiz);
    m_start->showCounts(*m_quiz);
    if (!isRunning() && m_panes->currentWidget() != m_summary)
        showStart();
    return {};
}

Status QuizPage::refreshLearnerState()
{
    if (Status s = m_quiz->refreshLearnerState(); !s)
        return s;
    m_start->showCounts(*m_quiz);
    return {};
}

bool QuizPage::start(const QuizOptions& options, qint64 timeLimitMs)
{
    return m_quiz->start(options, timeLimitMs);
}

bool QuizPage::startWith(const QStringList& questionIds, QuizMode mode)
{
    return m_quiz->startWith(questionIds, mode);
}

void QuizPage::chooseMode(QuizMode mode)
{
    m_start->chooseMode(mode);
    if (!isRunning())
        showStart();
}

QuizSession* QuizPage::session() const { return m_quiz->session(); }

bool QuizPage::isRunning() const { return m_quiz->isRunning() && m_panes->currentWidget() == m_question; }

int QuizPage::questionCount() const { return int(m_quiz->bank().size()); }

const QList<Question>& QuizPage::bank() const { return m_quiz->bank(); }

int QuizPage::mistakeCount() const { return m_quiz->mistakeCount(); }

QString QuizPage::currentQuestionId() const { return m_quiz->currentQuestionId(); }

NotePanel* QuizPage::notePanel() const { return m_question->notePanel(); }

void QuizPage::showStart()
{
    controls::switchPage(m_panes, m_start, [this] { focusContent(); });
}

void QuizPage::focusContent()
{
    if (m_panes->currentWidget() == m_start)
        m_start->focusStart();
    else if (m_panes->currentWidget() == m_question)
        m_question->focusContent();
    else
        m_summary->focusContent();
}

void QuizPage::endEarly()
{
    const QuizSession* session = m_quiz->session();
    if (!m_quiz->isRunning())
        return;
    if (session->mode() == QuizMode::Exam) {
        const int left = session->count() - int(session->outcomes().size());
        QMessageBox ask(QMessageBox::Question, tr("End the exam?"),
                        tr("End the exam now? The %n question(s) not answered yet count as not answered, "
                           "so this exam will not be passed.",
                           nullptr, left),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("endExamBox"));
        QAbstractButton* end = ask.addButton(tr("&End Exam"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(ask.addButton(tr("&Keep Going"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() != end)
            return;
    }
    m_quiz->endEarly();
}

void QuizPage::showSummary(const QuizSummary& summary)
{
    controls::switchPage(m_panes, m_summary, [this] { focusContent(); });
    m_summary->showSummary(summary, *m_quiz);
    // The start page's counts for the next quiz; the answers themselves are saved already.
    if (Status s = refreshLearnerState(); !s)
        m_summary->addProblem(
            tr("Your progress cannot be read again for the next quiz: %1").arg(s.errorMessage()));
}

void QuizPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (m_panes->currentWidget() == m_start && plain && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        m_start->requestStart();
        event->accept();
    } else if (m_panes->currentWidget() == m_question && m_question->handleKey(event)) {
        event->accept();
    } else {
        QWidget::keyPressEvent(event);
    }
}

void QuizPage::reportSaveProblem(const QString& message)
{
    m_question->showSaveProblem(
        tr("This answer could not be saved: %1. Your earlier answers are safe; the quiz goes on, "
           "and saving is tried again with the next answer.")
            .arg(message));
}

} // namespace demarc
