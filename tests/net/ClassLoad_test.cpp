// SPDX-License-Identifier: GPL-3.0-or-later
// A full classroom at once: 200 students join, listen and answer, and every answer is counted
// exactly once.
#include "ClassClient.h"
#include "net/ClassRoom.h"
#include "net/ClassServer.h"

#include "support/FakeContentRepository.h"
#include "support/QtPrinters.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using namespace demarc;

namespace {

constexpr int Students = 200;

/** Posts every body at once and waits for all the replies; each reply's status and body, in order. */
QList<std::pair<int, QByteArray>> postAll(QNetworkAccessManager& network, const QUrl& url,
                                          const QList<QByteArray>& bodies)
{
    QList<std::pair<int, QByteArray>> results(bodies.size());
    int done = 0;
    for (qsizetype i = 0; i < bodies.size(); ++i) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = network.post(request, bodies.at(i));
        QObject::connect(reply, &QNetworkReply::finished, reply, [&results, &done, reply, i] {
            results[i] = { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                           reply->readAll() };
            ++done;
            reply->deleteLater();
        });
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return done == bodies.size(); }, 20000))
        << done << " of " << bodies.size() << " replies";
    return results;
}

} // namespace

TEST(ClassLoad, two_hundred_students_join_listen_and_answer_with_no_answer_lost_or_doubled)
{
    const auto& questions = test::FakeContentRepository::bundledCourse().questions;
    const auto question = std::find_if(questions.begin(), questions.end(), [](const Question& q) {
        return q.type == QuestionType::Single && q.choices.size() >= 3;
    });
    ASSERT_NE(question, questions.end());
    ClassRoom room(QStringLiteral("4321"));
    ClassServer server(&room);
    const auto port = server.listen(QHostAddress(QHostAddress::LocalHost), 0);
    ASSERT_TRUE(port.ok()) << port.errorMessage().toStdString();
    room.setQuestion(*question);
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
    QNetworkAccessManager network;
    QElapsedTimer clock;
    clock.start();

    const auto joins = postAll(network, QUrl(base + QStringLiteral("/join")),
                               QList<QByteArray>(Students, QByteArray(R"({"room": "4321"})")));
    QStringList tokens;
    for (const auto& [status, body] : joins) {
        ASSERT_EQ(status, 200);
        tokens.append(QJsonDocument::fromJson(body).object().value(QLatin1String("token")).toString());
    }
    std::vector<std::unique_ptr<test::StudentSocket>> sockets;
    for (const QString& token : tokens)
        sockets.push_back(std::make_unique<test::StudentSocket>(*port, token));
    ASSERT_TRUE(QTest::qWaitFor([&] { return server.liveStudents() == Students; }, 10000))
        << server.liveStudents() << " of " << Students << " sockets said hello";

    // Student i picks choice i mod the number of choices; some change their mind once.
    const qsizetype choices = question->choices.size();
    QList<QByteArray> answers;
    QList<int> expected(choices, 0);
    for (int i = 0; i < Students; ++i) {
        answers.append(
            test::answerBody(tokens.at(i), question->id, { question->choices.at(i % choices).id }));
        ++expected[i % choices];
    }
    for (const auto& [status, body] : postAll(network, QUrl(base + QStringLiteral("/answer")), answers))
        ASSERT_EQ(status, 200) << body.constData();
    for (const auto& [status, body] :
         postAll(network, QUrl(base + QStringLiteral("/answer")), answers.mid(0, 50)))
        ASSERT_EQ(status, 200) << body.constData();
    EXPECT_EQ(room.answered(), Students);
    EXPECT_EQ(room.counts(), expected) << "an answer lost or counted twice";
    for (int i = 0; i < Students; ++i) {
        const QString mine = question->choices.at(i % choices).id;
        ASSERT_TRUE(sockets.at(i)->waitFor([&](const QJsonObject& s) {
            return s.value(QLatin1String("yours")).toArray() == QJsonArray { mine };
        })) << "student "
            << i << " never saw their answer taken";
    }
    // How long it took is the benchmark's to measure (scripts/bench), not a test's to assert.
    RecordProperty("class_of_200_ms", int(clock.elapsed()));
}
