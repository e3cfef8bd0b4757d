// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupPolicy.h"
#include "core/BackupStore.h"

#include <QObject>

class QTimer;

namespace demarc {

/**
 * Takes a copy of the database after every 30 minutes of use (BackupPolicy::intervalMinutes)
 * in which something changed. Use is counted in minutes while the application is active; a
 * minute away from the window does not count, and nothing is copied when nothing changed.
 */
class AutomaticBackup : public QObject
{
    Q_OBJECT

public:
    explicit AutomaticBackup(BackupStore& store, BackupPolicy policy = {}, QObject* parent = nullptr);

    /** One minute passed, in use or not. Called by the timer; tests call it directly. */
    void minutePassed(bool inUse);
    int minutesOfUse() const { return m_minutes; }

signals:
    void backedUp(const QString& path);
    void failed(const QString& message);

private:
    BackupStore& m_store;
    BackupPolicy m_policy;
    QTimer* m_timer;
    int m_minutes = 0;
};

} // namespace demarc
