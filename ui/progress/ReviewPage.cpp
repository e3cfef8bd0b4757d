// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPage.h"

#include "core/Progress.h"
#include "ui/common/Heading.h"
#include "ui/common/Metrics.h"
#include "ui/paint/ViewIcons.h"

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
    m_reviewButton->setIcon(viewicons::action(QStringLiteral("review")));
    m_mistakesButton->setIcon(viewicons::action(QStringLiteral("review")));
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
    v->setContentsMargins(metrics::page());
    v->setSpacing(metrics::Medium);
    v->addWidget(title);
    v->addLayout(due);
    v->addLayout(mistakes);
    v->addWidget(m_browser, 1);
    v->addWidget(m_moreButton, 0, Qt::AlignLeft);

    connect(m_reviewButton, &QPushButton::clicked, this, &ReviewPage::reviewRequested);
    connect(m_mistakesButton, &QPushButton::clicked, this, &ReviewPage::mistakesRequested);
    connect(m_browser, &ReadingBrowser::lessonActivated, this, &ReviewPage::lessonRequested);
    connect(m_moreButton, &QPushButton::clicked, this, [this] {
        if (const Status s = explainMistakes(m_explained + MistakesPerPage); !s)
            m_mistakesLabel->setText(
                tr("The mistakes could not be read: %1").arg(s.errorMessage().toHtmlEscaped()));
    });
}

Status ReviewPage::reload()
{
    // What is due, and the mistakes: from the same reading as the Progress page's, with the
    // bank's outline; a mistake is read whole (its choices and their explanations) when it is
    // explained, a page at a time.
    auto in = readProgressInput(m_content, m_learner, m_clock.now().toLocalTime().date());
    if (!in)
        return Error { in.errorMessage() };
    const ReviewScheduler scheduler(m_clock);
    showDue(in->bank, in->glossary, in->learner, scheduler);
    return showMistakes(in->bank, in->learner);
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

/**
 * The questions whose latest answer was wrong (what a Mistakes quiz asks), latest first and, when
 * answered at the same moment, in course order; each with that answer explained.
 */
Status ReviewPage::showMistakes(const QList<Question>& outline, const LearnerState& state)
{
    m_mistakeList.clear();
    m_read.clear();
    for (const Question& q : outline) {
        const auto s = state.stats.constFind(q.id);
        if (s != state.stats.cend() && !s->lastCorrect)
            m_mistakeList.append({ q.id, *s });
    }
    std::stable_sort(m_mistakeList.begin(), m_mistakeList.end(), [](const auto& a, const auto& b) {
        return a.second.lastAnsweredAt > b.second.lastAnsweredAt;
    });
    m_mistakes = int(m_mistakeList.size());
    m_mistakesLabel->setText(
        m_mistakes > 0
            ? tr("<b>Mistakes:</b> %n question(s) whose latest answer was wrong.", nullptr, m_mistakes)
            : tr("<b>No mistakes to retry.</b>"));
    m_mistakesButton->setEnabled(m_mistakes > 0);
    m_explained = 0;
    // A learner with years of answers may have hundreds: they are explained a page at a time.
    return explainMistakes(MistakesPerPage);
}

Status ReviewPage::explainMistakes(int count)
{
    const int scrolled = count > m_explained && m_explained > 0 ? m_browser->verticalScrollBar()->value() : 0;
    const int shown = std::min(count, int(m_mistakeList.size()));
    QStringList unread;
    for (int n = m_explained; n < shown; ++n)
        unread.append(m_mistakeList.at(n).first);
    // The choices in the bank's own order, not the shuffled order of a quiz.
    auto whole = m_content.questionsNamed(unread);
    if (!whole)
        return Error { whole.errorMessage() };
    for (Question& q : *whole)
        m_read.insert(q.id, std::move(q));
    m_explained = shown;
    const QLocale locale;
    QString md;
    if (m_mistakeList.isEmpty()) {
        md = tr("Questions you answer wrongly appear here with your answer and the explanation of every "
                "option, until you get them right.");
    } else {
        md = QStringLiteral("## %1\n\n").arg(tr("Your mistakes"));
        for (int n = 0; n < m_explained; ++n) {
            const auto& [id, s] = m_mistakeList.at(n);
            // A question the store cannot read whole is left out of the bank, and out of here.
            const auto q = m_read.constFind(id);
            if (q == m_read.cend())
                continue;
            md += QStringLiteral("### %1. %2\n\n").arg(n + 1).arg(escapeMarkdown(q->prompt));
            md += QStringLiteral("*%1*\n\n")
                      .arg(tr("Answered %n time(s), last on %1.", nullptr, s.attempts)
                               .arg(locale.toString(s.lastAnsweredAt.toLocalTime(), QLocale::ShortFormat)));
            md += feedbackMarkdown(*q, s.lastAnswer, grade(*q, s.lastAnswer));
            if (!q->lesson.isEmpty())
                md += QStringLiteral("\n[%1](lesson:%2)\n").arg(tr("Read the lesson"), q->lesson);
            md += QStringLiteral("\n");
        }
    }
    m_browser->setReadingMarkdown(md);
    m_browser->verticalScrollBar()->setValue(scrolled);
    const int left = int(m_mistakeList.size()) - m_explained;
    m_moreButton->setVisible(left > 0);
    m_moreButton->setText(
        tr("Show %1 more of %n mistake(s) not shown", nullptr, left).arg(std::min(left, MistakesPerPage)));
    return {};
}

} // namespace demarc
