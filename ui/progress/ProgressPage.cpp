// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressPage.h"

#include "ActivityChart.h"
#include "ui/common/BarChart.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/paint/ViewIcons.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace demarc {

namespace {

int percent(int part, int whole) { return whole > 0 ? int(std::lround(100.0 * part / whole)) : 0; }

} // namespace

ProgressPage::ProgressPage(const ContentRepository& content, const LearnerRepository& learner,
                           const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_learner(learner)
    , m_clock(clock)
    , m_masteredLabel(new QLabel)
    , m_examLabel(new QLabel)
    , m_dueLabel(new QLabel)
    , m_answersLabel(new QLabel)
    , m_reviewButton(new QPushButton(tr("Start &review")))
    , m_mistakesButton(new QPushButton(tr("Retry &mistakes")))
    , m_examButton(new QPushButton(tr("Take an e&xam")))
    , m_mastery(new BarChart)
    , m_masteryText(new QLabel)
    , m_activity(new ActivityChart)
    , m_activityText(new QLabel)
{
    setObjectName(QStringLiteral("progressView"));
    m_reviewButton->setIcon(viewicons::action(QStringLiteral("review")));
    m_mistakesButton->setIcon(viewicons::action(QStringLiteral("review")));
    m_examButton->setIcon(viewicons::action(QStringLiteral("quiz")));
    m_masteredLabel->setObjectName(QStringLiteral("masteredLabel"));
    m_examLabel->setObjectName(QStringLiteral("examRecordLabel"));
    m_dueLabel->setObjectName(QStringLiteral("dueLabel"));
    m_answersLabel->setObjectName(QStringLiteral("answersLabel"));
    m_reviewButton->setObjectName(QStringLiteral("progressReviewButton"));
    m_mistakesButton->setObjectName(QStringLiteral("progressMistakesButton"));
    m_examButton->setObjectName(QStringLiteral("progressExamButton"));
    m_mastery->setObjectName(QStringLiteral("masteryChart"));
    m_mastery->setAccessibleName(tr("Mastery per topic"));
    m_mastery->setKey(tr("mastered (latest answer right)"), tr("answered, not yet mastered"));
    m_masteryText->setObjectName(QStringLiteral("masteryText"));
    m_activity->setObjectName(QStringLiteral("activityChart"));
    m_activity->setAccessibleName(tr("Answers per day"));
    m_activityText->setObjectName(QStringLiteral("activityText"));
    for (QLabel* l : { m_masteryText, m_activityText }) {
        l->setWordWrap(true);
        l->setForegroundRole(QPalette::PlaceholderText);
    }

    auto* content_ = new QWidget;
    auto* v = new QVBoxLayout(content_);
    v->setContentsMargins(metrics::Page, metrics::Large, metrics::Page, metrics::Large);
    v->setSpacing(metrics::Medium);
    auto* title = heading(tr("Progress"), 1.25 * 1.3);
    v->addWidget(title);
    auto* cards = new QGridLayout;
    cards->setSpacing(metrics::Medium);
    cards->addWidget(controls::card(tr("Questions mastered"), m_masteredLabel, nullptr), 0, 0);
    cards->addWidget(controls::card(tr("Exams"), m_examLabel, m_examButton), 0, 1);
    cards->addWidget(controls::card(tr("Due for review"), m_dueLabel, m_reviewButton), 0, 2);
    cards->addWidget(controls::card(tr("Answers given"), m_answersLabel, m_mistakesButton), 0, 3);
    for (int c = 0; c < 4; ++c)
        cards->setColumnStretch(c, 1);
    v->addLayout(cards);
    v->addWidget(heading(tr("Mastery per topic"), 1.25));
    v->addWidget(m_mastery);
    v->addWidget(m_masteryText);
    v->addWidget(heading(tr("Answers over the last %1 days").arg(Days), 1.25));
    v->addWidget(m_activity);
    v->addWidget(m_activityText);
    v->addStretch();

    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("progressScrollArea"));
    // A Tab stop of its own, so that the page scrolls by keyboard; named for a screen reader.
    scroll->setAccessibleName(tr("Progress, scrolled with the arrow keys"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_reviewButton, &QPushButton::clicked, this, &ProgressPage::reviewRequested);
    connect(m_mistakesButton, &QPushButton::clicked, this, &ProgressPage::mistakesRequested);
    connect(m_examButton, &QPushButton::clicked, this, &ProgressPage::examRequested);
}

Status ProgressPage::reload()
{
    const QDate today = m_clock.now().toLocalTime().date();
    auto in = readProgressInput(m_content, m_learner, today.addDays(-(Days - 1)));
    if (!in)
        return Error { in.errorMessage() };
    m_report = buildProgress(*in, ReviewScheduler(m_clock), today, Days);
    showCards();
    showCharts();
    return {};
}

/** The four figures at the top: mastered, the best exam, what is due, the answers given. */
void ProgressPage::showCards()
{
    const ProgressReport& r = m_report;
    const QLocale locale;

    m_masteredLabel->setText(
        tr("<span style='font-size:x-large; font-weight:bold'>%1 of %2</span><br>%3 % · %4 answered")
            .arg(r.mastered)
            .arg(r.questions)
            .arg(percent(r.mastered, r.questions))
            .arg(r.answered));
    if (r.exams.taken == 0) {
        m_examLabel->setText(
            tr("<span style='font-size:x-large; font-weight:bold'>None yet</span><br>Pass mark: 100 %"));
    } else {
        const ExamResult& b = r.exams.best;
        const QString passed = r.exams.firstPassedAt.isValid()
            ? tr("First passed at 100 % on %1")
                  .arg(locale.toString(r.exams.firstPassedAt.toLocalTime().date(), QLocale::LongFormat))
            : tr("Not passed at 100 % yet");
        // Passed: a badge first (the mark and the words), then the best and the count.
        const QString badge = r.exams.firstPassedAt.isValid()
            ? tr("<span style='font-size:x-large; font-weight:bold'>✓ Passed</span><br>")
            : QString();
        m_examLabel->setText(
            badge
            + tr("<span style='font-size:x-large; font-weight:bold'>Best: %1</span><br>%2 · %3")
                  .arg(rightOutOf(b.correct, b.questions).toHtmlEscaped(),
                       tr("%n exam(s) taken", nullptr, r.exams.taken), passed));
    }
    m_dueLabel->setText(tr("<span style='font-size:x-large; font-weight:bold'>%1</span><br>%2 · %3 new")
                            .arg(tr("%n question(s)", nullptr, r.dueQuestions),
                                 tr("%n glossary term(s)", nullptr, r.dueTerms))
                            .arg(r.newTerms));
    m_reviewButton->setEnabled(r.dueQuestions + r.dueTerms + r.newTerms > 0);
    m_answersLabel->setText(tr("<span style='font-size:x-large; font-weight:bold'>%1</span><br>%2 to retry")
                                .arg(r.attempts)
                                .arg(tr("%n mistake(s)", nullptr, r.mistakes)));
    m_mistakesButton->setEnabled(r.mistakes > 0);
    for (QLabel* l : { m_masteredLabel, m_examLabel, m_dueLabel, m_answersLabel }) {
        QString plain = l->text();
        plain.replace(QLatin1String("<br>"), QLatin1String(". "));
        plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        l->setAccessibleName(plain);
    }
}

/** Mastery per topic and the days of activity, each with its words for a screen reader. */
void ProgressPage::showCharts()
{
    const ProgressReport& r = m_report;
    QList<BarChart::Row> rows;
    QStringList lines;
    for (const TopicMastery& m : r.topics) {
        const QString text = tr("%1 of %2 mastered").arg(m.mastered).arg(m.questions);
        rows.append({ m.title, m.mastered, m.answered - m.mastered, m.questions, text });
        lines.append(QStringLiteral("%1: %2 (%3 answered)").arg(m.title, text).arg(m.answered));
    }
    m_mastery->setRows(rows);
    m_masteryText->setText(
        r.answered == 0 ? tr("Nothing answered yet: start with a practice quiz.")
                        : tr("A question counts as mastered while your latest answer to it is right."));
    m_masteryText->setAccessibleDescription(lines.join(QStringLiteral("; ")));
    m_activity->setDays(r.days);
    m_activityText->setText(m_activity->summaryText());
}

} // namespace demarc
