// SPDX-License-Identifier: GPL-3.0-or-later
// A live class without the network: joining, the wrong-code limit, answers and their counts.
#include "net/ClassRoom.h"

#include "support/QtPrinters.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

Question question(const char* id, QuestionType type = QuestionType::Single)
{
    Question q;
    q.id = QLatin1String(id);
    q.type = type;
    q.prompt = QStringLiteral("Who patches the guest operating system on EC2?");
    q.choices = {
        { QStringLiteral("a"), QStringLiteral("AWS"), false, {}, QStringLiteral("No.") },
        { QStringLiteral("b"), QStringLiteral("The customer"), true, {}, QStringLiteral("Yes.") },
        { QStringLiteral("c"), QStringLiteral("Both"), type == QuestionType::Multiple, {}, QString() }
    };
    return q;
}

const QDateTime Start(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
const QString Address = QStringLiteral("192.0.2.7");

} // namespace

TEST(ClassRoom, the_room_code_lets_a_student_in_with_a_token_of_its_own)
{
    ClassRoom room(QStringLiteral("1234"));
    QSignalSpy changed(&room, &ClassRoom::changed);
    const auto a = room.join(QStringLiteral("1234"), Address, Start);
    const auto b = room.join(QStringLiteral("1234"), Address, Start);
    EXPECT_EQ(a.result, ClassRoom::JoinResult::Joined);
    EXPECT_EQ(a.token.size(), 32);
    EXPECT_NE(a.token, b.token);
    EXPECT_TRUE(room.knows(a.token));
    EXPECT_EQ(room.studentCount(), 2);
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(room.join(QStringLiteral("4321"), Address, Start).result, ClassRoom::JoinResult::WrongCode);
    EXPECT_EQ(room.studentCount(), 2);
    EXPECT_EQ(ClassRoom().roomCode().size(), 4);
}

TEST(ClassRoom, more_than_ten_wrong_codes_a_minute_from_one_address_wait_a_minute)
{
    ClassRoom room(QStringLiteral("1234"));
    for (int i = 0; i < ClassRoom::WrongCodesAllowed; ++i)
        EXPECT_EQ(room.join(QStringLiteral("0000"), Address, Start.addSecs(i)).result,
                  ClassRoom::JoinResult::WrongCode);
    EXPECT_EQ(room.join(QStringLiteral("0000"), Address, Start.addSecs(20)).result,
              ClassRoom::JoinResult::Throttled);
    EXPECT_EQ(room.join(QStringLiteral("1234"), Address, Start.addSecs(30)).result,
              ClassRoom::JoinResult::Throttled)
        << "even the right code waits";
    EXPECT_EQ(room.join(QStringLiteral("1234"), QStringLiteral("192.0.2.8"), Start.addSecs(30)).result,
              ClassRoom::JoinResult::Joined)
        << "another address is not held up";
    EXPECT_EQ(room.join(QStringLiteral("1234"), Address, Start.addSecs(81)).result,
              ClassRoom::JoinResult::Joined);
    // Ten wrong codes spread over more than a minute are never held against anyone.
    ClassRoom slow(QStringLiteral("1234"));
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(slow.join(QStringLiteral("0000"), Address, Start.addSecs(i * 7)).result,
                  ClassRoom::JoinResult::WrongCode);
}

TEST(ClassRoom, one_answer_per_student_changeable_until_revealed_and_counted_per_choice)
{
    ClassRoom room(QStringLiteral("1234"));
    const QString a = room.join(QStringLiteral("1234"), Address, Start).token;
    const QString b = room.join(QStringLiteral("1234"), Address, Start).token;
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::NoQuestion);
    room.setQuestion(question("q1"));
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("a") }),
              ClassRoom::AnswerResult::Accepted);
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::Accepted);
    EXPECT_EQ(room.answer(b, QStringLiteral("q1"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::Accepted);
    EXPECT_EQ(room.counts(), (QList<int> { 0, 2, 0 })) << "a changed answer replaces the first";
    EXPECT_EQ(room.answered(), 2);
    EXPECT_EQ(room.answerOf(a), QStringList { QStringLiteral("b") });
    EXPECT_EQ(room.answer(QString(32, u'0'), QStringLiteral("q1"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::UnknownStudent);
    EXPECT_EQ(room.answer(a, QStringLiteral("q2"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::OtherQuestion);
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("z") }),
              ClassRoom::AnswerResult::BadChoice);
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("a"), QStringLiteral("b") }),
              ClassRoom::AnswerResult::BadChoice)
        << "one answer to a one-answer question";
    room.setRevealed(true);
    EXPECT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("a") }),
              ClassRoom::AnswerResult::Revealed);
    EXPECT_EQ(room.counts(), (QList<int> { 0, 2, 0 }));
}

TEST(ClassRoom, the_summary_counts_who_answered_and_who_was_right_per_question)
{
    ClassRoom room(QStringLiteral("1234"));
    const QString a = room.join(QStringLiteral("1234"), Address, Start).token;
    const QString b = room.join(QStringLiteral("1234"), Address, Start).token;
    room.setQuestion(question("q1"));
    ASSERT_EQ(room.answer(a, QStringLiteral("q1"), { QStringLiteral("b") }),
              ClassRoom::AnswerResult::Accepted);
    ASSERT_EQ(room.answer(b, QStringLiteral("q1"), { QStringLiteral("a") }),
              ClassRoom::AnswerResult::Accepted);
    room.setQuestion(question("q2", QuestionType::Multiple));
    EXPECT_FALSE(room.revealed()) << "a new question starts hidden";
    ASSERT_EQ(room.answer(a, QStringLiteral("q2"), { QStringLiteral("b"), QStringLiteral("c") }),
              ClassRoom::AnswerResult::Accepted);
    Question sorting = question("q3");
    sorting.type = QuestionType::Classify;
    room.setQuestion(sorting);
    EXPECT_FALSE(room.question().has_value()) << "a sorting question is not asked of phones";
    room.setQuestion(question("q1"));
    EXPECT_EQ(room.counts(), (QList<int> { 1, 1, 0 })) << "going back shows the answers given";
    const QList<ClassRoom::Summary> summary = room.summary();
    ASSERT_EQ(summary.size(), 2);
    EXPECT_EQ(summary.at(0).questionId, QStringLiteral("q1"));
    EXPECT_EQ(summary.at(0).answered, 2);
    EXPECT_EQ(summary.at(0).right, 1);
    EXPECT_EQ(summary.at(1).answered, 1);
    EXPECT_EQ(summary.at(1).right, 1);
}
