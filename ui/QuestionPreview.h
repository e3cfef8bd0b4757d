// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/ContentRepository.h"

#include <QWidget>

#include <memory>

class QLabel;
class QStackedWidget;

namespace demarc {

class QuizPage;

/**
 * A question being edited, asked exactly as the quiz asks it: the quiz page itself, in
 * practice mode, over the course with the edited question in place of the bank. Answering
 * shows its feedback; nothing is recorded anywhere.
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
    /** The quiz page asking the question; made by the first preview(), nullptr before. */
    QuizPage* quiz() const { return m_quiz; }
    /** Whether the question is being asked (not the reason it cannot be). */
    bool isAsking() const;

private:
    class Content;
    class Learner;

    std::unique_ptr<Content> m_previewContent;
    std::unique_ptr<Learner> m_previewLearner;
    QStackedWidget* m_stack;
    QLabel* m_reason;
    QuizPage* m_quiz = nullptr;
};

} // namespace demarc
