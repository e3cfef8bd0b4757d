// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "core/Progress.h"
#include "ui/common/Heading.h"

#include "core/MarkdownText.h"
#include "core/quiz/QuestionText.h"
#include "core/quiz/QuizSession.h"
#include "core/quiz/TermQuestions.h"
#include "ui/common/ReadingBrowser.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

namespace demarc {

ReviewPage::ReviewPage(const ContentRepository& content, const LearnerRepository& learner, const Clock& clock,
                       QWidget* parent)
    : QWidget(parent)
    , m_content(content)
    , m_learner(learner)
    , m_clock(clock)
    , m_dueLabel(new QLabel)
    , m_reviewButton(new QPushButton(tr("Start &review")))
    , m_mistakesLabel(new QLabel)
    , m_mistakesButton(new QPushButton(tr("Retry &mistakes")))
    , m_browser(new ReadingBrowser)
    , m_moreButton(new QPushButton)
{
    setObjectName(QStringLiteral("reviewPage"));
    m_dueLabel->setObjectName(QStringLiteral("reviewDueLabel"));
    m_reviewButton->setObjectName(QStringLiteral("startReviewButton"));
    m_mistakesLabel->setObjectName(QStringLiteral("reviewMistakesLabel"));
    m_mistakesButton->setObjectName(QStringLiteral("retryMistakesButton"));
    m_browser->setObjectName(QStringLiteral("mistakesBrowser"));
    m_browser->setAccessibleName(tr("Your mistakes, with explanations"));
    m_moreButton->setObjectName(QStringLiteral("moreMistakesButton"));
    m_moreButton->hide();
    for (QLabel* l : { m_dueLabel, m_mistakesLabel })
        l->setWordWrap(true);

    QLabel* title = heading(tr("Review"), 1.8);
    auto* due = new QHBoxLayout;
    due->addWidget(m_dueLabel, 1);
    due->addWidget(m_reviewButton);
    auto* mistakes = new QHBoxLayout;
    mistakes->addWidget(m_mistakesLabel, 1);
    mistakes->addWidget(m_mistakesButton);
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(24, 16, 24, 12);
    v->setSpacing(10);
    v->addWidget(title);
    v->addLayout(due);
    v->addLayout(mistakes);
    v->addWidget(m_browser, 1);
    v->addWidget(m_moreButton, 0, Qt::AlignLeft);

    connect(m_reviewButton, &QPushButton::clicked, this, &ReviewPage::reviewRequested);
    connect(m_mistakesButton, &QPushButton::clicked, this, &ReviewPage::mistakesRequested);
    connect(m_browser, &ReadingBrowser::lessonActivated, this, &ReviewPage::lessonRequested);
    connect(m_moreButton, &QPushButton::clicked, this,
            [this] { explainMistakes(m_explained + MistakesPerPage); });
}

Status ReviewPage::reload()
{
    // The mistakes are explained choice by choice: the bank with its choices, read first so that
    // the reading below finds it in memory.
    auto bank = m_content.questions();
    if (!bank)
        return Error { bank.errorMessage() };
    // What is due, and the mistakes: from the same reading as the Progress page's.
    auto in = readProgressInput(m_content, m_learner, m_clock.now().toLocalTime().date());
    if (!in)
        return Error { in.errorMessage() };
    const ReviewScheduler scheduler(m_clock);
    showDue(*bank, in->glossary, in->learner, scheduler);
    showMistakes(*bank, in->learner, scheduler);
    return {};
}

void ReviewPage::showDue(const QList<Question>& bank, const QList<GlossaryTerm>& glossary,
                         const LearnerState& state, const ReviewScheduler& scheduler)
{
    const ReviewCount due = countReview(bank, glossary, state, scheduler);
    const int dueQuestions = due.questions;
    const int dueTerms = due.terms;
    QDateTime next;
    for (auto it = state.reviews.cbegin(); it != state.reviews.cend(); ++it) {
        if (!scheduler.isDue(*it) && (!next.isValid() || it->due < next))
            next = it->due;
    }
    const QLocale locale;
    if (dueQuestions + dueTerms > 0) {
        QString text = tr("<b>Due now:</b> %1 and %2.")
                           .arg(tr("%n question(s)", nullptr, dueQuestions),
                                tr("%n glossary term(s)", nullptr, dueTerms));
        if (!state.flagged.isEmpty())
            text += QLatin1Char(' ')
                + tr("%n of the questions is flagged by you.", nullptr, int(state.flagged.size()));
        text += QLatin1Char(' ') + tr("A few glossary terms you have not met yet join each review.");
        m_dueLabel->setText(text);
    } else {
        m_dueLabel->setText(
            next.isValid()
                ? tr("<b>Nothing is due.</b> The next review is due %1.")
                      .arg(locale.toString(next.toLocalTime(), QLocale::ShortFormat))
                : tr("<b>Nothing is due.</b> Questions join the review once you have answered them."));
    }
    m_reviewButton->setEnabled(dueQuestions + dueTerms > 0);
}

/** The questions whose latest answer was wrong, latest first, each with that answer explained. */
void ReviewPage::showMistakes(const QList<Question>& bank, const LearnerState& state,
                              const ReviewScheduler& scheduler)
{
    QuizOptions wrong;
    wrong.mode = QuizMode::Mistakes;
    QList<Question> mistakes = selectQuestions(wrong, bank, {}, state, scheduler);
    // Most recent mistakes first.
    const auto answeredAt = [&](const Question& q) {
        const auto s = state.stats.constFind(q.id);
        return s == state.stats.cend() ? QDateTime() : s->lastAnsweredAt;
    };
    std::sort(mistakes.begin(), mistakes.end(),
              [&](const Question& a, const Question& b) { return answeredAt(a) > answeredAt(b); });
    m_mistakes = int(mistakes.size());
    m_mistakesLabel->setText(
        m_mistakes > 0
            ? tr("<b>Mistakes:</b> %n question(s) whose latest answer was wrong.", nullptr, m_mistakes)
            : tr("<b>No mistakes to retry.</b>"));
    m_mistakesButton->setEnabled(m_mistakes > 0);

    // The choices in the bank's own order, not the shuffled order of a quiz.
    QHash<QString, const Question*> byId;
    for (const Question& q : bank)
        byId.insert(q.id, &q);
    m_mistakeList.clear();
    for (const Question& shuffled : std::as_const(mistakes))
        m_mistakeList.append({ *byId.value(shuffled.id), state.stats.value(shuffled.id) });
    // A learner with years of answers may have hundreds: they are explained a page at a time.
    explainMistakes(MistakesPerPage);
}

void ReviewPage::explainMistakes(int count)
{
    const int scrolled = count > m_explained && m_explained > 0 ? m_browser->verticalScrollBar()->value() : 0;
    m_explained = std::min(count, int(m_mistakeList.size()));
    const QLocale locale;
    QString md;
    if (m_mistakeList.isEmpty()) {
        md = tr("Questions you answer wrongly appear here with your answer and the explanation of every "
                "option, until you get them right.");
    } else {
        md = QStringLiteral("## %1\n\n").arg(tr("Your mistakes"));
        for (int n = 0; n < m_explained; ++n) {
            const auto& [q, s] = m_mistakeList.at(n);
            md += QStringLiteral("### %1. %2\n\n").arg(n + 1).arg(escapeMarkdown(q.prompt));
            md += QStringLiteral("*%1*\n\n")
                      .arg(tr("Answered %n time(s), last on %1.", nullptr, s.attempts)
                               .arg(locale.toString(s.lastAnsweredAt.toLocalTime(), QLocale::ShortFormat)));
            md += feedbackMarkdown(q, s.lastAnswer, grade(q, s.lastAnswer));
            if (!q.lesson.isEmpty())
                md += QStringLiteral("\n[%1](lesson:%2)\n").arg(tr("Read the lesson"), q.lesson);
            md += QStringLiteral("\n");
        }
    }
    m_browser->setReadingMarkdown(md);
    m_browser->verticalScrollBar()->setValue(scrolled);
    const int left = int(m_mistakeList.size()) - m_explained;
    m_moreButton->setVisible(left > 0);
    m_moreButton->setText(
        tr("Show %1 more of %n mistake(s) not shown", nullptr, left).arg(std::min(left, MistakesPerPage)));
}

} // namespace demarc
