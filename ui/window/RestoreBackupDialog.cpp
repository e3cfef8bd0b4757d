// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreBackupDialog.h"

#include "ui/common/ItemViews.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace demarc {

RestoreBackupDialog::RestoreBackupDialog(const QList<BackupCopy>& copies, const QString& folder,
                                         QWidget* parent)
    : QDialog(parent)
    , m_list(new ListWidget)
{
    setWindowTitle(tr("Restore a Backup"));
    auto* intro = new QLabel(
        copies.isEmpty()
            ? tr("There are no backups yet. Demarc makes one before every update of the database and every "
                 "pack import, and every 30 minutes of use when something changed; File → Back Up Now makes "
                 "one at once.")
            : tr("Go back to the progress, notes and packs as they were when a backup was made. The database "
                 "as it is now is kept beside it, renamed, and Demarc reopens on the backup."));
    intro->setWordWrap(true);
    auto* where = new QLabel(tr("Backups are kept in %1").arg(QDir::toNativeSeparators(folder)));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups, newest first"));
    for (const BackupCopy& copy : copies) {
        auto* row = new QListWidgetItem(describeBackup(copy), m_list);
        row->setData(Qt::UserRole, copy.path);
        row->setToolTip(QDir::toNativeSeparators(copy.path));
    }
    m_list->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(!copies.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(where);
    layout->addWidget(buttons);
    if (copies.isEmpty()) {
        m_list->hide();
        setMinimumWidth(520);
        adjustSize(); // just the words, no empty list
    } else {
        resize(560, 420);
    }
}

QString RestoreBackupDialog::chosenPath() const
{
    const QListWidgetItem* row = m_list->currentItem();
    return row ? row->data(Qt::UserRole).toString() : QString();
}

} // namespace demarc
