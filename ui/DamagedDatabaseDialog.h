// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"

#include <QMessageBox>

#include <optional>

namespace demarc {

/**
 * Asked at start-up when the database file is damaged: restore the newest backup (offered
 * only when there is one), start fresh (the damaged file is kept, renamed), or quit.
 */
class DamagedDatabaseDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Choice { Restore, StartFresh, Quit };

    DamagedDatabaseDialog(const QString& problem, const std::optional<BackupCopy>& newest, QWidget* parent = nullptr);

    /** What was chosen, once the dialog has closed; Quit when it was closed without a choice. */
    Choice choice() const;

    QAbstractButton* restoreButton() const { return m_restore; }
    QAbstractButton* freshButton() const { return m_fresh; }
    QAbstractButton* quitButton() const { return m_quit; }

private:
    QAbstractButton* m_restore = nullptr;
    QAbstractButton* m_fresh;
    QAbstractButton* m_quit;
};

} // namespace demarc
