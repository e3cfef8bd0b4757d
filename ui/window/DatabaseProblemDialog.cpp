// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseProblemDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

namespace demarc {

DatabaseProblemDialog::DatabaseProblemDialog(Kind kind, const QString& problem,
                                             const std::optional<BackupCopy>& newest, QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    QString info = problem + QStringLiteral("\n\n");
    switch (kind) {
    case Kind::Damaged:
        setWindowTitle(tr("Demarc: the database is damaged"));
        setText(tr("Demarc cannot open your progress."));
        if (newest) {
            info +=
                tr("The newest backup is from %1. Restoring it brings back everything up to then; "
                   "starting fresh begins with no progress. Either way the damaged file is kept, renamed, "
                   "beside the new one.")
                    .arg(describeBackup(*newest));
        } else {
            info +=
                tr("There is no backup to go back to. Starting fresh begins with no progress; the damaged "
                   "file is kept, renamed, beside the new one.");
        }
        break;
    case Kind::NotDemarcs:
        setWindowTitle(tr("Demarc: not a Demarc database"));
        setText(tr("This file is not a Demarc database."));
        info += tr("Demarc keeps progress only in a file of its own, so it leaves this one exactly as it is. "
                   "Open another database, or quit and start Demarc without --db to use your usual one.");
        break;
    case Kind::CannotUse:
        setWindowTitle(tr("Demarc cannot open the database"));
        setText(tr("Demarc cannot use this database."));
        info += tr("The file is left as it is. Open another database, or quit.");
        break;
    }
    setInformativeText(info);
    if (kind == Kind::Damaged && newest) {
        m_restore = addButton(tr("&Restore Backup"), QMessageBox::AcceptRole);
        m_restore->setObjectName(QStringLiteral("restoreButton"));
    }
    if (kind == Kind::Damaged) {
        m_fresh = addButton(tr("Start &Fresh…"), QMessageBox::DestructiveRole);
        m_fresh->setObjectName(QStringLiteral("freshButton"));
    }
    m_another = addButton(tr("&Open Another Database…"), QMessageBox::ActionRole);
    m_another->setObjectName(QStringLiteral("anotherButton"));
    m_quit = addButton(tr("&Quit"), QMessageBox::RejectRole);
    m_quit->setObjectName(QStringLiteral("quitButton"));
    // Enter never changes a file: the default is to leave.
    setDefaultButton(qobject_cast<QPushButton*>(m_quit));
    setEscapeButton(m_quit);
}

DatabaseProblemDialog::Choice DatabaseProblemDialog::choice() const
{
    const QAbstractButton* clicked = clickedButton();
    if (m_restore && clicked == m_restore)
        return Choice::Restore;
    if (m_fresh && clicked == m_fresh)
        return Choice::StartFresh;
    if (clicked == m_another)
        return Choice::OpenAnother;
    return Choice::Quit;
}

QString DatabaseProblemDialog::freshStartQuestion(const QString& databasePath, const QString& keptAs)
{
    return tr("Start fresh with no progress?\n\nThe damaged database %1 will be renamed and kept as %2 "
              "in %3. Nothing is deleted.")
        .arg(QDir::toNativeSeparators(databasePath), QFileInfo(keptAs).fileName(),
             QDir::toNativeSeparators(QFileInfo(keptAs).absolutePath()));
}

} // namespace demarc
