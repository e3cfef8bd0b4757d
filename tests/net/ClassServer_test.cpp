// SPDX-License-Identifier: GPL-3.0-or-later
// The class server driven as phones drive it, over the loopback address: the page, joining,
// answering, the live updates, and what it refuses.
#include "ClassClient.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QJsonArray>
#include <QNetworkInterface>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <gtest/gtest.h>

using namespace demarc;
using test::ClassClient;
using test::StudentSocket;

namespace {

/** The course's first question with one right answer, and its choices' ids. */
Question firstSingle()
{
    for (const Question& q : test::FakeContentRepository::bundledCourse().questions) {
        if (q.type == QuestionType::Single)
            return q;
    }
    return {};
}

class ClassServerTest : public testing::Test
{
protected:
    void SetUp() override
    {
        m_server.setHeadTimeout(400);
        const auto port = m_server.listen(QHostAddress(QHostAddress::LocalHost), 0);
        ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
        m_client = std::make_unique<ClassClient>(*port);
        m_question = firstSingle();
        ASSERT_FALSE(m_question.id.isEmpty());
    }

    /** Whether @p student's live connection comes to show the open question. */
    static bool seesTheQuestion(StudentSocket& student)
    {
        return student.waitFor(
            [](const QJsonObject& state) { return state.value(QLatin1String("question")).isObject(); });
    }
    QByteArray answerBody(const QString& token, const QString& choice) const
    {
        return test::answerBody(token, m_question.id, { choice });
    }
    QString rightChoice() const
    {
        for (const Choice& c : m_question.choices) {
            if (c.correct)
                return c.id;
        }
        return {};
    }

    ClassRoom m_room { QStringLiteral("1234") };
    ClassServer m_server { &m_room };
    std::unique_ptr<ClassClient> m_client;
    Question m_question;
};

} // namespace

TEST_F(ClassServerTest, the_student_page_is_served_whole_with_a_strict_policy_and_nothing_from_elsewhere)
{
    const test::HttpReply page = m_client->get(QStringLiteral("/"));
    ASSERT_EQ(page.status, 200);
    EXPECT_TRUE(page.header("Content-Type").startsWith("text/html"));
    EXPECT_TRUE(page.body.contains("Room code"));
    const QByteArray policy = page.header("Content-Security-Policy");
    EXPECT_TRUE(policy.startsWith("default-src 'none'")) << policy.constData();
    EXPECT_TRUE(policy.contains("script-src 'sha256-")) << "only the page's own script runs";
    EXPECT_FALSE(policy.contains("unsafe")) << policy.constData();
    EXPECT_FALSE(page.body.contains("http://") || page.body.contains("https://")) << "a third-party resource";
    EXPECT_EQ(page.header("X-Content-Type-Options"), "nosniff");
}

TEST_F(ClassServerTest, join_gives_a_token_for_the_room_code_and_refuses_a_wrong_one)
{
    const test::HttpReply joined = m_client->post(QStringLiteral("/join"), R"({"room": "1234"})");
    EXPECT_EQ(joined.status, 200);
    EXPECT_EQ(joined.json().value(QLatin1String("token")).toString().size(), 32);
    EXPECT_EQ(m_client->post(QStringLiteral("/join"), R"({"room": "9999"})").status, 403);
    EXPECT_EQ(m_client->post(QStringLiteral("/join"), R"({"room": 1234})").status, 400);
    EXPECT_EQ(m_client->post(QStringLiteral("/join"), "{not json").status, 400);
    EXPECT_EQ(m_room.studentCount(), 1);
    // The eleventh wrong code in a minute from this address, and any after it, wait a minute.
    for (int i = 0; i < 9; ++i)
        ASSERT_EQ(m_client->post(QStringLiteral("/join"), R"({"room": "0000"})").status, 403);
    EXPECT_EQ(m_client->post(QStringLiteral("/join"), R"({"room": "0000"})").status, 429);
    EXPECT_EQ(m_client->post(QStringLiteral("/join"), R"({"room": "1234"})").status, 429);
}

TEST_F(ClassServerTest, an_answer_is_counted_once_changeable_and_refused_after_the_reveal)
{
    const QString token = m_client->join(QStringLiteral("1234"));
    ASSERT_FALSE(token.isEmpty());
    EXPECT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, rightChoice())).status, 409)
        << "no question open yet";
    m_room.setQuestion(m_question);
    EXPECT_EQ(
        m_client->post(QStringLiteral("/answer"), answerBody(token, m_question.choices.first().id)).status,
        200);
    EXPECT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, rightChoice())).status, 200);
    EXPECT_EQ(m_room.answered(), 1);
    EXPECT_EQ(m_room.answerOf(token), QStringList { rightChoice() });
    EXPECT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(QString(32, u'0'), rightChoice())).status,
              403);
    EXPECT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, QStringLiteral("nope"))).status,
              400);
    m_room.setRevealed(true);
    EXPECT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, rightChoice())).status, 409);
}

TEST_F(ClassServerTest, anything_else_is_not_found_and_next_is_taken_from_this_machine)
{
    EXPECT_EQ(m_client->get(QStringLiteral("/admin")).status, 404);
    EXPECT_EQ(m_client->get(QStringLiteral("/join")).status, 404);
    EXPECT_EQ(m_client->post(QStringLiteral("/index.html"), "{}").status, 404);
    QSignalSpy next(&m_server, &ClassServer::nextRequested);
    EXPECT_EQ(m_client->post(QStringLiteral("/next"), {}).status, 200);
    EXPECT_EQ(next.count(), 1);
}

TEST_F(ClassServerTest, oversized_malformed_and_slow_requests_are_refused_and_the_server_still_answers)
{
    EXPECT_TRUE(m_client->raw("POST /join HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n")
                    .startsWith("HTTP/1.1 413"));
    EXPECT_TRUE(
        m_client->raw("GET /" + QByteArray(5000, 'a') + " HTTP/1.1\r\n\r\n").startsWith("HTTP/1.1 431"));
    EXPECT_TRUE(m_client->raw("GET / HTTP/1.1\r\n" + QByteArray("X-Filler: yes\r\n").repeated(700) + "\r\n")
                    .startsWith("HTTP/1.1 431"));
    EXPECT_TRUE(m_client->raw("HELLO\r\n\r\n").startsWith("HTTP/1.1 400"));
    // Held half-open: a head that never ends is dropped by the server when its time is up.
    QTcpSocket slow;
    slow.connectToHost(QHostAddress(QHostAddress::LocalHost), m_server.port());
    ASSERT_TRUE(slow.waitForConnected(3000));
    slow.write("GET / HTTP/1.1\r\nHost: x\r\n");
    QSignalSpy dropped(&slow, &QTcpSocket::disconnected);
    EXPECT_TRUE(dropped.wait(5000)) << "the half-open connection was not dropped";
    EXPECT_GE(m_server.refusedConnections(), 5);
    EXPECT_EQ(m_client->get(QStringLiteral("/")).status, 200);
}

TEST_F(ClassServerTest, a_student_socket_gets_the_open_question_then_the_answer_once_revealed)
{
    const QString token = m_client->join(QStringLiteral("1234"));
    m_room.setQuestion(m_question);
    StudentSocket student(m_server.port(), token);
    ASSERT_TRUE(seesTheQuestion(student));
    const QJsonObject question = student.messages().last().value(QLatin1String("question")).toObject();
    EXPECT_EQ(question.value(QLatin1String("id")).toString(), m_question.id);
    EXPECT_EQ(
        question.value(QLatin1String("choices")).toArray().first().toObject().value(QLatin1String("letter")),
        QStringLiteral("A"));
    EXPECT_FALSE(student.messages().last().contains(QLatin1String("right"))) << "no answer before the reveal";
    // After hello a student only listens: anything it sends, text or binary, is ignored, and it
    // stays connected and kept up to date (answers go by POST /answer).
    student.socket().sendTextMessage(
        QStringLiteral("{\"type\": \"answer\", \"question\": \"%1\", \"choices\": [\"%2\"]}")
            .arg(m_question.id, rightChoice()));
    student.socket().sendTextMessage(QStringLiteral("not JSON at all"));
    student.socket().sendBinaryMessage(QByteArray(16, '\x01'));
    QTest::qWait(200);
    EXPECT_EQ(m_room.answered(), 0) << "an answer over the WebSocket was taken";
    ASSERT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, rightChoice())).status, 200);
    ASSERT_TRUE(student.waitFor(
        [](const QJsonObject& s) { return !s.value(QLatin1String("yours")).toArray().isEmpty(); }));
    m_room.setRevealed(true);
    ASSERT_TRUE(
        student.waitFor([](const QJsonObject& s) { return s.value(QLatin1String("revealed")).toBool(); }));
    EXPECT_EQ(student.messages().last().value(QLatin1String("right")).toArray(),
              QJsonArray { rightChoice() });
    EXPECT_FALSE(student.closed());
}

TEST_F(ClassServerTest, a_student_hears_only_what_changes_their_own_screen)
{
    const QString token = m_client->join(QStringLiteral("1234"));
    m_room.setQuestion(m_question);
    StudentSocket student(m_server.port(), token);
    ASSERT_TRUE(seesTheQuestion(student));
    const qsizetype before = student.messages().size();
    // The rest of the class joins and answers: nothing on this student's screen changes.
    for (int i = 0; i < 5; ++i) {
        const QString other = m_client->join(QStringLiteral("1234"));
        ASSERT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(other, rightChoice())).status, 200);
    }
    QTest::qWait(300); // ten times the time the server gathers changes for
    EXPECT_EQ(student.messages().size(), before) << "others joining and answering were sent to this student";
    // Its own answer, and the reveal, each make one message.
    ASSERT_EQ(m_client->post(QStringLiteral("/answer"), answerBody(token, rightChoice())).status, 200);
    ASSERT_TRUE(student.waitFor(
        [](const QJsonObject& s) { return !s.value(QLatin1String("yours")).toArray().isEmpty(); }));
    m_room.setRevealed(true);
    ASSERT_TRUE(
        student.waitFor([](const QJsonObject& s) { return s.value(QLatin1String("revealed")).toBool(); }));
    EXPECT_EQ(student.messages().size(), before + 2);
}

TEST_F(ClassServerTest,
       a_socket_without_a_token_elsewhere_or_too_talkative_is_closed_and_one_per_student_stays)
{
    const QString token = m_client->join(QStringLiteral("1234"));
    StudentSocket stranger(m_server.port(), QString(32, u'0'));
    StudentSocket silent(m_server.port(), QString()); // its hello names nobody: it is ignored
    StudentSocket wrongPath(m_server.port(), token, QStringLiteral("/other"));
    EXPECT_TRUE(QTest::qWaitFor([&] { return wrongPath.closed(); }, 3000)) << "a WebSocket outside /ws";
    // A token this class does not know (one of a class before): closed at once, saying so, so
    // that its page asks for the room code again.
    EXPECT_TRUE(QTest::qWaitFor([&] { return stranger.closed(); }, 2000)) << "an unknown student";
    EXPECT_EQ(stranger.socket().closeReason(), QStringLiteral("unknown student"));
    EXPECT_TRUE(stranger.messages().isEmpty());
    EXPECT_TRUE(QTest::qWaitFor([&] { return silent.closed(); }, 7000)) << "no hello from a known student";
    EXPECT_TRUE(silent.messages().isEmpty());

    StudentSocket first(m_server.port(), token);
    ASSERT_TRUE(first.waitFor([](const QJsonObject&) { return true; }));
    StudentSocket second(m_server.port(), token);
    ASSERT_TRUE(second.waitFor([](const QJsonObject&) { return true; }));
    EXPECT_TRUE(QTest::qWaitFor([&] { return first.closed(); }, 3000)) << "one connection per student";
    EXPECT_EQ(first.socket().closeReason(), QStringLiteral("opened elsewhere"))
        << "the replaced connection is told why, so its page does not take it back";
    EXPECT_EQ(m_server.liveStudents(), 1);

    StudentSocket talkative(m_server.port(), token);
    ASSERT_TRUE(talkative.waitFor([](const QJsonObject&) { return true; }));
    talkative.socket().sendTextMessage(QString(2000, u'x'));
    EXPECT_TRUE(QTest::qWaitFor([&] { return talkative.closed(); }, 3000)) << "a message over 1 KiB";
}

namespace {

/** An address from the ranges kept for documentation that this machine does not have. */
QHostAddress notThisMachines()
{
    const QList<QHostAddress> own = QNetworkInterface::allAddresses();
    for (const char* candidate : { "203.0.113.77", "198.51.100.77", "192.0.2.77" }) {
        if (!own.contains(QHostAddress(QString::fromLatin1(candidate))))
            return QHostAddress(QString::fromLatin1(candidate));
    }
    return {};
}

} // namespace

TEST_F(ClassServerTest, every_address_at_once_and_any_but_loopback_in_the_tests_are_refused)
{
    ClassRoom room;
    ClassServer server(&room);
    const auto any = server.listen(QHostAddress(QHostAddress::AnyIPv4), 0);
    ASSERT_FALSE(any.ok());
    EXPECT_TRUE(any.errorMessage().contains(QStringLiteral("every address")))
        << any.errorMessage().toStdString();
    // An address that is not this machine's is refused before anything is bound, saying which are.
    const auto elsewhere = server.listen(notThisMachines(), 0);
    ASSERT_FALSE(elsewhere.ok());
    EXPECT_TRUE(elsewhere.errorMessage().contains(QStringLiteral("not one of this machine's addresses")))
        << elsewhere.errorMessage().toStdString();
    EXPECT_TRUE(elsewhere.errorMessage().contains(QStringLiteral("127.0.0.1")));
    // This machine's own network address, where it has one, is refused too in the tests.
    const QStringList own = ClassServer::localAddresses();
    if (own.size() > 1) {
        const auto lan = server.listen(QHostAddress(own.constFirst()), 0);
        ASSERT_FALSE(lan.ok());
        EXPECT_TRUE(lan.errorMessage().contains(QStringLiteral("loopback")))
            << lan.errorMessage().toStdString();
    }
}

TEST(ClassAddresses, private_ones_first_ipv4_before_ipv6_none_a_phone_could_not_open_loopback_last)
{
    const auto addresses = [](std::initializer_list<const char*> texts) {
        QList<QHostAddress> out;
        for (const char* t : texts)
            out.append(QHostAddress(QString::fromLatin1(t)));
        return out;
    };
    EXPECT_EQ(ClassServer::classAddresses(addresses(
                  { "2001:db8::20", "203.0.113.7", "fd12:3456::20", "127.0.0.1", "::1", "fe80::1",
                    "169.254.3.4", "192.168.1.20", "10.1.2.3", "224.0.0.1", "0.0.0.0", "192.168.1.20" })),
              QStringList({ "192.168.1.20", "10.1.2.3", "fd12:3456::20", "203.0.113.7", "2001:db8::20",
                            "127.0.0.1" }));
    // Nothing but loopback: the class can still be tried alone.
    EXPECT_EQ(ClassServer::classAddresses(addresses({ "127.0.0.1", "::1" })), QStringList({ "127.0.0.1" }));
    EXPECT_EQ(ClassServer::classAddresses({}), QStringList({ "127.0.0.1" }));
    EXPECT_EQ(ClassServer::classAddresses(addresses({ "172.31.255.1", "172.32.0.1" })),
              QStringList({ "172.31.255.1", "172.32.0.1", "127.0.0.1" }));
}

TEST(ClassAddresses, an_ipv6_join_address_is_bracketed)
{
    EXPECT_EQ(ClassServer::joinAddress(QHostAddress(QStringLiteral("192.168.1.20")), 8080),
              QStringLiteral("http://192.168.1.20:8080/"));
    EXPECT_EQ(ClassServer::joinAddress(QHostAddress(QStringLiteral("fd12:3456::20")), 8080),
              QStringLiteral("http://[fd12:3456::20]:8080/"));
}

TEST(ClassServerFlood, connections_past_the_limit_are_turned_away_and_those_in_are_still_served)
{
    ClassRoom room(QStringLiteral("1234"));
    ClassServer server(&room);
    server.setMaxConnections(20);
    const auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
    // Twenty clients connect and say nothing; the ones after them are told 503 and closed.
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 20; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(QHostAddress(QHostAddress::LocalHost), *port);
        ASSERT_TRUE(idle.back()->waitForConnected(3000));
    }
    QTest::qWait(100); // the server takes them in
    EXPECT_EQ(server.refusedConnections(), 0);
    test::ClassClient client(*port);
    EXPECT_TRUE(client.raw("GET / HTTP/1.1\r\nHost: x\r\n\r\n", 2000).startsWith("HTTP/1.1 503"))
        << "a connection past the limit";
    // One of those in sends its request and is answered.
    idle.front()->write("POST /join HTTP/1.1\r\nHost: x\r\nContent-Length: 16\r\n\r\n{\"room\": \"1234\"}");
    QByteArray reply;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] {
            reply += idle.front()->readAll();
            return reply.contains("token");
        },
        5000))
        << reply.constData();
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200"));
    // Once they leave, new students get in again.
    idle.clear();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !client.join(QStringLiteral("1234")).isEmpty(); }, 5000));
}
