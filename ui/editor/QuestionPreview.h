// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace demarc {

class QuestionPane;
class QuizSession;

/**
 * A question being edited, asked exactly as the quiz asks it: the quiz's own question pane
 * over a practice session of that one question. Checking shows its feedback, with the
 * course's topics and sources; nothing is recorded anywhere. "Ask again" starts it afresh.
 */
class QuestionPreview : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPreview(const ContentRepository& course, QWidget* parent = nullptr);
    ~QuestionPreview() override;

    /**
     * Asks @p question (the pack's own @p topics join the course's). A question with problems is
     * not asked: @p problems is shown instead, as the reason.
     */
    Status preview(const Question& question, const QList<Topic>& topics, const QString& problems = {});
    /** The pane asking the question; made by the first preview(), nullptr before. */
    QuestionPane* pane() const { return m_pane; }
    /** The session of the question asked; nullptr before the first preview(). */
    QuizSession* session() const { return m_session.get(); }
    /** Whether the question is being asked (not the reason it cannot be). */
    bool isAsking() const;

private:
    void ask();

    const ContentRepository& m_course;
    Question m_question;
    std::unique_ptr<QuizSession> m_session;
    QStackedWidget* m_stack;
    QLabel* m_reason;
    QuestionPane* m_pane = nullptr;
};

} // namespace demarc
