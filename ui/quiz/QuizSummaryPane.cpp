// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizSummaryPane.h"

#include "QuizParts.h"
#include "ui/common/BarChart.h"
#include "ui/common/Controls.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/common/ReadingBrowser.h"
#include "ui/common/ScaledFont.h"
#include "ui/paint/Theme.h"
#include "ui/paint/ViewIcons.h"

#include "core/LearnerRepository.h"
#include "core/MarkdownText.h"
#include "core/quiz/QuestionText.h"
#include "core/quiz/QuizController.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarc {

QuizSummaryPane::QuizSummaryPane(QWidget* parent)
    : QWidget(parent)
    , m_verdictLabel(heading({}, 1.6, "quizVerdictLabel"))
    , m_summaryDetails(new QLabel)
    , m_topicBars(new BarChart)
    , m_missedBrowser(new ReadingBrowser)
    , m_retryButton(quizparts::button(tr("&Retry mistakes"), "retryMistakesButton"))
    , m_againButton(quizparts::button(tr("Take it &again"), "takeAgainButton"))
    , m_newQuizButton(quizparts::button(tr("&New quiz"), "newQuizButton"))
    , m_nextLabel(new QLabel)
    , m_nextButton(quizparts::button({}, "summaryNextButton"))
{
    setObjectName(QStringLiteral("quizSummaryPane"));
    m_retryButton->setIcon(viewicons::action(QStringLiteral("review")));
    m_againButton->setIcon(viewicons::action(QStringLiteral("start")));
    m_newQuizButton->setIcon(viewicons::action(QStringLiteral("new")));
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(metrics::page());
    v->setSpacing(metrics::Medium);
    m_summaryDetails->setObjectName(QStringLiteral("quizSummaryDetails"));
    m_summaryDetails->setWordWrap(true);
    m_topicBars->setObjectName(QStringLiteral("summaryTopicChart"));
    m_topicBars->setAccessibleName(tr("Score per topic"));
    m_missedBrowser->setObjectName(QStringLiteral("missedBrowser"));
    m_missedBrowser->setAccessibleName(tr("What you missed, with explanations"));
    connect(m_missedBrowser, &ReadingBrowser::lessonActivated, this, &QuizSummaryPane::lessonRequested);
    connect(m_missedBrowser, &ReadingBrowser::termActivated, this, &QuizSummaryPane::termRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_againButton);
    buttons->addWidget(m_newQuizButton);
    buttons->addStretch();
    m_nextLabel->setObjectName(QStringLiteral("summaryNextLabel"));
    m_nextLabel->setWordWrap(true);
    setScaledFont(m_nextLabel, 1.1, true);
    auto* next = new QHBoxLayout;
    next->addWidget(m_nextLabel, 1);
    next->addWidget(m_nextButton);
    v->addWidget(m_verdictLabel);
    v->addWidget(m_summaryDetails);
    v->addLayout(next);
    v->addWidget(m_topicBars);
    v->addLayout(buttons);
    v->addWidget(m_missedBrowser, 1);
    connect(m_retryButton, &QPushButton::clicked, this, &QuizSummaryPane::retryRequested);
    connect(m_againButton, &QPushButton::clicked, this, &QuizSummaryPane::againRequested);
    connect(m_newQuizButton, &QPushButton::clicked, this, &QuizSummaryPane::newQuizRequested);
    connect(m_nextButton, &QPushButton::clicked, this, &QuizSummaryPane::takeNextStep);
}

void QuizSummaryPane::showSummary(const QuizSummary& s, const QuizController& quiz)
{
    const QString result = rightOutOf(s.correct, s.total);
    if (s.mode == QuizMode::Exam) {
        if (s.passed)
            controls::setShownText(m_verdictLabel, tr("✓ Passed: %1").arg(result));
        else if (s.endedEarly)
            controls::setShownText(
                m_verdictLabel,
                tr("✗ Ended early after %1 of %n question(s): not passed", nullptr, s.total).arg(s.answered));
        else
            controls::setShownText(m_verdictLabel, tr("✗ Not passed yet: %1").arg(result));
    } else {
        controls::setShownText(m_verdictLabel, result);
    }
    QStringList details;
    details.append(tr("%1, %2.").arg(quizparts::modeName(s.mode), quizparts::clockText(s.durationMs)));
    if (s.mode == QuizMode::Exam && s.endedEarly)
        details.append(tr("%1; the questions not reached count as not answered.").arg(result));
    if (s.mode == QuizMode::Exam)
        details.append(s.passed ? tr("Every answer right: this exam is passed.")
                                : tr("An exam is passed only when every answer is right. Retry the ones you "
                                     "missed, then take it again."));
    if (s.timedOut)
        details.append(tr("The time limit ran out; questions not reached count as wrong."));
    if (s.skipped > 0)
        details.append(tr("%n question(s) skipped.", nullptr, s.skipped));
    if (s.endedEarly && s.mode != QuizMode::Exam)
        details.append(tr("Ended after %n question(s).", nullptr, s.total));
    if (!s.flagged.isEmpty())
        details.append(tr("%n question(s) flagged for review.", nullptr, int(s.flagged.size())));
    m_summaryDetails->setText(details.join(QLatin1Char(' ')));

    QList<BarChart::Row> rows;
    for (const TopicScore& t : quiz.inCourseOrder(s.topics))
        rows.append(
            { quiz.topicTitle(t.topic), t.correct, 0, t.total, tr("%1 of %2").arg(t.correct).arg(t.total) });
    m_topicBars->setRows(rows);
    m_topicBars->setKey(tr("right"), {});

    m_missedBrowser->setReadingMarkdown(missedMarkdown(s, quiz));
    m_retryButton->setVisible(!quiz.missed().isEmpty());
    // "Again" repeats the last quiz started from the start page, also after retrying its mistakes.
    m_againButton->setVisible(quiz.canStartAgain());
    m_againButton->setText(quiz.lastOptions().mode == QuizMode::Exam ? tr("Take the exam &again")
                                                                     : tr("Practise &again"));
    showNextStep(s, quiz);
    focusContent();
}

void QuizSummaryPane::showNextStep(const QuizSummary& s, const QuizController& quiz)
{
    m_next = suggestAfterQuiz(s, quiz.bank());
    // A passed exam is celebrated in the right colour as well as with the mark and the words.
    QPalette verdictPalette = palette();
    if (m_next.kind == AfterQuiz::Kind::Celebrate)
        verdictPalette.setColor(QPalette::WindowText, theme::current().right);
    m_verdictLabel->setPalette(verdictPalette);
    QString why;
    QString action;
    switch (m_next.kind) {
    case AfterQuiz::Kind::Celebrate:
        why = tr("Exam passed at 100 % on %1: every answer right. Well done!")
                  .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat));
        break;
    case AfterQuiz::Kind::ReadLesson:
        why = tr("Next step: %1 of %2 right on “%3”. Read its lesson before trying again.")
                  .arg(m_next.topicCorrect)
                  .arg(m_next.topicTotal)
                  .arg(quiz.topicTitle(m_next.topic));
        action = tr("Read the lesson");
        break;
    case AfterQuiz::Kind::RetryMistakes:
        why = tr("Next step: retry the %n question(s) you missed while the explanations are fresh.", nullptr,
                 int(s.missed.size()));
        action = tr("Retry mistakes");
        break;
    case AfterQuiz::Kind::TakeExam:
        why = tr("Next step: every answer right. Try the exam: it is passed at 100 %.");
        action = tr("Take the exam");
        break;
    case AfterQuiz::Kind::None: break;
    }
    m_nextLabel->setText(why);
    m_nextLabel->setVisible(!why.isEmpty());
    controls::setShownText(m_nextButton, action + QStringLiteral("  →"));
    m_nextButton->setVisible(!action.isEmpty());
    m_nextButton->setDefault(!action.isEmpty());
}

void QuizSummaryPane::takeNextStep()
{
    switch (m_next.kind) {
    case AfterQuiz::Kind::ReadLesson: emit lessonRequested(m_next.lessonId); break;
    case AfterQuiz::Kind::RetryMistakes: emit retryRequested(); break;
    case AfterQuiz::Kind::TakeExam: emit examRequested(); break;
    case AfterQuiz::Kind::Celebrate:
    case AfterQuiz::Kind::None: break;
    }
}

QString QuizSummaryPane::missedMarkdown(const QuizSummary& s, const QuizController& quiz) const
{
    if (s.missed.isEmpty())
        return tr("Nothing missed.");
    QString md = QStringLiteral("## %1\n\n").arg(tr("What you missed"));
    int n = 0;
    for (const QuizOutcome& o : s.missed) {
        const Question* q = quiz.session() ? quiz.session()->question(o.questionId) : nullptr;
        if (!q)
            continue;
        md += QStringLiteral("### %1. %2\n\n").arg(++n).arg(escapeMarkdown(q->prompt));
        if (o.skipped)
            md += tr("*Skipped.*") + QStringLiteral("\n\n");
        else if (o.notReached)
            md += (s.timedOut ? tr("*Not reached before the time ran out.*")
                              : tr("*Not reached: the exam was ended first.*"))
                + QStringLiteral("\n\n");
        md += feedbackMarkdown(*q, o.answer, o.grade);
        if (!q->lesson.isEmpty())
            md += QStringLiteral("\n[%1](lesson:%2)\n").arg(tr("Read the lesson"), q->lesson);
        md += QStringLiteral("\n");
    }
    return md;
}

void QuizSummaryPane::addProblem(const QString& message)
{
    m_summaryDetails->setText(m_summaryDetails->text() + QStringLiteral("\n\n") + message);
}

void QuizSummaryPane::focusContent()
{
    QPushButton* first = m_nextButton->isVisibleTo(this) ? m_nextButton
        : m_retryButton->isVisibleTo(this)               ? m_retryButton
                                                         : m_newQuizButton;
    first->setFocus(Qt::OtherFocusReason);
}

} // namespace demarc
