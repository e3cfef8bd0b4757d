// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/LiveClass.h"

#include <QHostAddress>
#include <QThread>

namespace demarc {

class ClassRoom;
class ClassServer;

/**
 * A live class served from a thread of its own, so that a classroom's worth of phones never slows
 * the presenter's drawing: the room and the server live on that thread; what presenter mode asks
 * for is a copy kept up to date as students join and answer.
 */
class LiveClassServer : public LiveClass
{
    Q_OBJECT

public:
    /** Starts serving on @p address, port @p port (0: any free), with room code @p room (empty: random). */
    static Result<std::unique_ptr<LiveClassServer>> start(const QHostAddress& address, quint16 port,
                                                          const QString& room = {});
    ~LiveClassServer() override;

    QString joinAddress() const override { return m_joinAddress; }
    QString roomCode() const override { return m_roomCode; }
    QList<QList<bool>> joinCode() const override { return m_joinCode; }
    quint16 port() const { return m_port; }
    /** The thread the room and the server live on. */
    QThread* serverThread() { return &m_thread; }
    int students() const override { return m_copy.students; }
    void setQuestion(const std::optional<Question>& question) override;
    void setRevealed(bool revealed) override;
    QList<int> counts() const override { return m_copy.counts; }
    int answered() const override { return m_copy.answered; }
    QList<LiveClassSummary> summary() const override { return m_copy.summary; }

private:
    LiveClassServer() = default;
    /** What presenter mode reads, copied on the server's thread after each change. */
    struct Copy
    {
        int students = 0;
        QList<int> counts;
        int answered = 0;
        QList<LiveClassSummary> summary;
    };
    void copyAfterChanges();

    QThread m_thread;
    QObject* m_worker = nullptr; ///< lives on m_thread: what runs there runs in its name
    ClassRoom* m_room = nullptr;
    ClassServer* m_server = nullptr;
    Copy m_copy;
    QString m_joinAddress;
    QString m_roomCode;
    QList<QList<bool>> m_joinCode;
    quint16 m_port = 0;
};

} // namespace demarc
