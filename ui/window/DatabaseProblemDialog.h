// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/BackupStore.h"

#include <QMessageBox>

#include <optional>

namespace demarc {

/**
 * Asked at start-up when the database cannot be opened. What it offers depends on whose
 * file it is:
 * - Demarc's own database, damaged: restore the newest backup (when there is one), start
 *   fresh (the damaged file kept, renamed; asked once more first), open another database, or
 *   quit. Quit is the default, so Enter changes nothing.
 * - a file that is not a Demarc database (not SQLite, another program's database), or one
 *   Demarc cannot use (newer, read-only, a folder): open another database or quit. Such a
 *   file is never renamed, moved or replaced.
 */
class DatabaseProblemDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum class Kind { Damaged, NotDemarcs, CannotUse };
    enum class Choice { Restore, StartFresh, OpenAnother, Quit };

    DatabaseProblemDialog(Kind kind, const QString& problem, const std::optional<BackupCopy>& newest,
                          QWidget* parent = nullptr);

    /** What was chosen, once the dialog has closed; Quit when it was closed without a choice. */
    Choice choice() const;

    /** Nullptr where the kind of problem does not offer it. */
    QAbstractButton* restoreButton() const { return m_restore; }
    QAbstractButton* freshButton() const { return m_fresh; }
    QAbstractButton* anotherButton() const { return m_another; }
    QAbstractButton* quitButton() const { return m_quit; }

    /** The question asked before a fresh start: names the file and where it will be kept. */
    static QString freshStartQuestion(const QString& databasePath, const QString& keptAs);

private:
    QAbstractButton* m_restore = nullptr;
    QAbstractButton* m_fresh = nullptr;
    QAbstractButton* m_another;
    QAbstractButton* m_quit;
};

} // namespace demarc
