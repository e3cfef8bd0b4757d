// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizStartPane.h"

#include "QuizParts.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/common/ScaledFont.h"
#include "ui/paint/ViewIcons.h"

#include "core/quiz/QuizController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace demarc {

namespace {

constexpr int DefaultTimeLimitMinutes = 30;
/** Questions in a practice round or an exam unless the learner chose another length. */
constexpr int DefaultLength = 10;

} // namespace

QuizStartPane::QuizStartPane(QWidget* parent)
    : QWidget(parent)
    , m_modes(new QButtonGroup(this))
    , m_topicList(controls::wrappingList(QStringLiteral("quizTopicList"), tr("Topics")))
    , m_topicSummary(new QLabel)
    , m_lengthCombo(new QComboBox)
    , m_timeLimitCheck(new QCheckBox(tr("&Time limit")))
    , m_timeLimitSpin(new QSpinBox)
    , m_startButton(quizparts::button(tr("&Start"), "startQuizButton"))
    , m_startNote(new QLabel)
{
    setObjectName(QStringLiteral("quizStartPane"));
    m_startButton->setIcon(viewicons::action(QStringLiteral("start")));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(metrics::Wide, metrics::Page, metrics::Wide, metrics::Page);
    auto* column = new QWidget;
    column->setMaximumWidth(820);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(metrics::Medium);
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
    outer->addWidget(column, 0, Qt::AlignHCenter | Qt::AlignTop);

    connect(m_modes, &QButtonGroup::idToggled, this, [this](int, bool on) {
        if (on)
            updateForMode();
    });
    connect(m_timeLimitCheck, &QCheckBox::toggled, m_timeLimitSpin, &QWidget::setEnabled);
    restoreChoices();
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
    // Ticked topics are asked from; none ticked asks from them all. Space ticks the current one.
    m_topicList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_topicSummary->setObjectName(QStringLiteral("quizTopicSummary"));
    m_topicSummary->setForegroundRole(QPalette::PlaceholderText);
    m_topicSummary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    connect(m_topicList, &QListWidget::itemChanged, this, &QuizStartPane::updateTopicSummary);
    auto* topics = new QVBoxLayout;
    topics->setContentsMargins(0, 0, 0, 0);
    topics->addWidget(m_topicList);
    topics->addWidget(m_topicSummary);
    m_lengthCombo->setObjectName(QStringLiteral("quizLengthCombo"));
    for (int n : { 5, 10, 20, 50 })
        m_lengthCombo->addItem(tr("%n question(s)", nullptr, n), n);
    m_lengthCombo->addItem(tr("All"), 0);
    m_lengthCombo->setCurrentIndex(m_lengthCombo->findData(DefaultLength));
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
    form->addRow(controls::buddyLabel(tr("T&opics:"), m_topicList), topics);
    form->addRow(tr("&Length:"), m_lengthCombo);
    form->addRow(tr("Exam:"), limitRow);
    return form;
}

void QuizStartPane::showTopics(const QuizController& quiz)
{
    QStringList chosen = chosenTopics();
    if (m_topicList->count() == 0)
        chosen = QSettings().value(QStringLiteral("quiz/topics")).toStringList();
    {
        const QSignalBlocker blocker(m_topicList);
        m_topicList->clear();
        for (const TopicChoice& t : quiz.topicChoices()) {
            auto* item = new QListWidgetItem(tr("%1 (%2)").arg(t.title).arg(t.questions), m_topicList);
            item->setData(Qt::UserRole, t.id);
            item->setData(Qt::UserRole + 1, t.questions);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(chosen.contains(t.id) ? Qt::Checked : Qt::Unchecked);
        }
        m_topicList->setCurrentRow(0);
    }
    // Every topic in view, up to ten; more scroll.
    const int rows = std::min(m_topicList->count(), 10);
    m_topicList->setFixedHeight(rows * m_topicList->sizeHintForRow(0) + 2 * m_topicList->frameWidth() + 2);
    m_bankSize = int(quiz.bank().size());
    updateTopicSummary();
}

QStringList QuizStartPane::chosenTopics() const
{
    QStringList ids;
    for (int i = 0; i < m_topicList->count(); ++i) {
        if (m_topicList->item(i)->checkState() == Qt::Checked)
            ids.append(m_topicList->item(i)->data(Qt::UserRole).toString());
    }
    return ids;
}

void QuizStartPane::updateTopicSummary()
{
    int ticked = 0;
    int questions = 0;
    for (int i = 0; i < m_topicList->count(); ++i) {
        if (m_topicList->item(i)->checkState() == Qt::Checked) {
            ++ticked;
            questions += m_topicList->item(i)->data(Qt::UserRole + 1).toInt();
        }
    }
    m_topicSummary->setText(
        ticked == 0
            ? tr("All topics: %n question(s). Tick topics to ask from those alone.", nullptr, m_bankSize)
            : tr("%1 ticked: %2.")
                  .arg(tr("%n topic(s)", nullptr, ticked), tr("%n question(s)", nullptr, questions)));
    m_topicList->setAccessibleDescription(m_topicSummary->text());
}

void QuizStartPane::restoreChoices()
{
    const QSettings settings;
    const int mode = settings.value(QStringLiteral("quiz/mode"), int(QuizMode::Practice)).toInt();
    if (QAbstractButton* b = m_modes->button(mode))
        b->setChecked(true);
    const int length = m_lengthCombo->findData(settings.value(QStringLiteral("quiz/length"), DefaultLength));
    if (length >= 0)
        m_lengthCombo->setCurrentIndex(length);
    m_timeLimitCheck->setChecked(settings.value(QStringLiteral("quiz/timeLimited"), false).toBool());
    m_timeLimitSpin->setValue(
        settings.value(QStringLiteral("quiz/timeLimitMinutes"), DefaultTimeLimitMinutes).toInt());
}

void QuizStartPane::saveChoices() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("quiz/mode"), m_modes->checkedId());
    settings.setValue(QStringLiteral("quiz/topics"), chosenTopics());
    settings.setValue(QStringLiteral("quiz/length"), m_lengthCombo->currentData());
    settings.setValue(QStringLiteral("quiz/timeLimited"), m_timeLimitCheck->isChecked());
    settings.setValue(QStringLiteral("quiz/timeLimitMinutes"), m_timeLimitSpin->value());
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
                               ? tr("&Review due — %1 and %2, spaced out as you remember them")
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
    m_topicList->setEnabled(mode != QuizMode::Review);
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
               "intervals while you keep getting them right; flagged questions "
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
    if (o.mode != QuizMode::Review)
        o.topics = chosenTopics();
    if (o.mode == QuizMode::Practice || o.mode == QuizMode::Exam)
        o.limit = m_lengthCombo->currentData().toInt();
    o.seed = QRandomGenerator::global()->generate();
    const qint64 limit = o.mode == QuizMode::Exam && m_timeLimitCheck->isChecked()
        ? qint64(m_timeLimitSpin->value()) * 60000
        : 0;
    saveChoices();
    emit startRequested(o, limit);
}

void QuizStartPane::focusStart() { m_startButton->setFocus(Qt::OtherFocusReason); }

} // namespace demarc
