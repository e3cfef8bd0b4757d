// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace demarc {

/**
 * Choose a copy of the database to go back to: the copies newest first, with when and why
 * each was taken, and what a restore does (the database as it is now is kept, renamed, and
 * Demarc reopens on the copy).
 */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QList<BackupCopy>& copies, const QString& folder, QWidget* parent = nullptr);

    /** The copy chosen, or an empty string. */
    QString chosenPath() const;

private:
    QListWidget* m_list;
    QPushButton* m_restore;
};

} // namespace demarc
