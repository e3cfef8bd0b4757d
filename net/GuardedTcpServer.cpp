// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuardedTcpServer.h"

#include "ClassRequests.h"

#include <QTcpSocket>
#include <QTimer>

namespace demarc {

namespace {

constexpr const char* UpgradedProperty = "demarcUpgraded";

QByteArray reason(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 413: return "Content Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    default: return "Error";
    }
}

} // namespace

GuardedTcpServer::GuardedTcpServer(QObject* parent)
    : QTcpServer(parent)
{ }

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        socket->deleteLater();
        return;
    }
    if (m_open.size() >= m_maxConnections) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        refuse(socket, 503);
        return;
    }
    m_open.insert(socket);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_open.remove(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { m_open.remove(socket); });
    // One timer a connection: the head must come soon, and an idle connection does not stay.
    auto* timer = new QTimer(socket);
    timer->setSingleShot(true);
    timer->start(m_headTimeoutMs);
    connect(timer, &QTimer::timeout, socket, [this, socket] {
        if (socket->property(UpgradedProperty).toBool())
            return;
        ++m_refused;
        socket->abort();
    });
    // Connected before the HTTP server takes the socket: this check runs before it reads.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { check(socket); });
    addPendingConnection(socket);
}

void GuardedTcpServer::check(QTcpSocket* socket)
{
    if (socket->property(UpgradedProperty).toBool())
        return;
    const QByteArray unread = socket->peek(classrequests::MaxHead + classrequests::MaxBody + 1);
    const classrequests::Head head = classrequests::checkHead(unread);
    auto* timer = socket->findChild<QTimer*>();
    switch (head.verdict) {
    case classrequests::Head::Verdict::Incomplete: return; // the head timer is still running
    case classrequests::Head::Verdict::TooLarge:
    case classrequests::Head::Verdict::BodyTooLarge:
    case classrequests::Head::Verdict::Malformed: refuse(socket, head.status()); return;
    case classrequests::Head::Verdict::Complete: break;
    }
    if (head.webSocket) {
        socket->setProperty(UpgradedProperty, true);
        if (timer)
            timer->stop();
        return;
    }
    // A whole request is in: the connection may stay idle a while for the next one.
    if (timer && unread.size() >= head.headLength + head.bodyLength)
        timer->start(IdleTimeoutMs);
}

void GuardedTcpServer::refuse(QTcpSocket* socket, int status)
{
    ++m_refused;
    socket->readAll(); // nothing of it reaches the HTTP server
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                  + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace demarc
