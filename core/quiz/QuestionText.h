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

/** One line for the whole answer: "Right." or "Not quite: 2 of 3 right (67 %)." */
QString verdictText(const Question& question, const Grade& grade);

/**
 * For one choice: "Your answer, and right." / "Right, but you did not pick it." / "You said AWS; it is the
 * customer's."
 */
QString choiceVerdictText(const Question& question, const Choice& choice, const Answer& answer);

/**
 * The feedback on an answer in Markdown: the verdict, then every choice in @p question's
 * order with what the learner did with it (✓ ✗ ◯ as well as words) and its explanation.
 */
QString feedbackMarkdown(const Question& question, const Answer& answer, const Grade& grade);

} // namespace demarc
