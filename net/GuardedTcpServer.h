// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QTcpServer>

class QTcpSocket;

namespace demarc {

/**
 * The class server's door: a TCP server whose connections are checked before the HTTP server reads
 * them. A request head over the size limits, a body declared over 4 KiB or a head that is not
 * HTTP/1.x is answered (431, 413, 400) and the connection closed; a head that does not arrive
 * within a few seconds (a client holding the connection half-open) is dropped, as is a connection
 * left idle; past MaxConnections new ones are turned away. A connection upgraded to a WebSocket is
 * left to the WebSocket's own limits.
 */
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    static constexpr int MaxConnections = 1000;
    static constexpr int HeadTimeoutMs = 5000;
    static constexpr int IdleTimeoutMs = 30000;

    explicit GuardedTcpServer(QObject* parent = nullptr);

    /** How many connections may be open at once (tests lower it). */
    void setMaxConnections(int count) { m_maxConnections = count; }
    /** How long a connection may take to send a whole request head (tests shorten it). */
    void setHeadTimeout(int ms) { m_headTimeoutMs = ms; }

    /** Connections open now (HTTP and WebSocket alike). */
    int openConnections() const { return int(m_open.size()); }
    /** Connections refused or dropped so far by the limits. */
    int refused() const { return m_refused; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    void check(QTcpSocket* socket);
    void refuse(QTcpSocket* socket, int status);

    QSet<QTcpSocket*> m_open;
    int m_refused = 0;
    int m_headTimeoutMs = HeadTimeoutMs;
    int m_maxConnections = MaxConnections;
};

} // namespace demarc
