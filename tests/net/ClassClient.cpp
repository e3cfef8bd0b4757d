// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClassClient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace demarc::test {

QByteArray answerBody(const QString& token, const QString& question, const QStringList& choices)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("token"), token },
                                       { QStringLiteral("question"), question },
                                       { QStringLiteral("choices"), QJsonArray::fromStringList(choices) } })
        .toJson(QJsonDocument::Compact);
}

QJsonObject HttpReply::json() const { return QJsonDocument::fromJson(body).object(); }

QByteArray HttpReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ClassClient::ClassClient(quint16 port)
    : m_port(port)
{ }

HttpReply ClassClient::wait(QNetworkReply* reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

HttpReply ClassClient::get(const QString& path)
{
    return wait(
        m_network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)))));
}

HttpReply ClassClient::post(const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return wait(m_network.post(request, body));
}

QString ClassClient::join(const QString& room)
{
    const HttpReply reply = post(QStringLiteral("/join"),
                                 QJsonDocument(QJsonObject { { QStringLiteral("room"), room } }).toJson());
    return reply.status == 200 ? reply.json().value(QLatin1String("token")).toString() : QString();
}

QByteArray ClassClient::raw(const QByteArray& bytes, int waitMs) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_port);
    if (!socket.waitForConnected(3000))
        return {};
    socket.write(bytes);
    QByteArray got;
    const QDeadlineTimer deadline(waitMs);
    while (!deadline.hasExpired() && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(10);
        got += socket.readAll();
    }
    return got + socket.readAll();
}

StudentSocket::StudentSocket(quint16 port, QString token, const QString& path)
    : m_token(std::move(token))
{
    connect(&m_socket, &QWebSocket::connected, this, [this] {
        m_socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("hello") },
                                                          { QStringLiteral("token"), m_token } })
                                  .toJson(QJsonDocument::Compact)));
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString& message) {
        m_messages.append(QJsonDocument::fromJson(message.toUtf8()).object());
    });
    connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
    m_socket.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
}

bool StudentSocket::waitFor(const std::function<bool(const QJsonObject&)>& done, int ms)
{
    return QTest::qWaitFor([&] { return !m_messages.isEmpty() && done(m_messages.last()); }, ms);
}

} // namespace demarc::test
