// SPDX-License-Identifier: GPL-3.0-or-later
// What the class server accepts, read from bytes before anything is done with them.
#include "net/ClassRequests.h"

#include "support/QtPrinters.h"

#include <gtest/gtest.h>

using namespace demarc;
using namespace demarc::classrequests;
using Verdict = Head::Verdict;

TEST(ClassRequestHead, a_whole_head_within_the_limits_is_complete_with_its_body_length)
{
    const Head head = checkHead("POST /answer HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\n\r\n{\"a\":1}");
    EXPECT_EQ(head.verdict, Verdict::Complete);
    EXPECT_EQ(head.bodyLength, 12);
    EXPECT_EQ(head.headLength, 54);
    EXPECT_FALSE(head.webSocket);
    EXPECT_EQ(head.status(), 0);
    EXPECT_TRUE(checkHead("GET /ws HTTP/1.1\r\nUpgrade: WebSocket\r\nConnection: Upgrade\r\n\r\n").webSocket);
}

TEST(ClassRequestHead, a_head_still_arriving_is_incomplete_until_it_passes_a_limit)
{
    EXPECT_EQ(checkHead("GET / HT").verdict, Verdict::Incomplete);
    EXPECT_EQ(checkHead("GET / HTTP/1.1\r\nHost: x\r\n").verdict, Verdict::Incomplete);
    EXPECT_EQ(checkHead(QByteArray("GET /") + QByteArray(MaxRequestLine, 'a')).verdict, Verdict::TooLarge);
    const QByteArray manyHeaders = "GET / HTTP/1.1\r\n" + QByteArray("X-A: b\r\n").repeated(MaxHead / 8 + 1);
    EXPECT_EQ(checkHead(manyHeaders).verdict, Verdict::TooLarge);
    EXPECT_EQ(checkHead(manyHeaders).status(), 431);
}

TEST(ClassRequestHead, bodies_over_four_kib_chunked_bodies_and_non_http_are_refused)
{
    const Head big = checkHead("POST /join HTTP/1.1\r\nContent-Length: 4097\r\n\r\n");
    EXPECT_EQ(big.verdict, Verdict::BodyTooLarge);
    EXPECT_EQ(big.status(), 413);
    EXPECT_EQ(checkHead("POST /join HTTP/1.1\r\nContent-Length: 4096\r\n\r\n").verdict, Verdict::Complete);
    EXPECT_EQ(checkHead("POST /join HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").verdict,
              Verdict::Malformed);
    EXPECT_EQ(checkHead("POST /join HTTP/1.1\r\nContent-Length: -1\r\n\r\n").verdict, Verdict::Malformed);
    EXPECT_EQ(checkHead("POST /join HTTP/1.1\r\nContent-Length: lots\r\n\r\n").verdict, Verdict::Malformed);
    EXPECT_EQ(checkHead("hello there\r\n\r\n").verdict, Verdict::Malformed);
    EXPECT_EQ(checkHead("GET http://elsewhere/ HTTP/1.1\r\n\r\n").verdict, Verdict::Malformed);
    EXPECT_EQ(checkHead("GET / SPDY/3\r\n\r\n").status(), 400);
}

TEST(ClassRequestBodies, join_takes_four_digits)
{
    const auto ok = parseJoin(R"({"room": "0427"})");
    ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    EXPECT_EQ(ok->room, QStringLiteral("0427"));
    for (const char* bad : { R"({"room": 427})", R"({"room": "42a7"})", R"({"room": "12345"})", R"(["1234"])",
                             "{", "", R"({"code": "1234"})" })
        EXPECT_FALSE(parseJoin(bad).ok()) << bad;
    EXPECT_FALSE(parseJoin(QByteArray(MaxBody + 1, ' ')).ok());
    // Found by the fuzzer: a trailing newline is not a fifth character to overlook.
    EXPECT_FALSE(parseJoin("{\"room\":\"2468\n\"}").ok());
}

TEST(ClassRequestBodies, an_answer_names_a_token_a_question_and_distinct_choices)
{
    const QByteArray token = QByteArray(32, 'a');
    const auto ok = parseAnswer(R"({"token": ")" + token + R"(", "question": "q-1", "choices": ["b", "c"]})");
    ASSERT_TRUE(ok.ok()) << ok.errorMessage().toStdString();
    EXPECT_EQ(ok->question, QStringLiteral("q-1"));
    EXPECT_EQ(ok->choices, (QStringList { QStringLiteral("b"), QStringLiteral("c") }));
    const QByteArray start = R"({"token": ")" + token + R"(", "question": "q-1", "choices": )";
    for (const QByteArray& bad :
         { start + "[]}", start + R"(["b", "b"]})", start + R"(["<script>"]})", start + "[1]}",
           start + R"("b"})", start + R"(["a","b","c","d","e","f","g","h","i","j","k"]})",
           QByteArray(R"({"token": "XYZ", "question": "q", "choices": ["b"]})") })
        EXPECT_FALSE(parseAnswer(bad).ok()) << bad.constData();
}

TEST(ClassRequestBodies, a_socket_says_hello_with_its_token_and_anything_else_is_ignored)
{
    const QByteArray token(32, 'f');
    EXPECT_EQ(parseHello(R"({"type": "hello", "token": ")" + token + "\"}"), QString::fromLatin1(token));
    EXPECT_EQ(parseHello(R"({"type": "answer", "token": ")" + token + "\"}"), std::nullopt);
    EXPECT_EQ(parseHello("not json"), std::nullopt);
    EXPECT_EQ(parseHello(QByteArray(MaxFrame + 10, 'x')), std::nullopt);
    EXPECT_TRUE(isToken(QString::fromLatin1(token)));
    EXPECT_FALSE(isToken(QStringLiteral("F") + QString::fromLatin1(token.left(31))));
    EXPECT_FALSE(isToken(QString::fromLatin1(token) + QLatin1Char('\n')));
}
