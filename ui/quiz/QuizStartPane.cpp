// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizStartPane.h"

#include "QuizParts.h"
#include "ui/common/Heading.h"
#include "ui/common/ScaledFont.h"

#include "core/quiz/QuizController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace demarc {

namespace {

constexpr int DefaultTimeLimitMinutes = 30;

} // namespace

QuizStartPane::QuizStartPane(QWidget* parent)
    : QWidget(parent)
    , m_modes(new QButtonGroup(this))
    , m_topicCombo(new QComboBox)
    , m_lengthCombo(new QComboBox)
    , m_timeLimitCheck(new QCheckBox(tr("&Time limit")))
    , m_timeLimitSpin(new QSpinBox)
    , m_startButton(quizparts::button(tr("&Start"), "startQuizButton"))
    , m_startNote(new QLabel)
{
    setObjectName(QStringLiteral("quizStartPane"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    auto* column = new QWidget;
    column->setMaximumWidth(820);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(12);
    v->addWidget(heading(tr("Quiz"), 1.8, "quizTitleLabel"));
    auto* intro =
        new QLabel(tr("Every answer is saved the moment you give it. In practice you see at once why each "
                      "option is right or wrong; an exam shows it at the end and is passed only at 100 %."));
    intro->setWordWrap(true);
    v->addWidget(intro);

    v->addWidget(buildModeBox());
    v->addLayout(buildForm());

    m_startNote->setObjectName(QStringLiteral("quizStartNote"));
    m_startNote->setWordWrap(true);
    v->addWidget(m_startNote);

    auto* startRow = new QHBoxLayout;
    m_startButton->setDefault(true);
    setScaledFont(m_startButton, 1.2);
    m_startButton->setMinimumWidth(160);
    startRow->addWidget(m_startButton);
    startRow->addStretch();
    v->addLayout(startRow);
    auto* keys = new QLabel(tr(
        "Keys during a quiz: 1–9 choose · Space or Enter check and continue · ↑ ↓ move · F flag for review. "
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
            updateForMode();
    });
    connect(m_timeLimitCheck, &QCheckBox::toggled, m_timeLimitSpin, &QWidget::setEnabled);
    connect(m_startButton, &QPushButton::clicked, this, &QuizStartPane::requestStart);
}

QGroupBox* QuizStartPane::buildModeBox()
{
    auto* modeBox = new QGroupBox(tr("Mode"));
    modeBox->setObjectName(QStringLiteral("quizModeGroup"));
    auto* modeLayout = new QVBoxLayout(modeBox);
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
    return modeBox;
}

QFormLayout* QuizStartPane::buildForm()
{
    auto* form = new QFormLayout;
    m_topicCombo->setObjectName(QStringLiteral("quizTopicCombo"));
    m_topicCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_lengthCombo->setObjectName(QStringLiteral("quizLengthCombo"));
    for (int n : { 10, 20, 40 })
        m_lengthCombo->addItem(tr("%n question(s)", nullptr, n), n);
    m_lengthCombo->addItem(tr("All"), 0);
    m_lengthCombo->setCurrentIndex(m_lengthCombo->count() - 1);
    auto* limitRow = new QHBoxLayout;
    m_timeLimitCheck->setObjectName(QStringLiteral("timeLimitCheck"));
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
    return form;
}

void QuizStartPane::showTopics(const QuizController& quiz)
{
    const QString chosenTopic = m_topicCombo->currentData().toString();
    {
        const QSignalBlocker blocker(m_topicCombo);
        m_topicCombo->clear();
        m_topicCombo->addItem(tr("All topics (%n question(s))", nullptr, int(quiz.bank().size())), QString());
        for (const TopicChoice& t : quiz.topicChoices())
            m_topicCombo->addItem(tr("%1 (%2)").arg(t.title).arg(t.questions), t.id);
        m_topicCombo->setCurrentIndex(std::max(0, m_topicCombo->findData(chosenTopic)));
    }
}

void QuizStartPane::showCounts(const QuizController& quiz)
{
    const ReviewCount due = quiz.dueForReview();
    const int mistakes = quiz.mistakeCount();
    m_practiceRadio->setText(
        tr("&Practice — feedback after every answer, with why each option is right or wrong"));
    m_examRadio->setText(tr("E&xam — feedback at the end; passed only at 100 %"));
    m_mistakesRadio->setText(
        mistakes > 0 ? tr("&Mistakes — the %n question(s) you last answered wrongly", nullptr, mistakes)
                     : tr("&Mistakes — nothing to retry yet"));
    m_reviewRadio->setText(due.questions + due.terms > 0
                               ? tr("&Review due — %1 and %2, spaced by SM-2")
                                     .arg(tr("%n question(s)", nullptr, due.questions),
                                          tr("%n glossary term(s)", nullptr, due.terms))
                               : tr("&Review due — nothing is due now"));
    m_mistakesRadio->setEnabled(mistakes > 0);
    m_reviewRadio->setEnabled(due.questions + due.terms > 0);
    if (!m_modes->checkedButton() || !m_modes->checkedButton()->isEnabled())
        m_practiceRadio->setChecked(true);
    updateForMode();
}

void QuizStartPane::updateForMode()
{
    const auto mode = static_cast<QuizMode>(m_modes->checkedId());
    m_timeLimitCheck->setEnabled(mode == QuizMode::Exam);
    m_timeLimitSpin->setEnabled(mode == QuizMode::Exam && m_timeLimitCheck->isChecked());
    m_lengthCombo->setEnabled(mode == QuizMode::Practice || mode == QuizMode::Exam);
    m_topicCombo->setEnabled(mode != QuizMode::Review);
    switch (mode) {
    case QuizMode::Practice:
        m_startNote->setText(
            tr("Questions come in a new order each time. Check each answer to see the explanations."));
        break;
    case QuizMode::Exam:
        m_startNote->setText(tr("No feedback until the end, no time limit unless you set one. "
                                "You pass when every answer is right; keep retaking it until you do."));
        break;
    case QuizMode::Mistakes:
        m_startNote->setText(
            tr("Only the questions whose latest answer was wrong, with feedback after each."));
        break;
    case QuizMode::Review:
        m_startNote->setText(
            tr("Questions and glossary terms come back for review after 1 day, then 6, then longer "
               "intervals while you keep getting them right (the SM-2 schedule); flagged questions "
               "come back at once. A few new glossary terms join each review."));
        break;
    }
}

void QuizStartPane::chooseMode(QuizMode mode)
{
    if (QAbstractButton* b = m_modes->button(int(mode)); b && b->isEnabled())
        b->setChecked(true);
}

void QuizStartPane::sayNothingToAsk() { m_startNote->setText(tr("There are no questions for this choice.")); }

void QuizStartPane::requestStart()
{
    QuizOptions o;
    o.mode = static_cast<QuizMode>(m_modes->checkedId());
    if (const QString topic = m_topicCombo->currentData().toString();
        !topic.isEmpty() && o.mode != QuizMode::Review)
        o.topics = { topic };
    if (o.mode == QuizMode::Practice || o.mode == QuizMode::Exam)
        o.limit = m_lengthCombo->currentData().toInt();
    o.seed = QRandomGenerator::global()->generate();
    const qint64 limit = o.mode == QuizMode::Exam && m_timeLimitCheck->isChecked()
        ? qint64(m_timeLimitSpin->value()) * 60000
        : 0;
    emit startRequested(o, limit);
}

void QuizStartPane::focusStart() { m_startButton->setFocus(Qt::OtherFocusReason); }

} // namespace demarc
