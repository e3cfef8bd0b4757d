// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionPreview.h"

#include "ui/quiz/QuestionPane.h"

#include "core/quiz/QuizSession.h"

#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace demarc {

QuestionPreview::QuestionPreview(const ContentRepository& course, QWidget* parent)
    : QWidget(parent)
    , m_course(course)
    , m_stack(new QStackedWidget)
    , m_reason(new QLabel)
{
    setObjectName(QStringLiteral("questionPreview"));
    m_reason->setObjectName(QStringLiteral("previewReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_reason->setMargin(16);
    m_stack->addWidget(m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

QuestionPreview::~QuestionPreview() = default;

bool QuestionPreview::isAsking() const { return m_pane && m_stack->currentWidget() == m_pane; }

Status QuestionPreview::preview(const Question& question, const QList<Topic>& topics, const QString& problems)
{
    if (!problems.isEmpty()) {
        m_reason->setText(tr("The preview shows the question once it has no problems:\n\n%1").arg(problems));
        m_stack->setCurrentWidget(m_reason);
        return {};
    }
    auto courseTopics = m_course.topics();
    if (!courseTopics)
        return Error { courseTopics.errorMessage() };
    auto sources = m_course.sources();
    if (!sources)
        return Error { sources.errorMessage() };
    if (!m_pane) {
        // Made when first needed: most sessions never preview a question.
        m_pane = new QuestionPane;
        m_pane->setTrial(true);
        m_pane->setNoteStore(nullptr);
        m_stack->addWidget(m_pane);
        connect(m_pane, &QuestionPane::checkRequested, this, [this](const Answer& answer) {
            if (const auto outcome = m_session ? m_session->answer(answer) : std::nullopt)
                m_pane->showFeedback(*outcome);
        });
        connect(m_pane, &QuestionPane::againRequested, this, &QuestionPreview::ask);
    }
    m_pane->setCourse(*courseTopics + topics, *sources);
    m_question = question;
    ask();
    if (!m_session)
        return Error { tr("the question \"%1\" cannot be asked").arg(question.id) };
    m_stack->setCurrentWidget(m_pane);
    return {};
}

void QuestionPreview::ask()
{
    auto session = std::make_unique<QuizSession>(QuizMode::Practice, QList<Question> { m_question });
    if (session->count() == 0) {
        m_session.reset();
        return;
    }
    // The pane lets go of the old session when it is shown the new one.
    m_pane->showQuestion(*session);
    m_session = std::move(session);
}

} // namespace demarc
