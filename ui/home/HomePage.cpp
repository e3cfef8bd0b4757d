// SPDX-License-Identifier: GPL-3.0-or-later
#include "HomePage.h"

#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/common/ScaledFont.h"
#include "ui/paint/ViewIcons.h"
#include "ui/reading/LessonTocModel.h"

#include "core/Progress.h"
#include "core/quiz/ReviewScheduler.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace demarc {

namespace {

/** Days of activity read for the streak: a longer run shows as "60 days or more". */
constexpr int StreakDays = 60;

QPushButton* actionButton(const QString& text, const char* name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setAccessibleName(controls::spokenText(text));
    return b;
}

} // namespace

HomePage::HomePage(const ContentRepository& content, const LearnerRepository& learner, const Clock& clock,
                   QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_learner(learner)
    , m_clock(clock)
    , m_title(heading({}, 1.8, "homeTitle"))
    , m_nextLabel(new QLabel)
    , m_nextButton(actionButton(QString(), "homeNextButton"))
    , m_topics(new QGridLayout)
{
    setObjectName(QStringLiteral("homeView"));
    m_nextLabel->setObjectName(QStringLiteral("homeNextLabel"));
    m_nextLabel->setWordWrap(true);
    setScaledFont(m_nextLabel, 1.15);
    setScaledFont(m_nextButton, 1.15, true);
    m_nextButton->setDefault(true);

    auto* column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 140);
    auto* v = new QVBoxLayout(column);
    v->setContentsMargins(metrics::Page, metrics::Large, metrics::Page, metrics::Large);
    v->setSpacing(metrics::Medium);
    v->addWidget(m_title);
    v->addWidget(m_nextLabel);
    v->addWidget(m_nextButton, 0, Qt::AlignLeft);
    v->addWidget(buildCards());
    v->addWidget(heading(tr("Mastery per topic"), 1.25));
    auto* topicsNote = new QLabel(
        tr("A question is mastered while its latest answer is right. Practise a topic for a round of %n "
           "question(s) on it.",
           nullptr, RoundLength));
    topicsNote->setWordWrap(true);
    topicsNote->setForegroundRole(QPalette::PlaceholderText);
    v->addWidget(topicsNote);
    m_topics->setHorizontalSpacing(metrics::Medium);
    m_topics->setColumnStretch(1, 1);
    v->addLayout(m_topics);
    v->addStretch();

    auto* page = new QWidget;
    auto* centred = new QHBoxLayout(page);
    centred->setContentsMargins(0, 0, 0, 0);
    // A column of comfortable width, centred on wide screens.
    centred->addStretch(1);
    centred->addWidget(column, 1000);
    centred->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("homeScrollArea"));
    scroll->setFocusPolicy(Qt::NoFocus); // the buttons inside take Tab; the area scrolls to them
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    connect(m_nextButton, &QPushButton::clicked, this, &HomePage::takeNextStep);
}

QWidget* HomePage::buildCards()
{
    m_lessonLabel = new QLabel;
    m_lessonLabel->setObjectName(QStringLiteral("homeLessonLabel"));
    m_lessonButton = actionButton(tr("Continue &reading"), "homeLessonButton");
    m_checkButton = actionButton(tr("Take a &5-question check"), "homeCheckButton");
    m_dueLabel = new QLabel;
    m_dueLabel->setObjectName(QStringLiteral("homeDueLabel"));
    m_reviewButton = actionButton(tr("Re&view now"), "homeReviewButton");
    m_goalLabel = new QLabel;
    m_goalLabel->setObjectName(QStringLiteral("homeGoalLabel"));
    m_goalBar = new QProgressBar;
    m_goalBar->setObjectName(QStringLiteral("homeGoalBar"));
    m_goalBar->setTextVisible(false);
    m_goalBar->setMaximumHeight(10);
    m_goalBar->setAccessibleName(tr("Today's goal"));
    m_goalSpin = new QSpinBox;
    m_goalSpin->setObjectName(QStringLiteral("homeGoalSpin"));
    m_goalSpin->setRange(1, 200);
    m_goalSpin->setValue(dailyGoal());
    m_goalSpin->setSuffix(tr(" a day"));
    m_goalSpin->setAccessibleName(tr("Daily goal: questions a day"));
    m_examLabel = new QLabel;
    m_examLabel->setObjectName(QStringLiteral("homeExamLabel"));
    m_examButton = actionButton(tr("Take the e&xam"), "homeExamButton");
    m_lessonButton->setIcon(viewicons::action(QStringLiteral("lessons")));
    m_checkButton->setIcon(viewicons::action(QStringLiteral("quiz")));
    m_reviewButton->setIcon(viewicons::action(QStringLiteral("review")));
    m_examButton->setIcon(viewicons::action(QStringLiteral("quiz")));

    auto* lessonCard = controls::card(tr("Lessons"), m_lessonLabel, m_lessonButton);
    static_cast<QVBoxLayout*>(lessonCard->layout())->addWidget(m_checkButton, 0, Qt::AlignLeft);
    auto* goalCard = controls::card(tr("Daily goal"), m_goalLabel, nullptr);
    auto* goalRow = new QHBoxLayout;
    goalRow->addWidget(controls::buddyLabel(tr("&Goal:"), m_goalSpin));
    goalRow->addWidget(m_goalSpin);
    goalRow->addStretch();
    auto* goalLayout = static_cast<QVBoxLayout*>(goalCard->layout());
    goalLayout->insertWidget(2, m_goalBar);
    goalLayout->addLayout(goalRow);
    auto* cards = new QWidget;
    auto* grid = new QGridLayout(cards);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(metrics::Medium);
    grid->addWidget(lessonCard, 0, 0);
    grid->addWidget(controls::card(tr("Due today"), m_dueLabel, m_reviewButton), 0, 1);
    grid->addWidget(goalCard, 1, 0);
    grid->addWidget(controls::card(tr("Exam"), m_examLabel, m_examButton), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    connect(m_lessonButton, &QPushButton::clicked, this,
            [this] { emit lessonRequested(m_summary.lessonId); });
    connect(m_checkButton, &QPushButton::clicked, this, [this] {
        const QString first = m_summary.topics.isEmpty() ? QString() : m_summary.topics.constFirst().topic;
        emit practiceRequested(first.isEmpty() ? QStringList() : QStringList { first }, CheckLength);
    });
    connect(m_reviewButton, &QPushButton::clicked, this, &HomePage::reviewRequested);
    connect(m_examButton, &QPushButton::clicked, this, &HomePage::examRequested);
    connect(m_goalSpin, &QSpinBox::valueChanged, this, [this](int goal) {
        QSettings().setValue(QStringLiteral("home/dailyGoal"), goal);
        m_input.dailyGoal = goal; // the rest is as read: only the goal changed
        summarize();
    });
    return cards;
}

int HomePage::dailyGoal()
{
    return std::clamp(QSettings().value(QStringLiteral("home/dailyGoal"), DefaultDailyGoal).toInt(), 1, 200);
}

Status HomePage::reload()
{
    const QDate today = m_clock.now().toLocalTime().date();
    auto in = readProgressInput(m_content, m_learner, today.addDays(-(StreakDays - 1)));
    if (!in)
        return Error { in.errorMessage() };
    auto outline = m_content.lessonOutline();
    if (!outline)
        return Error { outline.errorMessage() };
    auto read = m_learner.lessonsRead();
    if (!read)
        return Error { read.errorMessage() };
    LessonTocModel toc;
    toc.setOutline(in->topics, *outline);
    m_lessonTitles.clear();
    for (const Lesson& l : *outline)
        m_lessonTitles.insert(l.id, l.title);
    m_input.progress = buildProgress(*in, ReviewScheduler(m_clock), today, StreakDays);
    m_input.lessonIds = toc.lessonIds();
    m_input.lessonsRead = *read;
    m_input.currentLesson = m_currentLesson;
    m_input.dailyGoal = dailyGoal();
    summarize();
    return {};
}

void HomePage::summarize()
{
    m_summary = summarizeHome(m_input);
    showSummary();
    showNextStep();
    showTopics();
}

void HomePage::showSummary()
{
    const HomeSummary& s = m_summary;
    m_title->setText(s.newLearner ? tr("Start here") : tr("Welcome back"));
    const QString lesson = m_lessonTitles.value(s.lessonId).toHtmlEscaped();
    m_lessonLabel->setText(
        (s.newLearner ? tr("<b>1.</b> Read lesson 1, <i>%1</i>, then <b>2.</b> check what stayed with %n "
                           "question(s).",
                           nullptr, CheckLength)
                            .arg(lesson)
                      : tr("<span style='font-size:large'><b>Continue: lesson %1</b></span><br><i>%2</i>")
                            .arg(s.lessonNumber)
                            .arg(lesson))
        + QStringLiteral("<br>") + tr("%1 of %n lesson(s) read", nullptr, s.lessonCount).arg(s.lessonsRead));
    controls::setShownText(m_lessonButton,
                           s.newLearner ? tr("Read lesson &1")
                                        : tr("Continue with lesson %1").arg(s.lessonNumber));
    m_lessonButton->setEnabled(!s.lessonId.isEmpty());
    m_checkButton->setVisible(s.newLearner);
    m_dueLabel->setText(s.due > 0 ? QStringLiteral("<span style='font-size:x-large'><b>%1</b></span> %2")
                                        .arg(s.due)
                                        .arg(tr("to review: questions and glossary terms"))
                                  : tr("Nothing is due: well kept."));
    m_reviewButton->setEnabled(s.due > 0);
    m_goalBar->setRange(0, s.dailyGoal);
    m_goalBar->setValue(std::min(s.answeredToday, s.dailyGoal));
    const QString today = tr("Today: %1 of %n question(s)", nullptr, s.dailyGoal).arg(s.answeredToday);
    const QString met = s.answeredToday >= s.dailyGoal ? tr("✓ Goal met") : QString();
    const QString streak = s.streak > 0 ? tr("Streak: %n day(s) in a row", nullptr, s.streak)
                                        : tr("Meet the goal today to start a streak.");
    m_goalLabel->setText(QStringLiteral("<b>%1</b> %2<br>%3").arg(today, met, streak));
    m_goalBar->setAccessibleDescription(controls::spokenText(today + QLatin1Char(' ') + met));
    if (s.examPassedAt.isValid()) {
        m_examLabel->setText(
            tr("<span style='font-size:large'><b>✓ Passed at 100 %</b></span><br>on %1")
                .arg(QLocale().toString(s.examPassedAt.toLocalTime().date(), QLocale::LongFormat)));
        controls::setShownText(m_examButton, tr("Take it ag&ain"));
    } else {
        m_examLabel->setText(tr("Not passed yet. The exam is passed when every answer is right."));
        controls::setShownText(m_examButton, tr("Take the e&xam"));
    }
}

void HomePage::showNextStep()
{
    const HomeSummary& s = m_summary;
    QString why;
    QString action;
    switch (s.next) {
    case NextStep::StartHere:
        why = tr("New here? Begin with the first lesson: a few minutes on who secures what.");
        action = tr("Read lesson 1");
        break;
    case NextStep::Review:
        why = tr("Some questions are due for review: answering them now keeps them in memory.");
        action = tr("Review now");
        break;
    case NextStep::PracticeWeakest: {
        const auto t = std::find_if(s.topics.cbegin(), s.topics.cend(),
                                    [&](const TopicMastery& m) { return m.topic == s.nextTopic; });
        const QString title = t != s.topics.cend() ? t->title : s.nextTopic;
        why = tr("Your weakest topic is “%1”: %2 of %n question(s) mastered.", nullptr,
                 t != s.topics.cend() ? t->questions : 0)
                  .arg(title)
                  .arg(t != s.topics.cend() ? t->mastered : 0);
        action = tr("Practise “%1”").arg(title);
        break;
    }
    case NextStep::TakeExam:
        why = tr("Every topic is mastered. Show it: the exam is passed at 100 %.");
        action = tr("Take the exam");
        break;
    case NextStep::KeepFresh:
        why = tr("Every topic mastered and the exam passed. Keep it fresh with a round on any topic.");
        action = tr("Practise all topics");
        break;
    }
    m_nextLabel->setText(tr("Next step: %1").arg(why));
    controls::setShownText(m_nextButton, action + QStringLiteral("  →"));
}

void HomePage::takeNextStep()
{
    switch (m_summary.next) {
    case NextStep::StartHere: emit lessonRequested(m_summary.lessonId); break;
    case NextStep::Review: emit reviewRequested(); break;
    case NextStep::PracticeWeakest: emit practiceRequested({ m_summary.nextTopic }, RoundLength); break;
    case NextStep::TakeExam: emit examRequested(); break;
    case NextStep::KeepFresh: emit practiceRequested({}, RoundLength); break;
    }
}

void HomePage::showTopics()
{
    while (QLayoutItem* item = m_topics->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const TopicMastery& t : std::as_const(m_summary.topics)) {
        auto* title = new QLabel(t.title);
        auto* bar = new QProgressBar;
        bar->setMinimumWidth(bar->fontMetrics().horizontalAdvance(QStringLiteral("000 of 000 mastered"))
                             + 24);
        bar->setRange(0, std::max(1, t.questions));
        bar->setValue(t.mastered);
        bar->setFormat(tr("%1 of %2 mastered").arg(t.mastered).arg(t.questions));
        bar->setAccessibleName(tr("%1: %2 of %3 mastered").arg(t.title).arg(t.mastered).arg(t.questions));
        auto* practise = new QPushButton(tr("Practise"));
        practise->setObjectName(QStringLiteral("practise_%1").arg(t.topic));
        practise->setIcon(viewicons::action(QStringLiteral("start")));
        practise->setAccessibleName(tr("Practise %1").arg(t.title));
        connect(practise, &QPushButton::clicked, this,
                [this, id = t.topic] { emit practiceRequested({ id }, RoundLength); });
        m_topics->addWidget(title, row, 0);
        m_topics->addWidget(bar, row, 1);
        m_topics->addWidget(practise, row, 2);
        ++row;
    }
}

} // namespace demarc
