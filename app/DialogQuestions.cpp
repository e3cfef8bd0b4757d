// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogQuestions.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace demarc {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("StartupDatabase", text); }

} // namespace

DatabaseProblemDialog::Choice DialogQuestions::choose(DatabaseProblemDialog::Kind kind,
                                                      const QString& problem,
                                                      const std::optional<BackupCopy>& newest)
{
    DatabaseProblemDialog dialog(kind, problem, newest);
    dialog.exec();
    return dialog.choice();
}

bool DialogQuestions::confirmFresh(const QString& path, const QString& keptAs)
{
    QMessageBox confirm(QMessageBox::Warning, tr("Demarc: start fresh?"),
                        DatabaseProblemDialog::freshStartQuestion(path, keptAs));
    confirm.setObjectName(QStringLiteral("confirmFreshBox"));
    QAbstractButton* fresh = confirm.addButton(tr("Start &Fresh"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
    confirm.exec();
    return confirm.clickedButton() == fresh;
}

QString DialogQuestions::anotherDatabase(const QString& current)
{
    // A new name is allowed too: Demarc makes the database there.
    QFileDialog dialog(nullptr, tr("Open Another Database"), QFileInfo(current).absolutePath(),
                       tr("Demarc databases (*.sqlite);;All files (*)"));
    dialog.setObjectName(QStringLiteral("anotherDatabaseDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setLabelText(QFileDialog::Accept, tr("&Open"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void DialogQuestions::warn(const QString& message) { QMessageBox::warning(nullptr, tr("Demarc"), message); }

} // namespace demarc
