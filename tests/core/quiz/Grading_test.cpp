// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quiz/Grading.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Question question(QuestionType type, std::initializer_list<std::pair<const char*, bool>> choices)
{
    Question q;
    q.id = QStringLiteral("q");
    q.type = type;
    for (const auto& [id, correct] : choices)
        q.choices.append(
            { QLatin1String(id), QLatin1String(id), correct, std::nullopt, QStringLiteral("because") });
    return q;
}

Question sorting(QuestionType type, std::initializer_list<std::pair<const char*, Party>> items)
{
    Question q;
    q.id = QStringLiteral("q");
    q.type = type;
    for (const auto& [id, party] : items)
        q.choices.append({ QLatin1String(id), QLatin1String(id), false, party, QStringLiteral("because") });
    return q;
}

Answer picked(std::initializer_list<const char*> ids)
{
    Answer a;
    for (const char* id : ids)
        a.chosen.insert(QLatin1String(id));
    return a;
}

} // namespace

TEST(Grading, single_answer_is_all_or_nothing)
{
    const Question q = question(QuestionType::Single, { { "a", false }, { "b", true }, { "c", false } });
    const Grade right = grade(q, picked({ "b" }));
    EXPECT_TRUE(right.correct);
    EXPECT_DOUBLE_EQ(right.score, 1.0);
    const Grade wrong = grade(q, picked({ "a" }));
    EXPECT_FALSE(wrong.correct);
    EXPECT_DOUBLE_EQ(wrong.score, 0.0);
    EXPECT_TRUE(wrong.wrong.contains(QStringLiteral("a")));
    EXPECT_TRUE(wrong.missed.contains(QStringLiteral("b")));
    EXPECT_FALSE(grade(q, picked({ "a", "b" })).correct)
        << "picking two is not an answer to a single-answer question";
    EXPECT_DOUBLE_EQ(grade(q, picked({ "a", "b" })).score, 0.0);
    EXPECT_FALSE(grade(q, picked({})).correct);
}

TEST(Grading, true_false_grades_like_single_answer)
{
    const Question q = question(QuestionType::TrueFalse, { { "true", false }, { "false", true } });
    EXPECT_TRUE(grade(q, picked({ "false" })).correct);
    EXPECT_FALSE(grade(q, picked({ "true" })).correct);
}

TEST(Grading, multiple_answer_earns_partial_credit_and_loses_it_for_wrong_picks)
{
    const Question q =
        question(QuestionType::Multiple, { { "a", true }, { "b", true }, { "c", false }, { "d", true } });
    EXPECT_TRUE(grade(q, picked({ "a", "b", "d" })).correct);
    EXPECT_DOUBLE_EQ(grade(q, picked({ "a", "b", "d" })).score, 1.0);
    const Grade two = grade(q, picked({ "a", "b" }));
    EXPECT_FALSE(two.correct);
    EXPECT_NEAR(two.score, 2.0 / 3.0, 1e-9);
    EXPECT_EQ(two.missed, QSet<QString> { QStringLiteral("d") });
    const Grade mixed = grade(q, picked({ "a", "b", "c" }));
    EXPECT_NEAR(mixed.score, 1.0 / 3.0, 1e-9);
    EXPECT_FALSE(mixed.correct);
    EXPECT_DOUBLE_EQ(grade(q, picked({ "c" })).score, 0.0) << "never below zero";
    EXPECT_DOUBLE_EQ(grade(q, picked({})).score, 0.0);
}

TEST(Grading, classification_scores_each_item)
{
    const Question q = sorting(QuestionType::Classify,
                               { { "guest-os", Party::Customer },
                                 { "hypervisor", Party::Aws },
                                 { "training", Party::Shared },
                                 { "keys", Party::Customer } });
    Answer all;
    all.assigned = { { QStringLiteral("guest-os"), Party::Customer },
                     { QStringLiteral("hypervisor"), Party::Aws },
                     { QStringLiteral("training"), Party::Shared },
                     { QStringLiteral("keys"), Party::Customer } };
    EXPECT_TRUE(grade(q, all).correct);
    EXPECT_DOUBLE_EQ(grade(q, all).score, 1.0);

    Answer some = all;
    some.assigned[QStringLiteral("training")] = Party::Customer;
    some.assigned.remove(QStringLiteral("keys"));
    const Grade g = grade(q, some);
    EXPECT_FALSE(g.correct);
    EXPECT_DOUBLE_EQ(g.score, 0.5);
    EXPECT_EQ(g.wrong, QSet<QString> { QStringLiteral("training") });
    EXPECT_EQ(g.missed, QSet<QString> { QStringLiteral("keys") });
}

TEST(Grading, a_split_control_scores_each_part)
{
    Question q =
        sorting(QuestionType::Split,
                { { "hosts", Party::Aws }, { "guests", Party::Customer }, { "apps", Party::Customer } });
    q.control = QStringLiteral("Patch management");
    Answer a;
    a.assigned = { { QStringLiteral("hosts"), Party::Aws },
                   { QStringLiteral("guests"), Party::Customer },
                   { QStringLiteral("apps"), Party::Aws } };
    const Grade g = grade(q, a);
    EXPECT_FALSE(g.correct);
    EXPECT_NEAR(g.score, 2.0 / 3.0, 1e-9);
    a.assigned[QStringLiteral("apps")] = Party::Customer;
    EXPECT_TRUE(grade(q, a).correct);
}

TEST(Grading, a_question_without_choices_scores_nothing)
{
    Question q;
    q.type = QuestionType::Single;
    EXPECT_FALSE(grade(q, picked({ "a" })).correct);
    EXPECT_DOUBLE_EQ(grade(q, picked({ "a" })).score, 0.0);
}
