// SPDX-License-Identifier: GPL-3.0-or-later
// The live class on its own thread as presenter mode uses it, and the join address's QR code.
#include "ClassClient.h"
#include "net/LiveClassServer.h"
#include "net/QrCode.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

using namespace demarc;

namespace {

/** Whether a 7 × 7 finder pattern (dark ring, light ring, dark 3 × 3 centre) starts at (@p x, @p y). */
bool finderAt(const QList<QList<bool>>& m, int x, int y)
{
    for (int dy = 0; dy < 7; ++dy) {
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (m.at(y + dy).at(x + dx) != (ring || centre))
                return false;
        }
    }
    return true;
}

} // namespace

TEST(QrCode, a_join_address_becomes_a_square_code_with_its_three_finder_patterns)
{
    const QList<QList<bool>> m = qrModules("http://192.168.1.20:8080/");
    ASSERT_GE(m.size(), 21);
    EXPECT_EQ((m.size() - 21) % 4, 0) << "a QR version is 21 + 4n modules wide";
    for (const QList<bool>& row : m)
        ASSERT_EQ(row.size(), m.size());
    const int far = int(m.size()) - 7;
    EXPECT_TRUE(finderAt(m, 0, 0));
    EXPECT_TRUE(finderAt(m, far, 0));
    EXPECT_TRUE(finderAt(m, 0, far));
    EXPECT_FALSE(finderAt(m, far, far)) << "the fourth corner has none";
    EXPECT_NE(qrModules("http://10.0.0.1:1/"), m) << "another address, another code";
}

TEST(LiveClassServer, serves_from_its_own_thread_and_keeps_presenter_mode_up_to_date)
{
    const auto started =
        LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), 0, QStringLiteral("1357"));
    ASSERT_TRUE(started.ok()) << started.errorMessage().toStdString();
    LiveClassServer& live = **started;
    EXPECT_EQ(live.roomCode(), QStringLiteral("1357"));
    EXPECT_EQ(live.joinAddress(), QStringLiteral("http://127.0.0.1:%1/").arg(live.port()));
    EXPECT_FALSE(live.joinCode().isEmpty());

    const Question& question = test::FakeContentRepository::bundledCourse().questions.first();
    ASSERT_EQ(question.type, QuestionType::Single);
    QSignalSpy changed(&live, &LiveClass::changed);
    live.setQuestion(question);
    test::ClassClient client(live.port());
    const QString token = client.join(QStringLiteral("1357"));
    ASSERT_FALSE(token.isEmpty());
    ASSERT_EQ(client
                  .post(QStringLiteral("/answer"),
                        test::answerBody(token, question.id, { question.choices.at(1).id }))
                  .status,
              200);
    ASSERT_TRUE(QTest::qWaitFor([&] { return live.answered() == 1; }, 5000));
    EXPECT_EQ(live.students(), 1);
    EXPECT_EQ(live.counts().value(1), 1);
    EXPECT_GE(changed.count(), 2);

    QSignalSpy next(&live, &LiveClass::nextRequested);
    EXPECT_EQ(client.post(QStringLiteral("/next"), {}).status, 200);
    EXPECT_TRUE(QTest::qWaitFor([&] { return next.count() == 1; }, 3000));

    live.setRevealed(true);
    test::StudentSocket student(live.port(), token);
    ASSERT_TRUE(
        student.waitFor([](const QJsonObject& s) { return s.value(QLatin1String("revealed")).toBool(); }));
    ASSERT_EQ(live.summary().size(), 1);
    EXPECT_EQ(live.summary().first().answered, 1);
}

TEST(LiveClassServer, a_port_in_use_is_said_and_nothing_is_left_running)
{
    const auto first = LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(first.ok());
    const auto second = LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), (*first)->port());
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.errorMessage().contains(QString::number((*first)->port())))
        << second.errorMessage().toStdString();
}

TEST(LiveClassServer, presenter_mode_never_waits_for_the_class_thread)
{
    const auto started = LiveClassServer::start(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(started.ok()) << started.errorMessage().toStdString();
    LiveClassServer& live = **started;
    // The class's thread is made busy, as a flood of phones could make it...
    QSemaphore entered;
    QSemaphore release;
    auto* onServerThread = new QObject;
    onServerThread->moveToThread(live.serverThread());
    QMetaObject::invokeMethod(
        onServerThread,
        [&] {
            entered.release();
            release.acquire();
        },
        Qt::QueuedConnection);
    ASSERT_TRUE(entered.tryAcquire(1, 10000));
    // ...and everything presenter mode does while it draws and moves on answers at once. A watchdog
    // frees the thread after ten seconds, so a call that waited fails the test instead of hanging it.
    std::atomic<bool> watchdogFired = false;
    QSemaphore done;
    std::thread watchdog([&] {
        if (!done.tryAcquire(1, 10000))
            watchdogFired = true;
        release.release();
    });
    const Question& question = test::FakeContentRepository::bundledCourse().questions.first();
    for (int i = 0; i < 100; ++i) {
        live.setQuestion(question);
        live.setRevealed(i % 2 == 1);
        EXPECT_EQ(live.students(), 0);
        EXPECT_TRUE(live.counts().isEmpty() || live.counts().size() == question.choices.size());
        EXPECT_EQ(live.answered(), 0);
        live.summary();
        live.joinAddress();
        live.joinCode();
    }
    EXPECT_FALSE(watchdogFired) << "presenter mode waited for the class's busy thread";
    done.release();
    watchdog.join();
    onServerThread->deleteLater();
    // Once the thread is free again, what was asked meanwhile is done: the question is open.
    EXPECT_TRUE(QTest::qWaitFor([&] { return live.summary().size() == 1; }, 5000));
}
