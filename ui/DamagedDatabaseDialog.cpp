// SPDX-License-Identifier: GPL-3.0-or-later
#include "DamagedDatabaseDialog.h"

#include <QPushButton>

namespace demarc {

DamagedDatabaseDialog::DamagedDatabaseDialog(const QString& problem, const std::optional<BackupCopy>& newest,
                                             QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Demarc: the database is damaged"));
    setText(tr("Demarc cannot open your progress."));
    QString info = problem + QStringLiteral("\n\n");
    if (newest) {
        info += tr("The newest backup is from %1. Restoring it brings back everything up to then; "
                   "starting fresh begins with no progress. Either way the damaged file is kept, renamed, "
                   "beside the new one.").arg(describeBackup(*newest));
    } else {
        info += tr("There is no backup to go back to. Starting fresh begins with no progress; the damaged "
                   "file is kept, renamed, beside the new one.");
    }
    setInformativeText(info);
    if (newest) {
        m_restore = addButton(tr("&Restore Backup"), QMessageBox::AcceptRole);
        m_restore->setObjectName(QStringLiteral("restoreButton"));
    }
    m_fresh = addButton(tr("Start &Fresh"), newest ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    m_fresh->setObjectName(QStringLiteral("freshButton"));
    m_quit = addButton(tr("&Quit"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    setDefaultButton(qobject_cast<QPushButton*>(m_restore ? m_restore : m_fresh));
    setEscapeButton(m_quit);
}

DamagedDatabaseDialog::Choice DamagedDatabaseDialog::choice() const
{
    if (m_restore && clickedButton() == m_restore)
        return Choice::Restore;
    if (clickedButton() == m_fresh)
        return Choice::StartFresh;
    return Choice::Quit;
}

} // namespace demarc
