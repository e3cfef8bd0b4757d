// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionPane.h"

#include "ChoiceButton.h"
#include "ClassifyBoard.h"
#include "QuizParts.h"
#include "ui/common/Card.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/common/NotePanel.h"
#include "ui/common/ProblemLabel.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/common/ScaledFont.h"
#include "ui/common/SpokenWidgets.h"
#include "ui/paint/ViewIcons.h"

#include "core/quiz/QuestionText.h"
#include "core/quiz/TermQuestions.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace demarc {

namespace {

/** The term a glossary review card is about: its right choice. */
QString termOfCard(const Question& card)
{
    const auto right =
        std::find_if(card.choices.cbegin(), card.choices.cend(), [](const Choice& c) { return c.correct; });
    return right != card.choices.cend() ? right->text : card.term;
}

/** What a question points at in the diagram and the matrix: its service, else its model. */
QString selectionOf(const Question& q) { return !q.service.isEmpty() ? q.service : q.model; }

} // namespace

QuestionPane::QuestionPane(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("quizQuestionPane"));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(metrics::page());
    v->setSpacing(metrics::Small);
    v->addLayout(buildHeader());
    v->addWidget(buildBody(), 1);
    m_saveProblemLabel = new ProblemLabel;
    m_saveProblemLabel->setObjectName(QStringLiteral("saveProblemLabel"));
    m_saveProblemLabel->hide();
    v->addWidget(m_saveProblemLabel);
    v->addLayout(buildButtons());
}

QuestionPane::~QuestionPane() = default;

QLayout* QuestionPane::buildHeader()
{
    auto* top = new QHBoxLayout;
    m_modeLabel = heading({}, 1.0, "quizModeLabel");
    m_modeLabel->setWordWrap(false);
    m_positionLabel = new QLabel;
    m_positionLabel->setObjectName(QStringLiteral("quizPositionLabel"));
    // Wide enough for any count, so the progress bar beside it does not move from question to question.
    m_positionLabel->setMinimumWidth(
        fontMetrics().horizontalAdvance(tr("Question %1 of %2").arg(9999).arg(9999)));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("quizProgressBar"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    m_progress->setAccessibleName(tr("Progress through the quiz"));
    m_timerLabel = new QLabel;
    m_timerLabel->setObjectName(QStringLiteral("quizTimerLabel"));
    m_flagLabel = new QLabel;
    m_flagLabel->setObjectName(QStringLiteral("quizFlagLabel"));
    top->addWidget(m_modeLabel);
    top->addSpacing(metrics::Medium);
    top->addWidget(m_positionLabel);
    top->addSpacing(metrics::Medium);
    top->addWidget(m_progress, 1);
    top->addSpacing(metrics::Medium);
    top->addWidget(m_flagLabel);
    top->addWidget(m_timerLabel);
    return top;
}

QWidget* QuestionPane::buildBody()
{
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("quizScrollArea"));
    // Not a Tab stop: the options inside are, and the area scrolls to the one with the focus.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A column of comfortable reading width, centred on wide screens.
    auto* page = new QWidget;
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, metrics::Small, 0);
    auto* body = new QWidget;
    body->setObjectName(QStringLiteral("quizColumn"));
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    pageLayout->addStretch(1);
    pageLayout->addWidget(body, 1000);
    pageLayout->addStretch(1);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(metrics::Medium);
    m_topicLabel = new QLabel;
    m_topicLabel->setObjectName(QStringLiteral("quizTopicLabel"));
    m_topicLabel->setForegroundRole(QPalette::PlaceholderText);
    m_topicLabel->setWordWrap(true);
    m_promptLabel = new QLabel;
    m_promptLabel->setObjectName(QStringLiteral("quizPromptLabel"));
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setTextFormat(Qt::PlainText);
    m_promptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setScaledFont(m_promptLabel, 1.3);
    m_instructionLabel = new QLabel;
    m_instructionLabel->setObjectName(QStringLiteral("quizInstructionLabel"));
    m_instructionLabel->setWordWrap(true);
    m_instructionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_choicesBox = new QWidget;
    m_choicesBox->setObjectName(QStringLiteral("choicesBox"));
    m_choicesLayout = new QVBoxLayout(m_choicesBox);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout->setSpacing(metrics::Small);
    m_choiceGroup = new QButtonGroup(this);
    m_choiceGroup->setExclusive(true);
    m_board = new ClassifyBoard;
    m_board->hide();
    connect(m_board, &ClassifyBoard::changed, this, &QuestionPane::updatePrimaryButton);

    // The question and its options, one group a screen reader names by the question: entering
    // an option of a new question, the reader says the question first.
    m_questionArea = new NamedGroup;
    m_questionArea->setObjectName(QStringLiteral("questionArea"));
    auto* areaLayout = new QVBoxLayout(m_questionArea);
    areaLayout->setContentsMargins(0, 0, 0, 0);
    areaLayout->setSpacing(bodyLayout->spacing());
    areaLayout->addWidget(m_promptLabel);
    areaLayout->addWidget(m_instructionLabel);
    areaLayout->addWidget(m_choicesBox);
    areaLayout->addWidget(m_board);
    bodyLayout->addWidget(m_topicLabel);
    // The question on a card; its options show the focus themselves.
    auto* card = new Card(m_questionArea, metrics::Large);
    card->setShowsFocus(false);
    bodyLayout->addWidget(card);
    bodyLayout->addWidget(buildFeedback());
    bodyLayout->addStretch(1);
    m_scroll->setWidget(page);
    return m_scroll;
}

QWidget* QuestionPane::buildFeedback()
{
    m_feedbackBox = new QWidget;
    m_feedbackBox->setObjectName(QStringLiteral("feedbackBox"));
    auto* fb = new QVBoxLayout(m_feedbackBox);
    fb->setContentsMargins(0, 0, 0, 0);
    // The verdict, spoken as it appears while the focus moves on to Next.
    m_verdictLabel = new Announcement;
    m_verdictLabel->setObjectName(QStringLiteral("verdictLabel"));
    m_verdictLabel->setWordWrap(true);
    m_verdictLabel->setTextFormat(Qt::PlainText);
    setScaledFont(m_verdictLabel, 1.15, true);
    fb->addWidget(m_verdictLabel);
    // Made in the order they are read, which is the order Tab takes.
    auto* links = new QHBoxLayout;
    m_diagramButton = quizparts::button(tr("Show in &diagram"), "showInDiagramButton");
    m_matrixButton = quizparts::button(tr("Show in &matrix"), "showInMatrixButton");
    m_lessonButton = quizparts::button(tr("Open the &lesson"), "openLessonButton");
    m_termButton = quizparts::button(tr("Open in the &glossary"), "openTermButton");
    m_diagramButton->setIcon(viewicons::action(QStringLiteral("diagram")));
    m_matrixButton->setIcon(viewicons::action(QStringLiteral("matrix")));
    m_lessonButton->setIcon(viewicons::action(QStringLiteral("lessons")));
    m_termButton->setIcon(viewicons::action(QStringLiteral("glossary")));
    m_feedback = new ReadingBrowser;
    m_feedback->setObjectName(QStringLiteral("feedbackBrowser"));
    m_feedback->setAccessibleName(tr("Explanation"));
    m_feedback->setGrowsWithContent(true);
    connect(m_feedback, &ReadingBrowser::lessonActivated, this, &QuestionPane::lessonRequested);
    connect(m_feedback, &ReadingBrowser::termActivated, this, &QuestionPane::termRequested);
    for (QPushButton* b : { m_diagramButton, m_matrixButton, m_lessonButton, m_termButton })
        links->addWidget(b);
    links->addStretch();
    fb->addLayout(links);
    fb->addWidget(new Card(m_feedback, metrics::Tight));
    m_note = new NotePanel;
    m_note->setBookmarkShown(false); // questions are flagged with F
    m_note->layout()->setContentsMargins(0, metrics::Tight, 0, 0);
    m_note->hide();
    fb->addWidget(m_note);
    connect(m_note, &NotePanel::noteSaved, this, &QuestionPane::noteSaved);
    connect(m_note, &NotePanel::errorOccurred, this, &QuestionPane::showSaveProblem);
    m_feedbackBox->hide();
    connect(m_diagramButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = shown())
            emit showInDiagramRequested(selectionOf(*q), q->layer);
    });
    connect(m_matrixButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = shown())
            emit showInMatrixRequested(selectionOf(*q), q->layer);
    });
    connect(m_lessonButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = shown())
            emit lessonRequested(q->lesson);
    });
    connect(m_termButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = shown())
            emit termRequested(q->term);
    });
    return m_feedbackBox;
}

QLayout* QuestionPane::buildButtons()
{
    auto* bottom = new QHBoxLayout;
    m_flagButton = quizparts::button(tr("⚑ &Flag for review (F)"), "flagButton");
    m_flagButton->setAccessibleName(controls::spokenText(m_flagButton->text()));
    m_flagButton->setCheckable(true);
    m_flagButton->setFocusPolicy(Qt::TabFocus);
    m_endButton = quizparts::button(tr("&End quiz"), "endQuizButton");
    m_endButton->setIcon(viewicons::action(QStringLiteral("end")));
    m_endButton->setFocusPolicy(Qt::TabFocus);
    m_skipButton = quizparts::button(tr("S&kip (K)"), "skipButton");
    m_skipButton->setIcon(viewicons::action(QStringLiteral("skip")));
    m_skipButton->setFocusPolicy(Qt::TabFocus);
    m_skipButton->setToolTip(
        tr("Move on without answering: the question counts as skipped, not as a wrong answer"));
    m_primaryButton = quizparts::button(tr("Check"), "primaryButton");
    m_primaryButton->setFocusPolicy(Qt::TabFocus);
    setScaledFont(m_primaryButton, 1.15, true);
    m_primaryButton->setMinimumWidth(200);
    bottom->addWidget(m_flagButton);
    bottom->addWidget(m_endButton);
    bottom->addWidget(m_skipButton);
    bottom->addStretch();
    bottom->addWidget(m_primaryButton);

    connect(m_primaryButton, &QPushButton::clicked, this, &QuestionPane::primaryAction);
    // The button shows the session's flag again once flagRequested() has changed it (updateHeader()).
    connect(m_flagButton, &QPushButton::clicked, this, &QuestionPane::flagRequested);
    connect(m_endButton, &QPushButton::clicked, this, &QuestionPane::endRequested);
    connect(m_skipButton, &QPushButton::clicked, this, &QuestionPane::skip);
    // K skips wherever the focus is in the question, the sorting board included (it takes
    // letters of its own), and nowhere else in the window.
    auto* skipKey = new QShortcut(QKeySequence(Qt::Key_K), this, this, &QuestionPane::skip);
    skipKey->setContext(Qt::WidgetWithChildrenShortcut);
    return bottom;
}

void QuestionPane::setCourse(const QList<Topic>& topics, const QList<Source>& sources)
{
    m_topics = topics;
    m_sources = ReadingBrowser::sourceCatalog(sources);
}

void QuestionPane::setNoteStore(LearnerRepository* store)
{
    m_note->setStore(store);
    m_note->setVisible(store != nullptr);
}

void QuestionPane::setTrial(bool trial)
{
    m_trial = trial;
    m_flagButton->setVisible(!trial);
    m_endButton->setVisible(!trial);
    m_skipButton->setVisible(!trial);
}

const Question* QuestionPane::shown() const
{
    return m_session && !m_session->isFinished() ? &m_session->current() : nullptr;
}

void QuestionPane::showQuestion(QuizSession& session)
{
    m_session = &session;
    if (session.isFinished())
        return;
    const Question& q = session.current();
    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    m_feedbackBox->hide();
    m_feedback->clear();

    // The fact numbers behind a question are for the pack's authors (the Editor shows them).
    const QString topicLine = tr("Topic: %1").arg(topicTitle(m_topics, q.topic));
    m_topicLabel->setText(topicLine);
    m_promptLabel->setText(q.prompt);
    m_questionArea->setAccessibleName(
        tr("Question %1 of %2: %3").arg(session.position() + 1).arg(session.count()).arg(q.prompt));
    m_verdictLabel->hide();
    m_primaryButton->setAccessibleDescription(QString());
    showChoices(q);
    updateHeader();
    updatePrimaryButton();
    m_scroll->verticalScrollBar()->setValue(0);
    focusContent();
}

void QuestionPane::showChoices(const Question& q)
{
    if (q.assignsParties()) {
        m_choicesBox->hide();
        m_board->setQuestion(q);
        m_board->show();
        m_instructionLabel->setText(
            q.type == QuestionType::Split
                ? tr("%1 is a shared control. Sort each part: 1 AWS's part, 2 the customer's part "
                     "(↑ ↓ to pick an item, 0 to send it back), or drag it.")
                      .arg(q.control)
                : tr("Sort each task to whoever is responsible: 1 AWS, 2 the customer, 3 shared "
                     "(↑ ↓ to pick a task, 0 to send it back), or drag it."));
        return;
    }
    m_board->hide();
    m_choicesBox->show();
    const bool several = q.type == QuestionType::Multiple;
    int n = 0;
    for (const Choice& c : q.choices) {
        auto* b =
            new ChoiceButton(++n, c.text, several ? ChoiceButton::Mark::Check : ChoiceButton::Mark::Radio);
        b->setObjectName(QStringLiteral("choiceButton%1").arg(n));
        b->setProperty("choiceId", c.id);
        // One answer: a group, of which Tab reaches the chosen option and the arrows move along.
        // Several: each option its own Tab stop, as check boxes are (Qt treats any group as a row).
        if (!several)
            m_choiceGroup->addButton(b);
        m_choicesLayout->addWidget(b);
        b->show(); // at once, not when the layout gets to it: it may take the focus now
        m_choiceButtons.append(b);
        connect(b, &QAbstractButton::toggled, this, &QuestionPane::updatePrimaryButton);
    }
    // The options are made per question, so they would join the end of the window's focus
    // chain, after the buttons below them: Tab takes everything in the order it is read.
    QList<QWidget*> order(m_choiceButtons.cbegin(), m_choiceButtons.cend());
    order += controls::tabStopsIn(m_board);
    order += controls::tabStopsIn(m_feedbackBox);
    order += { m_flagButton, m_endButton, m_skipButton, m_primaryButton };
    controls::setTabOrder(order);
    m_instructionLabel->setText(
        several ? tr("Select all that apply (1–%1), then check with Space or Enter.").arg(n)
                : tr("Choose one answer (1–%1), then check with Space or Enter.").arg(n));
}

void QuestionPane::updateHeader()
{
    const Question* q = shown();
    if (!q)
        return;
    const int shownAt = std::min(m_session->position() + 1, m_session->count());
    m_modeLabel->setText(quizparts::modeName(m_session->mode()));
    m_positionLabel->setText(tr("Question %1 of %2").arg(shownAt).arg(m_session->count()));
    m_progress->setRange(0, m_session->count());
    m_progress->setValue(m_session->position() + (m_session->isAnswered() ? 1 : 0));
    m_progress->setAccessibleDescription(m_positionLabel->text());
    const bool flagged = m_session->isFlagged(q->id);
    m_flagButton->setChecked(flagged);
    controls::setShownText(m_flagLabel, flagged ? tr("⚑ Flagged for review") : QString());
    m_flagLabel->setVisible(flagged);
    const qint64 left = m_session->remainingMs();
    m_timerLabel->setVisible(left >= 0);
    if (left >= 0)
        m_timerLabel->setText(tr("Time left %1").arg(quizparts::clockText(left)));
}

Answer QuestionPane::currentAnswer() const
{
    if (m_board->isVisibleTo(this))
        return m_board->answer();
    Answer a;
    for (const ChoiceButton* b : m_choiceButtons) {
        if (b->isChecked())
            a.chosen.insert(b->property("choiceId").toString());
    }
    return a;
}

bool QuestionPane::hasChoice() const
{
    const Answer a = currentAnswer();
    return !a.chosen.isEmpty() || !a.assigned.isEmpty();
}

void QuestionPane::updatePrimaryButton()
{
    const Question* q = shown();
    if (!q)
        return;
    const bool last = m_session->position() + 1 >= m_session->count();
    const bool answered = m_session->isAnswered();
    m_skipButton->setVisible(!answered && !m_trial);
    if (answered) {
        m_primaryButton->setEnabled(true);
        controls::setShownText(m_primaryButton,
                               m_trial    ? tr("Ask again  ⏎")
                                   : last ? tr("See the results  ⏎")
                                          : tr("Next  ⏎"));
        return;
    }
    // Checking takes a choice; moving on without one is Skip, its own action.
    const bool empty = !hasChoice();
    m_primaryButton->setEnabled(!empty);
    if (empty) {
        controls::setShownText(m_primaryButton,
                               q->assignsParties() ? tr("Sort a statement first") : tr("Choose an answer"));
    } else if (m_session->showsFeedbackAtOnce()) {
        if (q->assignsParties() && m_board->sortedCount() < m_board->itemCount())
            controls::setShownText(
                m_primaryButton,
                tr("Check (%1 of %2 sorted)  ⏎").arg(m_board->sortedCount()).arg(m_board->itemCount()));
        else
            controls::setShownText(m_primaryButton, tr("Check  ⏎"));
    } else {
        controls::setShownText(m_primaryButton, last ? tr("Finish the exam  ⏎") : tr("Next  ⏎"));
    }
}

void QuestionPane::primaryAction()
{
    if (!shown())
        return;
    if (m_session->isAnswered())
        emit(m_trial ? againRequested() : nextRequested());
    else if (hasChoice())
        emit checkRequested(currentAnswer());
}

void QuestionPane::skip()
{
    if (!m_trial && shown() && !m_session->isAnswered())
        emit nextRequested();
}

void QuestionPane::showFeedback(const QuizOutcome& outcome)
{
    const Question* shownQuestion = shown();
    if (!shownQuestion)
        return;
    const Question& q = *shownQuestion;
    if (q.assignsParties()) {
        m_board->showVerdicts(q, outcome.answer);
    } else {
        for (ChoiceButton* b : std::as_const(m_choiceButtons)) {
            const QString id = b->property("choiceId").toString();
            const auto c = std::find_if(q.choices.cbegin(), q.choices.cend(),
                                        [&](const Choice& x) { return x.id == id; });
            if (c != q.choices.cend())
                b->setVerdict(choiceVerdict(q, *c, outcome.answer), choiceVerdictText(q, *c, outcome.answer));
        }
    }
    QString md = choicesFeedbackMarkdown(q, outcome.answer);
    if (!q.lesson.isEmpty())
        md += QStringLiteral("\n[%1](lesson:%2)\n").arg(tr("Read the lesson"), q.lesson);
    md += ReadingBrowser::sourcesMarkdown(q.sources, m_sources);
    m_feedback->setReadingMarkdown(md);
    if (q.term.isEmpty())
        m_note->setTarget(NoteTarget::question(q.id), tr("this question"));
    else
        m_note->setTarget(NoteTarget::term(q.term), termOfCard(q));
    const bool located = !q.layer.isEmpty() || !q.model.isEmpty() || !q.service.isEmpty();
    m_diagramButton->setVisible(located);
    m_matrixButton->setVisible(located);
    m_lessonButton->setVisible(!q.lesson.isEmpty());
    m_termButton->setVisible(!q.term.isEmpty());
    m_feedbackBox->show();
    const QString verdict = spokenVerdict(q, outcome.grade);
    m_verdictLabel->setText((outcome.grade.correct ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + verdict);
    m_verdictLabel->setAccessibleName(verdict);
    m_verdictLabel->show();
    updateHeader();
    updatePrimaryButton();
    // Said again with the button the focus moves to, for a reader that missed the announcement.
    m_primaryButton->setAccessibleDescription(verdict);
    m_primaryButton->setFocus(Qt::OtherFocusReason);
    // If the explanation starts below the fold, scroll just enough to show its first lines,
    // keeping as much of the marked answers in view as possible.
    QTimer::singleShot(0, this, [this] {
        const int top = m_feedbackBox->mapTo(m_scroll->widget(), QPoint(0, 0)).y();
        m_scroll->ensureVisible(0, top + fontMetrics().height() * 3, 0, fontMetrics().height() / 2);
    });
    emit feedbackShown(q.id);
}

void QuestionPane::showSaveProblem(const QString& message)
{
    m_saveProblemLabel->setText(message);
    m_saveProblemLabel->show();
}

void QuestionPane::clearSaveProblem() { m_saveProblemLabel->hide(); }

void QuestionPane::focusContent()
{
    if (!shown())
        return;
    if (m_session->isAnswered())
        m_primaryButton->setFocus(Qt::OtherFocusReason);
    else if (m_board->isVisibleTo(this))
        m_board->focusItems();
    else if (!m_choiceButtons.isEmpty())
        m_choiceButtons.first()->setFocus(Qt::OtherFocusReason);
}

void QuestionPane::pick(int number)
{
    if (!shown() || m_session->isAnswered() || m_session->current().assignsParties())
        return;
    if (number < 1 || number > m_choiceButtons.size())
        return;
    ChoiceButton* b = m_choiceButtons.at(number - 1);
    if (m_session->current().type == QuestionType::Multiple)
        b->setChecked(!b->isChecked());
    else
        b->setChecked(true);
    b->setFocus(Qt::OtherFocusReason);
}

void QuestionPane::moveFocus(int step)
{
    if (m_choiceButtons.isEmpty())
        return;
    qsizetype at = -1;
    for (qsizetype i = 0; i < m_choiceButtons.size(); ++i) {
        if (m_choiceButtons.at(i)->hasFocus())
            at = i;
    }
    const qsizetype next = std::clamp<qsizetype>(at < 0 ? 0 : at + step, 0, m_choiceButtons.size() - 1);
    m_choiceButtons.at(next)->setFocus(Qt::OtherFocusReason);
    m_scroll->ensureWidgetVisible(m_choiceButtons.at(next));
}

bool QuestionPane::handleKey(QKeyEvent* event)
{
    const int key = event->key();
    if (!shown() || (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)))
        return false;
    if (key >= Qt::Key_1 && key <= Qt::Key_9)
        pick(key - Qt::Key_0);
    else if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter)
        primaryAction();
    else if (key == Qt::Key_F && !m_trial)
        emit flagRequested();
    else if (key == Qt::Key_Up || key == Qt::Key_Down)
        moveFocus(key == Qt::Key_Up ? -1 : 1);
    else
        return false;
    return true;
}

void QuestionPane::keyPressEvent(QKeyEvent* event)
{
    if (handleKey(event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

} // namespace demarc
