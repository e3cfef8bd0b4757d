// SPDX-License-Identifier: GPL-3.0-or-later
#include "LiveClassServer.h"

#include "ClassRoom.h"
#include "ClassServer.h"
#include "QrCode.h"

namespace demarc {

Result<std::unique_ptr<LiveClassServer>> LiveClassServer::start(const QHostAddress& address, quint16 port,
                                                                const QString& room)
{
    std::unique_ptr<LiveClassServer> live(new LiveClassServer);
    live->m_thread.setObjectName(QStringLiteral("Live class"));
    live->m_worker = new QObject;
    live->m_worker->moveToThread(&live->m_thread);
    connect(&live->m_thread, &QThread::finished, live->m_worker, &QObject::deleteLater);
    live->m_thread.start();
    // The room and the server are made, and listen, on their own thread.
    Result<quint16> listening = Error { QString() };
    QMetaObject::invokeMethod(
        live->m_worker,
        [&] {
            live->m_room = new ClassRoom(room);
            live->m_server = new ClassServer(live->m_room);
            listening = live->m_server->listen(address, port);
        },
        Qt::BlockingQueuedConnection);
    if (!listening)
        return Error { listening.errorMessage() };
    live->m_port = *listening;
    live->m_joinAddress = live->m_server->joinAddress();
    live->m_roomCode = live->m_room->roomCode();
    live->m_joinCode = qrModules(live->m_joinAddress.toUtf8());
    live->copyAfterChanges();
    connect(live->m_server, &ClassServer::nextRequested, live.get(), &LiveClass::nextRequested);
    return live;
}

LiveClassServer::~LiveClassServer()
{
    if (m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_worker,
            [this] {
                delete m_server;
                delete m_room;
            },
            Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

void LiveClassServer::copyAfterChanges()
{
    // Runs on the server's thread after each change; the copy crosses to presenter mode's thread.
    connect(m_room, &ClassRoom::changed, m_room, [this] {
        Copy copy { m_room->studentCount(), m_room->counts(), m_room->answered(), {} };
        for (const ClassRoom::Summary& s : m_room->summary())
            copy.summary.append({ s.questionId, s.prompt, s.answered, s.right });
        QMetaObject::invokeMethod(
            this,
            [this, copy] {
                m_copy = copy;
                emit changed();
            },
            Qt::QueuedConnection);
    });
}

void LiveClassServer::setQuestion(const std::optional<Question>& question)
{
    QMetaObject::invokeMethod(
        m_room, [room = m_room, question] { room->setQuestion(question); }, Qt::QueuedConnection);
}

void LiveClassServer::setRevealed(bool revealed)
{
    QMetaObject::invokeMethod(
        m_room, [room = m_room, revealed] { room->setRevealed(revealed); }, Qt::QueuedConnection);
}

} // namespace demarc
