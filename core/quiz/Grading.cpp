// SPDX-License-Identifier: GPL-3.0-or-later
#include "Grading.h"

#include <algorithm>

namespace demarc {

Grade grade(const Question& question, const Answer& answer)
{
    Grade g;
    if (question.choices.isEmpty())
        return g;

    if (question.assignsParties()) {
        for (const Choice& c : question.choices) {
            const auto it = answer.assigned.constFind(c.id);
            if (it == answer.assigned.cend())
                g.missed.insert(c.id);
            else if (c.party && *it == *c.party)
                g.right.insert(c.id);
            else
                g.wrong.insert(c.id);
        }
        g.score = double(g.right.size()) / double(question.choices.size());
        g.correct = g.right.size() == question.choices.size();
        return g;
    }

    qsizetype correctCount = 0;
    for (const Choice& c : question.choices) {
        const bool picked = answer.chosen.contains(c.id);
        if (c.correct)
            ++correctCount;
        if (picked && c.correct)
            g.right.insert(c.id);
        else if (picked)
            g.wrong.insert(c.id);
        else if (c.correct)
            g.missed.insert(c.id);
    }
    if (correctCount == 0)
        return g;
    if (question.type == QuestionType::Multiple) {
        g.score = std::max(0.0, double(g.right.size() - g.wrong.size()) / double(correctCount));
    } else {
        // One answer is expected: anything else picked alongside makes it wrong.
        g.score = g.right.size() == 1 && g.wrong.isEmpty() ? 1.0 : 0.0;
    }
    g.correct = g.wrong.isEmpty() && g.missed.isEmpty() && g.right.size() == correctCount;
    return g;
}

} // namespace demarc
