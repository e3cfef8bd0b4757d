// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionText.h"

#include "core/MarkdownText.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(QuestionText)
};

QString possessive(Party party)
{
    switch (party) {
    case Party::Aws: return Text::tr("AWS's");
    case Party::Customer: return Text::tr("the customer's");
    case Party::Shared: return Text::tr("shared");
    }
    return {};
}

} // namespace

QString verdictMark(ChoiceVerdict v)
{
    switch (v) {
    case ChoiceVerdict::Right: return QStringLiteral("✓");
    case ChoiceVerdict::Wrong: return QStringLiteral("✗");
    case ChoiceVerdict::Missed: return QStringLiteral("◯");
    case ChoiceVerdict::Neutral: return QStringLiteral("·");
    }
    return {};
}

QString choiceMark(const Question& question, ChoiceVerdict verdict)
{
    // A right option the learner did not pick is marked right; its words say it was not picked.
    // An item left unsorted keeps its own mark: it has no party yet.
    if (verdict == ChoiceVerdict::Missed && !question.assignsParties())
        return verdictMark(ChoiceVerdict::Right);
    return verdictMark(verdict);
}

ChoiceVerdict choiceVerdict(const Question& question, const Choice& choice, const Answer& answer)
{
    if (question.assignsParties()) {
        const auto it = answer.assigned.constFind(choice.id);
        if (it == answer.assigned.cend())
            return ChoiceVerdict::Missed;
        return choice.party && *it == *choice.party ? ChoiceVerdict::Right : ChoiceVerdict::Wrong;
    }
    const bool picked = answer.chosen.contains(choice.id);
    if (picked)
        return choice.correct ? ChoiceVerdict::Right : ChoiceVerdict::Wrong;
    return choice.correct ? ChoiceVerdict::Missed : ChoiceVerdict::Neutral;
}

QString verdictText(const Question& question, const Grade& grade)
{
    if (grade.correct)
        return Text::tr("Right.");
    if (question.assignsParties()) {
        return Text::tr("Not quite: %1 of %2 sorted right (%3 %).")
            .arg(grade.right.size())
            .arg(question.choices.size())
            .arg(std::lround(grade.score * 100));
    }
    if (question.type == QuestionType::Multiple && !grade.right.isEmpty()) {
        // Partial credit, explained where it is given: each right answer picked earns its share,
        // each wrong one picked takes a share away.
        const auto rightCount = std::count_if(question.choices.cbegin(), question.choices.cend(),
                                              [](const Choice& c) { return c.correct; });
        const QString picked =
            Text::tr("%1 of %n right answer(s) picked", nullptr, int(rightCount)).arg(grade.right.size());
        const qint64 percent = std::lround(grade.score * 100);
        if (grade.wrong.isEmpty())
            return Text::tr("Not quite: %1: %2 %.").arg(picked).arg(percent);
        return Text::tr("Not quite: %1, %2: %3 %.")
            .arg(picked, Text::tr("%n wrong one(s) picked", nullptr, int(grade.wrong.size())))
            .arg(percent);
    }
    if (grade.right.isEmpty() && grade.wrong.isEmpty())
        return Text::tr("Not answered.");
    return Text::tr("Not right.");
}

QString choiceVerdictText(const Question& question, const Choice& choice, const Answer& answer)
{
    const ChoiceVerdict v = choiceVerdict(question, choice, answer);
    if (question.assignsParties()) {
        const QString owner = choice.party ? possessive(*choice.party) : QString();
        switch (v) {
        case ChoiceVerdict::Right:
            return choice.party == Party::Shared ? Text::tr("You said shared: right.")
                                                 : Text::tr("You said %1: right.").arg(owner);
        case ChoiceVerdict::Wrong:
            return choice.party == Party::Shared
                ? Text::tr("You said %1; it is shared.").arg(possessive(answer.assigned.value(choice.id)))
                : Text::tr("You said %1; it is %2.").arg(possessive(answer.assigned.value(choice.id)), owner);
        case ChoiceVerdict::Missed:
            return choice.party == Party::Shared ? Text::tr("Not sorted; it is shared.")
                                                 : Text::tr("Not sorted; it is %1.").arg(owner);
        case ChoiceVerdict::Neutral: break;
        }
        return {};
    }
    switch (v) {
    case ChoiceVerdict::Right: return Text::tr("Your answer, and right.");
    case ChoiceVerdict::Wrong: return Text::tr("Your answer, but wrong.");
    case ChoiceVerdict::Missed: return Text::tr("Right, but you did not pick it.");
    case ChoiceVerdict::Neutral: return Text::tr("Not one of the right answers.");
    }
    return {};
}

QString correctAnswerText(const Question& question)
{
    if (question.assignsParties())
        return {};
    QStringList numbers;
    for (qsizetype i = 0; i < question.choices.size(); ++i) {
        if (question.choices.at(i).correct)
            numbers.append(QString::number(i + 1));
    }
    if (numbers.isEmpty())
        return {};
    if (numbers.size() == 1)
        return Text::tr("Correct answer: %1").arg(numbers.constFirst());
    const QString last = numbers.takeLast();
    return Text::tr("Correct answers: %1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
}

QString spokenVerdict(const Question& question, const Grade& grade)
{
    const QString verdict = verdictText(question, grade);
    const QString right = grade.correct ? QString() : correctAnswerText(question);
    return right.isEmpty() ? verdict : verdict + QLatin1Char(' ') + right + QLatin1Char('.');
}

QString choicesFeedbackMarkdown(const Question& question, const Answer& answer)
{
    QString md;
    for (const Choice& c : question.choices) {
        const ChoiceVerdict v = choiceVerdict(question, c, answer);
        md += QStringLiteral("%1 **%2** — *%3* %4\n\n")
                  .arg(choiceMark(question, v), escapeMarkdown(c.text),
                       escapeMarkdown(choiceVerdictText(question, c, answer)), escapeMarkdown(c.explanation));
    }
    return md;
}

QString feedbackMarkdown(const Question& question, const Answer& answer, const Grade& grade)
{
    return QStringLiteral("**%1 %2**\n\n")
               .arg(grade.correct ? QStringLiteral("✓") : QStringLiteral("✗"),
                    escapeMarkdown(verdictText(question, grade)))
        + choicesFeedbackMarkdown(question, answer);
}

} // namespace demarc
