// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Grading.h"
#include "core/Content.h"

#include <QString>

namespace demarc {

/** What became of one choice (or sorting item) in a graded answer. */
enum class ChoiceVerdict {
    Right, ///< picked and right, or sorted to its party
    Wrong, ///< picked but wrong, or sorted to another party
    Missed, ///< right but not picked, or left unsorted
    Neutral, ///< neither picked nor right
};

ChoiceVerdict choiceVerdict(const Question& question, const Choice& choice, const Answer& answer);

/** The mark shown with a verdict wherever it is drawn or written: ✓ ✗ ◯, and · for neutral. */
QString verdictMark(ChoiceVerdict verdict);
/**
 * The mark of @p verdict on an option of @p question: a right option not picked is marked ✓ like
 * a right one picked (its words tell them apart); an item left unsorted keeps ◯.
 */
QString choiceMark(const Question& question, ChoiceVerdict verdict);

/** One line for the whole answer: "Right." or "Not quite: 2 of 3 right (67 %)." */
QString verdictText(const Question& question, const Grade& grade);

/**
 * For one choice: "Your answer, and right." / "Right, but you did not pick it." / "You said AWS; it is the
 * customer's."
 */
QString choiceVerdictText(const Question& question, const Choice& choice, const Answer& answer);

/**
 * Which choices are right, by the numbers the quiz shows them with: "Correct answer: 2",
 * "Correct answers: 1 and 3". Empty for a sorting question, whose items have no numbers.
 */
QString correctAnswerText(const Question& question);

/** What a screen reader says once an answer is checked: the verdict, then the right choices. */
QString spokenVerdict(const Question& question, const Grade& grade);

/**
 * Every choice in @p question's order with what the learner did with it (its mark and words) and
 * its explanation.
 */
QString choicesFeedbackMarkdown(const Question& question, const Answer& answer);

/**
 * The feedback on an answer in Markdown: the verdict, then every choice in @p question's
 * order with what the learner did with it (its mark as well as words) and its explanation.
 */
QString feedbackMarkdown(const Question& question, const Answer& answer, const Grade& grade);

} // namespace demarc
