// SPDX-License-Identifier: GPL-3.0-or-later
// The student page in a real browser: headless Chromium opens it on the loopback address, joins
// with the room code, answers, and sees the verdict once the answer is shown; the class's count
// moves. Chromium is driven over its DevTools protocol on the loopback address, and told to
// resolve no other host, so nothing leaves the machine.
#include "ClassClient.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <gtest/gtest.h>

using namespace demarc;

namespace {

/** A headless Chromium with a page open, and JavaScript evaluated in that page. */
class Browser
{
public:
    explicit Browser(const QString& program) { m_program = program; }
    ~Browser()
    {
        m_devtools.close();
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    /** Starts the browser on @p url; false (with why) when it does not come up. */
    bool open(const QUrl& url, QString* why)
    {
        m_process.setProgram(m_program);
        m_process.setArguments(
            { QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),
              QStringLiteral("--disable-gpu"), QStringLiteral("--no-first-run"),
              QStringLiteral("--no-default-browser-check"),
              QStringLiteral("--user-data-dir=") + m_profile.path(),
              QStringLiteral("--remote-debugging-address=127.0.0.1"),
              QStringLiteral("--remote-debugging-port=0"),
              // Nothing but the loopback address: no background traffic, no other host resolved.
              QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
              QStringLiteral("--disable-sync"), QStringLiteral("--disable-default-apps"),
              QStringLiteral("--no-pings"), QStringLiteral("--disable-domain-reliability"),
              QStringLiteral("--dns-prefetch-disable"),
              QStringLiteral("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"), url.toString() });
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *why = QStringLiteral("Chromium did not start: ") + m_process.errorString();
            return false;
        }
        // Chromium writes the port it chose, and its browser's path, in the profile folder.
        QFile portFile(m_profile.filePath(QStringLiteral("DevToolsActivePort")));
        if (!QTest::qWaitFor([&] { return portFile.exists() && portFile.size() > 0; }, 20000)) {
            *why = QStringLiteral("Chromium never said its DevTools port: ")
                + QString::fromUtf8(m_process.readAllStandardError());
            return false;
        }
        portFile.open(QIODevice::ReadOnly);
        const quint16 port = quint16(portFile.readLine().trimmed().toUInt());
        // The page's own DevTools socket, from the list of targets.
        QString socketUrl;
        test::ClassClient devtools(port);
        const bool listed = QTest::qWaitFor(
            [&] {
                const QJsonArray targets =
                    QJsonDocument::fromJson(devtools.get(QStringLiteral("/json/list")).body).array();
                for (const QJsonValue t : targets) {
                    if (t.toObject().value(QLatin1String("type")) == QLatin1String("page"))
                        socketUrl = t.toObject().value(QLatin1String("webSocketDebuggerUrl")).toString();
                }
                return !socketUrl.isEmpty();
            },
            10000);
        if (!listed || !QUrl(socketUrl).host().startsWith(QLatin1String("127.0.0.1"))) {
            *why = QStringLiteral("no page to drive: '%1'").arg(socketUrl);
            return false;
        }
        QObject::connect(&m_devtools, &QWebSocket::textMessageReceived, &m_devtools,
                         [this](const QString& text) {
                             const QJsonObject reply = QJsonDocument::fromJson(text.toUtf8()).object();
                             if (reply.contains(QLatin1String("id")))
                                 m_replies.insert(reply.value(QLatin1String("id")).toInt(), reply);
                         });
        m_devtools.open(QUrl(socketUrl));
        return QTest::qWaitFor([&] { return m_devtools.state() == QAbstractSocket::ConnectedState; }, 10000);
    }

    /** @p expression's value in the page (a string, number or boolean), or an invalid value. */
    QJsonValue evaluate(const QString& expression)
    {
        const int id = ++m_lastId;
        m_devtools.sendTextMessage(QString::fromUtf8(
            QJsonDocument(QJsonObject { { QStringLiteral("id"), id },
                                        { QStringLiteral("method"), QStringLiteral("Runtime.evaluate") },
                                        { QStringLiteral("params"),
                                          QJsonObject { { QStringLiteral("expression"), expression },
                                                        { QStringLiteral("returnByValue"), true } } } })
                .toJson(QJsonDocument::Compact)));
        if (!QTest::qWaitFor([&] { return m_replies.contains(id); }, 10000))
            return {};
        return m_replies.take(id)
            .value(QLatin1String("result"))
            .toObject()
            .value(QLatin1String("result"))
            .toObject()
            .value(QLatin1String("value"));
    }

    /** Waits until @p expression is true in the page. */
    bool waitFor(const QString& expression, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return evaluate(expression).toBool(); }, ms);
    }

private:
    QString m_program;
    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_devtools;
    QHash<int, QJsonObject> m_replies;
    int m_lastId = 0;
};

} // namespace

TEST(StudentPage, a_phone_joins_answers_and_sees_the_verdict_in_a_real_browser)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty())
        GTEST_SKIP() << "Chromium is not installed (Debian package chromium; scripts/test installs it): "
                        "the student page is not tried in a browser";
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

    Browser browser(chromium);
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
