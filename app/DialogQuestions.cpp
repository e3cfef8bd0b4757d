// SPDX-License-Identifier: GPL-3.0-or-later
#include "DialogQuestions.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace demarc {

namespace {

/** Where this file's texts are translated (lupdate reads the context from here too). */
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(StartupDatabase)
};

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
    QMessageBox confirm(QMessageBox::Warning, Text::tr("Demarc: start fresh?"),
                        DatabaseProblemDialog::freshStartQuestion(path, keptAs));
    confirm.setObjectName(QStringLiteral("confirmFreshBox"));
    QAbstractButton* fresh = confirm.addButton(Text::tr("Start &Fresh"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(confirm.addButton(QMessageBox::Cancel));
    confirm.exec();
    return confirm.clickedButton() == fresh;
}

QString DialogQuestions::anotherDatabase(const QString& current)
{
    // A new name is allowed too: Demarc makes the database there.
    QFileDialog dialog(nullptr, Text::tr("Open Another Database"), QFileInfo(current).absolutePath(),
                       Text::tr("Demarc databases (*.sqlite);;All files (*)"));
    dialog.setObjectName(QStringLiteral("anotherDatabaseDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setLabelText(QFileDialog::Accept, Text::tr("&Open"));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

void DialogQuestions::warn(const QString& message)
{
    QMessageBox::warning(nullptr, Text::tr("Demarc"), message);
}

} // namespace demarc
