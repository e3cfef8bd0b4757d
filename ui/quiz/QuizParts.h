// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/quiz/QuizSession.h"

#include <QString>

class QPushButton;

namespace demarc::quizparts {

/** A push button that is not an auto-default button (Enter belongs to the quiz). */
QPushButton* button(const QString& text, const char* objectName);
/** The mode's name as the learner reads it: "Practice", "Exam", … */
QString modeName(QuizMode mode);
/** Minutes and seconds, rounded up: 90 500 ms → "1:31". */
QString clockText(qint64 ms);

} // namespace demarc::quizparts
