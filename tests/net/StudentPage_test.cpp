// SPDX-License-Identifier: GPL-3.0-or-later
// The student page in real browsers: headless Chromium and Firefox each open it on the loopback
// address, join with the room code, answer, and see the verdict once the answer is shown; the
// class's count moves. Nothing leaves the machine (see Browser.h).
#include "Browser.h"
#include "ClassClient.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"
#include "support/TestFiles.h"

#include <QFile>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** Saves the page as shown when DEMARC_TEST_SHOTS names a folder. */
void shot(test::Browser& browser, test::Browser::Kind kind, const QString& name)
{
    const QString folder = test::shotsFolder(QStringLiteral("student-page"));
    if (folder.isEmpty())
        return;
    QFile file(QStringLiteral("%1/%2-%3.png").arg(folder, test::Browser::name(kind).toLower(), name));
    if (file.open(QIODevice::WriteOnly))
        file.write(browser.screenshot());
}

/** The lowest contrast (WCAG's ratio) of a choice's text against its background. */
const char* LowestChoiceContrast =
    R"(Math.min(...Array.from(document.querySelectorAll('#choices button'), (b) => {
  const rgba = (c) => {
    const v = c.match(/[\d.]+/g).map(Number);
    return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
  };
  const over = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3]));
  const linear = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = (c) => { const [r, g, bl] = c.map(linear); return 0.2126 * r + 0.7152 * g + 0.0722 * bl; };
  const style = getComputedStyle(b);
  const background = over(rgba(style.backgroundColor), [255, 255, 255]);
  const [a, z] = [lum(over(rgba(style.color), background)), lum(background)];
  return (Math.max(a, z) + 0.05) / (Math.min(a, z) + 0.05);
})))";

/** The page fits a phone: nothing wider than its screen, every choice a finger's height (44 px) or
 *  more, and every choice's text readable (contrast 4.5:1 or more, answered, shown or not). */
void expectPhoneSized(test::Browser& browser)
{
    EXPECT_GE(browser.evaluate(QString::fromLatin1(LowestChoiceContrast)).toDouble(), 4.5);
    EXPECT_TRUE(browser.evaluate(QStringLiteral("document.documentElement.scrollWidth <= window.innerWidth"))
                    .toBool())
        << "the page is wider than the phone: "
        << browser.evaluate(QStringLiteral("document.documentElement.scrollWidth")).toDouble();
    EXPECT_GE(
        browser
            .evaluate(QStringLiteral("Math.min(...Array.from(document.querySelectorAll('#choices button'), "
                                     "b => b.getBoundingClientRect().height))"))
            .toDouble(),
        44.0);
}

/** Opens the student page of the class on @p port and waits until it can be used. */
bool openThePage(test::Browser& browser, quint16 port, QString* why)
{
    return browser.open(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port)), why)
        && browser.waitFor(
            QStringLiteral("document.readyState === 'complete' && !!document.getElementById('room')"));
}

/** Types @p code as the room code and presses Join. */
void typeRoomCode(test::Browser& browser, const QString& code)
{
    browser.evaluate(QStringLiteral("document.getElementById('room').value = '%1'; "
                                    "document.getElementById('joinButton').click(); true")
                         .arg(code));
}

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
    ASSERT_TRUE(openThePage(browser, *port, &why)) << why.toStdString();
    // A phone's screen: 390 × 844 CSS pixels.
    ASSERT_TRUE(browser.setViewport(QSize(390, 844)));
    shot(browser, kind, QStringLiteral("join"));
    typeRoomCode(browser, QStringLiteral("2468"));
    ASSERT_TRUE(browser.waitFor(QStringLiteral("document.querySelectorAll('#choices button').length === %1")
                                    .arg(question.choices.size())))
        << "the question never reached the page: "
        << browser.evaluate(QStringLiteral("document.body.innerText")).toString().toStdString();
    EXPECT_EQ(browser.evaluate(QStringLiteral("document.getElementById('prompt').textContent")).toString(),
              question.prompt);
    EXPECT_EQ(room.studentCount(), 1);
    EXPECT_TRUE(browser.waitFor(
        QStringLiteral("document.getElementById('status').textContent.startsWith('Tap your answer')")));
    // The rest of the class answers while this student has a choice under the finger (focus):
    // the choice stays the same element, and keeps the focus.
    browser.evaluate(QStringLiteral("window.kept = document.querySelectorAll('#choices button')[%1]; "
                                    "window.kept.focus(); true")
                         .arg(right));
    test::ClassClient others(*port);
    for (int i = 0; i < 5; ++i) {
        const QString token = others.join(QStringLiteral("2468"));
        const QByteArray body = test::answerBody(token, question.id, { question.choices.at(right).id });
        ASSERT_EQ(others.post(QStringLiteral("/answer"), body).status, 200);
    }
    QTest::qWait(300);
    EXPECT_TRUE(browser
                    .evaluate(QStringLiteral("document.contains(window.kept) && document.activeElement === "
                                             "window.kept"))
                    .toBool())
        << "the choice under the student's finger was replaced while others answered";
    expectPhoneSized(browser);
    shot(browser, kind, QStringLiteral("question"));

    browser.evaluate(
        QStringLiteral("document.querySelectorAll('#choices button')[%1].click(); true").arg(right));
    ASSERT_TRUE(QTest::qWaitFor([&] { return room.counts().value(right) == 6; }, 10000))
        << "the count never moved";
    EXPECT_TRUE(browser.waitFor(
        QStringLiteral("document.getElementById('status').textContent.startsWith('Answer sent')")));
    EXPECT_TRUE(
        browser
            .evaluate(QStringLiteral(
                          "document.querySelectorAll('#choices button')[%1].classList.contains('picked')")
                          .arg(right))
            .toBool());
    EXPECT_TRUE(browser
                    .evaluate(QStringLiteral(
                        "document.contains(window.kept) && window.kept.classList.contains('picked')"))
                    .toBool())
        << "taking the answer replaced the choice instead of marking it";
    shot(browser, kind, QStringLiteral("answered"));
    room.setRevealed(true);
    ASSERT_TRUE(browser.waitFor(
        QStringLiteral("document.getElementById('verdict').textContent.startsWith('✓ Right')")))
        << browser.evaluate(QStringLiteral("document.getElementById('verdict').textContent"))
               .toString()
               .toStdString();
    EXPECT_EQ(
        browser
            .evaluate(
                QStringLiteral(
                    "document.querySelectorAll('#choices button')[%1].querySelector('.mark').textContent")
                    .arg(right))
            .toString(),
        QStringLiteral("✓ right, your answer"));
    EXPECT_TRUE(browser.evaluate(QStringLiteral("document.getElementById('why').textContent"))
                    .toString()
                    .contains(question.choices.at(right).explanation));
    EXPECT_TRUE(browser.evaluate(QStringLiteral("document.getElementById('status').textContent"))
                    .toString()
                    .startsWith(QStringLiteral("The answer is shown")));
    expectPhoneSized(browser);
    shot(browser, kind, QStringLiteral("verdict"));
    // A phone set to dark gets the page dark, as readable.
    if (kind == test::Browser::Kind::Chromium) {
        ASSERT_TRUE(browser.preferDark());
        EXPECT_TRUE(
            browser.evaluate(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString()
            == QStringLiteral("rgb(18, 18, 18)"));
        expectPhoneSized(browser);
        shot(browser, kind, QStringLiteral("verdict-dark"));
    }
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

TEST(StudentPage, speaks_the_phones_language_and_marks_the_courses_own_texts_as_english)
{
    int tried = 0;
    for (const auto kind : { test::Browser::Kind::Chromium, test::Browser::Kind::Firefox }) {
        const QString program = test::Browser::program(kind);
        if (program.isEmpty())
            continue;
        ++tried;
        const auto& questions = test::FakeContentRepository::bundledCourse().questions;
        ClassRoom room(QStringLiteral("2468"));
        ClassServer server(&room);
        const auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
        room.setQuestion(questions.first());
        test::Browser browser(kind, program);
        browser.setLanguage(QStringLiteral("de-DE"));
        QString why;
        ASSERT_TRUE(openThePage(browser, *port, &why)) << why.toStdString();
        const std::string name = test::Browser::name(kind).toStdString();
        EXPECT_EQ(browser.evaluate(QStringLiteral("document.documentElement.lang")).toString(),
                  QStringLiteral("de"))
            << name;
        EXPECT_EQ(
            browser.evaluate(QStringLiteral("document.getElementById('joinButton').textContent")).toString(),
            QStringLiteral("Beitreten"))
            << name;
        typeRoomCode(browser, QStringLiteral("1111"));
        EXPECT_TRUE(browser.waitFor(QStringLiteral(
            "document.getElementById('status').textContent === 'Das ist nicht der Code dieses Raums.'")))
            << name;
        typeRoomCode(browser, QStringLiteral("2468"));
        ASSERT_TRUE(
            browser.waitFor(QStringLiteral("document.querySelectorAll('#choices button').length > 0")))
            << name;
        EXPECT_TRUE(browser.waitFor(QStringLiteral(
            "document.getElementById('status').textContent.startsWith('Tippen Sie auf Ihre Antwort')")))
            << name;
        EXPECT_EQ(browser.evaluate(QStringLiteral("document.getElementById('prompt').lang")).toString(),
                  QStringLiteral("en"))
            << name << ": the question is the course's English";
        shot(browser, kind, QStringLiteral("german"));
        EXPECT_EQ(browser.evaluate(QStringLiteral("document.querySelector('#choices button span').lang"))
                      .toString(),
                  QStringLiteral("en"))
            << name;
    }
    if (tried == 0)
        GTEST_SKIP() << "neither Chromium nor Firefox is installed (scripts/test installs both)";
}

TEST(StudentPage, a_class_started_again_asks_for_the_room_code_and_a_second_tab_is_left_be)
{
    const QString program = test::Browser::program(test::Browser::Kind::Chromium);
    if (program.isEmpty())
        GTEST_SKIP() << "Chromium is not installed (Debian package chromium; scripts/test installs it)";
    const auto& questions = test::FakeContentRepository::bundledCourse().questions;
    auto room = std::make_unique<ClassRoom>(QStringLiteral("2468"));
    auto server = std::make_unique<ClassServer>(room.get());
    const auto port = server->listen(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
    room->setQuestion(questions.first());
    test::Browser browser(test::Browser::Kind::Chromium, program);
    QString why;
    ASSERT_TRUE(openThePage(browser, *port, &why)) << why.toStdString();
    const auto joinAs = [&](const QString& code) {
        typeRoomCode(browser, code);
        return browser.waitFor(
            QStringLiteral("!document.getElementById('questionBox').classList.contains('hidden') "
                           "&& document.querySelectorAll('#choices button').length > 0"));
    };
    ASSERT_TRUE(joinAs(QStringLiteral("2468")));

    // The instructor starts the class again on the same address and port: the page loses its
    // connection, tries again, finds its token unknown there, and asks for the new room code
    // instead of trying forever.
    server.reset();
    room = std::make_unique<ClassRoom>(QStringLiteral("1357"));
    server = std::make_unique<ClassServer>(room.get());
    ASSERT_TRUE(server->listen(QHostAddress(QHostAddress::LocalHost), *port).ok());
    room->setQuestion(questions.first());
    ASSERT_TRUE(
        browser.waitFor(QStringLiteral("!document.getElementById('joinBox').classList.contains('hidden')")))
        << browser.evaluate(QStringLiteral("document.getElementById('status').textContent"))
               .toString()
               .toStdString();
    EXPECT_TRUE(browser.evaluate(QStringLiteral("document.getElementById('status').textContent"))
                    .toString()
                    .contains(QStringLiteral("started again")));
    EXPECT_TRUE(
        browser
            .evaluate(QStringLiteral("document.getElementById('questionBox').classList.contains('hidden')"))
            .toBool());
    ASSERT_TRUE(joinAs(QStringLiteral("1357")));
    EXPECT_EQ(room->studentCount(), 1);

    // The same student's token opened elsewhere (a second tab): this page steps aside, and does
    // not take the connection back.
    const QString token =
        browser.evaluate(QStringLiteral("sessionStorage.getItem('demarcToken')")).toString();
    ASSERT_EQ(token.size(), 32);
    test::StudentSocket otherTab(*port, token);
    ASSERT_TRUE(otherTab.waitFor([](const QJsonObject&) { return true; }));
    EXPECT_TRUE(browser.waitFor(
        QStringLiteral("document.getElementById('status').textContent.includes('another tab')")));
    QTest::qWait(3000); // longer than the page waits before it reconnects after a lost connection
    EXPECT_FALSE(otherTab.closed()) << "the page took the connection back";
}
