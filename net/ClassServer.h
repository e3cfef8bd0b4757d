// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTimer;
class QWebSocket;

namespace demarc {

class ClassRoom;
class GuardedTcpServer;

/**
 * The live class over the room's own network: the student page at GET /, POST /join with the
 * room code, POST /answer, POST /next (from this machine only) and live updates on a WebSocket at
 * /ws. Binds one chosen address; every request is checked before it is acted on; every response
 * forbids third-party resources. Serves @p room, which it does not own.
 */
class ClassServer : public QObject
{
    Q_OBJECT

public:
    explicit ClassServer(ClassRoom* room, QObject* parent = nullptr);
    ~ClassServer() override;

    /**
     * Listens on @p address, port @p port (0: any free one). The any-address (0.0.0.0, ::) is
     * refused: the server binds one interface, chosen. The port listened on, or why not.
     */
    Result<quint16> listen(const QHostAddress& address, quint16 port);
    QHostAddress address() const { return m_address; }
    quint16 port() const { return m_port; }
    /** "http://192.168.1.20:8080/" */
    QString joinAddress() const;

    /** How long a connection may take to send a request head (tests shorten it); before listen(). */
    void setHeadTimeout(int ms) { m_headTimeoutMs = ms; }
    /** How many connections may be open at once (tests lower it); before listen(). */
    void setMaxConnections(int count) { m_maxConnections = count; }

    /** Where "now" comes from, for the wrong-code limit (the system clock unless told). */
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

    /** WebSocket connections of students who said hello. */
    int liveStudents() const { return int(m_sockets.size()); }
    /** Connections refused or dropped by the size and time limits so far. */
    int refusedConnections() const;

    /** The first private (LAN) address of this machine, or the loopback address when there is none. */
    static QHostAddress defaultAddress();
    /** This machine's own addresses a class could join at, as classAddresses() orders them. */
    static QStringList localAddresses();
    /**
     * Of @p addresses, those a phone could join at: private IPv4, private IPv6 (unique local),
     * other IPv4, other IPv6; never link-local, multicast or every-address ones; then the
     * loopback address last, for trying it alone.
     */
    static QStringList classAddresses(const QList<QHostAddress>& addresses);
    /** The address students open, "http://192.168.1.20:8080/" or "http://[fd00::20]:8080/". */
    static QString joinAddress(const QHostAddress& address, quint16 port);

signals:
    /** POST /next came from this machine: the presenter's next step. */
    void nextRequested();

private:
    void addRoutes();
    QHttpServerResponse join(const QHttpServerRequest& request);
    QHttpServerResponse answer(const QHttpServerRequest& request);
    void acceptWebSocket();
    /** The state every student sees alike: the open question, and the answer once shown. */
    QJsonObject sharedState() const;
    /** Sends @p state to the student @p token with their own answer, unless it is what they last got. */
    void sendState(QWebSocket* socket, const QString& token, QJsonObject state);
    void broadcastSoon();

    ClassRoom* m_room;
    std::unique_ptr<QHttpServer> m_http;
    GuardedTcpServer* m_tcp = nullptr;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_headTimeoutMs = 0;
    int m_maxConnections = 0;
    std::function<QDateTime()> m_now;
    QHash<QString, QPointer<QWebSocket>> m_sockets; ///< by student token
    QHash<QString, QByteArray> m_lastSent; ///< what each student's connection last got, by token
    QTimer* m_broadcast;
    QByteArray m_page;
    QByteArray m_policy;
};

} // namespace demarc
