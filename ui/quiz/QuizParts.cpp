// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuizParts.h"

#include <QCoreApplication>
#include <QPushButton>

namespace demarc::quizparts {

QPushButton* button(const QString& text, const char* objectName)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(objectName));
    b->setAutoDefault(false);
    return b;
}

QString modeName(QuizMode mode)
{
    switch (mode) {
    case QuizMode::Practice: return QCoreApplication::translate("demarc::QuizPage", "Practice");
    case QuizMode::Exam: return QCoreApplication::translate("demarc::QuizPage", "Exam");
    case QuizMode::Mistakes: return QCoreApplication::translate("demarc::QuizPage", "Mistakes");
    case QuizMode::Review: return QCoreApplication::translate("demarc::QuizPage", "Review");
    }
    return {};
}

QString clockText(qint64 ms)
{
    const qint64 s = (ms + 999) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace demarc::quizparts
