// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quiz/QuestionText.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Question several()
{
    Question q;
    q.id = QStringLiteral("q");
    q.type = QuestionType::Multiple;
    q.choices = { { QStringLiteral("a"), QStringLiteral("Guest OS [EC2]"), true, std::nullopt,
                    QStringLiteral("Yours on EC2.") },
                  { QStringLiteral("b"), QStringLiteral("Security groups"), true, std::nullopt,
                    QStringLiteral("Your rules.") },
                  { QStringLiteral("c"), QStringLiteral("Hypervisor"), false, std::nullopt,
                    QStringLiteral("AWS's layer.") },
                  { QStringLiteral("d"), QStringLiteral("Cabling"), false, std::nullopt,
                    QStringLiteral("AWS's hardware.") } };
    return q;
}

Question sorting()
{
    Question q;
    q.id = QStringLiteral("s");
    q.type = QuestionType::Classify;
    q.choices = { { QStringLiteral("a"), QStringLiteral("Disk disposal"), false, Party::Aws,
                    QStringLiteral("AWS wipes media.") },
                  { QStringLiteral("b"), QStringLiteral("Key rotation"), false, Party::Customer,
                    QStringLiteral("Your keys.") },
                  { QStringLiteral("c"), QStringLiteral("Staff training"), false, Party::Shared,
                    QStringLiteral("Each trains its own.") } };
    return q;
}

} // namespace

TEST(QuestionText, every_choice_gets_its_verdict)
{
    const Question q = several();
    const Answer a { { QStringLiteral("a"), QStringLiteral("c") }, {} };
    EXPECT_EQ(choiceVerdict(q, q.choices.at(0), a), ChoiceVerdict::Right);
    EXPECT_EQ(choiceVerdict(q, q.choices.at(1), a), ChoiceVerdict::Missed);
    EXPECT_EQ(choiceVerdict(q, q.choices.at(2), a), ChoiceVerdict::Wrong);
    EXPECT_EQ(choiceVerdict(q, q.choices.at(3), a), ChoiceVerdict::Neutral);
    EXPECT_EQ(choiceVerdictText(q, q.choices.at(1), a), QStringLiteral("Right, but you did not pick it."));
}

TEST(QuestionText, the_feedback_lists_every_choice_with_a_mark_words_and_its_explanation)
{
    const Question q = several();
    const Answer a { { QStringLiteral("a"), QStringLiteral("c") }, {} };
    const QString md = feedbackMarkdown(q, a, grade(q, a));
    EXPECT_TRUE(md.startsWith(
        QStringLiteral("**✗ Not quite: 1 of 2 right answers picked, 1 wrong one picked: 0 %.**")))
        << md.toStdString();
    EXPECT_TRUE(
        md.contains(QStringLiteral("✓ **Guest OS \\[EC2\\]** — *Your answer, and right.* Yours on EC2.")))
        << "Markdown in the content is shown as written";
    EXPECT_TRUE(md.contains(QStringLiteral("✓ **Security groups** — *Right, but you did not pick it.*")))
        << "a right option not picked is marked right";
    EXPECT_TRUE(md.contains(QStringLiteral("✗ **Hypervisor** — *Your answer, but wrong.* AWS's layer.")));
    EXPECT_TRUE(md.contains(QStringLiteral("AWS's hardware.")));

    const Answer right { { QStringLiteral("a"), QStringLiteral("b") }, {} };
    EXPECT_TRUE(feedbackMarkdown(q, right, grade(q, right)).startsWith(QStringLiteral("**✓ Right.**")));
    const Answer half { { QStringLiteral("a") }, {} };
    EXPECT_EQ(verdictText(q, grade(q, half)),
              QStringLiteral("Not quite: 1 of 2 right answers picked: 50 %."));
    const Answer extra { { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, {} };
    EXPECT_EQ(verdictText(q, grade(q, extra)),
              QStringLiteral("Not quite: 2 of 2 right answers picked, 1 wrong one picked: 50 %."));
    Question three = q;
    three.choices[2].correct = true;
    const Answer twoAndOne { { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("d") }, {} };
    EXPECT_EQ(verdictText(three, grade(three, twoAndOne)),
              QStringLiteral("Not quite: 2 of 3 right answers picked, 1 wrong one picked: 33 %."));
    EXPECT_EQ(verdictText(q, grade(q, Answer {})), QStringLiteral("Not answered."));
}

TEST(QuestionText, a_sorting_answer_says_where_each_item_went_and_where_it_belongs)
{
    const Question q = sorting();
    Answer a;
    a.assigned = { { QStringLiteral("a"), Party::Aws }, { QStringLiteral("b"), Party::Aws } };
    EXPECT_EQ(choiceVerdictText(q, q.choices.at(0), a), QStringLiteral("You said AWS's: right."));
    EXPECT_EQ(choiceVerdictText(q, q.choices.at(1), a),
              QStringLiteral("You said AWS's; it is the customer's."));
    EXPECT_EQ(choiceVerdictText(q, q.choices.at(2), a), QStringLiteral("Not sorted; it is shared."));
    EXPECT_EQ(verdictText(q, grade(q, a)), QStringLiteral("Not quite: 1 of 3 sorted right (33 %)."));
}

TEST(QuestionText, the_right_choices_are_named_by_the_numbers_the_quiz_shows)
{
    Question q = several();
    EXPECT_EQ(correctAnswerText(q), QStringLiteral("Correct answers: 1 and 2"));
    q.choices[2].correct = true;
    EXPECT_EQ(correctAnswerText(q), QStringLiteral("Correct answers: 1, 2 and 3"));
    q.choices[0].correct = false;
    q.choices[2].correct = false;
    EXPECT_EQ(correctAnswerText(q), QStringLiteral("Correct answer: 2"));
    EXPECT_TRUE(correctAnswerText(sorting()).isEmpty()) << "sorting items have no numbers";

    // Spoken after checking: the verdict, then the right choices unless the answer was right.
    const Answer wrong { { QStringLiteral("d") }, {} };
    EXPECT_EQ(spokenVerdict(q, grade(q, wrong)), QStringLiteral("Not right. Correct answer: 2."));
    const Answer right { { QStringLiteral("b") }, {} };
    EXPECT_EQ(spokenVerdict(q, grade(q, right)), QStringLiteral("Right."));
    const Question s = sorting();
    const Answer sorted { {}, { { QStringLiteral("a"), Party::Aws } } };
    EXPECT_EQ(spokenVerdict(s, grade(s, sorted)), verdictText(s, grade(s, sorted)));
}
