// SPDX-License-Identifier: GPL-3.0-or-later
#include "QuestionRows.h"

#include "SqlRows.h"

#include <algorithm>
#include <tuple>

namespace demarc::questionrows {

Question questionFrom(const sql::Reader& row, bool factsAndSources)
{
    Question q;
    q.id = row.text(0);
    q.topic = row.text(2);
    q.prompt = row.text(3);
    if (factsAndSources) {
        q.facts = sqlrows::intsFromJson(row.text(4));
        q.sources = sqlrows::stringsFromJson(row.text(10));
    }
    q.lesson = row.text(5);
    q.layer = row.text(6);
    q.model = row.text(7);
    q.service = row.text(8);
    q.control = row.text(9);
    q.party = partyFromId(row.text(11));
    return q;
}

Choice choiceFrom(const sql::Reader& row, const Question& question)
{
    Choice c;
    c.id = row.text(1);
    c.text = row.text(2);
    c.correct = row.integer(3) != 0;
    if (question.assignsParties())
        c.party = partyFromId(row.text(4));
    c.explanation = row.text(5);
    return c;
}

void placeChoices(std::vector<PlacedChoice>& choices, QList<Question>& questions)
{
    const auto inPlace = [](const PlacedChoice& a, const PlacedChoice& b) {
        return std::tie(a.question, a.position) < std::tie(b.question, b.position);
    };
    if (!std::is_sorted(choices.begin(), choices.end(), inPlace))
        std::stable_sort(choices.begin(), choices.end(), inPlace);
    for (PlacedChoice& c : choices)
        questions[c.question].choices.append(std::move(c.choice));
}

} // namespace demarc::questionrows
