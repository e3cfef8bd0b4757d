// SPDX-License-Identifier: GPL-3.0-or-later
// The student page in real browsers: headless Chromium and Firefox each open it on the loopback
// address, join with the room code, answer, and see the verdict once the answer is shown; the
// class's count moves. Nothing leaves the machine (see Browser.h).
#include "Browser.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

void joinAnswerAndSeeTheVerdict(test::Browser::Kind kind)
{
    const QString program = test::Browser::program(kind);
    if (program.isEmpty())
        GTEST_SKIP() << test::Browser::name(kind).toStdString() << " is not installed (Debian package "
                     << test::Browser::package(kind).toStdString()
                     << "; scripts/test installs it): the student page is not tried in it";
    const auto& questions = test::FakeContentRepository::bundledCourse().questions;
    const Question question = *std::find_if(questions.begin(), questions.end(),
                                            [](const Question& q) { return q.type == QuestionType::Single; });
    int right = 0;
    while (!question.choices.at(right).correct)
        ++right;
    ClassRoom room(QStringLiteral("2468"));
    ClassServer server(&room);
    const auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
    room.setQuestion(question);

    test::Browser browser(kind, program);
    QString why;
    ASSERT_TRUE(browser.open(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(*port)), &why))
        << why.toStdString();
    ASSERT_TRUE(browser.waitFor(
        QStringLiteral("document.readyState === 'complete' && !!document.getElementById('room')")));
    browser.evaluate(QStringLiteral("document.getElementById('room').value = '2468'; "
                                    "document.getElementById('joinButton').click(); true"));
    ASSERT_TRUE(browser.waitFor(QStringLiteral("document.querySelectorAll('#choices button').length === %1")
                                    .arg(question.choices.size())))
        << "the question never reached the page: "
        << browser.evaluate(QStringLiteral("document.body.innerText")).toString().toStdString();
    EXPECT_EQ(browser.evaluate(QStringLiteral("document.getElementById('prompt').textContent")).toString(),
              question.prompt);
    EXPECT_EQ(room.studentCount(), 1);

    browser.evaluate(
        QStringLiteral("document.querySelectorAll('#choices button')[%1].click(); true").arg(right));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room.counts().value(right) == 1; }, 10000))
        << "the count never moved";
    room.setRevealed(true);
    ASSERT_TRUE(browser.waitFor(
        QStringLiteral("document.getElementById('verdict').textContent.startsWith('✓ Right')")))
        << browser.evaluate(QStringLiteral("document.getElementById('verdict').textContent"))
               .toString()
               .toStdString();
}

} // namespace

TEST(StudentPage, a_phone_joins_answers_and_sees_the_verdict_in_chromium)
{
    joinAnswerAndSeeTheVerdict(test::Browser::Kind::Chromium);
}

TEST(StudentPage, a_phone_joins_answers_and_sees_the_verdict_in_firefox)
{
    joinAnswerAndSeeTheVerdict(test::Browser::Kind::Firefox);
}
