// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QWebSocket>

#include <functional>

namespace demarc::test {

/** What a request got back. */
struct HttpReply
{
    int status = 0; ///< 0: no answer at all
    QByteArray body;
    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
    QList<std::pair<QByteArray, QByteArray>> headers;
};

/** The body of POST /answer: @p token answers @p question with @p choices. */
QByteArray answerBody(const QString& token, const QString& question, const QStringList& choices);

/** Requests to a class server on the loopback address, each waited for (with a limit). */
class ClassClient
{
public:
    explicit ClassClient(quint16 port);

    HttpReply get(const QString& path);
    HttpReply post(const QString& path, const QByteArray& body);
    /** The token /join gives for @p room; empty when refused. */
    QString join(const QString& room);
    /** Sends @p bytes on a connection of its own and returns all that comes back until it closes. */
    QByteArray raw(const QByteArray& bytes, int waitMs = 4000) const;

private:
    HttpReply wait(class QNetworkReply* reply);

    QNetworkAccessManager m_network;
    quint16 m_port;
};

/** A student's live connection to /ws: says hello with its token and keeps every message. */
class StudentSocket : public QObject
{
    Q_OBJECT

public:
    StudentSocket(quint16 port, QString token, const QString& path = QStringLiteral("/ws"));

    /** Waits until @p done holds for the latest state (or @p ms pass); whether it did. */
    bool waitFor(const std::function<bool(const QJsonObject&)>& done, int ms = 5000);
    const QList<QJsonObject>& messages() const { return m_messages; }
    QWebSocket& socket() { return m_socket; }
    bool closed() const { return m_closed; }

private:
    QWebSocket m_socket;
    QString m_token;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
};

} // namespace demarc::test
