// SPDX-License-Identifier: GPL-3.0-or-later
// demarc --serve-class, run as a process on the loopback address: it says where the class is,
// serves the page, takes students and moves on when asked, and prints how the class answered.
#include "support/QtPrinters.h"

#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

/** One HTTP/1.1 exchange on a connection of its own; the status line and body come back. */
QByteArray exchange(quint16 port, const QByteArray& method, const QByteArray& path,
                    const QByteArray& body = {})
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(method + ' ' + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // The whole answer is in once its head and as many bytes as it declares have come.
    QByteArray got;
    while (socket.waitForReadyRead(5000)) {
        got += socket.readAll();
        const qsizetype end = got.indexOf("\r\n\r\n");
        const auto length = QRegularExpression(QStringLiteral("(?i)content-length: *(\\d+)"))
                                .match(QString::fromLatin1(got.left(end)));
        if (end >= 0 && got.size() >= end + 4 + (length.hasMatch() ? length.captured(1).toLongLong() : 0))
            break;
    }
    return got;
}

class ServeClass : public testing::Test
{
protected:
    void start(const QStringList& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(DEMARC_EXECUTABLE),
                        QStringList { QStringLiteral("--db"), m_home.filePath(QStringLiteral("class.sqlite")),
                                      QStringLiteral("--serve-class") }
                            + extra);
    }

    /** Runs the command with @p extra, which must end with @p exitCode and say @p says. */
    void expectRefused(const QStringList& extra, int exitCode, const char* says)
    {
        start(extra);
        ASSERT_TRUE(m_process.waitForFinished(30000));
        EXPECT_EQ(m_process.exitCode(), exitCode);
        EXPECT_TRUE(m_process.readAllStandardError().contains(says)) << says;
    }

    void TearDown() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QTemporaryDir m_home;
    QProcess m_process;
};

} // namespace

TEST_F(ServeClass, runs_until_stopped_and_tells_how_the_class_answered)
{
    start({ QStringLiteral("--listen"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
            QStringLiteral("0"), QStringLiteral("--room"), QStringLiteral("2468") });
    ASSERT_TRUE(m_process.waitForStarted(10000));
    QString first;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            first += QString::fromUtf8(m_process.readAllStandardOutput());
            return first.contains(QLatin1Char('\n')) || m_process.state() == QProcess::NotRunning;
        },
        30000));
    const auto where =
        QRegularExpression(
            QStringLiteral("http://127\\.0\\.0\\.1:(\\d+)/: room code 2468, 5 class questions"))
            .match(first);
    ASSERT_TRUE(where.hasMatch()) << first.toStdString() << m_process.readAllStandardError().constData();
    const auto port = quint16(where.captured(1).toUInt());

    EXPECT_TRUE(exchange(port, "GET", "/").startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(exchange(port, "POST", "/join", R"({"room": "2468"})").startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(exchange(port, "POST", "/join", R"({"room": "1111"})").startsWith("HTTP/1.1 403"));
    EXPECT_TRUE(exchange(port, "POST", "/next").startsWith("HTTP/1.1 200"));
    EXPECT_TRUE(exchange(port, "GET", "/secret").startsWith("HTTP/1.1 404"));

    m_process.terminate();
    ASSERT_TRUE(m_process.waitForFinished(10000));
    EXPECT_EQ(m_process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(m_process.exitCode(), 0) << m_process.readAllStandardError().constData();
    const QString rest = QString::fromUtf8(m_process.readAllStandardOutput());
    EXPECT_TRUE(rest.contains(QStringLiteral("Class ended: 1 student joined"))) << rest.toStdString();
    EXPECT_EQ(rest.count(QStringLiteral(" answered, ")), 2)
        << "the two questions opened: " << rest.toStdString();
    // Each question by its number and the start of its wording, never by its internal id.
    const QRegularExpression line(QStringLiteral("^2\\. \\S.{0,61}: 0 answered, 0 right$"),
                                  QRegularExpression::MultilineOption);
    EXPECT_TRUE(line.match(rest).hasMatch()) << rest.toStdString();
    EXPECT_FALSE(rest.contains(QStringLiteral("q-"))) << rest.toStdString();
}

TEST_F(ServeClass, refuses_every_address_at_once_a_bad_room_code_and_in_the_tests_any_but_loopback)
{
    expectRefused({ QStringLiteral("--listen"), QStringLiteral("0.0.0.0") }, 1, "every address");

    expectRefused({ QStringLiteral("--listen"), QStringLiteral("203.0.113.77") }, 1,
                  "not one of this machine's addresses");

    // This machine's own network address, where it has one: refused in the tests.
    const QList<QHostAddress> all = QNetworkInterface::allAddresses();
    ASSERT_FALSE(all.contains(QHostAddress(QStringLiteral("203.0.113.77"))));
    const auto own = std::find_if(all.begin(), all.end(), [](const QHostAddress& a) {
        return a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback() && !a.isLinkLocal();
    });
    if (own != all.end())
        expectRefused({ QStringLiteral("--listen"), own->toString() }, 1, "loopback");

    expectRefused({ QStringLiteral("--room"), QStringLiteral("12") }, 2, "four digits");

    start({ QStringLiteral("--listen"), QStringLiteral("nowhere") });
    ASSERT_TRUE(m_process.waitForFinished(30000));
    EXPECT_EQ(m_process.exitCode(), 2);
}
