// SPDX-License-Identifier: GPL-3.0-or-later
#include "AutomaticBackup.h"

#include <QGuiApplication>
#include <QTimer>

namespace demarc {

AutomaticBackup::AutomaticBackup(BackupStore& store, BackupPolicy policy, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_policy(policy)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(60 * 1000);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this,
            [this] { minutePassed(QGuiApplication::applicationState() == Qt::ApplicationActive); });
    m_timer->start();
}

void AutomaticBackup::minutePassed(bool inUse)
{
    if (inUse)
        ++m_minutes;
    if (!m_policy.automaticCopyDue(m_minutes, m_store.changedSinceBackup()))
        return;
    m_minutes = 0;
    auto copy = m_store.backUp(QStringLiteral("automatic"));
    if (copy)
        emit backedUp(*copy);
    else
        emit failed(copy.errorMessage());
}

} // namespace demarc
