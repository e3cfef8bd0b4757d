// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizPage.h"

#include "Plural.h"

#include "BarChart.h"
#include "ChoiceButton.h"
#include "ClassifyBoard.h"
#include "NotePanel.h"
#include "ReadingBrowser.h"
#include "core/LearnerRepository.h"
#include "core/MarkdownText.h"
#include "core/QuestionText.h"
#include "core/TermQuestions.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace demarc {

namespace {

constexpr int DefaultTimeLimitMinutes = 30;

QLabel* heading(const QString& text, qreal scale, const char* name)
{
    auto* label = new QLabel(text);
    label->setObjectName(QLatin1String(name));
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setBold(true);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QPushButton* button(const QString& text, const char* name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

QString modeName(QuizMode mode)
{
    switch (mode) {
    case QuizMode::Practice:
        return QuizPage::tr("Practice");
    case QuizMode::Exam:
        return QuizPage::tr("Exam");
    case QuizMode::Mistakes:
        return QuizPage::tr("Mistakes");
    case QuizMode::Review:
        return QuizPage::tr("Review");
    }
    return {};
}

QString clockText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

/** The term a glossary review card is about: its right choice. */
QString termOfCard(const Question& card)
{
    const auto right = std::find_if(card.choices.cbegin(), card.choices.cend(), [](const Choice& c) { return c.correct; });
    return right != card.choices.cend() ? right->text : card.term;
}

} // namespace

QuizPage::QuizPage(const ContentRepository& content, LearnerRepository& learner, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_learner(learner)
    , m_clock(clock)
    , m_recorder(learner, clock)
    , m_panes(new QStackedWidget)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("quizPage"));
    m_panes->setObjectName(QStringLiteral("quizPanes"));
    m_panes->addWidget(buildStartPane());
    m_panes->addWidget(buildQuestionPane());
    m_panes->addWidget(buildSummaryPane());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_panes);

    m_timer->setInterval(500);
    connect(m_timer, &QTimer::timeout, this, &QuizPage::tick);
}

QuizPage::~QuizPage() = default;

// --- building

QWidget* QuizPage::buildStartPane()
{
    auto* pane = new QWidget;
    pane->setObjectName(QStringLiteral("quizStartPane"));
    auto* outer = new QVBoxLayout(pane);
    outer->setContentsMargins(32, 24, 32, 24);
    auto* column = new QWidget;
    column->setMaximumWidth(820);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(12);
    v->addWidget(heading(tr("Quiz"), 1.8, "quizTitleLabel"));
    auto* intro = new QLabel(tr("Every answer is saved the moment you give it. In practice you see at once why each "
                                "option is right or wrong; an exam shows it at the end and is passed only at 100 %."));
    intro->setWordWrap(true);
    v->addWidget(intro);

    auto* modeBox = new QGroupBox(tr("Mode"));
    modeBox->setObjectName(QStringLiteral("quizModeGroup"));
    auto* modeLayout = new QVBoxLayout(modeBox);
    m_modes = new QButtonGroup(this);
    auto addMode = [&](QuizMode mode, const char* name) {
        auto* radio = new QRadioButton;
        radio->setObjectName(QLatin1String(name));
        m_modes->addButton(radio, int(mode));
        modeLayout->addWidget(radio);
        return radio;
    };
    m_practiceRadio = addMode(QuizMode::Practice, "practiceRadio");
    m_examRadio = addMode(QuizMode::Exam, "examRadio");
    m_mistakesRadio = addMode(QuizMode::Mistakes, "mistakesRadio");
    m_reviewRadio = addMode(QuizMode::Review, "reviewRadio");
    m_practiceRadio->setChecked(true);
    v->addWidget(modeBox);

    auto* form = new QFormLayout;
    m_topicCombo = new QComboBox;
    m_topicCombo->setObjectName(QStringLiteral("quizTopicCombo"));
    m_topicCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lengthCombo = new QComboBox;
    m_lengthCombo->setObjectName(QStringLiteral("quizLengthCombo"));
    for (int n : { 10, 20, 40 })
        m_lengthCombo->addItem(plural(n, tr("%1 question"), tr("%1 questions")), n);
    m_lengthCombo->addItem(tr("All"), 0);
    m_lengthCombo->setCurrentIndex(m_lengthCombo->count() - 1);
    auto* limitRow = new QHBoxLayout;
    m_timeLimitCheck = new QCheckBox(tr("&Time limit"));
    m_timeLimitCheck->setObjectName(QStringLiteral("timeLimitCheck"));
    m_timeLimitSpin = new QSpinBox;
    m_timeLimitSpin->setObjectName(QStringLiteral("timeLimitSpin"));
    m_timeLimitSpin->setRange(1, 240);
    m_timeLimitSpin->setValue(DefaultTimeLimitMinutes);
    m_timeLimitSpin->setSuffix(tr(" min"));
    m_timeLimitSpin->setAccessibleName(tr("Time limit in minutes"));
    m_timeLimitSpin->setEnabled(false);
    limitRow->addWidget(m_timeLimitCheck);
    limitRow->addWidget(m_timeLimitSpin);
    limitRow->addStretch();
    form->addRow(tr("T&opics:"), m_topicCombo);
    form->addRow(tr("&Length:"), m_lengthCombo);
    form->addRow(tr("Exam:"), limitRow);
    v->addLayout(form);

    m_startNote = new QLabel;
    m_startNote->setObjectName(QStringLiteral("quizStartNote"));
    m_startNote->setWordWrap(true);
    v->addWidget(m_startNote);

    auto* startRow = new QHBoxLayout;
    m_startButton = button(tr("&Start"), "startQuizButton");
    m_startButton->setDefault(true);
    QFont big = m_startButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_startButton->setFont(big);
    m_startButton->setMinimumWidth(160);
    startRow->addWidget(m_startButton);
    startRow->addStretch();
    v->addLayout(startRow);
    auto* keys = new QLabel(tr("Keys during a quiz: 1–9 choose · Space or Enter check and continue · ↑ ↓ move · F flag for review. "
                               "On a sorting board: ↑ ↓ pick an item, 1 AWS · 2 customer · 3 shared · 0 back, ← → change column; "
                               "or drag the items."));
    keys->setObjectName(QStringLiteral("quizKeysLabel"));
    keys->setWordWrap(true);
    keys->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(keys);
    v->addStretch();
    outer->addWidget(column, 0, Qt::AlignHCenter);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateStartPane();
    });
    connect(m_topicCombo, &QComboBox::currentIndexChanged, this, &QuizPage::updateStartPane);
    connect(m_timeLimitCheck, &QCheckBox::toggled, m_timeLimitSpin, &QWidget::setEnabled);
    connect(m_startButton, &QPushButton::clicked, this, &QuizPage::startFromPane);
    return pane;
}

QWidget* QuizPage::buildQuestionPane()
{
    auto* pane = new QWidget;
    pane->setObjectName(QStringLiteral("quizQuestionPane"));
    auto* v = new QVBoxLayout(pane);
    v->setContentsMargins(24, 16, 24, 12);
    v->setSpacing(8);

    auto* top = new QHBoxLayout;
    m_modeLabel = heading({}, 1.0, "quizModeLabel");
    m_modeLabel->setWordWrap(false);
    m_positionLabel = new QLabel;
    m_positionLabel->setObjectName(QStringLiteral("quizPositionLabel"));
    // Wide enough for any count, so the progress bar beside it does not move from question to question.
    m_positionLabel->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Question %1 of %2").arg(9999).arg(9999)));
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
    top->addSpacing(12);
    top->addWidget(m_positionLabel);
    top->addSpacing(12);
    top->addWidget(m_progress, 1);
    top->addSpacing(12);
    top->addWidget(m_flagLabel);
    top->addWidget(m_timerLabel);
    v->addLayout(top);

    m_scroll = new QScrollArea;
    m_scroll->setObjectName(QStringLiteral("quizScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    // A column of comfortable reading width, centred on wide screens.
    auto* page = new QWidget;
    auto* pageLayout = new QHBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 8, 0);
    auto* body = new QWidget;
    body->setObjectName(QStringLiteral("quizColumn"));
    body->setMaximumWidth(fontMetrics().averageCharWidth() * 130);
    pageLayout->addStretch(1);
    pageLayout->addWidget(body, 1000);
    pageLayout->addStretch(1);
    auto* bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(10);
    m_topicLabel = new QLabel;
    m_topicLabel->setObjectName(QStringLiteral("quizTopicLabel"));
    m_topicLabel->setForegroundRole(QPalette::PlaceholderText);
    m_topicLabel->setWordWrap(true);
    m_promptLabel = new QLabel;
    m_promptLabel->setObjectName(QStringLiteral("quizPromptLabel"));
    m_promptLabel->setWordWrap(true);
    m_promptLabel->setTextFormat(Qt::PlainText);
    m_promptLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_promptLabel->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.3);
    m_promptLabel->setFont(promptFont);
    m_instructionLabel = new QLabel;
    m_instructionLabel->setObjectName(QStringLiteral("quizInstructionLabel"));
    m_instructionLabel->setWordWrap(true);
    m_instructionLabel->setForegroundRole(QPalette::PlaceholderText);
    m_choicesBox = new QWidget;
    m_choicesBox->setObjectName(QStringLiteral("choicesBox"));
    m_choicesLayout = new QVBoxLayout(m_choicesBox);
    m_choicesLayout->setContentsMargins(0, 0, 0, 0);
    m_choicesLayout->setSpacing(8);
    m_choiceGroup = new QButtonGroup(this);
    m_board = new ClassifyBoard;
    m_board->hide();
    connect(m_board, &ClassifyBoard::changed, this, &QuizPage::updatePrimaryButton);

    m_feedbackBox = new QWidget;
    m_feedbackBox->setObjectName(QStringLiteral("feedbackBox"));
    auto* fb = new QVBoxLayout(m_feedbackBox);
    fb->setContentsMargins(0, 0, 0, 0);
    m_feedback = new ReadingBrowser;
    m_feedback->setObjectName(QStringLiteral("feedbackBrowser"));
    m_feedback->setAccessibleName(tr("Explanation"));
    m_feedback->setGrowsWithContent(true);
    connect(m_feedback, &ReadingBrowser::internalLinkActivated, this, [this](const QString& scheme, const QString& id) {
        if (scheme == QLatin1String("lesson"))
            emit lessonRequested(id);
        else if (scheme == QLatin1String("term"))
            emit termRequested(id);
    });
    auto* links = new QHBoxLayout;
    m_diagramButton = button(tr("Show in &diagram"), "showInDiagramButton");
    m_matrixButton = button(tr("Show in &matrix"), "showInMatrixButton");
    m_lessonButton = button(tr("Open the &lesson"), "openLessonButton");
    m_termButton = button(tr("Open in the &glossary"), "openTermButton");
    for (QPushButton* b : { m_diagramButton, m_matrixButton, m_lessonButton, m_termButton })
        links->addWidget(b);
    links->addStretch();
    fb->addLayout(links);
    fb->addWidget(m_feedback);
    m_note = new NotePanel;
    m_note->setStore(&m_learner);
    m_note->setBookmarkShown(false); // questions are flagged with F
    m_note->layout()->setContentsMargins(0, 4, 0, 0);
    fb->addWidget(m_note);
    connect(m_note, &NotePanel::noteSaved, this, &QuizPage::learnerDataChanged);
    connect(m_note, &NotePanel::errorOccurred, this, [this](const QString& message) {
        m_saveProblemLabel->setText(message);
        m_saveProblemLabel->show();
    });
    m_feedbackBox->hide();
    connect(m_diagramButton, &QPushButton::clicked, this, [this] {
        const Question* q = m_session ? m_session->question(m_lastQuestionId) : nullptr;
        if (q)
            emit showInDiagramRequested(!q->service.isEmpty() ? q->service : q->model, q->layer);
    });
    connect(m_matrixButton, &QPushButton::clicked, this, [this] {
        const Question* q = m_session ? m_session->question(m_lastQuestionId) : nullptr;
        if (q)
            emit showInMatrixRequested(!q->service.isEmpty() ? q->service : q->model, q->layer);
    });
    connect(m_lessonButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = m_session ? m_session->question(m_lastQuestionId) : nullptr)
            emit lessonRequested(q->lesson);
    });
    connect(m_termButton, &QPushButton::clicked, this, [this] {
        if (const Question* q = m_session ? m_session->question(m_lastQuestionId) : nullptr)
            emit termRequested(q->term);
    });

    bodyLayout->addWidget(m_topicLabel);
    bodyLayout->addWidget(m_promptLabel);
    bodyLayout->addWidget(m_instructionLabel);
    bodyLayout->addWidget(m_choicesBox);
    bodyLayout->addWidget(m_board);
    bodyLayout->addWidget(m_feedbackBox);
    bodyLayout->addStretch(1);
    m_scroll->setWidget(page);
    v->addWidget(m_scroll, 1);

    m_saveProblemLabel = new QLabel;
    m_saveProblemLabel->setObjectName(QStringLiteral("saveProblemLabel"));
    m_saveProblemLabel->setWordWrap(true);
    m_saveProblemLabel->setStyleSheet(QStringLiteral("color: #B84A00; font-weight: bold;"));
    m_saveProblemLabel->hide();
    v->addWidget(m_saveProblemLabel);

    auto* bottom = new QHBoxLayout;
    m_flagButton = button(tr("⚑ &Flag for review (F)"), "flagButton");
    m_flagButton->setCheckable(true);
    m_flagButton->setFocusPolicy(Qt::TabFocus);
    m_endButton = button(tr("&End quiz"), "endQuizButton");
    m_endButton->setFocusPolicy(Qt::TabFocus);
    m_skipButton = button(tr("S&kip (K)"), "skipButton");
    m_skipButton->setFocusPolicy(Qt::TabFocus);
    m_skipButton->setToolTip(tr("Move on without answering: the question counts as skipped, not as a wrong answer"));
    m_primaryButton = button(tr("Check"), "primaryButton");
    m_primaryButton->setFocusPolicy(Qt::TabFocus);
    QFont big = m_primaryButton->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_primaryButton->setFont(big);
    m_primaryButton->setMinimumWidth(200);
    bottom->addWidget(m_flagButton);
    bottom->addWidget(m_endButton);
    bottom->addWidget(m_skipButton);
    bottom->addStretch();
    bottom->addWidget(m_primaryButton);
    v->addLayout(bottom);

    connect(m_primaryButton, &QPushButton::clicked, this, &QuizPage::primaryAction);
    connect(m_flagButton, &QPushButton::clicked, this, &QuizPage::toggleFlag);
    connect(m_endButton, &QPushButton::clicked, this, &QuizPage::endEarly);
    connect(m_skipButton, &QPushButton::clicked, this, &QuizPage::skip);
    // K skips wherever the focus is in the question, the sorting board included (it takes
    // letters of its own), and nowhere else in the window.
    auto* skipKey = new QShortcut(QKeySequence(Qt::Key_K), pane, this, &QuizPage::skip);
    skipKey->setContext(Qt::WidgetWithChildrenShortcut);
    return pane;
}

QWidget* QuizPage::buildSummaryPane()
{
    auto* pane = new QWidget;
    pane->setObjectName(QStringLiteral("quizSummaryPane"));
    auto* v = new QVBoxLayout(pane);
    v->setContentsMargins(24, 16, 24, 12);
    v->setSpacing(10);
    m_verdictLabel = heading({}, 1.6, "quizVerdictLabel");
    m_summaryDetails = new QLabel;
    m_summaryDetails->setObjectName(QStringLiteral("quizSummaryDetails"));
    m_summaryDetails->setWordWrap(true);
    m_topicBars = new BarChart;
    m_topicBars->setObjectName(QStringLiteral("summaryTopicChart"));
    m_topicBars->setAccessibleName(tr("Score per topic"));
    m_missedBrowser = new ReadingBrowser;
    m_missedBrowser->setObjectName(QStringLiteral("missedBrowser"));
    m_missedBrowser->setAccessibleName(tr("What you missed, with explanations"));
    connect(m_missedBrowser, &ReadingBrowser::internalLinkActivated, this, [this](const QString& scheme, const QString& id) {
        if (scheme == QLatin1String("lesson"))
            emit lessonRequested(id);
        else if (scheme == QLatin1String("term"))
            emit termRequested(id);
    });
    auto* buttons = new QHBoxLayout;
    m_retryButton = button(tr("&Retry mistakes"), "retryMistakesButton");
    m_againButton = button(tr("Take it &again"), "takeAgainButton");
    m_newQuizButton = button(tr("&New quiz"), "newQuizButton");
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_newQuizButton);
    buttons->addStretch();
    v->addWidget(m_verdictLabel);
    v->addWidget(m_summaryDetails);
    v->addWidget(m_topicBars);
    v->addLayout(buttons);
    v->addWidget(m_missedBrowser, 1);
    connect(m_retryButton, &QPushButton::clicked, this, [this] { startWith(m_lastMissed, QuizMode::Mistakes); });
    connect(m_againButton, &QPushButton::clicked, this, [this] {
        QuizOptions o = m_lastOptions;
        o.seed = QRandomGenerator::global()->generate();
        if (!start(o, m_lastTimeLimitMs))
            m_panes->setCurrentIndex(0);
    });
    connect(m_newQuizButton, &QPushButton::clicked, this, [this] {
        m_session.reset();
        updateStartPane();
        m_panes->setCurrentIndex(0);
        m_startButton->setFocus();
    });
    return pane;
}

// --- data

Status QuizPage::reload()
{
    auto bank = m_content.questions();
    if (!bank)
        return Error { bank.errorMessage() };
    auto topics = m_content.topics();
    if (!topics)
        return Error { topics.errorMessage() };
    auto glossary = m_content.glossary();
    if (!glossary)
        return Error { glossary.errorMessage() };
    auto sources = m_content.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    m_bank = std::move(*bank);
    m_topics = std::move(*topics);
    m_glossary = std::move(*glossary);
    m_sources = ReadingBrowser::sourceCatalog(*sources);

    const QString chosenTopic = m_topicCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_topicCombo);
        m_topicCombo->clear();
        m_topicCombo->addItem(plural(m_bank.size(), tr("All topics (%1 question)"), tr("All topics (%1 questions)")), QString());
        for (const Topic& t : std::as_const(m_topics)) {
            const auto n = std::count_if(m_bank.cbegin(), m_bank.cend(), [&](const Question& q) { return q.topic == t.id; });
            if (n > 0)
                m_topicCombo->addItem(tr("%1 (%2)").arg(t.title).arg(n), t.id);
        }
        m_topicCombo->setCurrentIndex(std::max(0, m_topicCombo->findData(chosenTopic)));
    }
    if (Status s = refreshLearnerState(); !s)
        return s;
    if (!isRunning())
        m_panes->setCurrentIndex(m_panes->currentIndex() == 2 ? 2 : 0);
    return {};
}

Status QuizPage::refreshLearnerState()
{
    auto state = readLearnerState(m_learner);
    if (!state)
        return Error { state.errorMessage() };
    m_state = std::move(*state);
    if (Status s = m_recorder.load(); !s)
        return s;
    updateStartPane();
    return {};
}

int QuizPage::mistakeCount() const
{
    QuizOptions o;
    o.mode = QuizMode::Mistakes;
    return int(selectQuestions(o, m_bank, {}, m_state, m_recorder.scheduler()).size());
}


QString QuizPage::topicTitle(const QString& topicId) const
{
    if (topicId == GlossaryTopic)
        return tr("Glossary");
    for (const Topic& t : m_topics) {
        if (t.id == topicId)
            return t.title;
    }
    return topicId;
}

bool QuizPage::isRunning() const { return m_session && !m_session->isFinished() && m_panes->currentIndex() == 1; }

QString QuizPage::currentQuestionId() const { return m_lastQuestionId; }

void QuizPage::focusContent()
{
    switch (m_panes->currentIndex()) {
    case 0:
        m_startButton->setFocus(Qt::OtherFocusReason);
        break;
    case 1:
        if (m_session && m_session->isAnswered())
            m_primaryButton->setFocus(Qt::OtherFocusReason);
        else if (m_board->isVisibleTo(this))
            m_board->focusItems();
        else if (!m_choiceButtons.isEmpty())
            m_choiceButtons.first()->setFocus(Qt::OtherFocusReason);
        break;
    default:
        (m_lastMissed.isEmpty() ? m_newQuizButton : m_retryButton)->setFocus(Qt::OtherFocusReason);
        break;
    }
}

void QuizPage::updateStartPane()
{
    const ReviewCount due = countReview(m_bank, m_glossary, m_state, m_recorder.scheduler());
    const int dueQuestions = due.questions;
    const int dueTerms = due.terms;
    const int mistakes = mistakeCount();
    m_practiceRadio->setText(tr("&Practice — feedback after every answer, with why each option is right or wrong"));
    m_examRadio->setText(tr("E&xam — feedback at the end; passed only at 100 %"));
    m_mistakesRadio->setText(mistakes > 0 ? plural(mistakes, tr("&Mistakes — the %1 question you last answered wrongly"), tr("&Mistakes — the %1 questions you last answered wrongly"))
                                          : tr("&Mistakes — nothing to retry yet"));
    m_reviewRadio->setText(dueQuestions + dueTerms > 0
                               ? tr("&Review due — %1 and %2, spaced by SM-2")
                                     .arg(plural(dueQuestions, tr("%1 question"), tr("%1 questions")), plural(dueTerms, tr("%1 glossary term"), tr("%1 glossary terms")))
                               : tr("&Review due — nothing is due now"));
    m_mistakesRadio->setEnabled(mistakes > 0);
    m_reviewRadio->setEnabled(dueQuestions + dueTerms > 0);
    if (!m_modes->checkedButton() || !m_modes->checkedButton()->isEnabled())
        m_practiceRadio->setChecked(true);
    const auto mode = static_cast<QuizMode>(m_modes->checkedId());
    m_timeLimitCheck->setEnabled(mode == QuizMode::Exam);
    m_timeLimitSpin->setEnabled(mode == QuizMode::Exam && m_timeLimitCheck->isChecked());
    m_lengthCombo->setEnabled(mode == QuizMode::Practice || mode == QuizMode::Exam);
    m_topicCombo->setEnabled(mode != QuizMode::Review);
    switch (mode) {
    case QuizMode::Practice:
        m_startNote->setText(tr("Questions come in a new order each time. Check each answer to see the explanations."));
        break;
    case QuizMode::Exam:
        m_startNote->setText(tr("No feedback until the end, no time limit unless you set one. "
                                "You pass when every answer is right; keep retaking it until you do."));
        break;
    case QuizMode::Mistakes:
        m_startNote->setText(tr("Only the questions whose latest answer was wrong, with feedback after each."));
        break;
    case QuizMode::Review:
        m_startNote->setText(tr("Questions and glossary terms come back for review after 1 day, then 6, then longer "
                                "intervals while you keep getting them right (the SM-2 schedule); flagged questions "
                                "come back at once. A few new glossary terms join each review."));
        break;
    }
}

void QuizPage::chooseMode(QuizMode mode)
{
    if (QAbstractButton* b = m_modes->button(int(mode)); b && b->isEnabled())
        b->setChecked(true);
    if (!isRunning())
        m_panes->setCurrentIndex(0);
}

// --- running

void QuizPage::startFromPane()
{
    QuizOptions o;
    o.mode = static_cast<QuizMode>(m_modes->checkedId());
    if (const QString topic = m_topicCombo->currentData().toString(); !topic.isEmpty() && o.mode != QuizMode::Review)
        o.topics = { topic };
    if (o.mode == QuizMode::Practice || o.mode == QuizMode::Exam)
        o.limit = m_lengthCombo->currentData().toInt();
    o.seed = QRandomGenerator::global()->generate();
    const qint64 limit = o.mode == QuizMode::Exam && m_timeLimitCheck->isChecked() ? qint64(m_timeLimitSpin->value()) * 60000 : 0;
    if (!start(o, limit))
        m_startNote->setText(tr("There are no questions for this choice."));
}

bool QuizPage::start(const QuizOptions& options, qint64 timeLimitMs)
{
    m_lastOptions = options;
    m_lastTimeLimitMs = timeLimitMs;
    return begin(options.mode, selectQuestions(options, m_bank, m_glossary, m_state, m_recorder.scheduler()), timeLimitMs);
}

bool QuizPage::startWith(const QStringList& questionIds, QuizMode mode)
{
    QList<Question> questions;
    for (const QString& id : questionIds) {
        const auto it = std::find_if(m_bank.cbegin(), m_bank.cend(), [&](const Question& q) { return q.id == id; });
        if (it != m_bank.cend()) {
            questions.append(*it);
        } else if (const QString term = termIdOfItem(id); !term.isEmpty()) {
            for (const GlossaryTerm& t : std::as_const(m_glossary)) {
                if (t.id == term)
                    questions.append(termQuestion(t, m_glossary, QRandomGenerator::global()->generate()));
            }
        }
    }
    return begin(mode, questions, 0);
}

bool QuizPage::begin(QuizMode mode, QList<Question> questions, qint64 timeLimitMs)
{
    if (questions.isEmpty())
        return false;
    m_session = std::make_unique<QuizSession>(mode, std::move(questions), m_clock);
    if (m_session->count() == 0) {
        m_session.reset();
        return false;
    }
    m_session->restoreFlags(m_state.flagged);
    if (timeLimitMs > 0) {
        m_session->setTimeLimit(timeLimitMs);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    connect(m_session.get(), &QuizSession::finished, this, [this](const QuizSummary& summary) {
        m_timer->stop();
        reportSaveProblem(m_recorder.finish(summary));
        emit learnerDataChanged();
        showSummary(summary);
    });
    connect(m_session.get(), &QuizSession::flagChanged, this, [this](const QString& id, bool flagged) {
        const Status s = m_learner.setFlagged(id, flagged);
        reportSaveProblem(s);
        if (s) {
            if (flagged)
                m_state.flagged.insert(id);
            else
                m_state.flagged.remove(id);
            emit learnerDataChanged();
        }
    });
    m_saveProblemLabel->hide();
    m_panes->setCurrentIndex(1);
    showQuestion();
    return true;
}

void QuizPage::showQuestion()
{
    if (!m_session || m_session->isFinished())
        return;
    const Question& q = m_session->current();
    m_lastQuestionId = q.id;

    qDeleteAll(m_choiceButtons);
    m_choiceButtons.clear();
    m_feedbackBox->hide();
    m_feedback->clear();

    QString topicLine = tr("Topic: %1").arg(topicTitle(q.topic));
    if (!q.facts.isEmpty()) {
        QStringList facts;
        for (int f : q.facts)
            facts.append(QString::number(f));
        topicLine += QStringLiteral(" · ") + tr("Facts %1").arg(facts.join(QStringLiteral(", ")));
    }
    m_topicLabel->setText(topicLine);
    m_promptLabel->setText(q.prompt);
    m_promptLabel->setAccessibleName(tr("Question %1 of %2").arg(m_session->position() + 1).arg(m_session->count()));
    m_promptLabel->setAccessibleDescription(q.prompt);

    if (q.assignsParties()) {
        m_choicesBox->hide();
        m_board->setQuestion(q);
        m_board->show();
        m_instructionLabel->setText(q.type == QuestionType::Split
                                        ? tr("%1 is a shared control. Sort each part: 1 AWS's part, 2 the customer's part "
                                             "(↑ ↓ to pick an item, 0 to send it back), or drag it.").arg(q.control)
                                        : tr("Sort each task to whoever is responsible: 1 AWS, 2 the customer, 3 shared "
                                             "(↑ ↓ to pick a task, 0 to send it back), or drag it."));
    } else {
        m_board->hide();
        m_choicesBox->show();
        const bool several = q.type == QuestionType::Multiple;
        m_choiceGroup->setExclusive(!several);
        int n = 0;
        for (const Choice& c : q.choices) {
            auto* b = new ChoiceButton(++n, c.text, several ? ChoiceButton::Mark::Check : ChoiceButton::Mark::Radio);
            b->setObjectName(QStringLiteral("choiceButton%1").arg(n));
            b->setProperty("choiceId", c.id);
            m_choiceGroup->addButton(b);
            m_choicesLayout->addWidget(b);
            m_choiceButtons.append(b);
            connect(b, &QAbstractButton::toggled, this, &QuizPage::updatePrimaryButton);
        }
        m_instructionLabel->setText(several ? tr("Select all that apply (1–%1), then check with Space or Enter.").arg(n)
                                            : tr("Choose one answer (1–%1), then check with Space or Enter.").arg(n));
    }
    m_flagButton->setChecked(m_session->isFlagged(q.id));
    updateHeader();
    updatePrimaryButton();
    m_scroll->verticalScrollBar()->setValue(0);
    if (q.assignsParties())
        m_board->focusItems();
    else if (!m_choiceButtons.isEmpty())
        m_choiceButtons.first()->setFocus(Qt::OtherFocusReason);
}

void QuizPage::updateHeader()
{
    if (!m_session)
        return;
    const int shown = std::min(m_session->position() + 1, m_session->count());
    m_modeLabel->setText(modeName(m_session->mode()));
    m_positionLabel->setText(tr("Question %1 of %2").arg(shown).arg(m_session->count()));
    m_progress->setRange(0, m_session->count());
    m_progress->setValue(m_session->position() + (m_session->isAnswered() ? 1 : 0));
    m_progress->setAccessibleDescription(m_positionLabel->text());
    const bool flagged = m_session->isFlagged(m_lastQuestionId);
    m_flagLabel->setText(flagged ? tr("⚑ Flagged for review") : QString());
    m_flagLabel->setVisible(flagged);
    const qint64 left = m_session->remainingMs();
    m_timerLabel->setVisible(left >= 0);
    if (left >= 0)
        m_timerLabel->setText(tr("Time left %1").arg(clockText(left)));
}

Answer QuizPage::currentAnswer() const
{
    if (m_session->current().assignsParties())
        return m_board->answer();
    Answer a;
    for (const ChoiceButton* b : m_choiceButtons) {
        if (b->isChecked())
            a.chosen.insert(b->property("choiceId").toString());
    }
    return a;
}

void QuizPage::updatePrimaryButton()
{
    if (!m_session || m_session->isFinished())
        return;
    const bool last = m_session->position() + 1 >= m_session->count();
    const bool answered = m_session->isAnswered();
    m_skipButton->setVisible(!answered);
    if (answered) {
        m_primaryButton->setEnabled(true);
        m_primaryButton->setText(last ? tr("See the results  ⏎") : tr("Next  ⏎"));
        return;
    }
    // Checking takes a choice; moving on without one is Skip, its own action.
    const bool empty = !hasChoice();
    m_primaryButton->setEnabled(!empty);
    if (empty) {
        m_primaryButton->setText(m_session->current().assignsParties() ? tr("Sort a statement first") : tr("Choose an answer"));
    } else if (m_session->showsFeedbackAtOnce()) {
        if (m_session->current().assignsParties() && m_board->sortedCount() < m_board->itemCount())
            m_primaryButton->setText(tr("Check (%1 of %2 sorted)  ⏎").arg(m_board->sortedCount()).arg(m_board->itemCount()));
        else
            m_primaryButton->setText(tr("Check  ⏎"));
    } else {
        m_primaryButton->setText(last ? tr("Finish the exam  ⏎") : tr("Next  ⏎"));
    }
}

bool QuizPage::hasChoice() const
{
    const Answer a = currentAnswer();
    return !a.chosen.isEmpty() || !a.assigned.isEmpty();
}

void QuizPage::primaryAction()
{
    if (!m_session || m_session->isFinished())
        return;
    if (m_session->isAnswered())
        advance();
    else if (hasChoice())
        check();
}

void QuizPage::skip()
{
    if (!m_session || m_session->isFinished() || m_session->isAnswered())
        return;
    advance();
}

void QuizPage::check()
{
    const auto outcome = m_session->answer(currentAnswer());
    if (!outcome)
        return; // the time ran out: finished() has shown the summary
    // The answer is committed before anything about it is shown.
    const Status saved = m_recorder.record(m_session->mode(), *outcome);
    reportSaveProblem(saved);
    if (saved) {
        // Keep the totals the start page counts in step with what was just saved.
        ItemStats& st = m_state.stats[outcome->questionId];
        ++st.attempts;
        st.correct += outcome->grade.correct ? 1 : 0;
        st.lastCorrect = outcome->grade.correct;
        st.lastAnsweredAt = m_clock.now();
        st.lastAnswer = outcome->answer;
        emit learnerDataChanged();
    }
    if (!m_session->showsFeedbackAtOnce()) {
        advance();
        return;
    }
    showFeedback(*outcome);
}

void QuizPage::showFeedback(const QuizOutcome& outcome)
{
    const Question& q = m_session->current();
    if (q.assignsParties()) {
        m_board->showVerdicts(q, outcome.answer);
    } else {
        for (ChoiceButton* b : std::as_const(m_choiceButtons)) {
            const QString id = b->property("choiceId").toString();
            const auto c = std::find_if(q.choices.cbegin(), q.choices.cend(), [&](const Choice& x) { return x.id == id; });
            if (c != q.choices.cend())
                b->setVerdict(choiceVerdict(q, *c, outcome.answer), choiceVerdictText(q, *c, outcome.answer));
        }
    }
    QString md = feedbackMarkdown(q, outcome.answer, outcome.grade);
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
    m_feedback->setAccessibleDescription(verdictText(q, outcome.grade));
    updateHeader();
    updatePrimaryButton();
    m_primaryButton->setFocus(Qt::OtherFocusReason);
    // If the explanation starts below the fold, scroll just enough to show its first lines,
    // keeping as much of the marked answers in view as possible.
    QTimer::singleShot(0, this, [this] {
        const int top = m_feedbackBox->mapTo(m_scroll->widget(), QPoint(0, 0)).y();
        m_scroll->ensureVisible(0, top + fontMetrics().height() * 3, 0, fontMetrics().height() / 2);
    });
    emit feedbackShown(q.id);
}

void QuizPage::advance()
{
    if (!m_session)
        return;
    m_session->next();
    if (!m_session->isFinished())
        showQuestion();
}

void QuizPage::endEarly()
{
    if (!m_session || m_session->isFinished())
        return;
    if (m_session->mode() == QuizMode::Exam) {
        const int left = m_session->count() - int(m_session->outcomes().size());
        QMessageBox ask(QMessageBox::Question, tr("End the exam?"),
                        plural(left, tr("End the exam now? The %1 question not answered yet counts as not answered, "
                                        "so this exam will not be passed."),
                               tr("End the exam now? The %1 questions not answered yet count as not answered, "
                                  "so this exam will not be passed.")),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("endExamBox"));
        QAbstractButton* end = ask.addButton(tr("&End Exam"), QMessageBox::DestructiveRole);
        ask.setDefaultButton(ask.addButton(tr("&Keep Going"), QMessageBox::RejectRole));
        ask.exec();
        if (ask.clickedButton() != end || !m_session || m_session->isFinished())
            return;
    }
    // The session sums up and emits finished(): an exam is recorded like any other.
    m_session->endEarly();
}

void QuizPage::showSummary(const QuizSummary& s)
{
    m_panes->setCurrentIndex(2);
    const QString result = rightOutOf(s.correct, s.total);
    if (s.mode == QuizMode::Exam) {
        if (s.passed)
            m_verdictLabel->setText(tr("✓ Passed: %1").arg(result));
        else if (s.endedEarly)
            m_verdictLabel->setText(tr("✗ Ended early after %1 of %2 questions: not passed").arg(s.answered).arg(s.total));
        else
            m_verdictLabel->setText(tr("✗ Not passed yet: %1").arg(result));
    } else {
        m_verdictLabel->setText(result);
    }
    QStringList details;
    details.append(tr("%1, %2.").arg(modeName(s.mode), clockText(s.durationMs)));
    if (s.mode == QuizMode::Exam && s.endedEarly)
        details.append(tr("%1; the questions not reached count as not answered.").arg(result));
    if (s.mode == QuizMode::Exam)
        details.append(s.passed ? tr("Every answer right: this exam is passed.")
                                : tr("An exam is passed only when every answer is right. Retry the ones you missed, then take it again."));
    if (s.timedOut)
        details.append(tr("The time limit ran out; questions not reached count as wrong."));
    if (s.skipped > 0)
        details.append(plural(s.skipped, tr("%1 question skipped."), tr("%1 questions skipped.")));
    if (s.endedEarly && s.mode != QuizMode::Exam)
        details.append(plural(s.total, tr("Ended after %1 question."), tr("Ended after %1 questions.")));
    if (!s.flagged.isEmpty())
        details.append(plural(s.flagged.size(), tr("%1 question flagged for review."), tr("%1 questions flagged for review.")));
    m_summaryDetails->setText(details.join(QLatin1Char(' ')));

    // Topics in the course's order, the glossary last.
    QList<TopicScore> topics = s.topics;
    auto rank = [this](const QString& id) {
        const auto it = std::find_if(m_topics.cbegin(), m_topics.cend(), [&](const Topic& t) { return t.id == id; });
        return it == m_topics.cend() ? m_topics.size() : it - m_topics.cbegin();
    };
    std::stable_sort(topics.begin(), topics.end(), [&](const TopicScore& a, const TopicScore& b) { return rank(a.topic) < rank(b.topic); });
    QList<BarChart::Row> rows;
    for (const TopicScore& t : std::as_const(topics))
        rows.append({ topicTitle(t.topic), t.correct, 0, t.total, tr("%1 of %2").arg(t.correct).arg(t.total) });
    m_topicBars->setRows(rows);
    m_topicBars->setKey(tr("right"), {});

    m_lastMissed.clear();
    QString md;
    if (s.missed.isEmpty()) {
        md = tr("Nothing missed.");
    } else {
        md = QStringLiteral("## %1\n\n").arg(tr("What you missed"));
        int n = 0;
        for (const QuizOutcome& o : s.missed) {
            const Question* q = m_session ? m_session->question(o.questionId) : nullptr;
            if (!q)
                continue;
            m_lastMissed.append(q->id);
            md += QStringLiteral("### %1. %2\n\n").arg(++n).arg(escapeMarkdown(q->prompt));
            if (o.skipped)
                md += tr("*Skipped.*") + QStringLiteral("\n\n");
            else if (o.notReached)
                md += (s.timedOut ? tr("*Not reached before the time ran out.*") : tr("*Not reached: the exam was ended first.*"))
                    + QStringLiteral("\n\n");
            md += feedbackMarkdown(*q, o.answer, o.grade);
            if (!q->lesson.isEmpty())
                md += QStringLiteral("\n[%1](lesson:%2)\n").arg(tr("Read the lesson"), q->lesson);
            md += QStringLiteral("\n");
        }
    }
    m_missedBrowser->setReadingMarkdown(md);
    m_retryButton->setVisible(!m_lastMissed.isEmpty());
    // "Again" repeats the last quiz started from the start page, also after retrying its mistakes.
    const bool repeatable = m_lastOptions.mode == QuizMode::Exam || m_lastOptions.mode == QuizMode::Practice;
    m_againButton->setVisible(repeatable);
    m_againButton->setText(m_lastOptions.mode == QuizMode::Exam ? tr("Take the exam &again") : tr("Practise &again"));
    (m_lastMissed.isEmpty() ? m_newQuizButton : m_retryButton)->setFocus(Qt::OtherFocusReason);
    // The start page's counts for the next quiz; the answers themselves are saved already.
    if (Status s = refreshLearnerState(); !s)
        m_summaryDetails->setText(m_summaryDetails->text() + QStringLiteral("\n\n")
                                  + tr("Your progress cannot be read again for the next quiz: %1").arg(s.errorMessage()));
}

void QuizPage::toggleFlag()
{
    if (!m_session || m_session->isFinished())
        return;
    const QString id = m_session->current().id;
    m_session->setFlagged(id, !m_session->isFlagged(id));
    m_flagButton->setChecked(m_session->isFlagged(id));
    updateHeader();
}

void QuizPage::pick(int number)
{
    if (!m_session || m_session->isAnswered() || m_session->current().assignsParties())
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

void QuizPage::moveFocus(int step)
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

void QuizPage::tick()
{
    if (!m_session)
        return;
    if (!m_session->finishIfTimeUp())
        updateHeader();
}

void QuizPage::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    const bool plain = !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
    if (m_panes->currentIndex() == 0 && plain && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        startFromPane();
        return;
    }
    if (m_panes->currentIndex() != 1 || !m_session || !plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        pick(key - Qt::Key_0);
    } else if (key == Qt::Key_Space || key == Qt::Key_Return || key == Qt::Key_Enter) {
        primaryAction();
    } else if (key == Qt::Key_F) {
        toggleFlag();
    } else if (key == Qt::Key_Up || key == Qt::Key_Down) {
        moveFocus(key == Qt::Key_Up ? -1 : 1);
    } else {
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void QuizPage::reportSaveProblem(const Status& status)
{
    if (status)
        return;
    m_saveProblemLabel->setText(tr("This answer could not be saved: %1. Your earlier answers are safe; the quiz goes on, "
                                   "and saving is tried again with the next answer.").arg(status.errorMessage()));
    m_saveProblemLabel->show();
}

} // namespace demarc
